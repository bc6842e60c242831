#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Hyoka {

class ReviewDatabase;

// What File → Import History and `hyoka imports` show: every import of the database,
// newest first, with what table `imports` recorded of it (file, size, SHA-256, time,
// records, skipped rows, warnings) and the records it last wrote (`records.import_id`),
// summed per bureau and fiscal year. Read in two statements whatever the number of
// imports: the summaries are one grouped scan of `records`.
struct ImportHistory
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::ImportHistory)
public:
    // The records one import last wrote of one bureau and fiscal year.
    struct Group
    {
        QString bureau;
        int fiscalYear = 0;
        qint64 records = 0;
        qint64 budget = 0;     // thousand yen, records without a budget count 0
        qint64 settlement = 0; // thousand yen
    };
    struct Entry
    {
        qint64 id = 0;
        QString fileName;
        qint64 fileSize = 0;
        QString sha256;     // hex, empty for an import that did not finish
        QString importedAt; // ISO 8601, UTC
        int recordCount = 0;  // records the import wrote (new and updated)
        // Of those, the new ones and the ones it replaced; -1 for an import stored before
        // these were kept (its warnings column is a bare array).
        int inserted = -1;
        int updated = -1;
        int skippedCount = 0; // rows it skipped
        int warningCount = 0;
        // The stored warnings, "file:line: message" one a line (at most the first
        // ones the import stores).
        QString warnings;
        // The records this import is still the last to have written, by bureau then year.
        qint64 currentRecords = 0;
        QList<Group> groups;
    };

    QList<Entry> entries; // newest first
    QString error;        // empty when read

    // Reads the history of `db` (nullptr: none, an empty history).
    static ImportHistory read(ReviewDatabase *db);
    // The stored warnings column as text, one warning a line; `inserted` and
    // `updated` get its counts (-1 when it has none). The column is
    // {"inserted": N, "updated": M, "warnings": [{file, line, message}…]}, or only the
    // array for imports stored before the counts.
    static QString warningsText(const QString &json, int *inserted = nullptr, int *updated = nullptr);
};

} // namespace Hyoka

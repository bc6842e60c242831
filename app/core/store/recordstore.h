#pragma once

#include "record.h"
#include "recordreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace Hyoka {

class RecordSink;
class ReviewDatabase;

// What one import wrote of one bureau and fiscal year (docs/storage.md, "Import history"):
// the summary the window and `hyoka import` show after it.
struct ImportGroup
{
    QString bureau;
    int fiscalYear = 0;
    int inserted = 0;      // records new to the database
    int updated = 0;       // records that replaced one with the same identity
    qint64 budget = 0;     // thousand yen; records without one count 0
    qint64 settlement = 0;
    int records() const { return inserted + updated; }
};

// What one import did.
struct ImportResult
{
    bool ok = false;          // committed
    bool cancelled = false;   // rolled back at the user's request
    QString error;            // why it failed (rolled back), empty when ok or cancelled
    qint64 importId = 0;
    int inserted = 0;         // records new to the database
    int updated = 0;          // records that replaced one with the same identity
    int skippedRows = 0;
    QList<ImportWarning> warnings;
    QList<ImportGroup> groups; // by bureau and year, in the order the file first names them
};

// Reads and writes records in a ReviewDatabase. Every import is one transaction:
// it commits whole or leaves the database exactly as it was.
class RecordStore
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::RecordStore)
public:
    explicit RecordStore(ReviewDatabase &db);

    // Called with (bytes read, bytes total); returning false cancels the import.
    using ProgressCallback = std::function<bool(qint64, qint64)>;

    // Streams one file into the database, upserting by (fiscal_year, identity key):
    // the code, or for a table without codes bureau, division and name
    // (Record::identityKey(), docs/storage.md).
    ImportResult importFile(const QString &path, const ReadOptions &options = {},
                            const ProgressCallback &progress = {});
    // Stores records that are already in memory (one transaction).
    ImportResult importRecords(const QList<Record> &records, const QString &sourceName);

    // Feeds records from anywhere into one import transaction; `beforeCommit` runs
    // inside the same transaction (e.g. copying flags along with records).
    using RecordFeed = std::function<bool(RecordSink &, QString *error)>;
    using TransactionHook = std::function<bool(QString *error)>;
    ImportResult importFrom(const QString &sourceName, const RecordFeed &feed,
                            const TransactionHook &beforeCommit = {});

    // The number of records; nullopt when the count fails (`error`, when given, says
    // why: docs/architecture.md, "Errors").
    std::optional<qint64> recordCount(QString *error = nullptr) const;
    std::optional<Record> record(qint64 id) const;
    // By identity: `key` is Record::identityKey() (the code, when the record has one).
    // Records read back have an empty code when their table gave none.
    std::optional<Record> record(int fiscalYear, const QString &key) const;
    qint64 recordId(int fiscalYear, const QString &key) const;
    // Every record in storage order (the order they were first imported),
    // streamed; the callback returns false to stop.
    bool forEachRecord(const std::function<bool(const Record &)> &callback) const;
    // The records of `ids` with their achievements, indicators and amounts, a few statements per
    // 500 ids; ids that name no record are missing from the result.
    QHash<qint64, Record> records(const QList<qint64> &ids) const;

private:
    ReviewDatabase &m_db;
};

} // namespace Hyoka

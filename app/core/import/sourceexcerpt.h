#pragma once

#include "record.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Hyoka {

class ReviewDatabase;

// The import a record came from: its `imports` row (docs/storage.md).
struct SourceImport
{
    QString fileName;     // as given to the import: relative or absolute
    QString sha256;       // lower-case hex; empty when unknown
    QDateTime importedAt; // UTC
    qint64 fileSize = -1;

    bool isValid() const { return !fileName.isEmpty(); }
    // The import of record `id` (an invalid one when there is none).
    static SourceImport read(ReviewDatabase *db, qint64 recordId);
};

// "Show source" for a record read from a Markdown, CSV or XLSX file (docs/years.md,
// "Show source"): the file found again and the lines around the record's line, the
// record's own line marked; for XLSX the sheet and row. The file is read line by line
// up to the record's line and never whole (a 900 MB CSV stays on disk). No widgets:
// the window reads on a worker thread.
class SourceExcerpt
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::SourceExcerpt)
public:
    enum class Status {
        None,       // the record has no source line (or was read from a PDF)
        Ok,         // the lines, and the file is the one imported
        Changed,    // the lines, but the file's SHA-256 is not the import's
        Missing,    // the file is not where it was imported from
        Unreadable, // the file cannot be opened or read
        NoLine,     // the file has fewer lines now
        Sheet,      // an XLSX record: its row's cells (the file is the one imported)
    };

    // Lines longer than this are cut (with "…"): a single-line 900 MB file stays bounded.
    static constexpr int maxLineChars = 4000;

    // True for a record read from a Markdown or CSV file (a line, no page, no sheet).
    static bool isTextRecord(const Record &record);
    // True for a record read from an XLSX sheet.
    static bool isSheetRecord(const Record &record);
    static bool hasSource(const Record &record) { return isTextRecord(record) || isSheetRecord(record); }

    // Where `stored` may be: itself when absolute; else relative to the database's
    // directory, then to the current directory. The first that is a file, or empty.
    static QString findFile(const QString &stored, const QString &databaseDir);
    // The SHA-256 of the file at `path` in lower-case hex, read in chunks; empty on error.
    static QString sha256(const QString &path);

    // Lines `line - context` … `line + context` of the text file at `path`, decoded as
    // the readers decode (a BOM's UTF-8/UTF-16, else UTF-8 when valid, else Shift_JIS
    // (CP932)); `encoding` forces one. Status Ok, NoLine or Unreadable; no SHA-256.
    static SourceExcerpt readLines(const QString &path, int line, int context = 3,
                                   const QByteArray &encoding = QByteArray());

    // The cells of row `row` of sheet `sheet` of the XLSX file at `path`, read through
    // the XLSX reader; Status Sheet, NoLine or Unreadable.
    static SourceExcerpt readSheetRow(const QString &path, const QString &sheet, int row);

    // Everything for `record`: the file found (`chosenPath` when the user located it),
    // its SHA-256 compared with the import's, and its lines (or sheet and row).
    static SourceExcerpt read(const Record &record, const SourceImport &import,
                              const QString &databaseDir, const QString &chosenPath = QString(),
                              int context = 3);

    Status status = Status::None;
    QString message;    // a warning or why nothing can be shown; empty when Ok
    QString storedPath; // the path as the import stored it
    QString filePath;   // the file read (absolute); empty when not found
    QString encoding;   // the encoding the lines were decoded with
    SourceImport import;
    int line = 0;       // the record's line (XLSX: its row)
    QString sheet;      // XLSX: the sheet
    int firstLine = 0;  // the number of lines.first()
    QStringList lines;  // without line ends
    QStringList cells;  // XLSX: the row's cells, column A first (empty when not read)

    bool hasLines() const { return !lines.isEmpty(); }
    // The index in `lines` of the record's line, -1 when it is not among them.
    int recordIndex() const
    {
        const int i = line - firstLine;
        return i >= 0 && i < lines.size() ? i : -1;
    }
};

} // namespace Hyoka

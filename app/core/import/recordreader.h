#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "columnrecognizer.h"

#include <functional>

class QIODevice;

namespace Hyoka {

class RecordSink;

enum class SourceFormat { Auto, Markdown, Csv, Xlsx, Pdf };

// What the user may tell a reader that the file does not say.
struct ReadOptions
{
    SourceFormat format = SourceFormat::Auto;
    int defaultYear = 0;       // used when neither a heading nor a column names the year
    QString defaultBureau;     // likewise for the bureau
    QByteArray encoding;       // CSV only: empty = detect (UTF-8, UTF-8 BOM, Shift_JIS/CP932)
    // What the user or a profile says about the columns (--map, --profile).
    QList<ColumnOverride> overrides;
    int headerLine = 0;        // the header's 1-based line (CSV) or row (XLSX); 0 = find it
    // The rating column's steps in the order the user gave (import dialog, a profile's
    // "scale"): ranks follow it (docs/import-dialog.md); empty = the scale's own order.
    QStringList ratingOrder;
    // Told the mapping of each table (CSV file, XLSX sheet) before its records: hyoka detect.
    std::function<void(const DetectedTable &)> onTable;
    // Told the rows recognition looked at and what it decided, found or not, before any
    // record: the import dialog's preview. Returning false stops reading.
    std::function<bool(const QList<SourceRow> &, const DetectedTable &)> onPreview;
    // XLSX only: told every row of every sheet as read (sheet name, cells as the reader
    // sees them, 1-based row) instead of building records: "Show source" (SourceExcerpt).
    // Returning false stops reading.
    std::function<bool(const QString &, const QStringList &, int)> onSheetRow;
};

// Opens a file, picks the reader by extension (or content) and streams its records
// into a sink. Returns false with `error` set when the file cannot be read at all;
// row-level problems are warnings sent to the sink, never a false return.
class RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::RecordReader)
public:
    static SourceFormat detectFormat(const QString &path, QIODevice *device = nullptr);
    static bool readFile(const QString &path, RecordSink &sink, const ReadOptions &options,
                         QString *error);
};

// Each reader: streams `device`, sends records and warnings (with `fileName` and
// 1-based physical lines) to the sink, stops when the sink returns false.
// Returns false with `error` set only when the input cannot be read at all.
using ReadFunction = bool(QIODevice &device, const QString &fileName, RecordSink &sink,
                          const ReadOptions &options, QString *error);
namespace MarkdownReader { ReadFunction read; }
namespace CsvReader { ReadFunction read; }
namespace XlsxReader { ReadFunction read; }
// Tables rebuilt from the words of a PDF's text layer (docs/pdf.md); records carry
// sourcePage and, as sourceLine, the row's first text line on that page.
namespace PdfReader { ReadFunction read; }

} // namespace Hyoka

// A record's PDF page rendered with its row found again (docs/pdf.md, "In the window").
#include "pdfsourcepage.h"

#include "pdfdocument.h"
#include "recordsink.h"

#include <poppler-qt6.h>

#include <QCache>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

#include <cmath>

namespace Hyoka {

namespace {

using PdfReader::RowBox;

// The reader's records are not needed, only their rows.
class DiscardingSink : public RecordSink
{
public:
    bool addRecord(Record &&) override { return true; }
    void addWarning(const ImportWarning &) override { }
};

// The rows of the files read lately, keyed by file, size, time and the defaults the
// reader was given: showing the next record of the same file reads no page again.
QMutex cacheMutex;
QCache<QString, QList<RowBox>> rowCache(8);

constexpr double maxPixels = 40e6;
constexpr double outlineMargin = 2.5; // points around the row's words

// The reader's row for `record`: the one starting at its page and line with its code
// and name; else one with its code and name elsewhere (the file changed); else nullptr.
const RowBox *findRow(const QList<RowBox> &rows, const Record &record, bool *moved)
{
    const RowBox *elsewhere = nullptr;
    for (const RowBox &row : rows) {
        if (row.code != record.code || row.name != record.name)
            continue;
        if (row.page == record.sourcePage && row.line == record.sourceLine) {
            *moved = false;
            return &row;
        }
        if (!elsewhere || (row.page == record.sourcePage && elsewhere->page != record.sourcePage))
            elsewhere = &row;
    }
    *moved = elsewhere != nullptr;
    return elsewhere;
}

} // namespace

PdfSourcePage PdfSourcePage::render(const Record &record, double dpi)
{
    PdfSourcePage result;
    if (!isPdfRecord(record))
        return result;
    const QFileInfo info(QDir::current(), record.sourceFile);
    result.filePath = info.absoluteFilePath();
    result.page = record.sourcePage;
    auto fail = [&](Status status, const QString &message) {
        result.status = status;
        result.message = message;
        result.page = 0;
        return result;
    };
    QFile file(result.filePath);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return fail(Status::Missing,
                    tr("%1: not found (moved, renamed or deleted since the import); its page %2 "
                       "cannot be shown")
                            .arg(result.filePath)
                            .arg(record.sourcePage));
    const QByteArray bytes = file.readAll();
    QString error;
    const std::unique_ptr<Poppler::Document> document = PdfReader::open(bytes, result.filePath, &error);
    if (!document)
        return fail(Status::Unreadable, error);
    if (record.sourcePage > document->numPages())
        return fail(Status::NoPage, tr("%1 has %n page(s) now, not page %2: the file changed "
                                       "since the import",
                                       "", document->numPages())
                                            .arg(result.filePath)
                                            .arg(record.sourcePage));

    const QString key = QStringLiteral("%1\n%2\n%3\n%4\n%5")
                                .arg(result.filePath)
                                .arg(bytes.size())
                                .arg(info.lastModified().toMSecsSinceEpoch())
                                .arg(record.fiscalYear)
                                .arg(record.bureau);
    QList<RowBox> rows;
    {
        QMutexLocker lock(&cacheMutex);
        if (const QList<RowBox> *cached = rowCache.object(key))
            rows = *cached;
    }
    if (rows.isEmpty()) {
        // Records without a year or bureau of their own got the import's defaults.
        ReadOptions options;
        options.defaultYear = record.fiscalYear;
        options.defaultBureau = record.bureau;
        DiscardingSink sink;
        PdfReader::readDocument(*document, result.filePath, sink, options, &error, &rows);
        QMutexLocker lock(&cacheMutex);
        rowCache.insert(key, new QList<RowBox>(rows));
    }

    bool moved = false;
    const RowBox *row = findRow(rows, record, &moved);
    if (row)
        result.page = row->page;
    const std::unique_ptr<Poppler::Page> page = document->page(result.page - 1);
    if (!page)
        return fail(Status::Unreadable, tr("%1: page %2 cannot be read").arg(result.filePath).arg(result.page));
    result.pageSize = page->pageSizeF();
    const double area = result.pageSize.width() * result.pageSize.height() / (72.0 * 72.0);
    result.dpi = area > 0 ? std::min(dpi, std::sqrt(maxPixels / area)) : dpi;
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    result.image = page->renderToImage(result.dpi, result.dpi);
    if (result.image.isNull())
        return fail(Status::Unreadable, tr("%1: page %2 cannot be rendered").arg(result.filePath).arg(result.page));

    if (!row) {
        result.status = Status::RowNotFound;
        result.message = tr("%1, page %2: the row of %3 is not there any more (the file changed "
                            "since the import)")
                                 .arg(result.filePath)
                                 .arg(result.page)
                                 .arg(record.name);
        return result;
    }
    const double scale = result.dpi / 72.0;
    const QRectF box = row->box.adjusted(-outlineMargin, -outlineMargin, outlineMargin, outlineMargin);
    result.rowRect = QRectF(box.topLeft() * scale, box.bottomRight() * scale)
                             .intersected(QRectF(QPointF(0, 0), QSizeF(result.image.size())));
    result.status = moved ? Status::RowMoved : Status::Ok;
    if (moved && row->page != record.sourcePage)
        result.message = tr("%1: the file changed since the import; the row is now on page %2 "
                            "(imported from page %3)")
                                 .arg(result.filePath)
                                 .arg(row->page)
                                 .arg(record.sourcePage);
    else if (moved)
        result.message = tr("%1, page %2: the file changed since the import; the row moved on "
                            "the page")
                                 .arg(result.filePath)
                                 .arg(row->page);
    return result;
}

} // namespace Hyoka

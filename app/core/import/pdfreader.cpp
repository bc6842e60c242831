// Reads 事務事業の評価結果一覧 from a PDF's text layer: words with their boxes,
// rebuilt into tables (docs/pdf.md).
#include "pdfdocument.h"

#include "pdfpage.h"
#include "pdfrows.h"
#include "recordbuilder.h"
#include "recordsink.h"
#include "tableheading.h"

#include <poppler-qt6.h>

#include <QHash>
#include <QIODevice>

namespace Hyoka::PdfReader {

using namespace PdfLayout;

namespace {

// Poppler reports every oddity of a damaged file on stderr; the reader's own
// messages say what matters.
void quietPoppler(const QString &, const QVariant &) { }

constexpr qint64 maxPdfBytes = 512LL * 1024 * 1024;

QString tooLarge(const QString &fileName)
{
    return RecordReader::tr("%1: PDF larger than %2 MiB; not read")
            .arg(fileName)
            .arg(maxPdfBytes / (1024 * 1024));
}

QString lineText(const Page &page, int line)
{
    QString text;
    for (const Piece &p : page.linePieces.at(line))
        text += p.text;
    return text;
}

bool sameColumns(const ColumnLayout &a, const ColumnLayout &b)
{
    if (a.columnCount() != b.columnCount())
        return false;
    for (qsizetype c = 0; c < a.columnCount(); ++c) {
        if (a.field(c) != b.field(c))
            return false;
    }
    return true;
}

class Reader
{
public:
    Reader(const QString &fileName, RecordSink &sink, const ReadOptions &options,
           QList<RowBox> *rowBoxes)
        : m_fileName(fileName), m_sink(sink), m_builder(sink), m_options(options),
          m_context { fileName, options.defaultYear, options.defaultBureau, {} }, m_rowBoxes(rowBoxes)
    {
    }

    // False when the sink wants no more.
    bool readPage(const Page &page);
    bool finish() { return closeTable(); }
    bool sawTable() const { return m_sawTable; }

private:
    bool isProse(const Page &page, int line) const
    {
        for (const Piece &p : page.linePieces.at(line)) {
            if (crossesColumns(p, m_header))
                return true;
        }
        return false;
    }
    bool isHeading(const Page &page, int line, int *year, QString *bureau) const
    {
        return TableHeading::parse(lineText(page, line), year, bureau);
    }
    // Reads the rows from `start` to the end of the table on this page; returns the
    // line after it.
    int readBand(const Page &page, int start, bool continuesTable);
    bool flushRow();
    bool buildRow(const RowCells &row);
    bool decideLayout();
    bool closeTable()
    {
        bool more = flushRow();
        if (m_tableOpen && !m_decided)
            more = decideLayout() && more;
        m_tableOpen = false;
        return more;
    }
    QString pageName(int page) const
    {
        return RecordReader::tr("%1 (page %2)").arg(m_fileName).arg(page);
    }

    QString m_fileName;
    RecordSink &m_sink;
    RecordBuilder m_builder;
    const ReadOptions &m_options;
    RowContext m_context;
    QList<RowBox> *m_rowBoxes;
    bool m_sawTable = false;
    bool m_tableOpen = false;
    bool m_stopped = false;
    Header m_header;
    int m_headerPage = 0, m_headerLine = 0; // where the open table's header is
    // The open table's columns, recognised from its header and the values of its
    // first rows (held in m_pending until then), as the CSV and XLSX readers do.
    ColumnLayout m_layout;
    bool m_decided = false;
    bool m_toldTable = false;
    QList<RowCells> m_pending;
    int m_tablePage = 0; // the last page the open table has rows on
    bool m_rowOpen = false;
    RowCells m_row;
};

bool Reader::flushRow()
{
    if (!m_rowOpen || m_stopped)
        return !m_stopped;
    m_rowOpen = false;
    const bool empty = std::all_of(m_row.cells.cbegin(), m_row.cells.cend(),
                                   [](const QString &c) { return c.trimmed().isEmpty(); });
    if (empty)
        return true;
    if (m_decided)
        return buildRow(m_row);
    m_pending.append(std::move(m_row));
    return m_pending.size() < ColumnRecognizer::SampleRows || decideLayout();
}

bool Reader::buildRow(const RowCells &row)
{
    RowContext context = m_context;
    // Warnings name the page; the line counts text lines from the top of that page.
    context.fileName = pageName(row.page);
    std::optional<Record> record = m_builder.build(row.cells, m_layout, context, row.line);
    if (!record)
        return true;
    record->sourceFile = m_fileName;
    record->sourcePage = row.page;
    if (m_rowBoxes)
        m_rowBoxes->append(RowBox { row.page, row.line, row.box, record->code, record->name });
    if (!m_sink.addRecord(std::move(*record)))
        m_stopped = true;
    return !m_stopped;
}

// The table's header and its first rows through the column recognition of the CSV
// and XLSX readers (docs/column-recognition.md): rating scales and codes from the
// values, --map and profiles applied; then the rows held so far are built.
bool Reader::decideLayout()
{
    m_decided = true;
    QList<SourceRow> rows { SourceRow { m_header.cells, m_headerLine } };
    for (const RowCells &row : std::as_const(m_pending))
        rows.append(SourceRow { row.cells, row.line });
    DetectedTable table = ColumnRecognizer::recognize(rows, m_options.overrides, m_headerLine);
    m_layout = table.found && table.layout.columnCount() == m_header.layout.columnCount()
            ? table.layout
            : m_header.layout;
    table.fiscalYear = m_context.fiscalYear;
    for (const QString &p : std::as_const(table.problems))
        m_sink.addWarning({ pageName(m_headerPage), table.headerLine, p });
    // The mapping of the file's first table (what hyoka detect prints and a saved
    // profile keeps); later tables are recognised the same way.
    if (m_options.onTable && !m_toldTable && table.found) {
        m_toldTable = true;
        m_options.onTable(table);
    }
    const QList<RowCells> pending = std::exchange(m_pending, {});
    for (const RowCells &row : pending) {
        if (!buildRow(row))
            return false;
    }
    return true;
}

int Reader::readBand(const Page &page, int start, bool continuesTable)
{
    int end = start;
    bool prose = false;
    int year = 0;
    QString bureau;
    for (; end < page.lines.size(); ++end) {
        if (page.furniture.at(end))
            continue;
        if (isHeading(page, end, &year, &bureau) || findHeader(page, end, m_options.overrides).isValid())
            break;
        if (isProse(page, end)) {
            prose = true;
            break;
        }
    }
    if (end > start) {
        const QList<double> edges = columnEdges(page, m_header, start, end - 1);
        const int openColumns = continuesTable && m_rowOpen
                ? int(std::count_if(m_row.cells.cbegin(), m_row.cells.cend(),
                                    [](const QString &c) { return !c.isEmpty(); }))
                : 0;
        BandRows band = splitRows(page, m_header, edges, start, end - 1, openColumns);
        if (band.hasContinuation) {
            for (qsizetype c = 0; c < m_row.cells.size() && c < band.continuation.cells.size(); ++c) {
                const QString &text = band.continuation.cells.at(c);
                appendLine(m_row.cells[c], text, m_header.layout.field(c), startsParagraph(text));
            }
        }
        for (RowCells &row : band.rows) {
            if (!flushRow())
                return int(page.lines.size());
            m_row = std::move(row);
            m_rowOpen = true;
        }
        m_tablePage = page.number;
    }
    if (prose)
        closeTable();
    return end;
}

bool Reader::readPage(const Page &page)
{
    bool pageStart = true;
    for (int i = 0; i < page.lines.size() && !m_stopped;) {
        if (page.furniture.at(i)) {
            ++i;
            continue;
        }
        int year = 0;
        QString bureau;
        if (isHeading(page, i, &year, &bureau)) {
            closeTable();
            m_context.fiscalYear = year;
            m_context.bureau = bureau;
            pageStart = false;
            ++i;
            continue;
        }
        const bool continues = m_tableOpen && m_tablePage == page.number - 1 && pageStart;
        const Header header = findHeader(page, i, m_options.overrides);
        if (header.isValid()) {
            // The header repeated at a page break: the same table goes on, and so
            // may its last row.
            const bool repeat = continues && sameColumns(m_header.layout, header.layout);
            if (!repeat) {
                closeTable();
                m_decided = false;
                m_headerPage = page.number;
                m_headerLine = header.firstLine + 1;
            }
            m_header = header;
            m_tableOpen = true;
            m_sawTable = true;
            i = readBand(page, header.lastLine + 1, repeat);
            pageStart = false;
            continue;
        }
        if (continues && !isProse(page, i)) {
            // A page without the header repeated: the columns of the last page.
            i = readBand(page, i, true);
            pageStart = false;
            continue;
        }
        pageStart = false;
        if (m_tableOpen && isProse(page, i))
            closeTable();
        ++i;
    }
    return !m_stopped;
}

// Producers that map a shared glyph back to a compatibility character (Kangxi
// radicals ⼦ for 子, ‧ for ・) give text no one typed: folded back (docs/pdf.md).
void foldCompatibility(QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u == 0x2F3E || u == 0x2FAD) {
            text[i] = QChar(u == 0x2F3E ? u'戸' : u'青'); // the Japanese forms
        } else if (u >= 0x2F00 && u <= 0x2FDF) {
            const QString folded = QString(text.at(i)).normalized(QString::NormalizationForm_KC);
            if (folded.size() == 1)
                text[i] = folded.at(0);
        } else if (u >= 0x2E80 && u <= 0x2EFF) {
            static const QHash<char16_t, char16_t> supplement {
                { 0x2E9F, u'母' }, { 0x2EA0, u'民' }, { 0x2ED1, u'長' }, { 0x2ED8, u'青' },
                { 0x2EC4, u'西' }, { 0x2EE3, u'骨' },
            };
            text[i] = QChar(supplement.value(u, u));
        } else if (u == 0x2027) {
            text[i] = QChar(u'・');
        }
    }
}

Page extractPage(const Poppler::Page &source, int number)
{
    Page page;
    page.number = number;
    const QSizeF size = source.pageSizeF();
    page.width = size.width();
    page.height = size.height();
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = source.textList();
    page.words.reserve(qsizetype(boxes.size()));
    for (const auto &box : boxes) {
        QString text = box->text();
        if (text.trimmed().isEmpty())
            continue;
        foldCompatibility(text);
        const QRectF rect = box->boundingBox();
        if (!rect.isValid() || !qIsFinite(rect.left()) || !qIsFinite(rect.top())
            || !qIsFinite(rect.right()) || !qIsFinite(rect.bottom()))
            continue;
        page.words.append(Word { std::move(text), rect, box->hasSpaceAfter() });
    }
    buildLines(page);
    return page;
}

} // namespace

std::unique_ptr<Poppler::Document> open(const QByteArray &bytes, const QString &fileName,
                                        QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return nullptr;
    };
    if (bytes.size() > maxPdfBytes)
        return fail(tooLarge(fileName));
    Poppler::setDebugErrorFunction(quietPoppler, QVariant());
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return fail(RecordReader::tr("%1: not a readable PDF (damaged or not a PDF)").arg(fileName));
    if (document->isLocked())
        return fail(RecordReader::tr("%1: encrypted PDF; it opens only with its password, "
                                     "which Hyoka does not ask for")
                            .arg(fileName));
    return document;
}

bool read(QIODevice &device, const QString &fileName, RecordSink &sink, const ReadOptions &options,
          QString *error)
{
    if (!device.isReadable() || device.size() > maxPdfBytes) { // before reading it all
        if (error)
            *error = device.isReadable() ? tooLarge(fileName)
                                         : RecordReader::tr("%1: cannot read").arg(fileName);
        return false;
    }
    const std::unique_ptr<Poppler::Document> document = open(device.readAll(), fileName, error);
    return document && readDocument(*document, fileName, sink, options, error);
}

bool readDocument(Poppler::Document &document, const QString &fileName, RecordSink &sink,
                  const ReadOptions &options, QString *error, QList<RowBox> *rows)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const int pageCount = document.numPages();
    QList<Page> pages;
    pages.reserve(pageCount);
    qsizetype words = 0;
    for (int p = 0; p < pageCount; ++p) {
        const std::unique_ptr<Poppler::Page> page = document.page(p);
        Page empty;
        empty.number = p + 1;
        pages.append(page ? extractPage(*page, p + 1) : empty);
        words += pages.last().words.size();
        sink.progress(p + 1, 2 * qint64(pageCount));
    }
    if (words == 0)
        return fail(RecordReader::tr("%1: no text on any of its %n page(s) (a scanned image?); "
                                     "Hyoka reads the text layer and does no OCR",
                                     "", pageCount)
                            .arg(fileName));
    markFurniture(pages);
    Reader reader(fileName, sink, options, rows);
    for (const Page &page : std::as_const(pages)) {
        if (page.words.isEmpty()) {
            sink.addWarning({ RecordReader::tr("%1 (page %2)").arg(fileName).arg(page.number), 0,
                              RecordReader::tr("no text on this page (a scanned image?); skipped") });
        }
        if (!reader.readPage(page))
            return true; // the sink asked to stop
        sink.progress(pageCount + page.number, 2 * qint64(pageCount));
    }
    reader.finish();
    if (!reader.sawTable())
        return fail(RecordReader::tr("%1: no record table on any of its %n page(s) (no table "
                                     "header names the project name and two more fields)",
                                     "", pageCount)
                            .arg(fileName));
    return true;
}

} // namespace Hyoka::PdfReader

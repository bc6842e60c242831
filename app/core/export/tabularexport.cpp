#include "tabularexport.h"

#include "recordfields.h"
#include "safecommit.h"
#include "xlsxformat.h"
#include "ziparchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QXmlStreamReader>

#include <xlsxwriter.h>

#include <cmath>

namespace Hyoka {

namespace TabularExport {

QStringList headerLabels()
{
    return {
        QStringLiteral("年度"),
        QStringLiteral("局名"),
        QStringLiteral("番号"),
        QStringLiteral("事務事業コード"),
        QStringLiteral("事務事業名"),
        QStringLiteral("サービス分類"),
        QStringLiteral("事務事業の概要"),
        QStringLiteral("主な取組の実績"),
        QStringLiteral("予算額(千円)"),
        QStringLiteral("決算額(千円)"),
        QStringLiteral("決算見込"),
        QStringLiteral("達成度"),
        QStringLiteral("参考資料掲載頁"),
        QStringLiteral("執行率"),
        // The generalised record (docs/storage.md, "CSV and XLSX exports"), named by
        // their JSON keys.
        QStringLiteral("division"),
        QStringLiteral("rating"),
        QStringLiteral("rating_rank"),
        QStringLiteral("rating_ranks"),
        QStringLiteral("rating_scale"),
        QStringLiteral("rating_grades"),
        QStringLiteral("amounts"),
        QStringLiteral("source_file"),
        QStringLiteral("source_sheet"),
        QStringLiteral("source_line"),
        QStringLiteral("source_page"),
    };
}

QString achievementsCell(const QStringList &achievements)
{
    QString cell;
    for (const QString &a : achievements) {
        if (!cell.isEmpty())
            cell += u'\n';
        cell += u'●';
        cell += a;
    }
    return cell;
}

QString refPageCell(const std::optional<int> &refPage)
{
    return refPage ? QStringLiteral("P%1").arg(*refPage) : QString();
}

std::optional<double> roundedExecutionRate(const Record &record)
{
    const std::optional<double> rate = record.executionRate();
    if (!rate)
        return std::nullopt;
    return std::round(*rate * 10000.0) / 10000.0;
}

static bool isFormulaChar(QChar c)
{
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'＝':
    case u'＋':
    case u'－':
    case u'＠':
        return true;
    default:
        return false;
    }
}

bool needsFormulaGuard(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == u'\'')
        ++i;
    return i < text.size() && isFormulaChar(text[i]);
}

QString guardFormula(const QString &text)
{
    return needsFormulaGuard(text) ? u'\'' + text : text;
}

QString unguardFormula(const QString &cell)
{
    if (cell.startsWith(u'\'') && needsFormulaGuard(QStringView(cell).mid(1)))
        return cell.mid(1);
    return cell;
}


bool workbookIsComplete(const QString &path, const QList<quint32> &rowsPerSheet,
                               QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = file.errorString();
        return false;
    }
    ZipArchive zip;
    if (!zip.open(&file, problem))
        return false;
    for (qsizetype i = 0; i < rowsPerSheet.size(); ++i) {
        const QString name = QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1);
        const std::unique_ptr<QIODevice> entry = zip.openEntry(name, problem);
        if (!entry)
            return false;
        QXmlStreamReader xml(entry.get());
        quint32 rows = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"row")
                ++rows;
        }
        if (xml.hasError() || rows != rowsPerSheet.at(i)) {
            *problem = XlsxRecordWriter::tr("%1 holds %2 of its %3 rows")
                               .arg(name)
                               .arg(rows)
                               .arg(rowsPerSheet.at(i));
            return false;
        }
    }
    return true;
}

} // namespace TabularExport

namespace {

// The cells of one record in export order; numbers are plain digits (never guarded).
struct ExportRow
{
    enum Kind { Text, Integer, Real };
    struct Cell
    {
        Kind kind = Text;
        QString text;
        double number = 0;
        bool empty = true;
    };
    QList<Cell> cells;

    void text(const QString &t) { cells.append(Cell { Text, t, 0, t.isEmpty() }); }
    void integer(std::optional<qint64> v)
    {
        cells.append(v ? Cell { Integer, QString::number(*v), double(*v), false } : Cell {});
    }
    void real(std::optional<double> v)
    {
        cells.append(v ? Cell { Real, QLocale::c().toString(*v, 'g', QLocale::FloatingPointShortest),
                                *v, false }
                       : Cell {});
    }
};

ExportRow exportRow(const Record &r)
{
    using namespace TabularExport;
    ExportRow row;
    row.integer(r.fiscalYear > 0 ? std::optional<qint64>(r.fiscalYear) : std::nullopt);
    row.text(r.bureau);
    row.integer(r.no > 0 ? std::optional<qint64>(r.no) : std::nullopt);
    row.text(r.code);
    row.text(r.name);
    row.text(r.category);
    row.text(r.summary);
    row.text(achievementsCell(r.achievements));
    row.integer(r.budget);
    row.integer(r.settlement);
    row.integer(r.settlementEstimated ? 1 : 0);
    row.integer(r.level ? std::optional<qint64>(*r.level) : std::nullopt);
    row.text(refPageCell(r.refPage));
    row.real(roundedExecutionRate(r));
    auto positive = [](int v) { return v > 0 ? std::optional<qint64>(v) : std::nullopt; };
    row.text(r.division);
    const std::optional<Rating> rating = RecordFields::ratingOf(r);
    row.text(rating ? rating->label : QString());
    row.integer(rating ? std::optional<qint64>(rating->rank) : std::nullopt);
    row.integer(rating ? std::optional<qint64>(rating->ranks) : std::nullopt);
    row.text(rating ? rating->scale : QString());
    row.text(rating ? RecordFields::gradesToCell(rating->grades) : QString());
    row.text(RecordFields::amountsToCell(r.amounts));
    row.text(r.sourceFile);
    row.text(r.sourceSheet);
    row.integer(positive(r.sourceLine));
    row.integer(positive(r.sourcePage));
    return row;
}

QString recordName(const Record &r)
{
    return r.code.isEmpty() ? r.name : r.code;
}

} // namespace

// ---------------------------------------------------------------------------------------
// CSV

static QString csvField(const QString &cell)
{
    const bool quote = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n')
            || cell.contains(u'\r');
    if (!quote)
        return cell;
    QString out = cell;
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

CsvRecordWriter::CsvRecordWriter(QIODevice &device, const QByteArray &encoding)
    : m_device(device), m_encodingName(encoding.isEmpty() ? QByteArrayLiteral("utf-8") : encoding)
{
    const QByteArray key = m_encodingName.toLower();
    if (key == "utf-8" || key == "utf8") {
        m_encoder.emplace(QStringConverter::Utf8);
        m_bom = true;
    } else if (key == "utf-8-nobom" || key == "utf8-nobom") {
        m_encoder.emplace(QStringConverter::Utf8);
    } else if (key == "shift_jis" || key == "shift-jis" || key == "sjis" || key == "cp932"
               || key == "windows-31j" || key == "ms932") {
        // ICU's Shift_JIS converter is the Windows code page 932 superset (①, 髙, ～).
        m_encoder.emplace("windows-31j");
    } else {
        m_encoder.emplace(m_encodingName.constData());
    }
}

bool CsvRecordWriter::begin()
{
    if (m_begun)
        return m_error.isEmpty();
    m_begun = true;
    if (!m_encoder->isValid()) {
        m_error = tr("unknown text encoding \"%1\"").arg(QString::fromLatin1(m_encodingName));
        return false;
    }
    if (m_bom && m_device.write("\xEF\xBB\xBF", 3) != 3) {
        m_error = tr("cannot write: %1").arg(m_device.errorString());
        return false;
    }
    return writeLine(TabularExport::headerLabels(), nullptr);
}

bool CsvRecordWriter::write(const Record &record)
{
    if (!m_begun && !begin())
        return false;
    if (!m_error.isEmpty())
        return false;
    const ExportRow row = exportRow(record);
    QStringList cells;
    cells.reserve(row.cells.size());
    for (const ExportRow::Cell &c : row.cells)
        cells.append(c.kind == ExportRow::Text ? TabularExport::guardFormula(c.text) : c.text);
    return writeLine(cells, &record);
}

bool CsvRecordWriter::writeLine(const QStringList &cells, const Record *record)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += u',';
        line += csvField(cells.at(i));
    }
    line += QStringLiteral("\r\n");
    const QByteArray bytes = m_encoder->encode(line);
    if (m_encoder->hasError()) {
        // Name the first character the encoding cannot hold.
        QString bad;
        for (qsizetype i = 0; i < line.size() && bad.isEmpty(); ++i) {
            const qsizetype len = line.at(i).isHighSurrogate() && i + 1 < line.size() ? 2 : 1;
            QStringEncoder probe(m_encoder->name());
            const QByteArray probed = probe.encode(QStringView(line).mid(i, len));
            Q_UNUSED(probed);
            if (probe.hasError())
                bad = line.mid(i, len);
            i += len - 1;
        }
        const QString what = record ? tr("record %1").arg(recordName(*record)) : tr("header");
        m_error = tr("%1: the character \"%2\" cannot be written in %3; export as UTF-8 instead")
                          .arg(what, bad, QString::fromLatin1(m_encodingName));
        return false;
    }
    if (m_device.write(bytes) != bytes.size()) {
        m_error = tr("cannot write: %1").arg(m_device.errorString());
        return false;
    }
    return true;
}

bool CsvRecordWriter::finish()
{
    if (!m_begun && !begin())
        return false;
    return m_error.isEmpty();
}

// ---------------------------------------------------------------------------------------
// XLSX


struct XlsxRecordWriter::Workbook
{
    lxw_workbook *book = nullptr;
    lxw_worksheet *sheet = nullptr;
    lxw_format *header = nullptr;
    lxw_format *text = nullptr;
    lxw_format *money = nullptr;
    lxw_format *percent = nullptr;
    int sheetCount = 0;

    ~Workbook()
    {
        if (book)
            lxw_workbook_free(book);
    }
};

// Excel's limits: rows per sheet (header included) and characters per cell.
static constexpr quint32 XlsxMaxRows = LXW_ROW_MAX;
static constexpr qsizetype XlsxMaxCellChars = 32767;

XlsxRecordWriter::XlsxRecordWriter(const QString &targetPath, bool constantMemory)
    : m_targetPath(targetPath), m_constantMemory(constantMemory)
{
}

XlsxRecordWriter::~XlsxRecordWriter()
{
    cancel();
}

QString XlsxRecordWriter::sheetName()
{
    return QStringLiteral("評価結果");
}

bool XlsxRecordWriter::begin()
{
    if (m_workbook)
        return true;
    const QFileInfo target(m_targetPath);
    const QString dir = target.absolutePath();
    if (!QFileInfo(dir).isDir()) {
        m_error = tr("%1: the folder %2 does not exist").arg(m_targetPath, dir);
        return false;
    }
    if (target.isDir()) {
        m_error = tr("%1: is a directory, not a file").arg(m_targetPath);
        return false;
    }
    // The workbook is written next to the target, then copied over it in one step.
    m_temp = std::make_unique<QTemporaryFile>(
            QDir(dir).filePath(QStringLiteral(".%1.XXXXXX.tmp").arg(target.fileName())));
    if (!m_temp->open()) {
        m_error = tr("%1: cannot create a temporary file: %2").arg(m_targetPath, m_temp->errorString());
        m_temp.reset();
        return false;
    }
    m_temp->close();

    lxw_workbook_options options {};
    options.constant_memory = m_constantMemory ? LXW_TRUE : LXW_FALSE;
    options.tmpdir = nullptr;
    options.use_zip64 = LXW_FALSE;
    auto wb = std::make_unique<Workbook>();
    wb->book = workbook_new_opt(QFile::encodeName(m_temp->fileName()).constData(), &options);
    if (!wb->book) {
        m_error = tr("%1: cannot create the workbook").arg(m_targetPath);
        cancel();
        return false;
    }
    wb->header = XlsxFormat::topAligned(wb->book, XlsxFormat::Bold | XlsxFormat::Wrapped);
    wb->text = XlsxFormat::topAligned(wb->book, XlsxFormat::Wrapped);
    wb->money = XlsxFormat::topAligned(wb->book, XlsxFormat::Plain, "#,##0");
    wb->percent = XlsxFormat::topAligned(wb->book, XlsxFormat::Plain, "0.00%");
    m_workbook = std::move(wb);
    if (!addSheet()) {
        m_error = tr("%1: cannot add a worksheet").arg(m_targetPath);
        cancel();
        return false;
    }
    m_row = 1;
    m_sheetRows.clear();
    return true;
}

// Adds a sheet (評価結果, then 評価結果 (2) … when one is full) with widths and the header row.
bool XlsxRecordWriter::addSheet()
{
    Workbook *wb = m_workbook.get();
    ++wb->sheetCount;
    QString name = XlsxRecordWriter::sheetName();
    if (wb->sheetCount > 1)
        name += QStringLiteral(" (%1)").arg(wb->sheetCount);
    wb->sheet = workbook_add_worksheet(wb->book, name.toUtf8().constData());
    if (!wb->sheet)
        return false;
    static const double widths[] = { 6, 14, 6, 12, 28, 16, 40, 60, 12, 12, 8, 7, 10, 8,
                                     16, 16, 6, 6, 8, 20, 36, 20, 10, 6, 6 };
    for (lxw_col_t c = 0; c < lxw_col_t(std::size(widths)); ++c)
        worksheet_set_column(wb->sheet, c, c, widths[c], nullptr);
    worksheet_freeze_panes(wb->sheet, 1, 0);
    const QStringList labels = TabularExport::headerLabels();
    for (qsizetype c = 0; c < labels.size(); ++c) {
        if (worksheet_write_string(wb->sheet, 0, lxw_col_t(c), labels.at(c).toUtf8().constData(),
                                   wb->header)
            != LXW_NO_ERROR)
            return false;
    }
    return true;
}

bool XlsxRecordWriter::write(const Record &record)
{
    if (!m_workbook && !begin())
        return false;
    if (!m_error.isEmpty())
        return false;
    Workbook *wb = m_workbook.get();
    if (m_row >= XlsxMaxRows) {
        m_sheetRows.append(m_row);
        // A sheet holds 1,048,575 records; the reader reads every sheet with a record table.
        if (!addSheet()) {
            m_error = tr("%1: cannot add a worksheet").arg(m_targetPath);
            return false;
        }
        m_row = 1;
    }
    const ExportRow row = exportRow(record);
    const QStringList labels = TabularExport::headerLabels();
    for (qsizetype c = 0; c < row.cells.size(); ++c) {
        const ExportRow::Cell &cell = row.cells.at(c);
        if (cell.empty)
            continue;
        lxw_error err = LXW_NO_ERROR;
        if (cell.kind == ExportRow::Text) {
            const QString text = TabularExport::guardFormula(cell.text);
            if (text.size() > XlsxMaxCellChars) {
                m_error = tr("record %1: %2 is longer than the %3 characters an Excel cell holds")
                                  .arg(recordName(record), labels.at(c))
                                  .arg(XlsxMaxCellChars);
                return false;
            }
            err = worksheet_write_string(wb->sheet, m_row, lxw_col_t(c), text.toUtf8().constData(),
                                         wb->text);
        } else {
            lxw_format *format = cell.kind == ExportRow::Real ? wb->percent
                    : (c == 8 || c == 9)                      ? wb->money
                                                              : nullptr;
            err = worksheet_write_number(wb->sheet, m_row, lxw_col_t(c), cell.number, format);
        }
        if (err != LXW_NO_ERROR) {
            m_error = tr("record %1: cannot write %2: %3")
                              .arg(recordName(record), labels.at(c), QString::fromUtf8(lxw_strerror(err)));
            return false;
        }
    }
    ++m_row;
    return true;
}

bool XlsxRecordWriter::finish()
{
    if (!m_workbook && !begin())
        return false;
    if (!m_error.isEmpty()) {
        cancel();
        return false;
    }
    lxw_workbook *book = m_workbook->book;
    m_workbook->book = nullptr; // workbook_close() frees it, whatever the outcome
    const lxw_error err = workbook_close(book);
    m_workbook.reset();
    if (err != LXW_NO_ERROR) {
        m_error = tr("%1: cannot write the workbook: %2")
                          .arg(m_targetPath, QString::fromUtf8(lxw_strerror(err)));
        cancel();
        return false;
    }
    QList<quint32> rowsPerSheet = m_sheetRows;
    rowsPerSheet.append(m_row);
    QString problem;
    if (!TabularExport::workbookIsComplete(m_temp->fileName(), rowsPerSheet, &problem)) {
        m_error = tr("%1: the workbook could not be written completely (%2); is the disk or the "
                     "temporary folder full?")
                          .arg(m_targetPath, problem);
        cancel();
        return false;
    }

    // Copy into place through QSaveFile: the old target stays intact until commit().
    QFile source(m_temp->fileName());
    if (!source.open(QIODevice::ReadOnly)) {
        m_error = tr("%1: cannot read the temporary file: %2").arg(m_targetPath, source.errorString());
        cancel();
        return false;
    }
    QSaveFile out(m_targetPath);
    if (!out.open(QIODevice::WriteOnly)) {
        m_error = tr("%1: cannot write: %2").arg(m_targetPath, out.errorString());
        cancel();
        return false;
    }
    QByteArray buffer;
    while (!source.atEnd()) {
        buffer = source.read(1 << 20);
        if (buffer.isEmpty() || out.write(buffer) != buffer.size()) {
            m_error = tr("%1: cannot write: %2").arg(m_targetPath, out.errorString());
            out.cancelWriting();
            cancel();
            return false;
        }
    }
    if (!SafeCommit::commit(out)) {
        m_error = tr("%1: cannot write: %2").arg(m_targetPath, out.errorString());
        cancel();
        return false;
    }
    m_temp.reset();
    return true;
}

void XlsxRecordWriter::cancel()
{
    m_workbook.reset();
    m_temp.reset(); // QTemporaryFile removes the file
}

} // namespace Hyoka

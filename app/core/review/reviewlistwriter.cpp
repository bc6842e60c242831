#include "reviewlistwriter.h"

#include "safecommit.h"
#include "tabularexport.h"
#include "xlsxformat.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <cmath>

namespace Hyoka {

namespace {

QString csvField(const QString &cell)
{
    if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n') && !cell.contains(u'\r'))
        return cell;
    QString out = cell;
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

QString cellText(const ReviewList::Cell &cell)
{
    if (cell.kind == ReviewList::CellKind::Text)
        return TabularExport::guardFormula(cell.text);
    if (!cell.number)
        return QString();
    if (cell.kind == ReviewList::CellKind::Percent)
        return QLocale::c().toString(std::round(*cell.number * 10000.0) / 10000.0, 'g',
                                     QLocale::FloatingPointShortest);
    return QString::number(qint64(*cell.number));
}

// Excel's limit of characters in one cell.
constexpr qsizetype xlsxMaxCellChars = 32767;

} // namespace

struct ReviewListWriter::Workbook
{
    lxw_workbook *book = nullptr;
    lxw_worksheet *sheet = nullptr;
    lxw_format *header = nullptr;
    lxw_format *wrapped = nullptr;
    lxw_format *money = nullptr;
    lxw_format *percent = nullptr;
    lxw_format *plain = nullptr;

    ~Workbook()
    {
        if (book)
            lxw_workbook_free(book);
    }
};

ReviewListWriter::ReviewListWriter(const QString &path, Format format) : m_path(path), m_format(format) { }

ReviewListWriter::ReviewListWriter(QIODevice &device) : m_device(&device) { }

ReviewListWriter::~ReviewListWriter()
{
    cancel();
}

QString ReviewListWriter::sheetName()
{
    return tr("Review list");
}

bool ReviewListWriter::begin()
{
    if (m_begun)
        return m_error.isEmpty();
    m_begun = true;
    if (m_format == Format::Xlsx)
        return beginXlsx();
    if (!m_device) {
        m_file = std::make_unique<QSaveFile>(m_path);
        if (!m_file->open(QIODevice::WriteOnly)) {
            m_error = tr("%1: cannot write: %2").arg(m_path, m_file->errorString());
            return false;
        }
        m_device = m_file.get();
    }
    if (m_device->write("\xEF\xBB\xBF", 3) != 3) {
        m_error = tr("cannot write: %1").arg(m_device->errorString());
        return false;
    }
    return writeCsvLine(ReviewList::headerLabels());
}

bool ReviewListWriter::writeCsvLine(const QStringList &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString &c : cells)
        fields << csvField(c);
    const QByteArray bytes = (fields.join(u',') + QStringLiteral("\r\n")).toUtf8();
    if (m_device->write(bytes) != bytes.size()) {
        m_error = tr("cannot write: %1").arg(m_device->errorString());
        return false;
    }
    return true;
}

bool ReviewListWriter::write(const ReviewList::Entry &entry)
{
    if (!begin())
        return false;
    if (m_format == Format::Xlsx)
        return writeXlsxRow(entry);
    QStringList cells;
    const QList<ReviewList::Cell> row = ReviewList::cells(entry);
    for (const ReviewList::Cell &c : row)
        cells << cellText(c);
    return writeCsvLine(cells);
}

bool ReviewListWriter::finish()
{
    if (!begin()) {
        cancel();
        return false;
    }
    if (m_format == Format::Xlsx)
        return finishXlsx();
    if (m_file && !SafeCommit::commit(*m_file)) {
        m_error = tr("%1: cannot write: %2").arg(m_path, m_file->errorString());
        m_file.reset();
        return false;
    }
    m_file.reset();
    return true;
}

void ReviewListWriter::cancel()
{
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    m_workbook.reset();
    m_temp.reset(); // QTemporaryFile removes the file
}

bool ReviewListWriter::beginXlsx()
{
    const QFileInfo target(m_path);
    if (!QFileInfo(target.absolutePath()).isDir()) {
        m_error = tr("%1: the folder %2 does not exist").arg(m_path, target.absolutePath());
        return false;
    }
    // The workbook is written next to the target, then copied over it in one step.
    m_temp = std::make_unique<QTemporaryFile>(
            QDir(target.absolutePath()).filePath(QStringLiteral(".%1.XXXXXX.tmp").arg(target.fileName())));
    if (!m_temp->open()) {
        m_error = tr("%1: cannot create a temporary file: %2").arg(m_path, m_temp->errorString());
        return false;
    }
    m_temp->close();
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE;
    auto wb = std::make_unique<Workbook>();
    wb->book = workbook_new_opt(QFile::encodeName(m_temp->fileName()).constData(), &options);
    if (!wb->book) {
        m_error = tr("%1: cannot create the workbook").arg(m_path);
        return false;
    }
    wb->header = XlsxFormat::topAligned(wb->book, XlsxFormat::Bold | XlsxFormat::Wrapped);
    wb->wrapped = XlsxFormat::topAligned(wb->book, XlsxFormat::Wrapped);
    wb->money = XlsxFormat::topAligned(wb->book, XlsxFormat::Plain, "#,##0");
    wb->percent = XlsxFormat::topAligned(wb->book, XlsxFormat::Plain, "0.0%");
    wb->plain = XlsxFormat::topAligned(wb->book, XlsxFormat::Plain);
    wb->sheet = workbook_add_worksheet(wb->book, sheetName().toUtf8().constData());
    if (!wb->sheet) {
        m_error = tr("%1: cannot add a worksheet").arg(m_path);
        return false;
    }
    static const double widths[] = { 6, 14, 6, 12, 28, 6, 12, 12, 8, 10, 18, 24, 40, 12, 20, 6, 24, 60 };
    for (lxw_col_t c = 0; c < lxw_col_t(std::size(widths)); ++c)
        worksheet_set_column(wb->sheet, c, c, widths[c], nullptr);
    worksheet_freeze_panes(wb->sheet, 1, 0);
    const QStringList labels = ReviewList::headerLabels();
    for (qsizetype c = 0; c < labels.size(); ++c)
        worksheet_write_string(wb->sheet, 0, lxw_col_t(c), labels.at(c).toUtf8().constData(), wb->header);
    m_workbook = std::move(wb);
    m_row = 1;
    return true;
}

bool ReviewListWriter::writeXlsxRow(const ReviewList::Entry &entry)
{
    Workbook *wb = m_workbook.get();
    if (m_row >= LXW_ROW_MAX) {
        m_error = tr("%1: more rows than a worksheet holds").arg(m_path);
        return false;
    }
    const QList<ReviewList::Cell> cells = ReviewList::cells(entry);
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const ReviewList::Cell &cell = cells.at(c);
        lxw_error err = LXW_NO_ERROR;
        if (cell.kind == ReviewList::CellKind::Text) {
            if (cell.text.isEmpty())
                continue;
            const QString text = TabularExport::guardFormula(cell.text).left(xlsxMaxCellChars);
            err = worksheet_write_string(wb->sheet, m_row, lxw_col_t(c), text.toUtf8().constData(),
                                         wb->wrapped);
        } else if (cell.number) {
            lxw_format *f = cell.kind == ReviewList::CellKind::Money ? wb->money
                    : cell.kind == ReviewList::CellKind::Percent     ? wb->percent
                                                                     : wb->plain;
            err = worksheet_write_number(wb->sheet, m_row, lxw_col_t(c), *cell.number, f);
        }
        if (err != LXW_NO_ERROR) {
            m_error = tr("%1: project %2: cannot write %3: %4")
                              .arg(m_path, entry.record.code, ReviewList::headerLabels().value(c),
                                   QString::fromUtf8(lxw_strerror(err)));
            return false;
        }
    }
    ++m_row;
    return true;
}

bool ReviewListWriter::finishXlsx()
{
    lxw_workbook *book = m_workbook->book;
    m_workbook->book = nullptr; // workbook_close() frees it, whatever the outcome
    m_workbook.reset();
    const lxw_error err = workbook_close(book);
    if (err != LXW_NO_ERROR) {
        m_error = tr("%1: cannot write the workbook: %2").arg(m_path, QString::fromUtf8(lxw_strerror(err)));
        cancel();
        return false;
    }
    QString problem;
    if (!TabularExport::workbookIsComplete(m_temp->fileName(), { m_row }, &problem)) {
        m_error = tr("%1: the workbook could not be written completely (%2); is the disk or the "
                     "temporary folder full?")
                          .arg(m_path, problem);
        cancel();
        return false;
    }
    // Copy into place through QSaveFile: the old target stays intact until commit().
    QFile source(m_temp->fileName());
    QSaveFile out(m_path);
    if (!source.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
        m_error = tr("%1: cannot write: %2").arg(m_path, out.errorString());
        cancel();
        return false;
    }
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            m_error = tr("%1: cannot write: %2").arg(m_path, out.errorString());
            out.cancelWriting();
            cancel();
            return false;
        }
    }
    if (!SafeCommit::commit(out)) {
        m_error = tr("%1: cannot write: %2").arg(m_path, out.errorString());
        cancel();
        return false;
    }
    m_temp.reset();
    return true;
}

bool ReviewListWriter::write(const QList<ReviewList::Entry> &entries, const QString &path,
                             Format format, QString *error)
{
    ReviewListWriter writer(path, format);
    bool ok = writer.begin();
    for (qsizetype i = 0; ok && i < entries.size(); ++i)
        ok = writer.write(entries.at(i));
    ok = ok && writer.finish();
    if (!ok && error)
        *error = writer.errorString();
    return ok;
}

bool ReviewListWriter::writeAll(ReviewDatabase &db, const RuleSettings &settings, qint64 *count,
                                bool *readFailed)
{
    qint64 written = 0;
    bool ok = begin();
    QString readError;
    const bool read = ok && ReviewList::forEach(db, settings, [&](const ReviewList::Entry &entry) {
        ok = write(entry);
        written += ok ? 1 : 0;
        return ok;
    }, &readError);
    if (readFailed)
        *readFailed = ok && !read;
    if (ok && !read && m_error.isEmpty())
        m_error = readError;
    if (!ok || !read || !finish()) {
        cancel();
        return false;
    }
    if (count)
        *count = written;
    return true;
}

QByteArray ReviewListWriter::csv(const QList<ReviewList::Entry> &entries)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    ReviewListWriter writer(buffer);
    writer.begin();
    for (const ReviewList::Entry &e : entries)
        writer.write(e);
    writer.finish();
    return bytes;
}

} // namespace Hyoka

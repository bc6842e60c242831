#include "reviewlistwriter.h"

#include "tabularexport.h"

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

QString csvLine(const QStringList &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString &c : cells)
        fields << csvField(c);
    return fields.join(u',') + QStringLiteral("\r\n");
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

// Deletes a libxlsxwriter workbook that was never closed.
struct WorkbookGuard
{
    lxw_workbook *book = nullptr;
    ~WorkbookGuard()
    {
        if (book)
            lxw_workbook_free(book);
    }
};

} // namespace

QString ReviewListWriter::sheetName()
{
    return tr("Review list");
}

QByteArray ReviewListWriter::csv(const QList<ReviewList::Entry> &entries)
{
    QString text = csvLine(ReviewList::headerLabels());
    for (const ReviewList::Entry &e : entries) {
        QStringList cells;
        const QList<ReviewList::Cell> row = ReviewList::cells(e);
        for (const ReviewList::Cell &c : row)
            cells << cellText(c);
        text += csvLine(cells);
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

bool ReviewListWriter::write(const QList<ReviewList::Entry> &entries, const QString &path,
                             Format format, QString *error)
{
    if (format == Format::Xlsx)
        return writeXlsx(entries, path, error);
    QSaveFile file(path);
    const QByteArray bytes = csv(entries);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ReviewListWriter::writeXlsx(const QList<ReviewList::Entry> &entries, const QString &path,
                                 QString *error)
{
    const QFileInfo target(path);
    if (!QFileInfo(target.absolutePath()).isDir()) {
        *error = tr("%1: the folder %2 does not exist").arg(path, target.absolutePath());
        return false;
    }
    // The workbook is written next to the target, then copied over it in one step.
    QTemporaryFile temp(QDir(target.absolutePath())
                                .filePath(QStringLiteral(".%1.XXXXXX.tmp").arg(target.fileName())));
    if (!temp.open()) {
        *error = tr("%1: cannot create a temporary file: %2").arg(path, temp.errorString());
        return false;
    }
    temp.close();
    WorkbookGuard guard;
    guard.book = workbook_new(QFile::encodeName(temp.fileName()).constData());
    if (!guard.book) {
        *error = tr("%1: cannot create the workbook").arg(path);
        return false;
    }
    lxw_format *header = workbook_add_format(guard.book);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *wrapped = workbook_add_format(guard.book);
    format_set_text_wrap(wrapped);
    format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *money = workbook_add_format(guard.book);
    format_set_num_format(money, "#,##0");
    format_set_align(money, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *percent = workbook_add_format(guard.book);
    format_set_num_format(percent, "0.0%");
    format_set_align(percent, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *plain = workbook_add_format(guard.book);
    format_set_align(plain, LXW_ALIGN_VERTICAL_TOP);

    lxw_worksheet *sheet = workbook_add_worksheet(guard.book, sheetName().toUtf8().constData());
    if (!sheet) {
        *error = tr("%1: cannot add a worksheet").arg(path);
        return false;
    }
    static const double widths[] = { 6, 14, 6, 12, 28, 6, 12, 12, 8, 10, 18, 24, 40, 12, 20, 6, 24, 60 };
    for (lxw_col_t c = 0; c < lxw_col_t(std::size(widths)); ++c)
        worksheet_set_column(sheet, c, c, widths[c], nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    const QStringList labels = ReviewList::headerLabels();
    for (qsizetype c = 0; c < labels.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), labels.at(c).toUtf8().constData(), header);
    lxw_row_t row = 1;
    for (const ReviewList::Entry &e : entries) {
        if (row >= LXW_ROW_MAX) {
            *error = tr("%1: more rows than a worksheet holds").arg(path);
            return false;
        }
        const QList<ReviewList::Cell> cells = ReviewList::cells(e);
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const ReviewList::Cell &cell = cells.at(c);
            lxw_error err = LXW_NO_ERROR;
            if (cell.kind == ReviewList::CellKind::Text) {
                if (cell.text.isEmpty())
                    continue;
                // Excel cells hold 32,767 characters.
                const QString text = TabularExport::guardFormula(cell.text).left(32767);
                err = worksheet_write_string(sheet, row, lxw_col_t(c), text.toUtf8().constData(), wrapped);
            } else if (cell.number) {
                lxw_format *f = cell.kind == ReviewList::CellKind::Money ? money
                        : cell.kind == ReviewList::CellKind::Percent     ? percent
                                                                         : plain;
                err = worksheet_write_number(sheet, row, lxw_col_t(c), *cell.number, f);
            }
            if (err != LXW_NO_ERROR) {
                *error = tr("%1: project %2: cannot write %3: %4")
                                 .arg(path, e.record.code, labels.value(c),
                                      QString::fromUtf8(lxw_strerror(err)));
                return false;
            }
        }
        ++row;
    }
    lxw_workbook *book = guard.book;
    guard.book = nullptr; // workbook_close() frees it, whatever the outcome
    const lxw_error err = workbook_close(book);
    if (err != LXW_NO_ERROR) {
        *error = tr("%1: cannot write the workbook: %2").arg(path, QString::fromUtf8(lxw_strerror(err)));
        return false;
    }
    // Copy into place through QSaveFile: the old target stays intact until commit().
    QFile source(temp.fileName());
    QSaveFile out(path);
    if (!source.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write: %2").arg(path, out.errorString());
        return false;
    }
    const QByteArray bytes = source.readAll();
    if (out.write(bytes) != bytes.size() || !out.commit()) {
        *error = tr("%1: cannot write: %2").arg(path, out.errorString());
        return false;
    }
    return true;
}

} // namespace Hyoka

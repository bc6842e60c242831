#include "chartpanel.h"
#include "ui_chartpanel.h"

#include "hyokachart.h"
#include "pdftextrepair.h"
#include "printpreview.h"
#include "reportwriter.h"
#include "reviewdatabase.h"
#include "safecommit.h"

#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QMessageBox>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSvgGenerator>

// The chart panel's output: the current chart printed or written to PDF, PNG or SVG,
// and the summary report previewed, printed or written to PDF.
namespace Hyoka {

namespace {

// Restores the cursor when a long paint or query is over.
class WaitCursor
{
public:
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

} // namespace

// --- the current chart on paper and in files -----------------------------------------

// The chart fills the page width; its height is what its labels need, at least
// 60 % of the width, at most the page.
static QRectF chartRect(const HyokaChart *chart, const QPaintDevice *device)
{
    const qreal width = device->width();
    const qreal toDevice = device->logicalDpiY() / qreal(QFontMetricsF(QFont()).fontDpi());
    const qreal height = qMin<qreal>(device->height(),
                                     qMax<qreal>(chart->requiredHeight() * toDevice, width * 0.6));
    return QRectF(0, 0, width, height);
}

static QPageLayout chartPageLayout(const HyokaChart *chart)
{
    // Tall charts (many projects) print portrait, the others landscape.
    const QPageLayout::Orientation orientation = chart->requiredHeight() > 620
            ? QPageLayout::Portrait
            : QPageLayout::Landscape;
    return QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(12, 12, 12, 12),
                       QPageLayout::Millimeter);
}

void ChartPanel::paintChart(QPrinter *printer) const
{
    QPainter painter(printer);
    m_ui->chart->render(&painter, chartRect(m_ui->chart, printer));
}

QString ChartPanel::chartFileBaseName() const
{
    switch (currentChart()) {
    case Chart::BureauTotals: return tr("chart-bureaus");
    case Chart::BureauProjects: return tr("chart-projects");
    case Chart::LevelMix: return tr("chart-levels");
    case Chart::ExecutionScatter: return tr("chart-execution-rate");
    case Chart::YearTrend: return tr("chart-years");
    }
    return tr("chart");
}

bool ChartPanel::exportPdf(const QString &path, QString *error) const
{
    // In the report's font (embedded, text that extracts as written), painted in
    // memory, its text maps repaired, then written whole.
    ReportOptions print;
    print.fontPointSize = m_ui->chart->chartFont().pointSizeF() > 0
            ? m_ui->chart->chartFont().pointSizeF()
            : print.fontPointSize;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(300);
        pdf.setPageLayout(chartPageLayout(m_ui->chart));
        pdf.setTitle(m_ui->chart->title());
        pdf.setCreator(QStringLiteral("Hyoka"));
        QPainter painter(&pdf);
        m_ui->chart->render(&painter, chartRect(m_ui->chart, &pdf), print.font(), true);
    }
    buffer.close();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(PdfTextRepair::repair(buffer.data(), print.font())) < 0 || !SafeCommit::commit(file)) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// The size (logical pixels) charts are exported at: what is on screen, at least
// 960 wide and as tall as the labels need.
static QSize exportSize(const HyokaChart *chart)
{
    const int width = qMax(960, chart->width());
    return QSize(width, qMax(chart->requiredHeight(), qMax(chart->height(), width * 3 / 5)));
}

bool ChartPanel::exportPng(const QString &path, QString *error) const
{
    const QImage image = m_ui->chart->toImage(exportSize(m_ui->chart), 2.0);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !SafeCommit::commit(file)) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ChartPanel::exportSvg(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    const QSize size = exportSize(m_ui->chart);
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setResolution(qRound(QFontMetricsF(QFont()).fontDpi()));
        svg.setTitle(m_ui->chart->title());
        svg.setDescription(tr("Made by Hyoka"));
        QPainter painter(&svg);
        // SVG knows no texture brushes, and names one font family for its text:
        // plain fills, and a family that has the Japanese glyphs when there is one.
        QFont font = m_ui->chart->chartFont();
        const QString cjk = QStringLiteral("Noto Sans CJK JP");
        if (QFontDatabase::hasFamily(cjk))
            font.setFamily(cjk);
        m_ui->chart->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), font, false);
    }
    if (!SafeCommit::commit(file)) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString ChartPanel::saveFileName(const QString &caption, const QString &suffix,
                                 const QString &filter)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, caption,
                                                QDir(dir).filePath(chartFileBaseName() + suffix),
                                                filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += suffix;
    return path;
}

void ChartPanel::reportFailure(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void ChartPanel::exportPdfInteractively()
{
    const QString path = saveFileName(tr("Export Chart as PDF"), QStringLiteral(".pdf"),
                                      tr("PDF documents (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !exportPdf(path, &error))
        reportFailure(tr("Export Failed"), error);
}

void ChartPanel::exportPngInteractively()
{
    const QString path = saveFileName(tr("Export Chart as PNG"), QStringLiteral(".png"),
                                      tr("PNG images (*.png)"));
    QString error;
    if (!path.isEmpty() && !exportPng(path, &error))
        reportFailure(tr("Export Failed"), error);
}

void ChartPanel::exportSvgInteractively()
{
    const QString path = saveFileName(tr("Export Chart as SVG"), QStringLiteral(".svg"),
                                      tr("SVG images (*.svg)"));
    QString error;
    if (!path.isEmpty() && !exportSvg(path, &error))
        reportFailure(tr("Export Failed"), error);
}

void ChartPanel::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(chartPageLayout(m_ui->chart));
    PrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Preview — %1").arg(m_ui->chart->title()));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *p) { paintChart(p); });
    dialog.exec();
}

void ChartPanel::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(chartPageLayout(m_ui->chart));
    printer.setDocName(m_ui->chart->title());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        paintChart(&printer);
}

// --- the summary report --------------------------------------------------------------

ReportOptions ChartPanel::reportOptions() const
{
    ReportOptions options;
    options.filter = m_filter;
    return options;
}

void ChartPanel::readReport(const std::function<void(const ReportData &)> &then)
{
    if (!m_db || !m_db->isOpen() || !m_reads)
        return;
    // The data is read on the read service; the dialog opens once it is in.
    using Read = std::pair<std::optional<ReportData>, QString>; // the data, or the error
    QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    m_reads->read(
            m_reportReads, this, QueryWorker::Priority::Figures,
            [options = reportOptions()](ReviewDatabase *db) {
                QString error;
                std::optional<ReportData> data;
                if (db)
                    data = ReportWriter::read(*db, options, &error);
                else
                    error = tr("No review database is open.");
                return Read { data, error };
            },
            [this, then](const Read &read) {
                QGuiApplication::restoreOverrideCursor();
                if (!read.first)
                    reportFailure(tr("Report Failed"), read.second);
                else
                    then(*read.first);
            });
}

void ChartPanel::paintReport(QPrinter *printer, const ReportData &data)
{
    const WaitCursor wait;
    ReportWriter writer(data, reportOptions());
    QString error;
    if (!writer.paint(printer, &error))
        reportFailure(tr("Report Failed"), error);
}

void ChartPanel::reportPreview()
{
    readReport([this](const ReportData &data) {
        QPrinter printer(QPrinter::HighResolution);
        PrintPreviewDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Report Print Preview"));
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
                [this, &data](QPrinter *p) { paintReport(p, data); });
        dialog.exec();
    });
}

void ChartPanel::printReport()
{
    readReport([this](const ReportData &data) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setDocName(tr("Evaluation summary report"));
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted)
            paintReport(&printer, data);
    });
}

void ChartPanel::exportReportPdfInteractively()
{
    if (!m_db || !m_db->isOpen())
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Export Report as PDF"),
                                                QDir(dir).filePath(tr("hyoka-report.pdf")),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    readReport([this, path](const ReportData &data) {
        QString error;
        const WaitCursor wait;
        if (!ReportWriter::writePdf(data, reportOptions(), path, &error))
            reportFailure(tr("Report Failed"), error);
    });
}

} // namespace Hyoka

#include "mainwindow.h"

#include "focusactions.h"
#include "reviewcontroller.h"
#include "ui_mainwindow.h"

#include <QDockWidget>
#include <QKeySequence>
#include <QMessageBox>

// The window's help: the keyboard shortcuts and the about box.
namespace Hyoka {

void MainWindow::showShortcuts()
{
    const QList<QPair<QString, QKeySequence>> keys = QList<QPair<QString, QKeySequence>> {
        { tr("Search"), m_ui->actionFind->shortcut() },
        { tr("Flag the selected projects with the suggested reason"), m_review->flagSuggestedAction()->shortcut() },
        { tr("Mark the selected projects as reviewed"), m_review->markReviewedAction()->shortcut() },
        { tr("Undo a flag change"), m_review->undoAction()->shortcut() },
        { tr("Redo a flag change"), m_review->redoAction()->shortcut() },
        { tr("Copy the selected rows"), m_ui->actionCopy->shortcut() },
        { tr("Underperforming projects only"), m_ui->actionUnderperforming->shortcut() },
        { tr("Clear the filters"), m_ui->actionClearFilters->shortcut() },
        { tr("Show or hide the details"), m_ui->detailDock->toggleViewAction()->shortcut() },
        { tr("Show or hide the charts"), m_ui->chartDock->toggleViewAction()->shortcut() },
        { tr("Print the summary report"), m_ui->actionPrintReport->shortcut() },
        { tr("Open the detail of the current row"), QKeySequence(Qt::Key_Return) },
    } + m_focus->help();
    QString html = QStringLiteral("<table cellpadding=\"3\">");
    for (const auto &k : keys)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(k.second.toString(QKeySequence::NativeText).toHtmlEscaped(),
                             k.first.toHtmlEscaped());
    html += QStringLiteral("</table>");
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard Shortcuts"), html, QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Hyoka"),
                       tr("<h3>Hyoka %1</h3><p>Reviews the evaluation results of municipal "
                          "projects (事務事業評価): import the published tables, sort, filter "
                          "and read every project at a glance.</p>")
                               .arg(QStringLiteral(HYOKA_VERSION)));
}

} // namespace Hyoka

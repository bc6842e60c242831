#include "mainwindow.h"

#include "linkdecisions.h"
#include "projectlinksdialog.h"
#include "queryworker.h"
#include "recordbrowser.h"
#include "recorddetail.h"
#include "recorddetailpanel.h"
#include "recordgrid.h"
#include "recordtablemodel.h"
#include "reviewcontroller.h"
#include "reviewdatabase.h"
#include "ui_mainwindow.h"

#include <QFileInfo>
#include <QStatusBar>

#include <utility>

// The main window's current record: the detail read for it on the read service, kept
// across filter changes, other years of its project and the links between them.
namespace Hyoka {

void MainWindow::setupDetail()
{
    // Another year of the project, chosen in the detail's Years tab.
    connect(m_ui->detailPanel, &RecordDetailPanel::yearRecordActivated, this, [this](qint64 id) {
        if (m_grid->selectRecords({ id }) == 0) {
            statusBar()->showMessage(tr("That year's record is hidden by the filter: clear the "
                                        "filter to see it."),
                                     8000);
            return;
        }
        showCurrentRecord();
    });
    // A rename matched by name, confirmed or undone there: relinked on a thread of its own.
    auto *links = new LinkDecisions([this] { return m_db ? m_db->spec() : QString(); }, this);
    connect(m_ui->detailPanel, &RecordDetailPanel::renameDecided, links, &LinkDecisions::decide);
    connect(links, &LinkDecisions::finished, this, [this](bool, const QString &message) {
        statusBar()->showMessage(message, 8000);
        m_browser->refresh();
        readCurrentRecord(true); // its years changed; a flag being typed stays
        if (m_projectLinks && m_projectLinks->isVisible())
            m_projectLinks->refresh();
    });
}

ProjectLinksDialog *MainWindow::showProjectLinks()
{
    if (!m_projectLinks) {
        m_projectLinks = new ProjectLinksDialog([this] { return m_db ? m_db->spec() : QString(); }, this);
        m_projectLinks->setReadService(m_browser->readService());
        // Relinked through its own connection, as a decision in the Years tab is.
        connect(m_projectLinks, &ProjectLinksDialog::finished, this, [this](bool ok, const QString &message) {
            statusBar()->showMessage(message, 8000);
            if (!ok)
                return;
            m_browser->refresh();
            readCurrentRecord(true);
        });
    }
    m_projectLinks->show();
    m_projectLinks->raise();
    m_projectLinks->activateWindow();
    m_projectLinks->refresh();
    return m_projectLinks;
}

void MainWindow::showCurrentRecord()
{
    const QModelIndex current = m_ui->recordView->currentIndex();
    const qint64 id = current.isValid() ? current.data(RecordTableModel::RecordIdRole).toLongLong() : 0;
    if (id == m_currentRecordId && (m_ui->detailPanel->record() || m_detailPending))
        return;
    m_currentRecordId = id;
    readCurrentRecord(false);
}

void MainWindow::readCurrentRecord(bool keepEdit)
{
    const qint64 id = m_currentRecordId;
    QueryWorker *reads = m_browser->readService();
    if (!id || !m_db || !reads) {
        m_detailReads.cancel();
        m_detailPending = false;
        m_ui->detailPanel->showRecord(std::nullopt);
        m_review->showDetail(RecordDetail());
        return;
    }
    m_detailPending = true;
    reads->read(
            m_detailReads, this, QueryWorker::Priority::Record,
            [id](ReviewDatabase *db) { return RecordDetail::read(db, id); },
            [this, keepEdit](const RecordDetail &detail) {
                m_detailPending = false;
                // A relative source path is looked for beside a SQLite database first.
                const QString databaseDir = m_db && m_db->isSqlite()
                        ? QFileInfo(m_db->spec()).absolutePath()
                        : QString();
                m_ui->detailPanel->showRecord(detail.record, detail.years, detail.import, databaseDir);
                if (!detail.error.isEmpty())
                    statusBar()->showMessage(tr("The database could not answer: %1").arg(detail.error), 10000);
                if (keepEdit)
                    m_review->updateCurrentRecord(detail);
                else
                    m_review->showDetail(detail);
                updateActions();
            });
}

void MainWindow::readCurrentReview()
{
    // A flag was saved, or someone changed the database: the review panel follows; a
    // read of a newly chosen record, under way, brings it anyway.
    const qint64 id = m_currentRecordId;
    QueryWorker *reads = m_browser->readService();
    if (!id || !m_db || !reads || m_detailPending)
        return;
    m_reviewPending = true;
    reads->read(
            m_reviewReads, this, QueryWorker::Priority::Record,
            [id](ReviewDatabase *db) { return RecordDetail::read(db, id); },
            [this](const RecordDetail &detail) {
                m_reviewPending = false;
                if (detail.id != m_currentRecordId || m_detailPending)
                    return;
                if (!detail.error.isEmpty())
                    statusBar()->showMessage(tr("The database could not answer: %1").arg(detail.error), 10000);
                m_review->updateCurrentRecord(detail);
            });
}

void MainWindow::restoreCurrentRecord()
{
    // After a filter change the grid was reset: find the record shown before.
    QTableView *view = m_ui->recordView;
    const QList<qint64> selected = std::exchange(m_selectionToRestore, {});
    const int row = m_currentRecordId ? m_browser->tableModel()->rowOfRecord(m_currentRecordId) : -1;
    if (row >= 0 && selected.size() > 1) {
        m_grid->selectRecords(selected);
        view->selectionModel()->setCurrentIndex(m_browser->tableModel()->index(row, 0),
                                                QItemSelectionModel::NoUpdate);
    } else if (row >= 0 && view->currentIndex().row() == row) {
        // The grid kept its rows (the same records, read again): so does the selection.
    } else if (row >= 0) {
        const QModelIndex index = m_browser->tableModel()->index(row, 0);
        view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->scrollTo(index);
    } else if (m_browser->tableModel()->rowCount() > 0) {
        // The record left the filter (or none was shown): the detail follows the
        // first row, so that the panel is never empty while rows are.
        view->selectionModel()->setCurrentIndex(m_browser->tableModel()->index(0, 0),
                                                QItemSelectionModel::ClearAndSelect
                                                        | QItemSelectionModel::Rows);
        view->scrollToTop();
    } else {
        m_currentRecordId = 0;
        readCurrentRecord(false);
    }
    updateActions();
}

int MainWindow::selectRecords(const QList<qint64> &ids)
{
    const int selected = m_grid->selectRecords(ids);
    if (selected == 0) {
        statusBar()->showMessage(tr("The records of this chart element are not in the grid."), 5000);
        return 0;
    }
    showCurrentRecord();
    statusBar()->showMessage(tr("%n project(s) selected.", "", selected), 4000);
    return selected;
}

} // namespace Hyoka

#include "mainwindow.h"

#include "backupoffer.h"
#include "chartpanel.h"
#include "connectdialog.h"
#include "connectionbanner.h"
#include "connectionwatch.h"
#include "databasebackup.h"
#include "importcontroller.h"
#include "importchoices.h"
#include "importdialog.h"
#include "importhistorydialog.h"
#include "projectlinksdialog.h"
#include "importjob.h"
#include "recentfiles.h"
#include "recordbrowser.h"
#include "recorddetailpanel.h"
#include "recordstore.h"
#include "reviewcontroller.h"
#include "reviewdatabase.h"
#include "ui_mainwindow.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>
#include <QSettings>
#include <QUrl>

#include <algorithm>

// The window's database and imports: opening (with a password or a backup when
// needed), creating, connecting to a shared database, importing files and drops.
namespace Hyoka {

namespace {
const QString lastDatabaseKey = QStringLiteral("database/last");
} // namespace

// ---- database --------------------------------------------------------------

bool MainWindow::openDatabase(const QString &spec, QString *error)
{
    auto db = std::make_unique<ReviewDatabase>();
    QString message;
    m_openPasswordWanted = PasswordWanted::No;
    if (!db->open(spec, &message)) {
        m_openPasswordWanted = db->passwordWanted();
        if (error)
            *error = message;
        return false;
    }
    // Everything that reads the old database lets go of it first.
    m_review->setConnectionWatch(nullptr);
    m_connection->setDatabase(nullptr);
    m_review->setDatabase(nullptr);
    m_ui->chartPanel->setDatabase(nullptr);
    m_browser->setDatabase(nullptr);
    m_store.reset();
    m_db = std::move(db);
    m_store = std::make_unique<RecordStore>(*m_db);
    m_currentRecordId = 0;
    m_planner->cancel(); // files given for the old database are not imported into the new one
    m_detailReads.cancel();
    m_reviewReads.cancel();
    m_detailPending = false;
    m_reviewPending = false;
    m_ui->detailPanel->showRecord(std::nullopt);
    m_review->setDatabase(m_db.get()); // its rule thresholds before the grid's first query
    m_browser->setDatabase(m_db.get());
    m_ui->chartPanel->setDatabase(m_db.get());
    m_connection->setDatabase(m_db.get());
    m_review->setConnectionWatch(m_connection->watch());
    m_ui->chartPanel->setFilter(m_browser->filter());
    // A password typed for this connection is never written anywhere.
    QSettings().setValue(lastDatabaseKey, databaseSpec());
    if (!ReviewDatabase::isPostgresUrl(spec))
        m_recent->add(m_db->spec());
    if (m_importHistory && m_importHistory->isVisible())
        m_importHistory->refresh();
    if (m_projectLinks && m_projectLinks->isVisible())
        m_projectLinks->refresh();
    updateWindowTitle();
    updateActions();
    updateInfoBar();
    return true;
}

void MainWindow::showImportHistory()
{
    if (!m_importHistory) {
        m_importHistory = new ImportHistoryDialog(this);
        m_importHistory->setReadService(m_browser->readService());
        connect(m_importHistory, &ImportHistoryDialog::showRecordsRequested, this,
                [this](qint64 id, const QString &fileName) {
                    m_importFilterFile = QFileInfo(fileName).fileName();
                    m_browser->setImportIds({ id });
                });
    }
    m_importHistory->show();
    m_importHistory->raise();
    m_importHistory->activateWindow();
    m_importHistory->refresh();
}

void MainWindow::setupConnectionBanner()
{
    // Above the grid, under the filter bar: seen, but never in the way.
    m_connection = new ConnectionBanner(m_ui->centralLayout, 1, this);
    connect(m_connection, &ConnectionBanner::restored, this, &MainWindow::connectionRestored);
    connect(m_connection, &ConnectionBanner::lost, this, [this] {
        statusBar()->showMessage(tr("Connection lost — reconnecting…"), 5000);
    });
    connect(m_connection, &ConnectionBanner::passwordNeeded, this, [this] {
        statusBar()->showMessage(tr("The review server wants the password again: see the link above the list."),
                                 10000);
    });
    connect(m_review, &ReviewController::waitingChangesChanged, m_connection,
            &ConnectionBanner::setWaitingChanges);
}

QString MainWindow::connectionText() const
{
    return m_connection->text();
}

void MainWindow::connectionRestored()
{
    // The grid's thread has a connection of its own; the charts open one per answer.
    m_browser->reopen(m_db->spec());
    m_review->connectionRestored();
    reloadKeepingSelection(); // what others changed meanwhile
    statusBar()->showMessage(tr("Reconnected to the review server."), 6000);
}

bool MainWindow::openStartupDatabase(const QString &spec)
{
    QString target = spec;
    if (target.isEmpty()) {
        const QString last = QSettings().value(lastDatabaseKey).toString();
        // A last database that was moved away is not silently re-created empty.
        if (!last.isEmpty() && (ReviewDatabase::isPostgresUrl(last) || QFileInfo::exists(last)))
            target = last;
    }
    bool firstStart = false;
    if (target.isEmpty()) {
        target = ReviewDatabase::defaultLocation();
        firstStart = !QFileInfo::exists(target);
    }
    if (!openDatabaseInteractively(target))
        return false;
    if (firstStart) // quietly: no dialog before the first data (docs/install.md)
        m_imports->import(m_db->spec(), { sampleResourcePath() }, ImportController::Feedback::Quiet);
    return true;
}

bool MainWindow::openDatabaseInteractively(const QString &spec)
{
    QString error;
    if (openDatabase(spec, &error))
        return true;
    // A shared database: try without a password first (~/.pgpass, trust, peer), then
    // ask when libpq says the server wants one (or refused the one given). The
    // password lives in this connection only.
    if (ReviewDatabase::isPostgresUrl(spec) && QUrl(spec).password().isEmpty()) {
        const QUrl url(spec);
        for (int attempt = 0; attempt < 3 && m_openPasswordWanted != PasswordWanted::No; ++attempt) {
            bool ok = false;
            const QString password = QInputDialog::getText(
                    this, tr("Password"),
                    (m_openPasswordWanted == PasswordWanted::Rejected ? tr("The password was not accepted.") + u'\n'
                                                                      : QString())
                            + tr("Password of %1 for %2:")
                                      .arg(url.userName(), ConnectDialog::withoutPassword(spec)),
                    QLineEdit::Password, QString(), &ok);
            if (!ok)
                return false;
            if (openDatabase(ConnectDialog::withPassword(spec, password), &error))
                return true;
        }
    }
    // A damaged file with a backup from before an upgrade: offer to put it back.
    if (!ReviewDatabase::isPostgresUrl(spec) && BackupOffer::offerRestore(this, spec, error)) {
        if (openDatabase(spec, &error))
            return true;
    } else if (!ReviewDatabase::isPostgresUrl(spec) && !DatabaseBackup::available(spec).isEmpty()) {
        return false; // the user declined
    }
    QMessageBox::warning(this, tr("Cannot Open Review Database"),
                         tr("%1 cannot be opened: %2").arg(ConnectDialog::withoutPassword(spec), error));
    return false;
}

void MainWindow::chooseSharedDatabase()
{
    ConnectDialog dialog(this);
    dialog.loadLast();
    if (m_db && m_db->isPostgres())
        dialog.setUrl(databaseSpec());
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.saveLast();
    openDatabaseInteractively(dialog.url());
}

QString MainWindow::databaseSpec() const
{
    return m_db ? ConnectDialog::withoutPassword(m_db->spec()) : QString();
}

QString MainWindow::sampleResourcePath()
{
    return QStringLiteral(":/sample/kawasaki_r3_evaluation.md");
}

void MainWindow::chooseNewDatabase()
{
    const QString path = QFileDialog::getSaveFileName(
            this, tr("New Review Database"), QDir::homePath(),
            tr("Review databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    // The file dialog asked before overwriting; a new database starts empty.
    if (QFileInfo::exists(path) && path != databaseSpec()) {
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(path + suffix);
    }
    QString error;
    if (!openDatabase(path, &error))
        QMessageBox::warning(this, tr("Cannot Create Review Database"),
                             tr("%1 cannot be created: %2").arg(path, error));
}

void MainWindow::chooseOpenDatabase()
{
    const QString dir = m_db && !m_db->isPostgres() ? QFileInfo(databaseSpec()).absolutePath()
                                                     : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Review Database"), dir,
            tr("Review databases (*.sqlite *.sqlite3 *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    openDatabaseInteractively(path);
}

// ---- imports ---------------------------------------------------------------

void MainWindow::chooseImportFiles()
{
    const QStringList recent = m_recent->files();
    const QString dir = recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).absolutePath();
    const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Import Evaluation Tables"), dir,
            tr("Evaluation tables (*.md *.markdown *.csv *.txt *.xlsx *.pdf);;Markdown (*.md *.markdown);;"
               "CSV (*.csv *.txt);;Excel workbooks (*.xlsx);;PDF (*.pdf);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

void MainWindow::importFiles(const QStringList &paths)
{
    if (paths.isEmpty() || !m_db)
        return;
    statusBar()->showMessage(tr("Reading %n file(s)…", "", int(paths.size())));
    m_planner->plan(m_browser->readService(), paths, m_review->ruleSettings(),
                    [this](const ImportPlanner::Plan &plan) { startPlannedImport(plan); });
}

bool MainWindow::isPlanningImports() const
{
    return m_planner->pending() > 0;
}

void MainWindow::startPlannedImport(const ImportPlanner::Plan &plan)
{
    if (!m_db)
        return;
    if (plan.profileNotes.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(plan.profileNotes.join(QStringLiteral("; ")), 5000);
    for (const QString &error : plan.errors) {
        // Not modal: the imports go on; the dialog asks about the file instead.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import"), error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    if (!plan.direct.isEmpty())
        m_imports->import(m_db->spec(), plan.direct, ImportController::Feedback::Dialogs, plan.options);
    for (const ImportChoices &choices : plan.dialogs) {
        const bool waiting = std::any_of(m_dialogImports.cbegin(), m_dialogImports.cend(),
                                         [&choices](const ImportChoices &c) { return c.path() == choices.path(); });
        if (!waiting)
            m_dialogImports.append(choices);
    }
    if (!m_dialogImports.isEmpty() && !findChild<ImportDialog *>())
        openNextImportDialog();
}

void MainWindow::openNextImportDialog()
{
    if (m_dialogImports.isEmpty() || !m_db)
        return;
    ImportChoices choices = m_dialogImports.takeFirst();
    const QString path = choices.path();
    // The review steps start as the rules have them now: an earlier dialog may have
    // changed them since the file was read.
    choices.setRuleSettings(m_review->ruleSettings());
    auto *dialog = new ImportDialog(choices, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, path](int result) {
        const auto finish = [this, path](ImportJob *job) {
            emit importDialogFinished(path, job);
            QTimer::singleShot(0, this, &MainWindow::openNextImportDialog);
        };
        if (result != QDialog::Accepted || !m_db) {
            finish(nullptr);
            return;
        }
        // "Save as profile": written by the import's own job, before it reads the file.
        std::optional<ProfileToSave> profile;
        if (dialog->saveAsProfile())
            profile = ProfileToSave { dialog->profileName(), dialog->profilePattern(),
                                      dialog->choices().profileText() };
        const ReadOptions options = dialog->choices().readOptions();
        const auto startImport = [this, path, options, profile, finish] {
            finish(m_db ? m_imports->import(m_db->spec(), { path }, ImportController::Feedback::Dialogs,
                                            { options }, profile)
                        : nullptr);
        };
        // The steps checked as needing review become the scale's review rule
        // (docs/import-dialog.md), written before the import starts as Review Settings
        // writes them: on the review session's thread.
        RuleSettings rules = m_review->ruleSettings();
        if (!dialog->choices().applyReview(&rules)) {
            startImport();
            return;
        }
        m_review->saveRuleSettings(rules, [this, startImport](const QString &error) {
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Import"), tr("The review steps could not be saved: %1").arg(error));
            startImport();
        });
    });
    dialog->resize(std::min(1100, screen()->availableGeometry().width() - 40),
                   std::min(700, screen()->availableGeometry().height() - 60));
    dialog->open();
}

ImportJob *MainWindow::currentImport() const
{
    return m_imports->currentJob();
}

void MainWindow::importFinished(ImportJob *job)
{
    // The worker wrote through its own connection: read everything again.
    m_browser->refresh();
    m_ui->chartPanel->recordsChanged();
    if (m_importHistory && m_importHistory->isVisible())
        m_importHistory->refresh();
    if (m_projectLinks && m_projectLinks->isVisible())
        m_projectLinks->refresh();
    for (qsizetype i = 0; i < job->results().size(); ++i) {
        const QString path = job->files().value(i);
        if (job->results().at(i).ok && !path.startsWith(u':')) // not the bundled sample
            m_recent->add(QFileInfo(path).absoluteFilePath());
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &u) {
            return u.isLocalFile();
        }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList imports;
    for (const QUrl &url : event->mimeData()->urls()) {
        const QString path = url.toLocalFile();
        if (RecentFiles::isDatabaseFile(path))
            openRecentFile(path);
        else
            imports.append(path);
    }
    importFiles(imports);
    event->acceptProposedAction();
}

void MainWindow::openRecentFile(const QString &path)
{
    if (!RecentFiles::isDatabaseFile(path)) {
        importFiles({ path });
        return;
    }
    openDatabaseInteractively(path);
}

} // namespace Hyoka

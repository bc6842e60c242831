#include "mainwindow.h"

#include "backupoffer.h"
#include "chartpanel.h"
#include "connectdialog.h"
#include "connectionbanner.h"
#include "connectionwatch.h"
#include "databasebackup.h"
#include "databaseopener.h"
#include "importcontroller.h"
#include "importchoices.h"
#include "importdialog.h"
#include "importhistorydialog.h"
#include "projectlinksdialog.h"
#include "importjob.h"
#include "recentfiles.h"
#include "recordbrowser.h"
#include "recorddetailpanel.h"
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

void MainWindow::openDatabase(const QString &spec)
{
    startOpening(spec, Asking::No);
}

void MainWindow::openDatabaseInteractively(const QString &spec)
{
    startOpening(spec, Asking::Yes);
}

bool MainWindow::isOpeningDatabase() const
{
    return m_opener->isOpening();
}

void MainWindow::startOpening(const QString &spec, Asking asking, bool firstStart)
{
    m_opening = Opening { spec, asking, firstStart };
    tryOpening(spec);
}

void MainWindow::tryOpening(const QString &spec)
{
    // The window goes on showing (and writing to) the database open now meanwhile.
    statusBar()->showMessage(tr("Opening %1…").arg(ConnectDialog::withoutPassword(spec)));
    m_opener->open(spec);
}

void MainWindow::openingFinished(const DatabaseOpener::Outcome &outcome)
{
    statusBar()->clearMessage();
    QString error = outcome.error;
    if (outcome.ok && useDatabase(outcome.prepared, &error)) {
        finishOpening(true, QString());
        return;
    }
    if (m_opening.asking == Asking::Yes && askAfterFailure(outcome, error))
        return; // trying again, or the user said no
    if (m_opening.asking == Asking::Yes)
        QMessageBox::warning(this, tr("Cannot Open Review Database"),
                             tr("%1 cannot be opened: %2").arg(ConnectDialog::withoutPassword(m_opening.spec), error));
    finishOpening(false, error);
}

// What only the user can answer after a failed opening: the password of a shared
// database whose server wants one (tried without first: ~/.pgpass, trust, peer; the
// password lives in this connection only), or whether to put back the backup of a
// damaged file. True when opening goes on (another try) or ended without a warning.
bool MainWindow::askAfterFailure(const DatabaseOpener::Outcome &outcome, const QString &error)
{
    const QString spec = m_opening.spec;
    if (ReviewDatabase::isPostgresUrl(spec)) {
        if (!QUrl(spec).password().isEmpty() || outcome.passwordWanted == PasswordWanted::No
            || m_opening.passwordsAsked >= 3)
            return false;
        ++m_opening.passwordsAsked;
        bool ok = false;
        const QString password = QInputDialog::getText(
                this, tr("Password"),
                (outcome.passwordWanted == PasswordWanted::Rejected ? tr("The password was not accepted.") + u'\n'
                                                                    : QString())
                        + tr("Password of %1 for %2:").arg(QUrl(spec).userName(), ConnectDialog::withoutPassword(spec)),
                QLineEdit::Password, QString(), &ok);
        if (!ok) {
            finishOpening(false, error);
            return true;
        }
        tryOpening(ConnectDialog::withPassword(spec, password));
        return true;
    }
    // A damaged file with a backup from before an upgrade: offer to put it back.
    if (m_opening.restoreOffered)
        return false;
    m_opening.restoreOffered = true;
    if (BackupOffer::offerRestore(this, spec, error)) {
        tryOpening(spec);
        return true;
    }
    if (!DatabaseBackup::available(spec).isEmpty()) {
        finishOpening(false, error); // the user declined
        return true;
    }
    return false;
}

void MainWindow::finishOpening(bool ok, const QString &error)
{
    const Opening opening = std::exchange(m_opening, Opening());
    const QStringList files = std::exchange(m_filesAfterOpening, {});
    if (ok && opening.firstStart) // quietly: no dialog before the first data (docs/install.md)
        m_imports->import(m_db->spec(), { sampleResourcePath() }, ImportController::Feedback::Quiet);
    if (ok)
        importFiles(files);
    else if (!files.isEmpty())
        statusBar()->showMessage(tr("%n file(s) not imported: the review database could not be opened.", "",
                                    int(files.size())),
                                 10000);
    emit databaseOpened(ok, error);
}

// The database checked (and upgraded) by the opener: its threads' connections are made
// from what the checks found; the window itself keeps them without a connection.
bool MainWindow::useDatabase(const ReviewDatabase::Prepared &prepared, QString *error)
{
    auto db = std::make_unique<ReviewDatabase>();
    if (!db->adopt(prepared, error))
        return false;
    // Everything that reads the old database lets go of it first.
    m_review->setConnectionWatch(nullptr);
    m_connection->setDatabase(nullptr);
    m_review->setDatabase(nullptr);
    m_ui->chartPanel->setDatabase(nullptr);
    m_browser->setDatabase(nullptr);
    m_db = std::move(db);
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
    if (!m_db->isPostgres())
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
    m_browser->reopen(m_db->prepared());
    m_review->connectionRestored();
    reloadKeepingSelection(); // what others changed meanwhile
    statusBar()->showMessage(tr("Reconnected to the review server."), 6000);
}

void MainWindow::openStartupDatabase(const QString &spec)
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
    startOpening(target, Asking::Yes, firstStart);
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
    openDatabaseInteractively(path);
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
    if (isOpeningDatabase()) { // into the database being opened, once it is
        m_filesAfterOpening += paths;
        return;
    }
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

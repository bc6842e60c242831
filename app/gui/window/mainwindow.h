#pragma once

#include "databaseopener.h"
#include "importplanner.h"
#include "pgpassword.h"
#include "queryworker.h"

#include <QMainWindow>
#include <QStringList>
#include <QList>

#include <memory>

class QActionGroup;
class QDockWidget;
class QLabel;
class QTableView;

namespace Ui {
class MainWindow;
}

namespace Hyoka {

class ChartPanel;
class ConnectionBanner;
class FilterBar;
class ImportHistoryDialog;
class ImportController;
class ImportJob;
class LanguageManager;
class ProjectLinksDialog;
class RecordBrowser;
class RecordDetailPanel;
class RecordGrid;
class FocusActions;
class RecentFiles;
class ReviewController;
class ReviewDatabase;
class ReviewPanel;
struct ReadOptions;

// The review window: filter bar and grid over one review database, the detail dock
// for the current record (its facts and its review: findings, flag editor, history),
// the charts dock, imports on a worker thread, recent files, languages and the
// settings that make it open as it was left. The review workflow itself lives in a
// ReviewController.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `language` (not owned) drives the Language menu; without it the menu is hidden.
    explicit MainWindow(LanguageManager *language = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (creating when needed) a SQLite file or postgresql:// URL. The checks and
    // any upgrade of the schema run on a worker thread (DatabaseOpener); the window
    // goes on with the database open now until databaseOpened() says how it went.
    // Files given to importFiles() meanwhile go into the new database.
    void openDatabase(const QString &spec);
    // The same, asking the user what only they can answer (the password of a shared
    // database whose server wants one, whether to put back the backup of a damaged
    // file) and saying why when it failed.
    void openDatabaseInteractively(const QString &spec);
    // The database to start on: `spec`, else the last one, else the default
    // location; a first start (no database yet) imports the bundled sample.
    void openStartupDatabase(const QString &spec = QString());
    bool isOpeningDatabase() const;
    // Imports on a worker thread with a progress dialog, once ImportPlanner has
    // decided, off the GUI thread, how each file is read: importStarted() tells the
    // job. A CSV or XLSX file of a layout Hyoka does not know, which no saved profile
    // matches, opens the import dialog first (docs/import-dialog.md); its own job is
    // told by importDialogFinished(). Nothing without an open database.
    void importFiles(const QStringList &paths);
    // Files given to importFiles() whose plan is not made yet.
    bool isPlanningImports() const;
    ImportJob *currentImport() const;

    // The open database's file or URL (without a password).
    QString databaseSpec() const;
    ReviewDatabase *database() const { return m_db.get(); }
    RecordBrowser *browser() const { return m_browser; }
    RecordDetailPanel *detailPanel() const;
    ReviewPanel *reviewPanel() const;
    ChartPanel *chartPanel() const;
    QDockWidget *chartDock() const;
    ReviewController *review() const { return m_review; }
    // The notice above the grid (read-only database …); empty when hidden.
    QString infoText() const;
    // The banner shown while a shared database's server is away; empty when hidden.
    QString connectionText() const;
    ConnectionBanner *connectionBanner() const { return m_connection; }
    QTableView *recordView() const;
    FilterBar *filterBar() const;
    QString statusText() const;
    // The selected rows as tab-separated text with a header row (what Ctrl+C copies).
    QString selectedRowsAsTsv() const;

    static QString sampleResourcePath();

    // Selects these records in the grid (the first becomes current); those the filter
    // hides are left out. Returns how many were selected.
    int selectRecords(const QList<qint64> &ids);
    // Reads the grid again (someone else changed the database), keeping the current
    // record, the selection and the detail.
    void reloadKeepingSelection();
    // The detail of the current record is being read (tests wait for it).
    bool isReadingDetail() const { return m_detailPending || m_reviewPending; }
    // File → Project Links, shown (made when first asked for).
    ProjectLinksDialog *showProjectLinks();

signals:
    // The import dialog of `path` closed: `job` imports it (nullptr when the dialog was
    // cancelled or the import was queued behind another).
    void importDialogFinished(const QString &path, Hyoka::ImportJob *job);
    // An import job was made (files given to importFiles(), or the import dialog's);
    // it starts from the event loop, after the one before it.
    void importStarted(Hyoka::ImportJob *job);
    // After openDatabase() and its kin, once the opening ended (the user answered).
    void databaseOpened(bool ok, const QString &error);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setupActions();
    void setupGrid();
    void setupDetail();
    void restoreSettings();
    void saveSettings() const;
    void retranslate();
    void updateStatus();
    void updateWindowTitle();
    void updateActions();
    void showCurrentRecord();
    // Reads the current record's detail on the read service; `keepEdit`: the review
    // keeps what the reviewer is typing (the record was read again).
    void readCurrentRecord(bool keepEdit);
    // The current record's flag, history and findings again, for the review panel.
    void readCurrentReview();
    void restoreCurrentRecord();
    void activateRecord();
    void copySelectedRows();
    void chooseImportFiles();
    void chooseNewDatabase();
    void chooseOpenDatabase();
    void openRecentFile(const QString &path);
    void chooseSharedDatabase();
    void showGridContextMenu(const QPoint &pos);
    void updateInfoBar();
    void setupConnectionBanner();
    void connectionRestored();
    void showChartsAnd(void (ChartPanel::*action)());
    void showShortcuts();
    void showImportHistory();
    void importFinished(ImportJob *job);
    void startPlannedImport(const ImportPlanner::Plan &plan);
    void openNextImportDialog();
    void setLanguage(const QString &language);
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    LanguageManager *m_language;
    std::unique_ptr<ReviewDatabase> m_db;
    RecordBrowser *m_browser;
    QLabel *m_statusLabel;
    QActionGroup *m_languageGroup;
    ImportController *m_imports;
    RecentFiles *m_recent;
    ReviewController *m_review;
    ConnectionBanner *m_connection = nullptr;
    RecordGrid *m_grid = nullptr;
    FocusActions *m_focus = nullptr;
    QList<qint64> m_selectionToRestore; // by reloadKeepingSelection()
    qint64 m_currentRecordId = 0;
    // The opening under way (mainwindowfiles.cpp).
    enum class Asking { No, Yes };
    struct Opening
    {
        QString spec;
        Asking asking = Asking::No;
        bool firstStart = false; // imports the bundled sample once open
        int passwordsAsked = 0;
        bool restoreOffered = false;
    };
    void startOpening(const QString &spec, Asking asking, bool firstStart = false);
    void tryOpening(const QString &spec);
    void openingFinished(const DatabaseOpener::Outcome &outcome);
    bool askAfterFailure(const DatabaseOpener::Outcome &outcome, const QString &error);
    void finishOpening(bool ok, const QString &error);
    bool useDatabase(const ReviewDatabase::Prepared &prepared, QString *error);
    DatabaseOpener *m_opener = nullptr;
    Opening m_opening;
    QStringList m_filesAfterOpening;
    ImportPlanner *m_planner = nullptr;
    QList<ImportChoices> m_dialogImports; // files waiting for their import dialog, previews read
    ImportHistoryDialog *m_importHistory = nullptr; // File → Import History, made when first opened
    ProjectLinksDialog *m_projectLinks = nullptr; // File → Project Links, made when first opened
    QString m_importFilterFile; // the file of the import whose records the grid shows (Show Its Records)
    bool m_importFilterShown = false; // the notice names it
    ReadChannel m_detailReads; // the current record's detail
    ReadChannel m_reviewReads; // its review again (readCurrentReview())
    bool m_detailPending = false;
    bool m_reviewPending = false; // readCurrentReview() asked
};

} // namespace Hyoka

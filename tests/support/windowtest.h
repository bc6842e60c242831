#pragma once

// Helpers for tests that drive a window (docs/architecture.md, "Threading").

#include "browsertest.h"
#include "importjob.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "recordbrowser.h"
#include "recorddetailpanel.h"
#include "recordtablemodel.h"
#include "reviewcontroller.h"
#include "reviewsession.h"

#include <QApplication>
#include <QDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace Hyoka::TestSupport {

// The review window reads everything on its read service, its RecordBrowser's worker
// thread: a test that changes the filter or the current row waits for the answers
// before it looks at the grid, the facets, the status bar or the detail. True once
// every answer is in (false after `timeoutMs`): the ids and counts, the grid's rows
// asked for (waitForBrowser()) and, in a window, the current record's detail and the
// flag changes, undos and redos asked of its review session (written on the session's
// own thread, then the grid's rows and the review panel read again).
[[nodiscard]] inline bool waitForAnswers(const RecordBrowser *browser, int timeoutMs = 30000)
{
    const auto *window = qobject_cast<const MainWindow *>(browser->parent());
    return QTest::qWaitFor(
            [browser, window] {
                return hasAnswered(browser)
                        && !(window && (window->isReadingDetail() || window->review()->session()->isBusy()));
            },
            timeoutMs);
}

// What a finished import reported, copied while the job still exists: the window's
// import controller deletes its job once finished (deleteLater, which runs inside the
// event loop a QSignalSpy waits in), so a test never reads the job after waiting.
struct ImportOutcome
{
    QList<ImportResult> results;
    int imported = 0;
    QStringList errors;
};

// What watchImport() fills in when its job finishes.
using ImportWatch = std::shared_ptr<std::optional<ImportOutcome>>;

// Copies `job`'s outcome when it finishes. Call it before any event loop runs after the
// job is handed over (at once, or in a direct slot of the signal that hands it over):
// a small import can finish, and its job be deleted, inside the next wait.
[[nodiscard]] inline ImportWatch watchImport(ImportJob *job)
{
    auto outcome = std::make_shared<std::optional<ImportOutcome>>();
    QObject::connect(job, &ImportJob::finished, job, [job, outcome] {
        *outcome = ImportOutcome { job->results(), job->importedCount(), job->errors() };
    });
    return outcome;
}

// Waits for a watched job to finish; nothing when it did not within `timeoutMs`.
[[nodiscard]] inline std::optional<ImportOutcome> waitForImport(const ImportWatch &watch,
                                                                int timeoutMs = 60000)
{
    // Unfinished: the empty outcome says so.
    (void)QTest::qWaitFor([watch] { return watch->has_value(); }, timeoutMs);
    return *watch;
}

// Waits for `job`, which no event loop has run since it was returned, to finish.
[[nodiscard]] inline std::optional<ImportOutcome> waitForImport(ImportJob *job,
                                                                int timeoutMs = 60000)
{
    return waitForImport(watchImport(job), timeoutMs);
}

// Watches every import job `window` starts from now on (MainWindow::importStarted(),
// files given to importFiles() or the import dialog's), from the moment it is made.
class WindowImports
{
public:
    explicit WindowImports(MainWindow *window)
    {
        m_started = QObject::connect(window, &MainWindow::importStarted, window, [this](ImportJob *job) {
            m_watches.append(watchImport(job));
            if (m_atStart)
                m_atStart(job);
        });
    }
    ~WindowImports() { QObject::disconnect(m_started); }
    WindowImports(const WindowImports &) = delete;
    WindowImports &operator=(const WindowImports &) = delete;

    // Called with each job as it is made, before it starts.
    void setAtStart(std::function<void(ImportJob *)> atStart) { m_atStart = std::move(atStart); }
    qsizetype started() const { return m_watches.size(); }
    // Waits for the next job to start and finish: its outcome, or nothing.
    [[nodiscard]] std::optional<ImportOutcome> next(int timeoutMs = 60000)
    {
        if (!QTest::qWaitFor([this] { return m_taken < m_watches.size(); }, timeoutMs))
            return std::nullopt;
        return waitForImport(m_watches.at(m_taken++), timeoutMs);
    }

private:
    QMetaObject::Connection m_started;
    QList<ImportWatch> m_watches;
    qsizetype m_taken = 0;
    std::function<void(ImportJob *)> m_atStart;
};

// Gives `paths` to the window as a drop would (MainWindow::importFiles()) and waits
// for the job it starts to finish: its outcome, or nothing (a dialog asks, no
// database is open, or it did not finish within `timeoutMs`).
[[nodiscard]] inline std::optional<ImportOutcome> importThroughWindow(MainWindow *window,
                                                                      const QStringList &paths,
                                                                      int timeoutMs = 60000)
{
    WindowImports imports(window);
    window->importFiles(paths);
    return imports.next(timeoutMs);
}

// Makes `window` the active window, as a user's click would. Window shortcuts
// (Qt::WindowShortcut, and Qt::WidgetShortcut on a widget of the window) fire only in
// the active window: without this, a key a test sends reaches the focused widget's own
// handling (the grid copies its current cell instead of the selected rows), and
// whether the window is active depends on which tests ran before.
[[nodiscard]] inline bool activate(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
    QApplication::setActiveWindow(window);
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }, 5000);
}

// What a window test sets up first: test-mode paths, no settings left from before,
// the window in English. nullptr when the language cannot be set.
[[nodiscard]] inline std::unique_ptr<LanguageManager> startEnglishWindowTests()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    auto language = std::make_unique<LanguageManager>();
    return language->setPreference(QStringLiteral("en")) ? std::move(language) : nullptr;
}

// Starts an opening of `window`'s database by `start` (openDatabase() or its kin) and
// waits for its end, the user's answers included: false, with the message, when it
// failed.
template<typename Start>
[[nodiscard]] bool whenOpened(MainWindow &window, Start start, QString *error = nullptr, int timeoutMs = 60000)
{
    QSignalSpy opened(&window, &MainWindow::databaseOpened);
    start();
    if (opened.isEmpty() && !opened.wait(timeoutMs)) {
        if (error)
            *error = QStringLiteral("the database did not open within %1 ms").arg(timeoutMs);
        return false;
    }
    if (error)
        *error = opened.constLast().at(1).toString();
    return opened.constLast().at(0).toBool();
}

[[nodiscard]] inline bool openDatabase(MainWindow &window, const QString &spec, QString *error = nullptr)
{
    return whenOpened(window, [&] { window.openDatabase(spec); }, error);
}

[[nodiscard]] inline bool openDatabaseInteractively(MainWindow &window, const QString &spec)
{
    return whenOpened(window, [&] { window.openDatabaseInteractively(spec); });
}

[[nodiscard]] inline bool openStartupDatabase(MainWindow &window, const QString &spec = QString())
{
    return whenOpened(window, [&] { window.openStartupDatabase(spec); });
}

// A connection of the test's own to the database `window` works on: the window keeps
// none itself (ReviewDatabase::adopt()). Opened from what the window's opener found,
// as its threads' connections are; nullptr (and a warning saying why) when it cannot be.
[[nodiscard]] inline std::unique_ptr<ReviewDatabase> connectionTo(const MainWindow &window)
{
    auto db = std::make_unique<ReviewDatabase>();
    QString error;
    if (!window.database() || !db->open(window.database()->prepared(), &error)) {
        qWarning("no connection to the window's database: %s", qPrintable(error));
        return nullptr;
    }
    return db;
}

// A review window of 1280×800 on the database `spec`, shown, active and with its first
// answers in; nullptr (and a warning saying why) when that fails.
[[nodiscard]] inline std::unique_ptr<MainWindow> openWindow(LanguageManager *language,
                                                            const QString &spec)
{
    auto window = std::make_unique<MainWindow>(language);
    // The offscreen screen is smaller than that: the window would open maximised.
    window->setWindowState(Qt::WindowNoState);
    window->resize(1280, 800);
    window->show();
    QString error;
    if (!QTest::qWaitForWindowExposed(window.get()) || !openDatabase(*window, spec, &error)
        || !waitForAnswers(window->browser()) || !activate(window.get())) {
        qWarning("the window on %s did not open: %s", qPrintable(spec), qPrintable(error));
        return nullptr;
    }
    return window;
}

// Closes the dialogs `window` shows (an import's warnings), as Escape would.
inline void rejectOpenDialogs(QWidget *window)
{
    for (QDialog *d : window->findChildren<QDialog *>()) {
        if (d->isVisible())
            d->reject();
    }
}

// Makes the grid row of the project named `name` current and waits until the detail
// dock shows it. The grid's rows and the detail are read on the window's worker: each
// is waited for. False when no row has that name or an answer did not come.
[[nodiscard]] inline bool selectProject(MainWindow *window, const QString &name)
{
    QTableView *view = window->recordView();
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, RecordTableModel::NameColumn);
        if (index.data().toString().isEmpty() && !waitForAnswers(window->browser()))
            return false;
        if (index.data().toString() == name) {
            view->setCurrentIndex(index);
            return QTest::qWaitFor([window, &name] {
                const auto record = window->detailPanel()->record();
                return record && record->name == name;
            }, 30000);
        }
    }
    return false;
}

} // namespace Hyoka::TestSupport

// The name the window tests have always used.
using Hyoka::TestSupport::waitForAnswers;

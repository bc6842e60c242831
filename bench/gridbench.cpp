// bench grid: a review database opened into the grid (RecordTableModel on a QTableView,
// offscreen) through the RecordBrowser the window uses (its QueryWorker answers on a
// thread of its own), timed to the first painted rows; then sort by budget and a
// search typed one keystroke at a time. Each change is timed to the first painted rows
// of its answer (the first rows, or all), and to the whole answer (all ids, facets,
// totals); a 1 ms timer measures the longest time the GUI thread was kept from its
// events meanwhile; peak memory at the end. With --window the charts dock
// (ChartPanel) follows the filter beside the grid, as in the window.
#include "benchsupport.h"

#include "chartpanel.h"
#include "recordbrowser.h"
#include "recordtablemodel.h"
#include "reviewdatabase.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

#include <functional>
#include <memory>

namespace HyokaBench {

using namespace Hyoka;

namespace {

// A table view that notes when it has painted its rows.
class TimedTableView : public QTableView
{
public:
    bool painted = false;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QTableView::paintEvent(event);
        painted = true;
    }
};

// The keystrokes of typing `word`: 保, 保育, 保育所.
QStringList keystrokes(const QString &word)
{
    QStringList out;
    for (qsizetype i = 1; i <= word.size(); ++i)
        out << word.left(i);
    return out;
}

// Runs `change`, then the event loop until the model has taken an answer (reset, or a
// new order) and the view has painted it; the time of that and, when `complete` is
// given, of the whole answer (the browser idle again).
double timeToAnswer(TimedTableView &view, RecordBrowser &browser, const std::function<void()> &change,
                    double *complete = nullptr)
{
    RecordTableModel *model = browser.tableModel();
    bool answered = false;
    const auto onAnswer = [&] {
        answered = true;
        view.painted = false;
    };
    const QMetaObject::Connection c1 = QObject::connect(model, &QAbstractItemModel::modelReset, onAnswer);
    const QMetaObject::Connection c2 = QObject::connect(model, &QAbstractItemModel::layoutChanged, onAnswer);
    QElapsedTimer t;
    t.start();
    change();
    double first = -1;
    while (t.elapsed() < 600'000) {
        if (answered && first < 0) {
            view.viewport()->update();
            if (view.painted)
                first = elapsedMs(t);
        }
        if (first >= 0 && (!complete || !browser.isBusy()))
            break;
        if (!answered && !browser.isBusy())
            break; // nothing to answer (the same filter)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    if (complete)
        *complete = elapsedMs(t);
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    return first < 0 ? elapsedMs(t) : first;
}

// The longest time between two ticks of a 1 ms timer while it runs.
class BlockMeter
{
public:
    BlockMeter()
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (m_clock.isValid())
                m_longest = std::max(m_longest, elapsedMs(m_clock));
            m_clock.start();
        });
        m_timer.start();
    }
    double longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_longest = 0;
};

double rssMiB(const char *field)
{
    return double(procStatusKiB(field)) / 1024.0;
}

} // namespace

namespace {

// The keystrokes measured: one, two and three characters in Japanese, one to five in ASCII.
const QStringList searchWords = { QStringLiteral("保育所"), QStringLiteral("Wi-Fi") };

int measure(const QByteArray &prefix, const QString &dbPath, ReviewDatabase &db, bool withCharts,
            RecordBrowser &browser, TimedTableView &view, QElapsedTimer &total, double rssBefore,
            double openMs)
{
    RecordTableModel *model = browser.tableModel();
    // The window's charts dock, following the grid's filter as the window does, and
    // reading on the grid's read service as in the window (its figures wait behind the
    // grid's reads; a worker of its own would compete with them for the cores).
    std::unique_ptr<ChartPanel> charts;
    if (withCharts) {
        charts = std::make_unique<ChartPanel>();
        charts->resize(900, 320);
        charts->setReadService(browser.readService());
        charts->setDatabase(&db);
        QObject::connect(&browser, &RecordBrowser::filterChanged, charts.get(),
                         [&] { charts->setFilter(browser.filter()); });
        charts->show();
    }
    BlockMeter meter;
    double complete = 0;
    const double paintMs = timeToAnswer(view, browser, [&] {
        browser.setDatabase(&db);
        view.show();
    }, &complete);
    const double firstPaintMs = elapsedMs(total) - (complete - paintMs);
    const double rssOpen = rssMiB("VmRSS");
    note(QStringLiteral("%1: %2 rows in the grid once complete")
                 .arg(ReviewDatabase::withoutPassword(dbPath))
                 .arg(model->rowCount()));
    figure(prefix + "open_database_ms", openMs, "ms");
    figure(prefix + "open_to_first_paint_ms", firstPaintMs, "ms");
    figure(prefix + "open_to_complete_ms", openMs + complete, "ms");
    figure(prefix + "rss_before_open_mb", rssBefore, "MB");
    figure(prefix + "rss_after_first_paint_mb", rssOpen, "MB");

    const int budget = RecordTableModel::BudgetColumn;
    double sortComplete = 0;
    figure(prefix + "sort_budget_ascending_ms",
           timeToAnswer(view, browser, [&] { model->sort(budget, Qt::AscendingOrder); }, &sortComplete), "ms");
    figure(prefix + "sort_budget_descending_ms",
           timeToAnswer(view, browser, [&] { model->sort(budget, Qt::DescendingOrder); }), "ms");
    figure(prefix + "sort_name_ascending_ms",
           timeToAnswer(view, browser, [&] { model->sort(RecordTableModel::NameColumn, Qt::AscendingOrder); }),
           "ms");
    timeToAnswer(view, browser, [&] { model->sort(-1, Qt::AscendingOrder); });

    double worstKeystroke = 0;
    double worstComplete = 0;
    int n = 0;
    for (const QString &word : searchWords) {
        for (const QString &text : keystrokes(word)) {
            double done = 0;
            const double ms = timeToAnswer(view, browser, [&] { browser.setSearchText(text); }, &done);
            worstKeystroke = std::max(worstKeystroke, ms);
            worstComplete = std::max(worstComplete, done);
            ++n;
            note(QStringLiteral("search \"%1\": %2 rows, first painted %3 ms, complete (all ids, facets, "
                                "totals) %4 ms")
                         .arg(text)
                         .arg(model->rowCount())
                         .arg(ms, 0, 'f', 1)
                         .arg(done, 0, 'f', 1));
            figure(prefix + "search_key" + QByteArray::number(n) + "_ms", ms, "ms");
            figure(prefix + "search_key" + QByteArray::number(n) + "_complete_ms", done, "ms");
        }
        timeToAnswer(view, browser, [&] { browser.setSearchText(QString()); }, &complete);
    }
    timeToAnswer(view, browser, [&] { model->sort(budget, Qt::DescendingOrder); }, &complete);
    figure(prefix + "search_sorted_by_budget_ms",
           timeToAnswer(view, browser, [&] { browser.setSearchText(QStringLiteral("保育所")); }, &complete),
           "ms");
    timeToAnswer(view, browser, [&] { browser.setSearchText(QString()); }, &complete);

    // Typing as a person does, a keystroke every 120 ms without waiting for answers:
    // only the last one's answer is wanted.
    QElapsedTimer typing;
    typing.start();
    for (const QString &text : keystrokes(QStringLiteral("保育所"))) {
        browser.setSearchText(text);
        QElapsedTimer pause;
        pause.start();
        while (pause.elapsed() < 120)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    while (browser.isBusy() && typing.elapsed() < 600'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    note(QStringLiteral("typed 保育所 at 120 ms a key: %1 rows, idle after %2 ms")
                 .arg(model->rowCount())
                 .arg(elapsedMs(typing), 0, 'f', 1));

    // A one-character term no record has: no first rows to find, the whole search
    // text is read (in the background; the grid keeps its rows meanwhile).
    double rareComplete = 0;
    const double rare = timeToAnswer(view, browser, [&] { browser.setSearchText(QStringLiteral("鬱")); },
                                     &rareComplete);
    note(QStringLiteral("search \"鬱\" (no record has it): %1 rows").arg(model->rowCount()));
    figure(prefix + "search_rare_one_character_ms", rare, "ms");
    figure(prefix + "search_rare_one_character_complete_ms", rareComplete, "ms");
    timeToAnswer(view, browser, [&] { browser.setSearchText(QString()); }, &complete);

    figure(prefix + "search_worst_keystroke_ms", worstKeystroke, "ms");
    figure(prefix + "search_worst_complete_ms", worstComplete, "ms");
    figure(prefix + "gui_thread_longest_block_ms", meter.longestMs(), "ms");
    figure(prefix + "peak_rss_mb", rssMiB("VmHWM"), "MB");
    return 0;
}

} // namespace

int gridCommand(const QStringList &args)
{
    if (args.isEmpty())
        return 2;
    const QString dbPath = args.at(0);
    const bool withCharts = args.contains(QStringLiteral("--window"));
    const QByteArray prefix = withCharts ? "window." : "grid.";
    const double rssBefore = rssMiB("VmRSS");

    QElapsedTimer total;
    total.start();
    ReviewDatabase db;
    QString error;
    if (!db.open(dbPath, &error)) {
        std::fprintf(stderr, "bench grid: %s\n", qPrintable(error));
        return 1;
    }
    const double openMs = elapsedMs(total);

    RecordBrowser browser;
    TimedTableView view;
    view.resize(1280, 800);
    view.setSortingEnabled(false); // sorting is driven below, by model->sort()
    view.setModel(browser.tableModel());
    return measure(prefix, dbPath, db, withCharts, browser, view, total, rssBefore, openMs);
}

} // namespace HyokaBench

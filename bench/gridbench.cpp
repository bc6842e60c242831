// bench grid: a review database opened into the grid (RecordTableModel on a QTableView,
// offscreen), timed to the first painted rows; then sort by budget and a search typed
// one keystroke at a time, each timed to the repainted rows; peak memory at the end.
// With --browser the grid is driven through RecordBrowser, as the window does it
// (facet counts and money totals recomputed with every filter change).
#include "benchsupport.h"

#include "recordbrowser.h"
#include "recordquery.h"
#include "recordtablemodel.h"
#include "reviewdatabase.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>

#include <functional>

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

// Runs `change`, then the event loop until the view has painted; milliseconds.
double timeToPaint(TimedTableView &view, const std::function<void()> &change)
{
    QElapsedTimer t;
    t.start();
    view.painted = false;
    change();
    view.viewport()->update();
    while (!view.painted && t.elapsed() < 600'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return elapsedMs(t);
}

// The keystrokes of typing `word`: 保, 保育, 保育所.
QStringList keystrokes(const QString &word)
{
    QStringList out;
    for (qsizetype i = 1; i <= word.size(); ++i)
        out << word.left(i);
    return out;
}

double rssMiB(const char *field)
{
    return double(procStatusKiB(field)) / 1024.0;
}

} // namespace

int gridCommand(const QStringList &args)
{
    if (args.isEmpty())
        return 2;
    const QString dbPath = args.at(0);
    const bool viaBrowser = args.contains(QStringLiteral("--browser"));
    const QByteArray prefix = viaBrowser ? "browser." : "grid.";
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

    RecordQuery query(db);
    RecordTableModel ownModel;
    RecordBrowser browser;
    RecordTableModel *model = viaBrowser ? browser.tableModel() : &ownModel;
    TimedTableView view;
    view.resize(1280, 800);
    view.setSortingEnabled(false); // sorting is driven below, by model->sort()
    view.setModel(model);

    QElapsedTimer step;
    step.start();
    if (viaBrowser) {
        browser.setDatabase(&db);
    } else {
        ownModel.setQuery(&query);
        ownModel.setFilter(RecordFilter());
    }
    const double modelMs = elapsedMs(step);
    const double paintMs = timeToPaint(view, [&] { view.show(); });
    const double firstPaintMs = elapsedMs(total);
    const double rssOpen = rssMiB("VmRSS");

    note(QStringLiteral("%1: %2 rows in the grid, %3 row blocks cached after the first paint")
                 .arg(dbPath)
                 .arg(model->rowCount())
                 .arg(model->cachedBlockCount()));
    figure(prefix + "open_database_ms", openMs, "ms");
    figure(prefix + "model_ready_ms", modelMs, "ms");
    figure(prefix + "first_paint_after_model_ms", paintMs, "ms");
    figure(prefix + "open_to_first_paint_ms", firstPaintMs, "ms");
    figure(prefix + "rss_before_open_mb", rssBefore, "MB");
    figure(prefix + "rss_after_first_paint_mb", rssOpen, "MB");

    // Sort by budget, both ways, back to storage order.
    const int budget = RecordTableModel::BudgetColumn;
    figure(prefix + "sort_budget_ascending_ms",
           timeToPaint(view, [&] { model->sort(budget, Qt::AscendingOrder); }), "ms");
    figure(prefix + "sort_budget_descending_ms",
           timeToPaint(view, [&] { model->sort(budget, Qt::DescendingOrder); }), "ms");
    figure(prefix + "sort_name_ascending_ms",
           timeToPaint(view, [&] { model->sort(RecordTableModel::NameColumn, Qt::AscendingOrder); }),
           "ms");
    timeToPaint(view, [&] { model->sort(-1, Qt::AscendingOrder); });

    // Search, one keystroke at a time; then cleared.
    auto search = [&](const QString &text) {
        if (viaBrowser) {
            browser.setSearchText(text);
        } else {
            RecordFilter f;
            f.searchText = text;
            model->setFilter(f);
        }
    };
    double worstKeystroke = 0;
    int n = 0;
    const QStringList words = { QStringLiteral("保育所"), QStringLiteral("Wi-Fi") };
    for (const QString &word : words) {
        const QStringList typed = keystrokes(word);
        for (const QString &text : typed) {
            const double ms = timeToPaint(view, [&] { search(text); });
            worstKeystroke = std::max(worstKeystroke, ms);
            note(QStringLiteral("search \"%1\": %2 rows").arg(text).arg(model->rowCount()));
            figure(prefix + "search_key" + QByteArray::number(++n) + "_ms", ms, "ms");
        }
        timeToPaint(view, [&] { search(QString()); });
    }
    // A search with a sort in force: the ORDER BY runs over the matches only.
    timeToPaint(view, [&] { model->sort(budget, Qt::DescendingOrder); });
    figure(prefix + "search_sorted_by_budget_ms",
           timeToPaint(view, [&] { search(QStringLiteral("保育所")); }), "ms");
    figure(prefix + "search_worst_keystroke_ms", worstKeystroke, "ms");
    figure(prefix + "peak_rss_mb", rssMiB("VmHWM"), "MB");
    return 0;
}

} // namespace HyokaBench

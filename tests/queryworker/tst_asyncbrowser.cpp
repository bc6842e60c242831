// RecordBrowser with its queries through QueryWorker, off the GUI thread: the grid,
// facets and totals RecordQuery gives for the same filter and order, only the last of
// quick changes answered, the selection kept through a sort and a refresh, the flag
// facet updated after a flag change, and it says when it is busy. The worker itself is
// in tst_queryworker.
#include "facetmodel.h"
#include "flagstore.h"
#include "recordbrowser.h"
#include "queryworker.h"
#include "recordquery.h"
#include "recordstore.h"
#include "recordtablemodel.h"
#include "reviewdatabase.h"

#include "querydatabases.h"
#include "windowtest.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Hyoka;
using namespace Hyoka::TestSupport;

namespace {

// A database of its own holding the seed (the test changes it), and a browser on it
// that has answered.
struct SeedCopy
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("seed-copy.sqlite"));
    ReviewDatabase db;
    RecordBrowser browser;

    bool open()
    {
        if (!db.open(path, nullptr) || !RecordStore(db).importFile(QStringLiteral(HYOKA_SEED_FILE)).ok)
            return false;
        browser.setDatabase(&db);
        return waitForAnswers(&browser);
    }
};

} // namespace

class tst_AsyncBrowser : public QObject, private QueryDatabasesFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void browserShowsWhatTheQueryAnswers_data();
    void browserShowsWhatTheQueryAnswers();
    void browserTakesOnlyTheLastOfQuickChanges();
    void browserSortKeepsTheSelection();
    void browserSortShowsItsFirstRowsFirst();
    void browserRefreshKeepsRowsAndReadsThemAgain();
    void browserFlagChangeUpdatesTheFlagFacet();
};

void tst_AsyncBrowser::initTestCase()
{
    prepare();
}

void tst_AsyncBrowser::browserShowsWhatTheQueryAnswers_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("underperforming");
    QTest::addColumn<int>("sortColumn");
    QTest::newRow("保育") << QStringLiteral("保育") << false << int(RecordTableModel::BudgetColumn);
    QTest::newRow("保 underperforming") << QStringLiteral("保") << true << int(RecordTableModel::NameColumn);
    QTest::newRow("everything") << QString() << false << -1;
    QTest::newRow("nothing") << QStringLiteral("存在しない語") << false << int(RecordTableModel::LevelColumn);
}

void tst_AsyncBrowser::browserShowsWhatTheQueryAnswers()
{
    QFETCH(QString, search);
    QFETCH(bool, underperforming);
    QFETCH(int, sortColumn);
    RecordBrowser async;
    QAbstractItemModelTester gridTester(async.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<std::shared_ptr<QAbstractItemModelTester>> facetTesters;
    for (FacetModel *f : async.facetModels())
        facetTesters.append(std::make_shared<QAbstractItemModelTester>(
                f, QAbstractItemModelTester::FailureReportingMode::QtTest));
    QSignalSpy busy(&async, &RecordBrowser::busyChanged);
    QSignalSpy filterChanged(&async, &RecordBrowser::filterChanged);
    async.setDatabase(m_seed.get());
    QVERIFY(async.isBusy()); // asked, not yet answered
    QVERIFY(waitForAnswers(&async));
    QCOMPARE(async.tableModel()->rowCount(), 38);
    QCOMPARE(async.recordCount(), 38);
    busy.clear();
    filterChanged.clear();

    async.setSearchText(search);
    async.setUnderperformingOnly(underperforming);
    async.tableModel()->sort(sortColumn, Qt::DescendingOrder);
    QVERIFY(waitForAnswers(&async));
    // Up to three changes, each superseding the one before: one answer, and one
    // filterChanged when the filter changed (a new order alone is no new filter).
    QCOMPARE(filterChanged.size(), search.isEmpty() && !underperforming ? 0 : 1);
    QCOMPARE(busy.size(), 2);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);

    // What RecordQuery answers on this thread for the same filter and order.
    RecordFilter filter = searchFor(search);
    filter.underperformingOnly = underperforming;
    QCOMPARE(async.filter(), filter);
    const RecordQuery query(*m_seed);
    const auto ids = query.ids(filter, RecordTableModel::queryColumn(sortColumn), Qt::DescendingOrder);
    QVERIFY(ids);
    QCOMPARE(async.tableModel()->ids(), *ids);
    QCOMPARE(async.tableModel()->sortColumn(), sortColumn);
    const std::optional<RecordQuery::Totals> totals = query.totals(filter);
    QVERIFY(totals);
    QCOMPARE(async.totals().count, totals->count);
    QCOMPARE(async.totals().budget, totals->budget);
    for (FacetModel *a : async.facetModels()) {
        FacetModel s(a->facet());
        const auto values = query.facet(a->facet(), filter);
        QVERIFY(values);
        s.setValues(*values);
        QCOMPARE(a->rowCount(), s.rowCount());
        for (int row = 0; row < a->rowCount(); ++row)
            QCOMPARE(a->index(row).data(FacetModel::CountRole), s.index(row).data(FacetModel::CountRole));
    }
    // The rows themselves, read by id on the worker.
    const auto read = query.rows(*ids);
    QVERIFY(read);
    const QList<RecordRow> &rows = *read;
    QCOMPARE(rows.size(), ids->size());
    for (int row = 0; row < async.tableModel()->rowCount(); ++row)
        QCOMPARE(async.tableModel()->index(row, RecordTableModel::NameColumn).data().toString(), rows.at(row).name);
}

void tst_AsyncBrowser::browserTakesOnlyTheLastOfQuickChanges()
{
    RecordBrowser browser;
    browser.setDatabase(m_many.get());
    QVERIFY(waitForAnswers(&browser));
    QCOMPARE(browser.tableModel()->rowCount(), m_manyCount);
    QAbstractItemModelTester tester(browser.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy filterChanged(&browser, &RecordBrowser::filterChanged);
    browser.tableModel()->sort(RecordTableModel::NameColumn, Qt::AscendingOrder);
    for (const QString &text : { QStringLiteral("実"), QStringLiteral("実績"), QStringLiteral("実績1"),
                                 QStringLiteral("実績12") })
        browser.setSearchText(text);
    QVERIFY(browser.isBusy());
    QVERIFY(waitForAnswers(&browser));
    QCOMPARE(filterChanged.size(), 1);
    const auto expected = RecordQuery(*m_many).ids(searchFor(QStringLiteral("実績12")), Column::Name,
                                                   Qt::AscendingOrder);
    QCOMPARE(browser.tableModel()->ids(), *expected);
    QVERIFY(browser.tableModel()->rowCount() > 0 && browser.tableModel()->rowCount() < m_manyCount);
    QCOMPARE(browser.totals().count, qint64(expected->size()));
    // Back to everything: the first rows, then the rest after them.
    QSignalSpy inserted(browser.tableModel(), &QAbstractItemModel::rowsInserted);
    browser.setSearchText(QString());
    QVERIFY(waitForAnswers(&browser));
    QCOMPARE(browser.tableModel()->rowCount(), m_manyCount);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), QueryWorker::firstRowCount);
}

void tst_AsyncBrowser::browserSortKeepsTheSelection()
{
    RecordBrowser browser;
    browser.setDatabase(m_seed.get());
    QVERIFY(waitForAnswers(&browser));
    RecordTableModel *model = browser.tableModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QItemSelectionModel selection(model);
    const qint64 id = model->recordId(5);
    selection.setCurrentIndex(model->index(5, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(model, &QAbstractItemModel::layoutChanged);
    model->sort(RecordTableModel::BudgetColumn, Qt::DescendingOrder);
    QCOMPARE(model->recordId(5), id); // not sorted yet: asked of the worker
    QVERIFY(waitForAnswers(&browser));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(layout.size(), 1);
    QCOMPARE(model->ids(), *RecordQuery(*m_seed).ids(RecordFilter(), Column::Budget, Qt::DescendingOrder));
    QCOMPARE(model->recordId(selection.currentIndex().row()), id);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(model->recordId(selection.selectedRows().at(0).row()), id);
}

void tst_AsyncBrowser::browserSortShowsItsFirstRowsFirst()
{
    // 6,000 records: a new order's first rows move to the top before the whole list
    // comes (one layout change each); the selected record, far below them, follows.
    RecordBrowser browser;
    browser.setDatabase(m_many.get());
    QVERIFY(waitForAnswers(&browser));
    RecordTableModel *model = browser.tableModel();
    QCOMPARE(model->rowCount(), m_manyCount);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QItemSelectionModel selection(model);
    const int selectedRow = 4000;
    const qint64 id = model->recordId(selectedRow);
    selection.setCurrentIndex(model->index(selectedRow, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QList<qint64> before = model->ids();
    const QList<qint64> sorted = *RecordQuery(*m_many).ids(RecordFilter(), Column::Name, Qt::AscendingOrder);
    QVERIFY(sorted != before);

    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(model, &QAbstractItemModel::layoutChanged);
    QList<QList<qint64>> shown; // the ids after each layout change
    connect(model, &QAbstractItemModel::layoutChanged, this, [&] { shown.append(model->ids()); });
    model->sort(RecordTableModel::NameColumn, Qt::AscendingOrder);
    QVERIFY(waitForAnswers(&browser));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(layout.size(), 2);
    // First: the first rows of the new order on top, every other record below in the
    // order it had; the same records all along.
    const QList<qint64> &first = shown.at(0);
    QCOMPARE(first.size(), m_manyCount);
    const int head = QueryWorker::firstRowCount;
    QCOMPARE(first.mid(0, head), sorted.mid(0, head));
    QList<qint64> rest = before;
    rest.removeIf([&](qint64 x) { return sorted.mid(0, head).contains(x); });
    QCOMPARE(first.mid(head), rest);
    // Then the whole list.
    QCOMPARE(shown.at(1), sorted);
    QCOMPARE(model->ids(), sorted);
    QCOMPARE(model->recordId(selection.currentIndex().row()), id);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(model->recordId(selection.selectedRows().at(0).row()), id);
    QCOMPARE(model->sortColumn(), int(RecordTableModel::NameColumn));

    // The same order asked again (a refresh): the whole list only, no first rows.
    layout.clear();
    shown.clear();
    browser.refresh();
    QVERIFY(waitForAnswers(&browser));
    QCOMPARE(layout.size(), 0);
    QCOMPARE(model->ids(), sorted);
}

void tst_AsyncBrowser::browserRefreshKeepsRowsAndReadsThemAgain()
{
    SeedCopy copy;
    QVERIFY(copy.open());
    const QString &path = copy.path;
    ReviewDatabase &db = copy.db;
    RecordBrowser &browser = copy.browser;
    RecordTableModel *model = browser.tableModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = 3;
    const QString name = model->index(row, RecordTableModel::NameColumn).data().toString();
    // Another connection renames the record (as a re-import would).
    {
        ReviewDatabase other;
        QVERIFY(other.open(path, nullptr));
        QSqlQuery q(other.database());
        QVERIFY(q.prepare(QStringLiteral("UPDATE records SET name = ? WHERE id = ?")));
        q.addBindValue(name + QStringLiteral("（改）"));
        q.addBindValue(model->recordId(row));
        QVERIFY(q.exec());
    }
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    browser.refresh();
    QVERIFY(waitForAnswers(&browser));
    QCOMPARE(reset.size(), 0); // the same records: no reset, the view keeps its place
    QVERIFY(changed.size() >= 1);
    QCOMPARE(model->index(row, RecordTableModel::NameColumn).data().toString(), name + QStringLiteral("（改）"));
    // A record gone under the same filter: the grid is read anew.
    {
        QSqlQuery q(db.database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM records WHERE id = %1").arg(model->recordId(0))));
    }
    browser.refresh();
    QVERIFY(waitForAnswers(&browser));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model->rowCount(), 37);
    QCOMPARE(browser.totals().count, 37);
    QCOMPARE(browser.recordCount(), 37);
}

void tst_AsyncBrowser::browserFlagChangeUpdatesTheFlagFacet()
{
    SeedCopy copy;
    QVERIFY(copy.open());
    ReviewDatabase &db = copy.db;
    RecordBrowser &browser = copy.browser;
    const FacetModel *flags = browser.facetModel(RecordQuery::Facet::FlagStatus);
    QCOMPARE(flags->rowCount(), 1); // none: 38
    const qint64 id = browser.tableModel()->recordId(0);
    const QString code = browser.tableModel()->index(0, 0).data(RecordTableModel::CodeRole).toString();
    const int year = browser.tableModel()->index(0, 0).data(RecordTableModel::FiscalYearRole).toInt();
    Flag f;
    f.status = QStringLiteral("flagged");
    f.reviewer = QStringLiteral("alice");
    QCOMPARE(FlagStore(db).setFlag(year, code, f).outcome, FlagStore::Outcome::Saved);
    QSignalSpy refreshed(&browser, &RecordBrowser::flagsRefreshed);
    QSignalSpy filterChanged(&browser, &RecordBrowser::filterChanged);
    browser.flagsChanged({ id });
    // The row and the counts, both read again on the worker.
    QVERIFY(waitForAnswers(&browser));
    QCOMPARE(browser.tableModel()->index(0, 0).data(RecordTableModel::FlagStatusRole).toString(),
             QStringLiteral("flagged"));
    QCOMPARE(refreshed.size(), 1);
    QCOMPARE(filterChanged.size(), 0);
    QCOMPARE(flags->rowCount(), 2);
    QCOMPARE(flags->index(flags->rowOf(QStringLiteral("flagged"))).data(FacetModel::CountRole).toLongLong(), 1);
}

QTEST_MAIN(tst_AsyncBrowser)
#include "tst_asyncbrowser.moc"

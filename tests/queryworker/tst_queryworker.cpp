// The review window's queries off the GUI thread: QueryWorker answers on its own
// thread and connection exactly what RecordQuery answers on the caller's, the first
// rows come before the whole list, a request supersedes the one before (whose answers
// never arrive), the first-rows query gives up at its deadline; and RecordBrowser in
// asynchronous mode shows the same grid, facets and totals as in synchronous mode,
// keeps the selection through a sort and a refresh, and says when it is busy.
#include "facetmodel.h"
#include "flagstore.h"
#include "queryworker.h"
#include "recordbrowser.h"
#include "recordquery.h"
#include "recordstore.h"
#include "recordtablemodel.h"
#include "reviewdatabase.h"

#include "windowtest.h"

#include "../shareddb/pgtestserver.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Hyoka;
using Column = RecordQuery::Column;

Q_DECLARE_METATYPE(Hyoka::RecordFilter)

namespace {

const QList<RecordQuery::Facet> allFacets = {
    RecordQuery::Facet::FiscalYear, RecordQuery::Facet::Bureau, RecordQuery::Facet::Category,
    RecordQuery::Facet::Level,      RecordQuery::Facet::FlagStatus, RecordQuery::Facet::Suggested,
};

RecordFilter searchFor(const QString &text)
{
    RecordFilter f;
    f.searchText = text;
    return f;
}

// Every answer of one request, as the worker sent them.
struct Answers
{
    std::optional<QList<qint64>> firstIds;
    std::optional<QList<qint64>> ids;
    std::optional<QuerySummary> summary;
    QString failure;
};

// The answers that carry `generation` among those the spies caught.
Answers answersOf(quint64 generation, const QSignalSpy &first, const QSignalSpy &ids,
                  const QSignalSpy &summary, const QSignalSpy &failed)
{
    Answers a;
    for (const QList<QVariant> &args : first) {
        if (args.at(0).toULongLong() == generation)
            a.firstIds = args.at(1).value<QList<qint64>>();
    }
    for (const QList<QVariant> &args : ids) {
        if (args.at(0).toULongLong() == generation)
            a.ids = args.at(1).value<QList<qint64>>();
    }
    for (const QList<QVariant> &args : summary) {
        if (args.at(0).toULongLong() == generation)
            a.summary = args.at(1).value<QuerySummary>();
    }
    for (const QList<QVariant> &args : failed) {
        if (args.at(0).toULongLong() == generation)
            a.failure = args.at(1).toString();
    }
    return a;
}

// A database of its own holding the seed (the test changes it), and an asynchronous
// browser on it that has answered.
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
        browser.setAsynchronous(true);
        browser.setDatabase(&db);
        return waitForAnswers(&browser);
    }
};

} // namespace

class tst_QueryWorker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answersMatchTheSynchronousQuery_data();
    void answersMatchTheSynchronousQuery();
    void firstRowsComeFirst_data();
    void firstRowsComeFirst();
    void firstRowsGiveUpAtTheDeadline();
    void newRequestSupersedesTheRunningOne();
    void closedDatabaseFailsCleanly();
    void browserShowsWhatTheSynchronousOneShows_data();
    void browserShowsWhatTheSynchronousOneShows();
    void browserTakesOnlyTheLastOfQuickChanges();
    void browserSortKeepsTheSelection();
    void browserRefreshKeepsRowsAndReadsThemAgain();
    void browserFlagChangeUpdatesTheFlagFacet();

private:
    // A worker on the seed database, with the browser's facets.
    std::unique_ptr<QueryWorker> seedWorker() const;

    QTemporaryDir m_dir;
    QString m_seedPath;
    QString m_manyPath;
    std::unique_ptr<ReviewDatabase> m_seed;
    std::unique_ptr<ReviewDatabase> m_many;
    QList<Record> m_manyRecords;
    PgTestServer m_server; // started by the first PostgreSQL case
    QString m_pgSpec;
    std::unique_ptr<ReviewDatabase> m_pgMany;
    int m_manyCount = 0;
};

void tst_QueryWorker::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_seedPath = m_dir.filePath(QStringLiteral("seed.sqlite"));
    m_seed = std::make_unique<ReviewDatabase>();
    QString error;
    QVERIFY2(m_seed->open(m_seedPath, &error), qPrintable(error));
    QVERIFY(RecordStore(*m_seed).importFile(QStringLiteral(HYOKA_SEED_FILE)).ok);

    // Many records, so that the first rows are a small part of the answer and a
    // query that walks all of them is long enough to stop.
    m_manyPath = m_dir.filePath(QStringLiteral("many.sqlite"));
    m_many = std::make_unique<ReviewDatabase>();
    QVERIFY2(m_many->open(m_manyPath, &error), qPrintable(error));
    QList<Record> records;
    m_manyCount = 6000;
    for (int i = 0; i < m_manyCount; ++i) {
        Record r;
        r.fiscalYear = 2019 + i % 3;
        r.bureau = i % 2 ? QStringLiteral("総務企画局") : QStringLiteral("こども未来局");
        r.no = i + 1;
        r.code = QStringLiteral("%1").arg(20000000 + i);
        // Names in another order than storage: the first rows by name are spread out.
        r.name = QStringLiteral("事業%1").arg((i * 7919) % m_manyCount, 5, 10, QLatin1Char('0'));
        r.category = QStringLiteral("その他");
        r.budget = qint64(i) * 37 % 100000;
        r.settlement = r.budget;
        r.level = 1 + i % 5;
        r.summary = QStringLiteral("地域の保育と子育てを支える事業。") + QString::number(i);
        r.achievements = { QStringLiteral("実績%1件").arg(i) };
        records.append(r);
    }
    const ImportResult result = RecordStore(*m_many).importRecords(records, QStringLiteral("generated"));
    QVERIFY2(result.ok, qPrintable(result.error));
    m_manyRecords = records;
}

std::unique_ptr<QueryWorker> tst_QueryWorker::seedWorker() const
{
    auto worker = std::make_unique<QueryWorker>();
    QString error;
    if (!worker->setDatabase(m_seedPath, &error))
        qWarning("%s", qPrintable(error));
    worker->setFacets(allFacets);
    return worker;
}

void tst_QueryWorker::answersMatchTheSynchronousQuery_data()
{
    QTest::addColumn<RecordFilter>("filter");
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");

    QTest::newRow("everything, storage order") << RecordFilter() << int(Column::Id) << Qt::AscendingOrder;
    QTest::newRow("保育 (index), budget desc") << searchFor(QStringLiteral("保育所")) << int(Column::Budget)
                                              << Qt::DescendingOrder;
    QTest::newRow("保 (one character), name") << searchFor(QStringLiteral("保")) << int(Column::Name)
                                             << Qt::AscendingOrder;
    RecordFilter under;
    under.underperformingOnly = true;
    QTest::newRow("underperforming, rate") << under << int(Column::ExecutionRate) << Qt::AscendingOrder;
    RecordFilter bureau;
    bureau.bureaus = { QStringLiteral("総務企画局") };
    bureau.searchText = QStringLiteral("事業");
    QTest::newRow("bureau and search, suggestions") << bureau << int(Column::Suggestions)
                                                   << Qt::DescendingOrder;
    QTest::newRow("no hit") << searchFor(QStringLiteral("存在しない語")) << int(Column::Name)
                            << Qt::AscendingOrder;
}

void tst_QueryWorker::answersMatchTheSynchronousQuery()
{
    QFETCH(RecordFilter, filter);
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    const RecordQuery query(*m_seed);
    const auto expectedIds = query.ids(filter, Column(column), order);
    QVERIFY(expectedIds);

    auto worker = seedWorker();
    QSignalSpy first(worker.get(), &QueryWorker::firstIdsReady);
    QSignalSpy ids(worker.get(), &QueryWorker::idsReady);
    QSignalSpy summary(worker.get(), &QueryWorker::summaryReady);
    QSignalSpy failed(worker.get(), &QueryWorker::failed);
    QueryRequest r;
    r.filter = filter;
    r.column = Column(column);
    r.order = order;
    const quint64 generation = worker->request(r);
    QTRY_VERIFY(!summary.isEmpty() || !failed.isEmpty());
    const Answers a = answersOf(generation, first, ids, summary, failed);
    QVERIFY2(a.failure.isEmpty(), qPrintable(a.failure));
    QVERIFY(a.ids);
    QCOMPARE(*a.ids, *expectedIds);
    // 38 records: fewer than the first rows, so the first answer is the whole one.
    QVERIFY(!a.firstIds);
    QVERIFY(a.summary);
    QCOMPARE(a.summary->recordCount, 38);
    const RecordQuery::Totals totals = query.totals(filter);
    QCOMPARE(a.summary->totals.count, totals.count);
    QCOMPARE(a.summary->totals.count, qint64(expectedIds->size()));
    QCOMPARE(a.summary->totals.budget, totals.budget);
    QCOMPARE(a.summary->totals.settlement, totals.settlement);
    QCOMPARE(a.summary->facets.size(), allFacets.size());
    for (qsizetype i = 0; i < allFacets.size(); ++i)
        QCOMPARE(a.summary->facets.at(i), query.facet(allFacets.at(i), filter));
}

void tst_QueryWorker::firstRowsComeFirst_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("SQLite, by name") << false << int(Column::Name) << Qt::AscendingOrder;
    QTest::newRow("PostgreSQL, by name") << true << int(Column::Name) << Qt::AscendingOrder;
    QTest::newRow("PostgreSQL, by budget descending") << true << int(Column::Budget) << Qt::DescendingOrder;
}

void tst_QueryWorker::firstRowsComeFirst()
{
    QFETCH(bool, postgres);
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    ReviewDatabase *db = m_many.get();
    QString spec = m_manyPath;
    int count = m_manyCount;
    if (postgres) {
        // Fewer records: an import on PostgreSQL is slower, and 1,000 are four screens.
        count = 1000;
        if (!m_pgMany) {
            QString error;
            QVERIFY2(m_server.start(&error), qPrintable(error));
            m_pgSpec = m_server.freshDatabase(QStringLiteral("many"));
            QVERIFY(!m_pgSpec.isEmpty());
            m_pgMany = std::make_unique<ReviewDatabase>();
            QVERIFY2(m_pgMany->open(m_pgSpec, &error), qPrintable(error));
            const ImportResult result =
                    RecordStore(*m_pgMany).importRecords(m_manyRecords.mid(0, count), QStringLiteral("generated"));
            QVERIFY2(result.ok, qPrintable(result.error));
        }
        db = m_pgMany.get();
        spec = m_pgSpec;
    }
    QueryWorker worker;
    QVERIFY(worker.setDatabase(spec));
    QSignalSpy first(&worker, &QueryWorker::firstIdsReady);
    QSignalSpy ids(&worker, &QueryWorker::idsReady);
    QueryRequest r;
    r.filter = searchFor(QStringLiteral("保")); // every record, one character
    r.column = Column(column);
    r.order = order;
    r.parts = QueryRequest::Ids;
    const quint64 generation = worker.request(r);
    QTRY_VERIFY(!ids.isEmpty());
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.at(0).at(0).toULongLong(), generation);
    const QList<qint64> firstIds = first.at(0).at(1).value<QList<qint64>>();
    const QList<qint64> allIds = ids.at(0).at(1).value<QList<qint64>>();
    QCOMPARE(firstIds.size(), QueryWorker::firstRowCount);
    QCOMPARE(allIds.size(), count);
    // The first rows are the start of the whole answer, which is the sorted one.
    QCOMPARE(allIds.mid(0, firstIds.size()), firstIds);
    QCOMPARE(allIds, *RecordQuery(*db).ids(r.filter, r.column, r.order));
}

void tst_QueryWorker::firstRowsGiveUpAtTheDeadline()
{
    QueryWorker worker;
    QVERIFY(worker.setDatabase(m_manyPath));
    worker.setFirstRowsDeadline(0);
    QSignalSpy first(&worker, &QueryWorker::firstIdsReady);
    QSignalSpy ids(&worker, &QueryWorker::idsReady);
    QSignalSpy failed(&worker, &QueryWorker::failed);
    QueryRequest r;
    // Both pairs of 保育て are in every record, the three characters together in none:
    // the index offers every record, so the records are walked in name order, and the
    // walk finds no first rows however far it reads; stopped at once, the whole
    // (empty) list answers.
    r.filter = searchFor(QStringLiteral("保育て"));
    r.column = Column::Name;
    r.parts = QueryRequest::Ids;
    const quint64 generation = worker.request(r);
    QTRY_VERIFY(!ids.isEmpty() || !failed.isEmpty());
    QVERIFY(failed.isEmpty());
    QVERIFY(first.isEmpty());
    QCOMPARE(ids.at(0).at(0).toULongLong(), generation);
    QVERIFY(ids.at(0).at(1).value<QList<qint64>>().isEmpty());
    QVERIFY(worker.stoppedQueries() >= 1);

    // A character no record has: the index answers at once, there is no walk to stop.
    const int stoppedBefore = worker.stoppedQueries();
    r.filter = searchFor(QStringLiteral("鬱"));
    ids.clear();
    worker.request(r);
    QTRY_VERIFY(!ids.isEmpty() || !failed.isEmpty());
    QVERIFY(failed.isEmpty());
    QVERIFY(first.isEmpty());
    QVERIFY(ids.at(0).at(1).value<QList<qint64>>().isEmpty());
    QCOMPARE(worker.stoppedQueries(), stoppedBefore);

    // A common one with the deadline: the first rows, then all.
    worker.setFirstRowsDeadline(QueryWorker::defaultFirstRowsDeadlineMs * 50);
    r.filter = searchFor(QStringLiteral("子育"));
    ids.clear();
    worker.request(r);
    QTRY_VERIFY(!ids.isEmpty());
    QCOMPARE(first.size(), 1);
    QCOMPARE(ids.at(0).at(1).value<QList<qint64>>().size(), m_manyCount);
}

void tst_QueryWorker::newRequestSupersedesTheRunningOne()
{
    QueryWorker worker;
    QVERIFY(worker.setDatabase(m_manyPath));
    worker.setFacets(allFacets);
    QSignalSpy first(&worker, &QueryWorker::firstIdsReady);
    QSignalSpy ids(&worker, &QueryWorker::idsReady);
    QSignalSpy summary(&worker, &QueryWorker::summaryReady);
    QSignalSpy failed(&worker, &QueryWorker::failed);
    // Typing: each keystroke a request, none waited for.
    QList<quint64> generations;
    const QStringList keystrokes = { QStringLiteral("保"), QStringLiteral("保育"), QStringLiteral("保育と"),
                                     QStringLiteral("保育と子"), QStringLiteral("保育と子育") };
    for (const QString &text : keystrokes) {
        QueryRequest r;
        r.filter = searchFor(text);
        r.column = Column::Budget;
        r.order = Qt::DescendingOrder;
        generations << worker.request(r);
    }
    QCOMPARE(worker.generation(), generations.constLast());
    QTRY_VERIFY(answersOf(generations.constLast(), first, ids, summary, failed).summary.has_value());
    QVERIFY(failed.isEmpty());
    const Answers last = answersOf(generations.constLast(), first, ids, summary, failed);
    QVERIFY(last.ids);
    QCOMPARE(*last.ids, *RecordQuery(*m_many).ids(searchFor(keystrokes.constLast()), Column::Budget,
                                                  Qt::DescendingOrder));
    QCOMPARE(last.summary->totals.count, qint64(m_manyCount));
    // The earlier keystrokes may have answered before the next one came, never after:
    // once a later generation has answered, no earlier one does.
    quint64 newest = 0;
    for (const QList<QVariant> &args : ids) {
        const quint64 g = args.at(0).toULongLong();
        QVERIFY2(g >= newest, "an answer to a superseded request came after a newer one");
        newest = g;
    }
}

void tst_QueryWorker::closedDatabaseFailsCleanly()
{
    QueryWorker worker;
    QSignalSpy failed(&worker, &QueryWorker::failed);
    QSignalSpy ids(&worker, &QueryWorker::idsReady);
    const quint64 generation = worker.request(QueryRequest());
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toULongLong(), generation);
    QVERIFY(!failed.at(0).at(1).toString().isEmpty());
    QVERIFY(ids.isEmpty());
    // A file that is no database: refused with a message, as by ReviewDatabase::open().
    const QString path = m_dir.filePath(QStringLiteral("garbage.sqlite"));
    QFile garbage(path);
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    QVERIFY(garbage.write(QByteArray(8192, 'x')) == 8192);
    garbage.close();
    QString error;
    QVERIFY(!worker.setDatabase(path, &error));
    QVERIFY(!error.isEmpty());
    failed.clear();
    worker.request(QueryRequest());
    QTRY_COMPARE(failed.size(), 1);
}

void tst_QueryWorker::browserShowsWhatTheSynchronousOneShows_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("underperforming");
    QTest::addColumn<int>("sortColumn");
    QTest::newRow("保育") << QStringLiteral("保育") << false << int(RecordTableModel::BudgetColumn);
    QTest::newRow("保 underperforming") << QStringLiteral("保") << true << int(RecordTableModel::NameColumn);
    QTest::newRow("everything") << QString() << false << -1;
    QTest::newRow("nothing") << QStringLiteral("存在しない語") << false << int(RecordTableModel::LevelColumn);
}

void tst_QueryWorker::browserShowsWhatTheSynchronousOneShows()
{
    QFETCH(QString, search);
    QFETCH(bool, underperforming);
    QFETCH(int, sortColumn);
    RecordBrowser sync;
    sync.setDatabase(m_seed.get());
    RecordBrowser async;
    async.setAsynchronous(true);
    QVERIFY(async.isAsynchronous());
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

    for (RecordBrowser *b : { &sync, &async }) {
        b->setSearchText(search);
        b->setUnderperformingOnly(underperforming);
        b->tableModel()->sort(sortColumn, Qt::DescendingOrder);
    }
    QVERIFY(waitForAnswers(&async));
    // Up to three changes, each superseding the one before: one answer, and one
    // filterChanged when the filter changed (a new order alone is no new filter).
    QCOMPARE(filterChanged.size(), search.isEmpty() && !underperforming ? 0 : 1);
    QCOMPARE(busy.size(), 2);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
    QCOMPARE(async.tableModel()->ids(), sync.tableModel()->ids());
    QCOMPARE(async.tableModel()->sortColumn(), sortColumn);
    QCOMPARE(async.totals().count, sync.totals().count);
    QCOMPARE(async.totals().budget, sync.totals().budget);
    for (qsizetype i = 0; i < async.facetModels().size(); ++i) {
        const FacetModel *a = async.facetModels().at(i);
        const FacetModel *s = sync.facetModels().at(i);
        QCOMPARE(a->rowCount(), s->rowCount());
        for (int row = 0; row < a->rowCount(); ++row)
            QCOMPARE(a->index(row).data(FacetModel::CountRole), s->index(row).data(FacetModel::CountRole));
    }
    // The rows themselves, read by id on this thread.
    for (int row = 0; row < async.tableModel()->rowCount(); ++row)
        QCOMPARE(async.tableModel()->index(row, RecordTableModel::NameColumn).data(),
                 sync.tableModel()->index(row, RecordTableModel::NameColumn).data());
}

void tst_QueryWorker::browserTakesOnlyTheLastOfQuickChanges()
{
    RecordBrowser browser;
    browser.setAsynchronous(true);
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

void tst_QueryWorker::browserSortKeepsTheSelection()
{
    RecordBrowser browser;
    browser.setAsynchronous(true);
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

void tst_QueryWorker::browserRefreshKeepsRowsAndReadsThemAgain()
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

void tst_QueryWorker::browserFlagChangeUpdatesTheFlagFacet()
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

QTEST_MAIN(tst_QueryWorker)
#include "tst_queryworker.moc"

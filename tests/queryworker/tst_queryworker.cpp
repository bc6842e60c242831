// The review window's queries off the GUI thread: QueryWorker answers on its own
// thread and connection exactly what RecordQuery answers on the caller's, the first
// rows come before the whole list, a request supersedes the one before (whose answers
// never arrive), the first-rows query gives up at its deadline, a closed or damaged
// database fails cleanly. RecordBrowser on the worker is in tst_asyncbrowser.
#include "browsertest.h"
#include "queryworker.h"
#include "recordquery.h"
#include "recordstore.h"
#include "reviewdatabase.h"

#include "querydatabases.h"
#include "windowtest.h"

#include "../shareddb/pgtestserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Hyoka;
using namespace Hyoka::TestSupport;

Q_DECLARE_METATYPE(Hyoka::RecordFilter)

namespace {

const QList<RecordQuery::Facet> allFacets = {
    RecordQuery::Facet::FiscalYear, RecordQuery::Facet::Bureau, RecordQuery::Facet::Category,
    RecordQuery::Facet::Level,      RecordQuery::Facet::FlagStatus, RecordQuery::Facet::Suggested,
};

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

} // namespace

class tst_QueryWorker : public QObject, private QueryDatabasesFixture
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

private:
    // A worker on the seed database, with the browser's facets.
    std::unique_ptr<QueryWorker> seedWorker() const;

    PgTestServer m_server; // started by the first PostgreSQL case
    QString m_pgSpec;
    std::unique_ptr<ReviewDatabase> m_pgMany;
};

void tst_QueryWorker::initTestCase()
{
    prepare();
}

std::unique_ptr<QueryWorker> tst_QueryWorker::seedWorker() const
{
    auto worker = std::make_unique<QueryWorker>();
    QString error;
    if (!TestSupport::openWorker(*worker, m_seedPath, &error))
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
    const std::optional<RecordQuery::Totals> totals = query.totals(filter);
    QVERIFY(totals);
    QCOMPARE(a.summary->totals.count, totals->count);
    QCOMPARE(a.summary->totals.count, qint64(expectedIds->size()));
    QCOMPARE(a.summary->totals.budget, totals->budget);
    QCOMPARE(a.summary->totals.settlement, totals->settlement);
    QCOMPARE(a.summary->facets.size(), allFacets.size());
    for (qsizetype i = 0; i < allFacets.size(); ++i)
        QCOMPARE(a.summary->facets.at(i), *query.facet(allFacets.at(i), filter));
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
    QVERIFY(TestSupport::openWorker(worker, spec));
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
    QVERIFY(TestSupport::openWorker(worker, m_manyPath));
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

    // A word no record has: the index answers at once, there is no walk to stop. (Not
    // a word of one character: that is walked first, tst_firstscreen.)
    const int stoppedBefore = worker.stoppedQueries();
    r.filter = searchFor(QStringLiteral("鬱病"));
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
    QVERIFY(TestSupport::openWorker(worker, m_manyPath));
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
    QVERIFY(!TestSupport::openWorker(worker, path, &error));
    QVERIFY(!error.isEmpty());
    failed.clear();
    worker.request(QueryRequest());
    QTRY_COMPARE(failed.size(), 1);
}

QTEST_MAIN(tst_QueryWorker)
#include "tst_queryworker.moc"

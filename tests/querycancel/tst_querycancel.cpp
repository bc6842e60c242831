// A read the window no longer wants stops where it is, on either database: SQLite's
// statements through the progress handler, PostgreSQL's through a cancel request the
// read service sends from a thread of its own (docs/storage.md, "Stopping a query").
// A read still wanted is never stopped, and closing the database stops what runs.
#include "workertest.h"
#include "queryworker.h"
#include "reviewdatabase.h"

#include "../shareddb/pgtestserver.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace Hyoka;

namespace {

// What one read's statement did, written on the worker thread.
struct Outcome
{
    std::atomic<bool> started { false };
    std::atomic<bool> finished { false };
    QString errorCode; // written before `finished`
};

// A statement that runs far longer than any test's wait: two minutes' sleep on the server, or
// SQLite counting to two billion.
QString endlessStatement(bool postgres)
{
    return postgres ? QStringLiteral("SELECT pg_sleep(120)")
                    : QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c"
                                     " WHERE x < 2000000000) SELECT count(*) FROM c");
}

// Runs `sql` as a read's work, recording in `outcome`; the answer is whether it ran.
auto statementWork(const QString &sql, std::shared_ptr<Outcome> outcome)
{
    return [sql, outcome](ReviewDatabase *db) {
        outcome->started = true;
        QSqlQuery query(db->database());
        const bool ok = query.exec(sql);
        outcome->errorCode = ok ? QString() : query.lastError().nativeErrorCode();
        outcome->finished = true;
        return ok;
    };
}

// Starts endlessStatement() as a read on `channel`, `done` given its answer; its outcome.
template<typename Done>
std::shared_ptr<Outcome> readEndlessly(QueryWorker &worker, ReadChannel &channel, QObject *receiver,
                                       bool postgres, Done done)
{
    auto endless = std::make_shared<Outcome>();
    worker.read(channel, receiver, QueryWorker::Priority::Figures, statementWork(endlessStatement(postgres), endless),
                std::move(done));
    return endless;
}

// The error of a statement stopped half-way: interrupted (SQLITE_INTERRUPT) or cancelled
// (query_canceled).
QString stoppedErrorCode(bool postgres)
{
    return postgres ? QStringLiteral("57014") : QStringLiteral("9");
}

} // namespace

class tst_QueryCancel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void supersededReadStops_data();
    void supersededReadStops();
    void wantedReadsRunToTheirEnd_data() { addDatabases(); }
    void wantedReadsRunToTheirEnd();
    void closingStopsTheRunningRead_data() { addDatabases(); }
    void closingStopsTheRunningRead();
    void moreUrgentReadGoesFirst_data() { addDatabases(); }
    void moreUrgentReadGoesFirst();

private:
    QString spec(bool postgres) const { return postgres ? m_pgSpec : m_sqlitePath; }
    void addDatabases();

    QTemporaryDir m_dir;
    QString m_sqlitePath;
    PgTestServer m_server;
    QString m_pgSpec;
};

void tst_QueryCancel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sqlitePath = m_dir.filePath(QStringLiteral("reads.sqlite"));
    ReviewDatabase sqlite;
    QString error;
    QVERIFY2(sqlite.open(m_sqlitePath, &error), qPrintable(error));
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_pgSpec = m_server.freshDatabase(QStringLiteral("querycancel"));
    QVERIFY(!m_pgSpec.isEmpty());
}

void tst_QueryCancel::addDatabases()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("SQLite") << false;
    QTest::newRow("PostgreSQL") << true;
}

// A superseded read stops where it is. Also one superseded before its statement
// reached the server: on PostgreSQL the first cancel request then finds the connection
// idle and stops nothing; the statement is stopped all the same once it runs (the
// request goes again while the read runs).
void tst_QueryCancel::supersededReadStops_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<bool>("beforeItsStatement");
    QTest::newRow("SQLite") << false << false;
    QTest::newRow("PostgreSQL") << true << false;
    QTest::newRow("SQLite, before its statement") << false << true;
    QTest::newRow("PostgreSQL, before its statement") << true << true;
}

void tst_QueryCancel::supersededReadStops()
{
    QFETCH(bool, postgres);
    QFETCH(bool, beforeItsStatement);
    QueryWorker worker;
    QVERIFY(TestSupport::openWorker(worker, spec(postgres)));
    ReadChannel channel;
    QObject receiver;
    auto endless = std::make_shared<Outcome>();
    std::atomic<bool> begun { false };
    std::atomic<bool> newerAsked { false };
    bool endlessAnswered = false;
    worker.read(channel, &receiver, QueryWorker::Priority::Figures,
                [&, work = statementWork(endlessStatement(postgres), endless)](ReviewDatabase *db) {
                    begun = true;
                    // The statement waits until the newer read is asked and, on
                    // PostgreSQL, the first cancel request has found the connection idle.
                    QElapsedTimer waiting;
                    waiting.start();
                    while (beforeItsStatement && waiting.elapsed() < 10000
                           && (!newerAsked.load() || (postgres && worker.stoppedQueries() < 1)))
                        QThread::msleep(5);
                    return work(db);
                },
                [&](bool) { endlessAnswered = true; });
    QTRY_VERIFY(beforeItsStatement ? begun.load() : endless->started.load());
    QCOMPARE(endless->started.load(), !beforeItsStatement);

    // The newer read on the same channel: the endless one stops, this one answers.
    auto newer = std::make_shared<Outcome>();
    std::optional<bool> newerAnswer;
    worker.read(channel, &receiver, QueryWorker::Priority::Figures, statementWork(QStringLiteral("SELECT 1"), newer),
                [&](bool ok) { newerAnswer = ok; });
    newerAsked = true;
    QTRY_VERIFY_WITH_TIMEOUT(newerAnswer.has_value(), 60000);
    QVERIFY(*newerAnswer);
    QVERIFY(endless->finished.load());
    QCOMPARE(endless->errorCode, stoppedErrorCode(postgres));
    QVERIFY(!endlessAnswered);
    QVERIFY(worker.stoppedQueries() >= 1);
}

void tst_QueryCancel::wantedReadsRunToTheirEnd()
{
    QFETCH(bool, postgres);
    QueryWorker worker;
    QVERIFY(TestSupport::openWorker(worker, spec(postgres)));
    // Statements of 0 to 45 ms, each superseded as soon as it has started, so that the
    // cancel request sometimes stops it half-way and sometimes comes just as it ends:
    // the next read, wanted, must run to its end every time.
    const auto statement = [postgres](int round) {
        const int steps = round % 10;
        return postgres ? QStringLiteral("SELECT pg_sleep(%1)").arg(steps * 0.005)
                        : QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c"
                                         " WHERE x < %1) SELECT count(*) FROM c")
                                  .arg(steps * 20000);
    };
    ReadChannel channel;
    ReadChannel other;
    QObject receiver;
    int otherAnswers = 0;
    const int rounds = 40;
    for (int round = 0; round < rounds; ++round) {
        // A read on another channel is not superseded by this one's newer reads.
        auto beside = std::make_shared<Outcome>();
        worker.read(other, &receiver, QueryWorker::Priority::Record, statementWork(statement(round), beside),
                    [&](bool ok) { otherAnswers += ok ? 1 : 0; });
        auto older = std::make_shared<Outcome>();
        worker.read(channel, &receiver, QueryWorker::Priority::Figures, statementWork(statement(round), older),
                    [](bool) { });
        // Superseded as it starts (the worker thread starts it without this one's events).
        while (!older->started.load())
            QThread::yieldCurrentThread();
        auto last = std::make_shared<Outcome>();
        std::optional<bool> answer;
        worker.read(channel, &receiver, QueryWorker::Priority::Figures, statementWork(statement(round + 3), last),
                    [&](bool ok) { answer = ok; });
        QTRY_VERIFY(answer.has_value());
        QVERIFY2(*answer, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(last->errorCode)));
        QVERIFY(last->errorCode.isEmpty());
    }
    QCOMPARE(otherAnswers, rounds);
    // Some of the superseded statements were stopped half-way (else this proves nothing).
    QVERIFY(worker.stoppedQueries() > 0);
}

void tst_QueryCancel::closingStopsTheRunningRead()
{
    QFETCH(bool, postgres);
    QueryWorker worker;
    QVERIFY(TestSupport::openWorker(worker, spec(postgres)));
    ReadChannel channel;
    QObject receiver;
    const auto endless = readEndlessly(worker, channel, &receiver, postgres, [](bool) { });
    QTRY_VERIFY(endless->started.load());
    // Blocks until the worker has closed its connection, which it does once the
    // statement has stopped.
    QVERIFY(TestSupport::openWorker(worker, QString()));
    QVERIFY(endless->finished.load());
    QCOMPARE(endless->errorCode, stoppedErrorCode(postgres));
}

// A figures read (the charts) that runs when a more urgent one is asked (a row block
// of the grid) stops, lets that one answer, and runs again from the start: its answer
// comes once, whole, after the other's. A read of the same kind waits its turn.
void tst_QueryCancel::moreUrgentReadGoesFirst()
{
    QFETCH(bool, postgres);
    QueryWorker worker;
    QVERIFY(TestSupport::openWorker(worker, spec(postgres)));
    // About a second (longer in the sanitizer build): long enough to be caught running.
    const QString longRead = postgres ? QStringLiteral("SELECT pg_sleep(1)")
                                      : QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c"
                                                       " WHERE x < 5000000) SELECT count(*) FROM c");
    std::atomic<int> starts { 0 };
    QStringList answers; // in the order given
    ReadChannel figures;
    QObject receiver;
    worker.read(figures, &receiver, QueryWorker::Priority::Figures,
                [&starts, longRead](ReviewDatabase *db) {
                    ++starts;
                    QSqlQuery query(db->database());
                    return query.exec(longRead) && query.next();
                },
                [&answers](bool ok) { answers << (ok ? QStringLiteral("figures") : QStringLiteral("figures failed")); });
    QTRY_VERIFY(starts.load() == 1);

    // Another figures read (on a channel of its own) does not stop it.
    ReadChannel report;
    worker.read(report, &receiver, QueryWorker::Priority::Figures, [](ReviewDatabase *) { return true; },
                [&answers](bool) { answers << QStringLiteral("report"); });
    QTest::qWait(100);
    QCOMPARE(starts.load(), 1);
    // A row block does.
    const int stoppedBefore = worker.stoppedQueries();
    ReadChannel rows;
    worker.read(rows, &receiver, QueryWorker::Priority::Rows,
                [](ReviewDatabase *db) {
                    QSqlQuery query(db->database());
                    return query.exec(QStringLiteral("SELECT 1")) && query.next();
                },
                [&answers](bool ok) { answers << (ok ? QStringLiteral("rows") : QStringLiteral("rows failed")); });
    QTRY_VERIFY_WITH_TIMEOUT(answers.size() == 3, 60000);
    QCOMPARE(answers, (QStringList { QStringLiteral("rows"), QStringLiteral("report"), QStringLiteral("figures") }));
    QCOMPARE(starts.load(), 2);
    QVERIFY(worker.stoppedQueries() > stoppedBefore);
    QTest::qWait(100);
    QCOMPARE(answers.size(), 3); // once
}

QTEST_GUILESS_MAIN(tst_QueryCancel)
#include "tst_querycancel.moc"

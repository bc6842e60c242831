// The shared database's server going away (issue 18, docs/robustness.md "The server
// going away"): a throw-away PostgreSQL server that these tests restart
// (pg_ctl restart -m fast) and stop for a few seconds. The connection comes back by
// itself with growing waits and listens again; a flag save during the outage is
// never half-saved (the window keeps it and saves it, with the same version check,
// once the server is back); the command line exits 1 with one line; an import whose
// connection is cut rolls back completely; the window shows a banner, never a
// dialog, and reads again what changed meanwhile.
// The window is in tst_reconnectwindow.
#include "connectionwatch.h"
#include "flagstore.h"
#include "recordbrowser.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "reviewnotifier.h"
#include "reviewsession.h"

#include "reconnectfixture.h"
#include "silentrelay.h"

#include "hyokaprocess.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace Hyoka;
using namespace Hyoka::TestSupport;

class tst_Reconnect : public QObject, private ReconnectFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void restartIsNoticedAndHealed();
    void outageRetriesWithGrowingWaits();
    void silentNetworkIsNoticed();
    void saveDuringOutageIsNotHalfSaved();
    void writeThreadTellsTheWatch();
    void commandLineExitsOneWithOneLine();
    void importCutOffRollsBack();
    void serverNoticesAreQuiet();
    void changedPasswordIsAskedFor();
    void commandLineAsksForThePassword();
};

void tst_Reconnect::initTestCase()
{
    prepare();
}

void tst_Reconnect::cleanup()
{
    m_server.resume(); // after a failed test that left it stopped (fails harmlessly when running)
}


// pg_ctl restart -m fast cuts the session; the next ping notices, one attempt
// later the same ReviewDatabase works again and listens again.
void tst_Reconnect::restartIsNoticedAndHealed()
{
    const QString url = freshDatabase(QStringLiteral("hyoka_rc_restart"));
    QVERIFY(!url.isEmpty());
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(url, &error), qPrintable(error));
    ReviewNotifier notifier(db, nullptr);
    QVERIFY(notifier.isActive());
    ConnectionWatch watch(db);
    watch.setIntervals(60000, 100, 2000);
    QSignalSpy lost(&watch, &ConnectionWatch::lost);
    QSignalSpy restored(&watch, &ConnectionWatch::restored);
    QVERIFY(watch.check());
    QVERIFY(lost.isEmpty());

    QVERIFY(m_server.restart());
    QVERIFY(!watch.check()); // the old session is gone
    QCOMPARE(lost.size(), 1);
    QVERIFY(!lost.at(0).at(0).toString().isEmpty());
    QVERIFY(!watch.isConnected());
    QVERIFY(restored.wait(20000));
    QVERIFY(watch.isConnected());
    QVERIFY(db.ping());
    QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM records")), 38);

    // Notifications of the new session: another connection's change arrives.
    QVERIFY(notifier.resubscribe());
    QSignalSpy heard(&notifier, &ReviewNotifier::flagChanged);
    ReviewDatabase other;
    QVERIFY2(other.open(url, &error), qPrintable(error));
    QCOMPARE(FlagStore(other).setFlag(2021, code, flagWithNote(QStringLiteral("after restart"), QStringLiteral("bob")), 0)
                     .outcome,
             FlagStore::Outcome::Saved);
    QVERIFY(heard.wait(5000));
    QCOMPARE(heard.at(0).at(1).toString(), code);
}

// Stopped for a few seconds (the 30-second case: tools/outage.sh): the watch keeps
// trying, each wait longer than the one before up to the longest, and reconnects
// once the server is back.
void tst_Reconnect::outageRetriesWithGrowingWaits()
{
    const QString url = freshDatabase(QStringLiteral("hyoka_rc_outage"));
    QVERIFY(!url.isEmpty());
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(url, &error), qPrintable(error));
    ConnectionWatch watch(db);
    watch.setIntervals(200, 200, 800);
    QSignalSpy lost(&watch, &ConnectionWatch::lost);
    QSignalSpy retrying(&watch, &ConnectionWatch::retrying);
    QSignalSpy restored(&watch, &ConnectionWatch::restored);

    QVERIFY(m_server.halt());
    QVERIFY(lost.wait(5000)); // the periodic ping, nobody asked
    QTest::qWait(outageMs());
    QVERIFY2(retrying.size() >= 3, qPrintable(QString::number(retrying.size())));
    QList<int> waits;
    for (const QList<QVariant> &r : std::as_const(retrying))
        waits << r.at(1).toInt();
    QCOMPARE(waits.at(0), 400);
    QCOMPARE(waits.at(1), 800);
    QCOMPARE(waits.constLast(), 800); // no longer than the longest
    QVERIFY(restored.isEmpty());
    QVERIFY(!watch.lastError().isEmpty());
    QVERIFY(!watch.lastError().contains(u'\n'));

    QVERIFY(m_server.resume());
    QVERIFY(restored.wait(10000));
    QCOMPARE(lost.size(), 1); // one loss, however many attempts
    QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM records")), 38);
}

// A network that drops packets without a word: no error ever reaches the client, a
// question simply gets no answer. The heartbeat's deadline says lost; its thread stays
// stuck in the question while the attempts go on (the window's thread is never the
// one waiting: a ping there would hang this test); once the link is back a fresh
// connection answers and the database's own connection is opened again.
void tst_Reconnect::silentNetworkIsNoticed()
{
    const QString url = freshDatabase(QStringLiteral("hyoka_rc_silent"));
    QVERIFY(!url.isEmpty());
    SilentRelay relay(quint16(QUrl(url).port()));
    QVERIFY(relay.port() != 0);
    QUrl through(url);
    through.setPort(relay.port());
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(through.toString(), &error), qPrintable(error));
    ConnectionWatch watch(db);
    watch.setIntervals(200, 200, 800);
    watch.setDeadline(1500);
    QSignalSpy lost(&watch, &ConnectionWatch::lost);
    QSignalSpy retrying(&watch, &ConnectionWatch::retrying);
    QSignalSpy restored(&watch, &ConnectionWatch::restored);
    QTest::qWait(700); // heartbeats answered through the relay
    QVERIFY(lost.isEmpty());

    relay.setSilent(true);
    QVERIFY(lost.wait(10000));
    const QString why = lost.at(0).at(0).toString();
    QVERIFY2(why.contains(QStringLiteral("has not answered")), qPrintable(why));
    QVERIFY2(why.contains(QString::number(relay.port())), qPrintable(why)); // names the server
    QVERIFY(retrying.wait(10000)); // attempts go on while the heartbeat still waits
    QVERIFY(restored.isEmpty());

    relay.heal();
    QVERIFY(restored.wait(20000));
    QCOMPARE(lost.size(), 1);
    QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM records")), 38);
}

// A save while the server is away fails as a whole: after it is back the flag, its
// version and its audit trail are what they were; the same save then goes through.
void tst_Reconnect::saveDuringOutageIsNotHalfSaved()
{
    const QString url = freshDatabase(QStringLiteral("hyoka_rc_save"));
    QVERIFY(!url.isEmpty());
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(url, &error), qPrintable(error));
    FlagStore store(db);
    QCOMPARE(store.setFlag(2021, code, flagWithNote(QStringLiteral("first"), QStringLiteral("alice")), 0).outcome,
             FlagStore::Outcome::Saved);
    const qint64 auditBefore = countOf(db, QStringLiteral("SELECT count(*) FROM audit_log"));
    QVERIFY(auditBefore > 0);

    QVERIFY(m_server.halt());
    const FlagStore::SetResult r = store.setFlag(2021, code, flagWithNote(QStringLiteral("second"), QStringLiteral("alice")), 1);
    QCOMPARE(r.outcome, FlagStore::Outcome::Failed);
    QVERIFY(!r.error.isEmpty());
    QVERIFY(m_server.resume());
    QVERIFY2(db.reconnect(&error), qPrintable(error));
    const Flag stored = *store.flag(2021, code);
    QCOMPARE(stored.version, 1);
    QCOMPARE(stored.note, QStringLiteral("first"));
    QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
    // The same change, with the same version check, now succeeds.
    const FlagStore::SetResult again = store.setFlag(2021, code, flagWithNote(QStringLiteral("second"), QStringLiteral("alice")), 1);
    QCOMPARE(again.outcome, FlagStore::Outcome::Saved);
    QCOMPARE(again.flag.version, 2);
}

// A flag write fails on the review session's write thread because that connection was
// cut (only it: the window's own connection is alive). The write thread asks the server
// itself and tells the watch, which goes lost; the change waits and is saved once the
// connection is back. (A ping on the window's connection, where the session used to
// ask, would have answered, and the change would have failed instead.)
void tst_Reconnect::writeThreadTellsTheWatch()
{
    const QString url = freshDatabase(QStringLiteral("hyoka_rc_writer"));
    QVERIFY(!url.isEmpty());
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(url, &error), qPrintable(error));
    ConnectionWatch watch(db);
    watch.setIntervals(60000, 100, 2000);
    ReviewSession session;
    session.setReviewer(QStringLiteral("alice"));
    session.setDatabase(&db);
    session.setConnectionWatch(&watch);
    connect(&watch, &ConnectionWatch::restored, &session, &ReviewSession::connectionRestored);
    QTRY_VERIFY(!session.isBusy()); // the rules and permissions are read
    QVERIFY(session.mayFlag(QString()));

    const qint64 window = countOf(db, QStringLiteral("SELECT pg_backend_pid()"));
    ReviewDatabase admin;
    QVERIFY2(admin.open(url, &error), qPrintable(error));
    QSqlQuery cut(admin.database());
    QVERIFY2(cut.exec(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                     "WHERE datname = current_database() AND pid NOT IN (%1, pg_backend_pid())")
                              .arg(window)),
             qPrintable(cut.lastError().text()));
    QVERIFY(cut.next());
    QVERIFY(cut.value(0).toInt() >= 1); // the write thread's connection at least
    QVERIFY(db.ping());

    QSignalSpy lost(&watch, &ConnectionWatch::lost);
    QSignalSpy failed(&session, &ReviewSession::writeFailed);
    QSignalSpy waiting(&session, &ReviewSession::waitingChangesChanged);
    QSignalSpy restored(&watch, &ConnectionWatch::restored);
    session.changeFlag(2021, code, Flag(), flagWithNote(QStringLiteral("while cut"), QStringLiteral("alice")));
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 10000);
    QVERIFY(!lost.first().first().toString().isEmpty());
    QTRY_VERIFY(!waiting.isEmpty());
    QCOMPARE(waiting.first().first().toInt(), 1);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toStringList().join(u'\n')));

    QVERIFY(restored.wait(20000) || restored.size() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(countOf(db, QStringLiteral("SELECT count(*) FROM flags WHERE code = '%1' "
                                                         "AND note = 'while cut'").arg(code)),
                              1, 20000);
    QTRY_VERIFY(!session.isBusy());
    QCOMPARE(waiting.last().first().toInt(), 0);
    QVERIFY(failed.isEmpty());
}

// The command line does not wait for a server that is away: exit code 1, one line,
// no password.
void tst_Reconnect::commandLineExitsOneWithOneLine()
{
    const QString url = freshDatabase(QStringLiteral("hyoka_rc_cli"));
    QVERIFY(!url.isEmpty());
    QUrl withPassword(url);
    withPassword.setPassword(QStringLiteral("s3cret-pw"));
    QVERIFY(m_server.halt());
    const QList<QStringList> commands = {
        { QStringLiteral("flag"), QStringLiteral("--db"), withPassword.toString(), QStringLiteral("--year"),
          QStringLiteral("2021"), QStringLiteral("--code"), code, QStringLiteral("--status"),
          QStringLiteral("flagged"), QStringLiteral("--expect-version"), QStringLiteral("0") },
        { QStringLiteral("import"), QStringLiteral("--db"), withPassword.toString(), QStringLiteral(HYOKA_SEED_FILE) },
        { QStringLiteral("review-list"), QStringLiteral("--db"), withPassword.toString(), QStringLiteral("-o"),
          m_dir.filePath(QStringLiteral("list.csv")) },
    };
    for (const QStringList &args : commands) {
        const TestSupport::HyokaRun run = TestSupport::runHyoka(args);
        QVERIFY(m_server.isOwn());
        QCOMPARE(run.exitCode, 1);
        const QString err = QString::fromUtf8(run.err).trimmed();
        QVERIFY2(!err.isEmpty() && !err.contains(u'\n'), qPrintable(args.constFirst() + QStringLiteral(": ") + err));
        QVERIFY2(!err.contains(QStringLiteral("s3cret")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("127.0.0.1")), qPrintable(err)); // names the server
    }
    QVERIFY(m_server.resume());
}

// An import whose connection is cut (the server restarted while it writes) fails
// with exit code 1 and one line; the database holds what it held before, nothing of
// the half-written import.
void tst_Reconnect::importCutOffRollsBack()
{
    const QString url = freshDatabase(QStringLiteral("hyoka_rc_import"));
    QVERIFY(!url.isEmpty());
    // Big enough to be cut half-way: 20,000 records of another fiscal year.
    const QString csv = m_dir.filePath(QStringLiteral("big.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray data = "事務事業コード,事務事業名,年度,局名,サービス分類,予算額,決算額,事業の達成度\n";
        for (int i = 0; i < 20000; ++i)
            data += QByteArray::number(50000000 + i) + ",事業" + QByteArray::number(i) + ",2022,局"
                    + QByteArray::number(i % 7) + ",その他,1000,900," + QByteArray::number(1 + i % 5) + "\n";
        QVERIFY(f.write(data) == data.size());
    }
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(url, &error), qPrintable(error));
    QCOMPARE(FlagStore(db).setFlag(2021, code, flagWithNote(QStringLiteral("kept"), QStringLiteral("alice")), 0).outcome,
             FlagStore::Outcome::Saved);
    const qint64 importsBefore = countOf(db, QStringLiteral("SELECT count(*) FROM imports"));

    QProcess import;
    import.setProgram(QStringLiteral(HYOKA_BINARY));
    import.setArguments({ QStringLiteral("import"), QStringLiteral("--db"), url, csv });
    import.start();
    QVERIFY(import.waitForStarted());
    // Cut it once records of the import are being written (seen from outside its
    // transaction: the import's session holds a transaction open and inserts; the
    // transactions of opening the database do not count).
    const bool inTransaction = QTest::qWaitFor(
            [&] {
                return import.state() == QProcess::Running
                        && countOf(db, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                                      "current_database() AND pid <> pg_backend_pid() AND "
                                                      "xact_start IS NOT NULL AND state <> 'idle' AND "
                                                      "(query ILIKE 'INSERT%' OR query ILIKE 'EXECUTE%')"))
                        > 0;
            },
            60000);
    QVERIFY2(inTransaction, import.readAllStandardError().constData());
    QVERIFY(m_server.restart());
    QVERIFY(import.waitForFinished(60000));
    QCOMPARE(import.exitStatus(), QProcess::NormalExit);
    QCOMPARE(import.exitCode(), 1);
    // Hyoka's own report is one line naming the file and the line, and nothing else:
    // the server's goodbye between two statements goes to hyoka.server, not stderr.
    const QString err = QString::fromUtf8(import.readAllStandardError()).trimmed();
    const QStringList lines = err.split(u'\n');
    QVERIFY2(lines.size() == 1 && lines.constFirst().contains(QLatin1String("big.csv:"))
                     && lines.constFirst().contains(QLatin1String("cannot store project")),
             qPrintable(err));

    QVERIFY2(db.reconnect(&error), qPrintable(error));
    QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM records")), 38);
    QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM records WHERE fiscal_year = 2022")), 0);
    QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM imports")), importsBefore);
    QCOMPARE(FlagStore(db).flag(2021, code)->note, QStringLiteral("kept"));
}

// The administrator changed the reviewer's password while the server was away (here:
// changed it and cut the sessions). The watch does not try the old one again and
// again: it says passwordNeeded() once the server refuses it (SQLSTATE 28P01), makes
// no further attempts until given one, asks again after another wrong one, and with
// the right one reconnects; later connections from the database's spec use it too.
void tst_Reconnect::changedPasswordIsAskedFor()
{
    const QString url = freshDatabase(QStringLiteral("hyoka_rc_password"));
    QVERIFY(!url.isEmpty());
    const QString first = QStringLiteral("erste-パス"), second = QStringLiteral("zweite-パス");
    QUrl target(m_server.passwordRoleUrl(url, first));
    QVERIFY(!target.isEmpty());
    target.setPassword(first);
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(target.toString(), &error), qPrintable(error));
    ConnectionWatch watch(db);
    watch.setIntervals(60000, 100, 400);
    QSignalSpy lost(&watch, &ConnectionWatch::lost);
    QSignalSpy asked(&watch, &ConnectionWatch::passwordNeeded);
    QSignalSpy restored(&watch, &ConnectionWatch::restored);

    QVERIFY(m_server.changePassword(second));
    QVERIFY(!watch.check());
    QCOMPARE(lost.size(), 1);
    QVERIFY(asked.wait(10000));
    QCOMPARE(watch.passwordWanted(), PasswordWanted::Rejected);
    QVERIFY(!watch.isConnected());
    QVERIFY(!watch.lastError().contains(first));
    const int attempts = watch.attempts();
    QTest::qWait(1500); // waits of 100–400 ms: attempts would have gone on
    QCOMPARE(watch.attempts(), attempts);
    QCOMPARE(asked.size(), 1);
    QVERIFY(restored.isEmpty());

    watch.setPassword(QStringLiteral("still wrong"));
    QVERIFY(asked.wait(10000));
    QCOMPARE(watch.passwordWanted(), PasswordWanted::Rejected);
    QVERIFY(restored.isEmpty());

    watch.setPassword(second);
    QVERIFY(restored.wait(10000));
    QCOMPARE(watch.passwordWanted(), PasswordWanted::No);
    QCOMPARE(lost.size(), 1);
    QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM records")), 38);
    QCOMPARE(QUrl(db.spec()).password(), second);
    ReviewDatabase again; // as the window's grid and imports open theirs
    QVERIFY2(again.open(db.spec(), &error), qPrintable(error));
}

// The command line asks for a password the server wants on the terminal, as psql
// does — never from a pipe: without a terminal it says in its one line where to put
// the password. script(1) gives it a terminal here; the answer is not echoed.
void tst_Reconnect::commandLineAsksForThePassword()
{
    const QString url = freshDatabase(QStringLiteral("hyoka_rc_cli_password"));
    QVERIFY(!url.isEmpty());
    const QString password = QStringLiteral("ひみつ-cli");
    const QString target = m_server.passwordRoleUrl(url, password);
    QVERIFY(!target.isEmpty());
    const QString list = m_dir.filePath(QStringLiteral("asked.csv"));
    const QStringList args = { QStringLiteral("review-list"), QStringLiteral("--db"), target,
                               QStringLiteral("-o"), list };

    const TestSupport::HyokaRun piped = TestSupport::runHyoka(args);
    QCOMPARE(piped.exitCode, 1);
    const QString err = QString::fromUtf8(piped.err).trimmed();
    QVERIFY2(err.contains(QStringLiteral("~/.pgpass")) && !err.contains(u'\n'), qPrintable(err));
    QVERIFY(!QFile::exists(list));

    QString command = QStringLiteral("'%1'").arg(QStringLiteral(HYOKA_BINARY));
    for (const QString &a : args)
        command += QStringLiteral(" '%1'").arg(a);
    QProcess terminal;
    terminal.start(QStringLiteral("script"), { QStringLiteral("-qec"), command, QStringLiteral("/dev/null") });
    QVERIFY(terminal.waitForStarted());
    QByteArray seen;
    const auto waitFor = [&](int prompts) {
        return QTest::qWaitFor(
                [&] {
                    seen += terminal.readAllStandardOutput();
                    return seen.count(PgTestServer::passwordRole) >= prompts;
                },
                30000);
    };
    QVERIFY2(waitFor(1), seen.constData());
    terminal.write("wrong\n");
    QVERIFY2(waitFor(2), seen.constData()); // asked again
    terminal.write(password.toUtf8() + "\n");
    const bool finished = terminal.waitForFinished(60000);
    seen += terminal.readAllStandardOutput();
    QVERIFY2(finished, seen.constData());
    QCOMPARE(terminal.exitCode(), 0);
    QVERIFY2(!seen.contains("wrong") && !seen.contains(password.toUtf8()), seen.constData()); // not echoed
    QVERIFY(QFile::exists(list));
}

// What the server says outside a query (notices, its FATAL goodbye) would go to stderr
// through libpq's default notice processor: every connection, the first and the
// reopened one, asks for warnings and worse only and routes them to hyoka.server
// (servernotices.h).
void tst_Reconnect::serverNoticesAreQuiet()
{
    const QString url = freshDatabase(QStringLiteral("hyoka_rc_notices"));
    QVERIFY(!url.isEmpty());
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(url, &error), qPrintable(error));
    const auto level = [&db] {
        QSqlQuery q(db.database());
        return q.exec(QStringLiteral("SHOW client_min_messages")) && q.next() ? q.value(0).toString() : QString();
    };
    QCOMPARE(level(), QStringLiteral("warning"));
    QVERIFY(m_server.restart());
    QVERIFY2(db.reconnect(&error), qPrintable(error));
    QCOMPARE(level(), QStringLiteral("warning"));
}

QTEST_MAIN(tst_Reconnect)
#include "tst_reconnect.moc"

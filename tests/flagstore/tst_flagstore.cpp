// Reviewers' flags in the review database (issue 4): versions and optimistic locking,
// conflicts between two connections, the append-only audit trail, re-imports keep flags,
// SQL conditions for the grid, a flag that survives SIGKILL right after it was saved,
// and the same on a PostgreSQL server when HYOKA_TEST_PG_URL names one.
#include "flagstore.h"
#include "recorddetail.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "reviewrules.h"
#include "tempdatabase.h"
#include "testrecords.h"

#include "../shareddb/pgtestserver.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <cstdio>

using namespace Hyoka;

class tst_FlagStore : public QObject, private TestSupport::TempDatabaseFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void flagVersionsIncrement();
    void flagsSurviveReimport();
    void conflictBetweenTwoConnections();
    void auditTrailIsAppendOnly();
    void unknownRecordAndBadValues();
    void failedReadsSayWhy_data();
    void failedReadsSayWhy();
    void detailSaysWhyItsFlagIsMissing();
    void statusConditionCountsInSql();
    void flagSurvivesSigkill();
    void flagsOnPostgres();
};

void tst_FlagStore::init()
{
    openFresh();
}

void tst_FlagStore::cleanup()
{
    closeFresh();
}

// The child half of flagSurvivesSigkill(): saves a flag, says so, then waits to be killed.
static int saveFlagAndWait(const QString &path)
{
    ReviewDatabase db;
    QString error;
    if (!db.open(path, &error))
        return 1;
    Flag f;
    f.status = QStringLiteral("flagged");
    f.note = QStringLiteral("saved before SIGKILL");
    f.reviewer = QStringLiteral("child");
    if (FlagStore(db).setFlag(2021, QStringLiteral("20103060"), f, 0).outcome != FlagStore::Outcome::Saved)
        return 1;
    std::fputs("saved\n", stdout);
    std::fflush(stdout);
    for (;;)
        QThread::sleep(60);
}

void tst_FlagStore::flagVersionsIncrement()
{
    importSeed();
    FlagStore store(*m_db);
    const QString code = QStringLiteral("20102010");
    QCOMPARE(store.flag(2021, code)->version, 0);
    QCOMPARE(store.flag(2021, code)->status, u"none"_qs);

    Flag f;
    f.status = QStringLiteral("flagged");
    f.reason = QStringLiteral("self_rating_mismatch");
    f.note = QStringLiteral("12 of 29 is not 目標をほぼ達成.\nAsk the bureau.");
    f.reviewer = QStringLiteral("alice");
    FlagStore::SetResult r = store.setFlag(2021, code, f, 0);
    QCOMPARE(r.outcome, FlagStore::Outcome::Saved);
    QCOMPARE(r.flag.version, 1);
    QCOMPARE(r.flag.createdAt, r.flag.updatedAt);
    QVERIFY(r.flag.createdAt.endsWith(u'Z'));
    QCOMPARE(*store.flag(2021, code), r.flag);
    const QString created = r.flag.createdAt;

    QThread::msleep(5);
    f.status = QStringLiteral("reviewed");
    f.reviewer = QStringLiteral("bob");
    r = store.setFlag(2021, code, f, 1);
    QCOMPARE(r.outcome, FlagStore::Outcome::Saved);
    QCOMPARE(r.flag.version, 2);
    QCOMPARE(r.flag.createdAt, created);
    QVERIFY(r.flag.updatedAt > created);
    QCOMPARE(store.flag(2021, code)->reviewer, u"bob"_qs);

    // The same content again is no change: no new version, no audit row.
    const int auditRows = int(store.history(2021, code)->size());
    r = store.setFlag(2021, code, f);
    QCOMPARE(r.outcome, FlagStore::Outcome::Unchanged);
    QCOMPARE(r.flag.version, 2);
    QCOMPARE(store.history(2021, code)->size(), auditRows);

    // Without an expected version the change applies over what is stored.
    f.status = QStringLiteral("none");
    r = store.setFlag(2021, code, f);
    QCOMPARE(r.outcome, FlagStore::Outcome::Saved);
    QCOMPARE(r.flag.version, 3);
    QCOMPARE(store.flag(2021, code)->status, u"none"_qs);
    QCOMPARE(store.allFlags()->size(), 1);

    // An empty reviewer means the OS user.
    qputenv("USER", "os-user");
    f.status = QStringLiteral("flagged");
    f.reviewer.clear();
    r = store.setFlag(2021, code, f, 3);
    QCOMPARE(r.flag.reviewer, u"os-user"_qs);
}

void tst_FlagStore::flagsSurviveReimport()
{
    importSeed();
    FlagStore store(*m_db);
    const Flag f = TestSupport::makeFlag(QStringLiteral("flagged"), QStringLiteral("execution_rate_gap"),
                                         QStringLiteral("Settlement 75% of budget"));
    QCOMPARE(store.setFlag(2021, u"20102020"_qs, f).outcome, FlagStore::Outcome::Saved);
    const Flag before = *store.flag(2021, u"20102020"_qs);
    const auto history = store.history(2021, u"20102020"_qs);

    RecordStore records(*m_db);
    const ImportResult again = records.importFile(QStringLiteral(HYOKA_SEED_FILE));
    QVERIFY(again.ok);
    QCOMPARE(again.updated, 38);
    QCOMPARE(*store.flag(2021, u"20102020"_qs), before);
    QVERIFY(history);
    QCOMPARE(store.history(2021, u"20102020"_qs)->size(), history->size());
    // The re-imported records are suggested as before.
    QCOMPARE(TestSupport::suggestedIds(*m_db, {})->size(), 19);
}

void tst_FlagStore::conflictBetweenTwoConnections()
{
    importSeed();
    ReviewDatabase second;
    QString error;
    QVERIFY2(second.open(m_path, &error), qPrintable(error));
    FlagStore alice(*m_db);
    FlagStore bob(second);
    const QString code = QStringLiteral("20104070");
    // Both open the record at version 0.
    const int seenByAlice = alice.flag(2021, code)->version;
    const int seenByBob = bob.flag(2021, code)->version;
    QCOMPARE(seenByAlice, 0);
    QCOMPARE(seenByBob, 0);

    Flag a;
    a.status = QStringLiteral("flagged");
    a.note = QStringLiteral("Alice: 38 of 82");
    a.reviewer = QStringLiteral("alice");
    QCOMPARE(alice.setFlag(2021, code, a, seenByAlice).outcome, FlagStore::Outcome::Saved);

    Flag b;
    b.status = QStringLiteral("dismissed");
    b.note = QStringLiteral("Bob: fine");
    b.reviewer = QStringLiteral("bob");
    const FlagStore::SetResult r = bob.setFlag(2021, code, b, seenByBob);
    QCOMPARE(r.outcome, FlagStore::Outcome::Conflict);
    // The conflict carries what is stored, so a window can show both.
    QCOMPARE(r.flag.version, 1);
    QCOMPARE(r.flag.note, a.note);
    QCOMPARE(r.flag.reviewer, u"alice"_qs);
    // Nothing of Bob's was written: Alice's note is still there, no audit row of his.
    QCOMPARE(bob.flag(2021, code)->note, a.note);
    QCOMPARE(alice.flag(2021, code)->version, 1);
    const auto aliceHistory = alice.history(2021, code);
    QVERIFY(aliceHistory);
    for (const FlagAuditEntry &e : *aliceHistory)
        QCOMPARE(e.reviewer, u"alice"_qs);

    // Bob retries against the version he now sees.
    QCOMPARE(bob.setFlag(2021, code, b, r.flag.version).outcome, FlagStore::Outcome::Saved);
    QCOMPARE(alice.flag(2021, code)->note, b.note);
    QCOMPARE(alice.flag(2021, code)->version, 2);
}

void tst_FlagStore::auditTrailIsAppendOnly()
{
    importSeed();
    FlagStore store(*m_db);
    const QString code = QStringLiteral("20101010");
    Flag f;
    f.status = QStringLiteral("flagged");
    f.reason = QStringLiteral("low_level");
    f.reviewer = QStringLiteral("alice");
    QVERIFY(store.setFlag(2021, code, f, 0).ok()); // status, reason: 2 rows
    f.note = QStringLiteral("first note");
    QVERIFY(store.setFlag(2021, code, f, 1).ok()); // note: 1 row
    f.status = QStringLiteral("reviewed");
    f.reasonText = QStringLiteral("checked with the bureau");
    f.note = QStringLiteral("second note");
    f.reviewer = QStringLiteral("bob");
    QVERIFY(store.setFlag(2021, code, f, 2).ok()); // status, reason_text, note: 3 rows

    const QList<FlagAuditEntry> h = *store.history(2021, code);
    QCOMPARE(h.size(), 6);
    const QStringList fields { u"status"_qs, u"reason"_qs, u"note"_qs, u"status"_qs,
                               u"reason_text"_qs, u"note"_qs };
    for (qsizetype i = 0; i < h.size(); ++i)
        QCOMPARE(h.at(i).field, fields.at(i));
    QCOMPARE(h.at(0).oldValue, u"none"_qs);
    QCOMPARE(h.at(0).newValue, u"flagged"_qs);
    QCOMPARE(h.at(0).reviewer, u"alice"_qs);
    QCOMPARE(h.at(0).version, 1);
    QCOMPARE(h.at(2).oldValue, QString());
    QCOMPARE(h.at(2).newValue, u"first note"_qs);
    QCOMPARE(h.at(5).oldValue, u"first note"_qs);
    QCOMPARE(h.at(5).newValue, u"second note"_qs);
    QCOMPARE(h.at(5).reviewer, u"bob"_qs);
    QCOMPARE(h.at(5).version, 3);

    // The database refuses to change or remove audit rows.
    QSqlQuery q(m_db->database());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET new_value = 'forged'")));
    QVERIFY(q.lastError().text().contains(u"append-only"_qs));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
    const QList<FlagAuditEntry> after = *store.history(2021, code);
    QCOMPARE(after.size(), 6);
    QCOMPARE(after.at(5).newValue, u"second note"_qs);
}

void tst_FlagStore::unknownRecordAndBadValues()
{
    importSeed();
    FlagStore store(*m_db);
    Flag f;
    f.status = QStringLiteral("flagged");
    QCOMPARE(store.setFlag(2021, u"00000000"_qs, f).outcome, FlagStore::Outcome::UnknownRecord);
    QCOMPARE(store.setFlag(2020, u"20101010"_qs, f).outcome, FlagStore::Outcome::UnknownRecord);
    f.status = QStringLiteral("maybe");
    QCOMPARE(store.setFlag(2021, u"20101010"_qs, f).outcome, FlagStore::Outcome::Failed);
    f.status = QStringLiteral("flagged");
    f.reason = QStringLiteral("because");
    QCOMPARE(store.setFlag(2021, u"20101010"_qs, f).outcome, FlagStore::Outcome::Failed);
    QCOMPARE(store.allFlags()->size(), 0);
    QVERIFY(store.history(2021, u"20101010"_qs)->isEmpty());
    // Reasons are found by id, English label or Japanese term.
    QCOMPARE(Flag::reasonFromText(u"指標未達"_qs), u"indicator_missed"_qs);
    QCOMPARE(Flag::reasonFromText(u"low_level"_qs), u"low_level"_qs);
    QCOMPARE(Flag::reasonFromText(u"execution rate gap"_qs), u"execution_rate_gap"_qs);
    QCOMPARE(Flag::reasonFromText(u"nonsense"_qs), QString());
    QCOMPARE(Flag::reasonForRule(u"self_rating_inconsistent"_qs), u"self_rating_mismatch"_qs);
}

// Every read fails with the database's reason when a table it reads is gone (the reason
// names it), and the reason may be left unasked; a write says the reason instead of
// "no such project". On the intact database the same call is answered and says nothing.
void tst_FlagStore::failedReadsSayWhy_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("table"); // dropped
    QTest::newRow("flag") << 0 << QStringLiteral("flags");
    QTest::newRow("history") << 1 << QStringLiteral("audit_log");
    QTest::newRow("allFlags") << 2 << QStringLiteral("flags");
    QTest::newRow("flagsForRecordIds") << 3 << QStringLiteral("flags");
    QTest::newRow("recordExists") << 4 << QStringLiteral("records");
    QTest::newRow("setFlag") << 5 << QStringLiteral("records");
}

void tst_FlagStore::failedReadsSayWhy()
{
    QFETCH(int, which);
    QFETCH(QString, table);
    importSeed();
    const QString code = QStringLiteral("20101010");
    Flag f;
    f.status = QStringLiteral("flagged");
    QCOMPARE(FlagStore(*m_db).setFlag(2021, code, f, 0).outcome, FlagStore::Outcome::Saved);
    const auto ask = [which, &code, &f](FlagStore &store, QString *error) -> bool {
        switch (which) {
        case 0: return store.flag(2021, code, error).has_value();
        case 1: return store.history(2021, code, error).has_value();
        case 2: return store.allFlags(error).has_value();
        case 3: return store.flagsForRecordIds({ 1, 2, 3 }, error).has_value();
        case 4: return store.recordExists(2021, code, error).has_value();
        default: {
            f.note = QStringLiteral("note %1").arg(f.note.size());
            const FlagStore::SetResult r = store.setFlag(2021, code, f);
            if (error)
                *error = r.error;
            return r.ok();
        }
        }
    };
    // First on the intact database: answered, nothing said.
    FlagStore store(*m_db);
    QString error;
    QVERIFY(ask(store, &error));
    QCOMPARE(error, QString());
    QSqlQuery drop(m_db->database());
    QVERIFY2(drop.exec(QStringLiteral("DROP TABLE %1").arg(table)), qPrintable(drop.lastError().text()));
    QVERIFY(!ask(store, &error));
    QVERIFY2(error.contains(table), qPrintable(error));
    QVERIFY(!ask(store, nullptr));
    if (which == 5) // a failure, not a record it does not know
        QCOMPARE(store.setFlag(2021, code, f).outcome, FlagStore::Outcome::Failed);
}

// The detail of a record whose flag history cannot be read says why, and shows no flag
// it did not read.
void tst_FlagStore::detailSaysWhyItsFlagIsMissing()
{
    importSeed();
    const QString code = QStringLiteral("20101010");
    Flag f;
    f.status = QStringLiteral("flagged");
    QCOMPARE(FlagStore(*m_db).setFlag(2021, code, f, 0).outcome, FlagStore::Outcome::Saved);
    const qint64 id = RecordStore(*m_db).recordId(2021, code);
    QVERIFY(id > 0);
    RecordDetail detail = RecordDetail::read(m_db.get(), id);
    QCOMPARE(detail.error, QString());
    QCOMPARE(detail.flag.status, QStringLiteral("flagged"));
    QVERIFY(!detail.history.isEmpty());
    QSqlQuery drop(m_db->database());
    QVERIFY2(drop.exec(QStringLiteral("DROP TABLE audit_log")), qPrintable(drop.lastError().text()));
    detail = RecordDetail::read(m_db.get(), id);
    QVERIFY(detail.record);
    QVERIFY2(detail.error.contains(u"audit_log"), qPrintable(detail.error));
    QCOMPARE(detail.flag.version, 0);
    QVERIFY(detail.history.isEmpty());
}

void tst_FlagStore::statusConditionCountsInSql()
{
    importSeed();
    FlagStore store(*m_db);
    auto set = [&](const char16_t *code, const char16_t *status) {
        Flag f;
        f.status = QString::fromUtf16(status);
        f.note = QStringLiteral("n");
        return store.setFlag(2021, QString::fromUtf16(code), f).ok();
    };
    QVERIFY(set(u"20101010", u"flagged"));
    QVERIFY(set(u"20101030", u"flagged"));
    QVERIFY(set(u"20102010", u"reviewed"));
    QVERIFY(set(u"20102020", u"dismissed"));
    QVERIFY(set(u"20102020", u"none")); // set back: counts as none
    auto count = [&](const QStringList &statuses) {
        const SqlCondition c = FlagStore::statusCondition(statuses);
        QSqlQuery q(m_db->database());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM records WHERE ") + c.sql);
        for (const QVariant &v : c.values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toInt();
    };
    QCOMPARE(count({ u"flagged"_qs }), 2);
    QCOMPARE(count({ u"flagged"_qs, u"reviewed"_qs }), 3);
    QCOMPARE(count({ u"dismissed"_qs }), 0);
    QCOMPARE(count({ u"none"_qs }), 35);
    QCOMPARE(count({ u"none"_qs, u"reviewed"_qs }), 36);
    QCOMPARE(count({}), 38);
    // The status expression groups every record for facet counts.
    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(QStringLiteral("SELECT %1 AS s, COUNT(*) FROM records GROUP BY s ORDER BY s")
                           .arg(FlagStore::statusExpression())));
    QHash<QString, int> facet;
    while (q.next())
        facet.insert(q.value(0).toString(), q.value(1).toInt());
    const QHash<QString, int> expected { { u"flagged"_qs, 2 }, { u"none"_qs, 35 }, { u"reviewed"_qs, 1 } };
    QCOMPARE(facet, expected);
    // Flags of a grid batch by record id.
    RecordStore records(*m_db);
    const QList<qint64> ids { records.recordId(2021, u"20101010"_qs), records.recordId(2021, u"20103010"_qs) };
    const QHash<qint64, Flag> batch = *store.flagsForRecordIds(ids);
    QCOMPARE(batch.size(), 1);
    QCOMPARE(batch.value(ids.at(0)).status, u"flagged"_qs);
}

void tst_FlagStore::flagSurvivesSigkill()
{
    importSeed();
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HYOKA_TEST_SAVE_FLAG_AND_WAIT"), m_path);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    QVERIFY(child.waitForReadyRead(30000));
    QCOMPARE(child.readLine().trimmed(), QByteArray("saved"));
    ::kill(pid_t(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    // "Restart": a new connection finds the flag.
    ReviewDatabase reopened;
    QString error;
    QVERIFY2(reopened.open(m_path, &error), qPrintable(error));
    const Flag f = *FlagStore(reopened).flag(2021, u"20103060"_qs);
    QCOMPARE(f.version, 1);
    QCOMPARE(f.note, u"saved before SIGKILL"_qs);
    QCOMPARE(FlagStore(reopened).history(2021, u"20103060"_qs)->size(), 2);
}

void tst_FlagStore::flagsOnPostgres()
{
    // A throw-away server of its own (or HYOKA_TEST_PG_URL's), never skipped.
    PgTestServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QString url = server.freshDatabase(QStringLiteral("hyoka_flagstore"));
    QVERIFY(!url.isEmpty());
    {
        ReviewDatabase reset;
        QVERIFY2(reset.open(url, &error), qPrintable(error));
        QSqlQuery q(reset.database());
        QVERIFY(q.exec(QStringLiteral("DROP SCHEMA public CASCADE")));
        QVERIFY(q.exec(QStringLiteral("CREATE SCHEMA public")));
    }
    ReviewDatabase first;
    QVERIFY2(first.open(url, &error), qPrintable(error));
    QCOMPARE(first.schemaVersion(), ReviewDatabase::currentSchemaVersion);
    QVERIFY(RecordStore(first).importFile(QStringLiteral(HYOKA_SEED_FILE)).ok);
    QCOMPARE(TestSupport::suggestedIds(first, {})->size(), 19);
    ReviewDatabase second;
    QVERIFY2(second.open(url, &error), qPrintable(error));
    FlagStore alice(first);
    FlagStore bob(second);
    const QString code = QStringLiteral("20104070");
    const Flag a = TestSupport::makeFlag(QStringLiteral("flagged"), {}, QStringLiteral("Alice"), QStringLiteral("alice"));
    QCOMPARE(alice.setFlag(2021, code, a, 0).outcome, FlagStore::Outcome::Saved);
    Flag b = a;
    b.note = QStringLiteral("Bob");
    const FlagStore::SetResult r = bob.setFlag(2021, code, b, 0);
    QCOMPARE(r.outcome, FlagStore::Outcome::Conflict);
    QCOMPARE(r.flag.note, QStringLiteral("Alice"));
    QCOMPARE(bob.setFlag(2021, code, b, 1).outcome, FlagStore::Outcome::Saved);
    QCOMPARE(alice.flag(2021, code)->version, 2);
    QCOMPARE(alice.history(2021, code)->size(), 3);
    QSqlQuery q(first.database());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET new_value = 'forged'")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
    QCOMPARE(alice.history(2021, code)->size(), 3);
    RuleSettings s;
    s.executionRateHigh = 1.30;
    QVERIFY2(ReviewRules::saveSettings(first, s, &error), qPrintable(error));
    QCOMPARE(ReviewRules::loadSettings(second), s);
    const SqlCondition c = FlagStore::statusCondition({ QStringLiteral("flagged") });
    QSqlQuery count(second.database());
    QVERIFY(count.prepare(QStringLiteral("SELECT COUNT(*) FROM records WHERE ") + c.sql));
    for (const QVariant &v : c.values)
        count.addBindValue(v);
    QVERIFY2(count.exec() && count.next(), qPrintable(count.lastError().text()));
    QCOMPARE(count.value(0).toInt(), 1);
}

int main(int argc, char **argv)
{
    const QString childPath = qEnvironmentVariable("HYOKA_TEST_SAVE_FLAG_AND_WAIT");
    QCoreApplication app(argc, argv);
    if (!childPath.isEmpty())
        return saveFlagAndWait(childPath);
    tst_FlagStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_flagstore.moc"

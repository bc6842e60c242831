// The review database on a real PostgreSQL server (started by the test): same schema,
// same records, same JSON as SQLite.
#include "generalrecords.h"

#include "databasecopier.h"
#include "flagstore.h"
#include "jsonrecordwriter.h"
#include "pgtestserver.h"
#include "profilestore.h"
#include "recordreader.h"
#include "recordsink.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "reviewnotifier.h"
#include "testrecords.h"
#include "workertest.h"

#include <QSignalSpy>

#include <QBuffer>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Hyoka;

class tst_SharedDb : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void migratesEmptyDatabase();
    void seedExportsTheSameJson();
    void reimportDoesNotDuplicate();
    void batchedRowsStoreWhatSqliteStores();
    void brokenImportLeavesDataIntact();
    void refusedBatchSaysWhy_data();
    void refusedBatchSaysWhy();
    void readOnlyRoleIsRefusedCleanly();
    void copyRoundTripSqlitePostgresSqlite();
    void version2MigratesOnPostgres();
    void generalRecordsCopySqlitePostgresSqlite();
    void flagConflictBetweenTwoConnections();
    void flagChangeReachesAnotherConnection();
    void notifierListensOnTheWriteThread();
    void badUrlIsOneClearMessage_data();
    void badUrlIsOneClearMessage();

private:
    static QByteArray json(const QList<Record> &records);
    void resetDatabase();

    PgTestServer m_server;
};

QByteArray tst_SharedDb::json(const QList<Record> &records)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    JsonRecordWriter writer(buffer);
    writer.begin();
    for (const Record &r : records)
        writer.write(r);
    writer.finish({});
    return out;
}

void tst_SharedDb::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void tst_SharedDb::resetDatabase()
{
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(m_server.url(), &error), qPrintable(error));
    QSqlQuery q(db.database());
    QVERIFY(q.exec(QStringLiteral("SET client_min_messages = warning")));
    QVERIFY(q.exec(QStringLiteral("DROP SCHEMA public CASCADE")));
    QVERIFY(q.exec(QStringLiteral("CREATE SCHEMA public")));
}

void tst_SharedDb::init()
{
    resetDatabase();
}

void tst_SharedDb::migratesEmptyDatabase()
{
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(m_server.url(), &error), qPrintable(error));
    QVERIFY(db.isPostgres());
    QCOMPARE(db.schemaVersion(), ReviewDatabase::currentSchemaVersion);
    const QStringList tables = db.database().tables();
    for (const char *t : { "imports", "records", "achievements", "indicators", "schema_info" })
        QVERIFY2(tables.contains(QString::fromLatin1(t)), t);
    // A second connection finds the schema in place and migrates nothing.
    ReviewDatabase again;
    QVERIFY2(again.open(m_server.url(), &error), qPrintable(error));
    QCOMPARE(again.schemaVersion(), ReviewDatabase::currentSchemaVersion);
}

void tst_SharedDb::seedExportsTheSameJson()
{
    CollectingSink sink;
    QString error;
    QVERIFY(RecordReader::readFile(QStringLiteral(HYOKA_SEED_FILE), sink, {}, &error));
    ReviewDatabase db;
    QVERIFY2(db.open(m_server.url(), &error), qPrintable(error));
    RecordStore store(db);
    const ImportResult r = store.importFile(QStringLiteral(HYOKA_SEED_FILE));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.inserted, 38);
    const QList<Record> stored = TestSupport::allRecords(store);
    QCOMPARE(stored.size(), 38);
    QCOMPARE(json(stored), json(sink.records));
}

void tst_SharedDb::reimportDoesNotDuplicate()
{
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(m_server.url(), &error), qPrintable(error));
    RecordStore store(db);
    QVERIFY(store.importFile(QStringLiteral(HYOKA_SEED_FILE)).ok);
    const ImportResult again = store.importFile(QStringLiteral(HYOKA_SEED_FILE));
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.updated, 38);
    QCOMPARE(store.recordCount().value_or(-1), 38);
}

void tst_SharedDb::batchedRowsStoreWhatSqliteStores()
{
    // PostgreSQL gets an import's achievements, indicators and amounts a table at a
    // time for 500 records (ChildRowBatch): more than two batches here, texts that an
    // array literal must escape, and one project twice in the file, whose later row
    // (and its rows only) is kept. The records read back are those SQLite stores.
    const QStringList awkward = { u"引用\"符\""_qs, u"バック\\スラッシュ"_qs, u"{波,括弧}"_qs, u"NULL"_qs,
                                  u"改行\nあり"_qs, u"𠮷野家 🍣"_qs, u"'単一'"_qs, u" 前後の空白 "_qs };
    QList<Record> records;
    for (int i = 0; i < 1234; ++i) {
        Record r;
        r.fiscalYear = 2020 + i % 3;
        r.bureau = u"こども未来局"_qs;
        r.code = QString::number(50000 + i / 3);
        r.no = i + 1;
        r.name = u"事業 "_qs + awkward.at(i % awkward.size());
        for (int a = 0; a < i % 4; ++a)
            r.achievements << u"実績%1 %2"_qs.arg(a).arg(awkward.at((i + a) % awkward.size()));
        if (!r.achievements.isEmpty()) {
            Indicator ind;
            ind.label = awkward.at(i % awkward.size());
            ind.actual = i / 7.0;
            ind.target = i % 5; // 0: no ratio
            ind.unit = i % 2 ? u"件"_qs : QString();
            ind.targetUnit = i % 6 == 1 ? u"人"_qs : ind.unit;
            ind.achievementIndex = 0;
            ind.actualYear = i % 2 ? 2021 : 0;
            r.indicators << ind;
        }
        r.amounts << Amount { AmountKind::Budget, r.fiscalYear, 1000 + i };
        if (i % 2)
            r.amounts << Amount { AmountKind::Settlement, 0, -i };
        r.budget = 1000 + i;
        records << r;
    }
    Record twice = records.at(700);
    twice.achievements = { u"後の行"_qs };
    twice.indicators.clear();
    twice.amounts = { Amount { AmountKind::Budget, twice.fiscalYear, 7 } };
    records << twice;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray expected;
    {
        ReviewDatabase sqlite;
        QString error;
        QVERIFY2(sqlite.open(dir.filePath(u"same.sqlite"_qs), &error), qPrintable(error));
        RecordStore store(sqlite);
        const ImportResult r = store.importRecords(records, u"generated"_qs);
        QVERIFY2(r.ok, qPrintable(r.error));
        expected = json(TestSupport::allRecords(store));
    }
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(m_server.url(), &error), qPrintable(error));
    RecordStore store(db);
    const ImportResult r = store.importRecords(records, u"generated"_qs);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.inserted, 1234);
    const QList<Record> stored = TestSupport::allRecords(store);
    QCOMPARE(stored.size(), 1234);
    const auto kept = std::find_if(stored.cbegin(), stored.cend(), [&](const Record &s) {
        return s.fiscalYear == twice.fiscalYear && s.code == twice.code;
    });
    QVERIFY(kept != stored.cend());
    QCOMPARE(kept->achievements, twice.achievements);
    QVERIFY(kept->indicators.isEmpty());
    QCOMPARE(kept->amounts, twice.amounts);
    QCOMPARE(json(stored), expected);
    QSqlQuery q(db.database());
    QVERIFY(q.exec(u"SELECT (SELECT count(*) FROM achievements), (SELECT count(*) FROM indicators),"
                   " (SELECT count(*) FROM amounts)"_qs) && q.next());
    qint64 achievements = 0, indicators = 0, amounts = 0;
    for (const Record &s : stored) {
        achievements += s.achievements.size();
        indicators += s.indicators.size();
        amounts += s.amounts.size();
    }
    QCOMPARE(q.value(0).toLongLong(), achievements);
    QCOMPARE(q.value(1).toLongLong(), indicators);
    QCOMPARE(q.value(2).toLongLong(), amounts);
    // A re-import updates each record: its old rows go, the new ones come.
    const ImportResult again = store.importRecords(records, u"generated"_qs);
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.updated, 1234);
    QCOMPARE(json(TestSupport::allRecords(store)), expected);
}

void tst_SharedDb::brokenImportLeavesDataIntact()
{
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(m_server.url(), &error), qPrintable(error));
    RecordStore store(db);
    QVERIFY(store.importFile(QStringLiteral(HYOKA_SEED_FILE)).ok);
    const QList<Record> before = TestSupport::allRecords(store);
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("x,y\n1,2\n");
    f.close();
    QVERIFY(!store.importFile(bad).ok);
    int calls = 0;
    const ImportResult cancelled = store.importFile(QStringLiteral(HYOKA_SEED_FILE), {}, [&calls](qint64, qint64) {
        return ++calls < 1;
    });
    QVERIFY(cancelled.cancelled);
    QCOMPARE(TestSupport::allRecords(store), before);
}

// Each batch of an import that the server refuses (the new records, the stored ones
// updated, their old rows deleted, the child rows) ends the import with the server's
// reason and which batch it was; nothing of the file stays.
void tst_SharedDb::refusedBatchSaysWhy_data()
{
    QTest::addColumn<QString>("trigger");
    QTest::addColumn<bool>("storedBefore");
    QTest::addColumn<QString>("batch");
    QTest::newRow("new records") << "BEFORE INSERT ON records" << false << "new project";
    QTest::newRow("child rows") << "BEFORE INSERT ON achievements" << false
                                << "achievements, indicators and amounts";
    QTest::newRow("stored records") << "BEFORE UPDATE ON records" << true << "stored project";
    QTest::newRow("old rows") << "BEFORE DELETE ON indicators" << true << "";
}

void tst_SharedDb::refusedBatchSaysWhy()
{
    QFETCH(QString, trigger);
    QFETCH(bool, storedBefore);
    QFETCH(QString, batch);
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(m_server.url(), &error), qPrintable(error));
    RecordStore store(db);
    if (storedBefore)
        QVERIFY(store.importFile(QStringLiteral(HYOKA_SEED_FILE)).ok);
    const QList<Record> before = TestSupport::allRecords(store);
    QSqlQuery q(db.database());
    QVERIFY2(q.exec(QStringLiteral("CREATE OR REPLACE FUNCTION hyoka_test_refuse() RETURNS trigger "
                                   "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$")),
             qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(QStringLiteral("CREATE TRIGGER refuse %1 FOR EACH ROW EXECUTE FUNCTION hyoka_test_refuse()")
                            .arg(trigger)),
             qPrintable(q.lastError().text()));

    const ImportResult r = store.importFile(QStringLiteral(HYOKA_SEED_FILE));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("refused by the test")), qPrintable(r.error));
    QVERIFY2(r.error.contains(batch), qPrintable(r.error));
    QVERIFY2(!r.error.contains(u'\n'), qPrintable(r.error));
    QCOMPARE(TestSupport::allRecords(store), before);
}

void tst_SharedDb::readOnlyRoleIsRefusedCleanly()
{
    ReviewDatabase owner;
    QString error;
    QVERIFY2(owner.open(m_server.url(), &error), qPrintable(error));
    RecordStore ownerStore(owner);
    QVERIFY(ownerStore.importFile(QStringLiteral(HYOKA_SEED_FILE)).ok);
    QSqlQuery q(owner.database());
    q.exec(QStringLiteral("DROP ROLE IF EXISTS reader"));
    QVERIFY(q.exec(QStringLiteral("CREATE ROLE reader LOGIN")));
    QVERIFY(q.exec(QStringLiteral("GRANT USAGE ON SCHEMA public TO reader")));
    QVERIFY(q.exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader")));

    ReviewDatabase reader;
    QVERIFY2(reader.open(m_server.urlForUser(QStringLiteral("reader")), &error), qPrintable(error));
    QVERIFY(reader.isReadOnly());
    QVERIFY(!owner.isReadOnly());
    RecordStore store(reader);
    QCOMPARE(store.recordCount().value_or(-1), 38); // reading works
    const ImportResult r = store.importFile(QStringLiteral(HYOKA_SEED_FILE));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("read-only")), qPrintable(r.error));
    QVERIFY(!r.error.contains(QStringLiteral("permission denied"))); // no raw SQL error
    reader.close();
    QVERIFY(q.exec(QStringLiteral("DROP OWNED BY reader")));
    QVERIFY(q.exec(QStringLiteral("DROP ROLE reader")));
}

void tst_SharedDb::copyRoundTripSqlitePostgresSqlite()
{
    QTemporaryDir dir;
    QString error;
    ReviewDatabase first;
    QVERIFY2(first.open(dir.filePath(QStringLiteral("first.sqlite")), &error), qPrintable(error));
    QVERIFY(RecordStore(first).importFile(QStringLiteral(HYOKA_SEED_FILE)).ok);
    QSqlQuery f(first.database());
    QVERIFY(f.exec(QStringLiteral("INSERT INTO flags (fiscal_year, code, status, reason, reason_text, note,"
                                  " reviewer, created_at, updated_at, version)"
                                  " VALUES (2021, '20101010', 'flagged', 'low_level', '', 'メモ', 'alice',"
                                  " '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 1)")));
    QVERIFY(f.exec(QStringLiteral("INSERT INTO audit_log (fiscal_year, code, changed_at, reviewer, field,"
                                  " old_value, new_value, version) VALUES (2021, '20101010',"
                                  " '2026-01-01T00:00:00Z', 'alice', 'status', 'none', 'flagged', 1)")));

    ReviewDatabase shared;
    QVERIFY2(shared.open(m_server.url(), &error), qPrintable(error));
    CopyResult c = DatabaseCopier::copy(first, shared);
    QVERIFY2(c.ok, qPrintable(c.error));
    QCOMPARE(c.records, 38);
    QCOMPARE(c.flags, 1);
    QCOMPARE(c.auditRows, 1);

    ReviewDatabase back;
    QVERIFY2(back.open(dir.filePath(QStringLiteral("back.sqlite")), &error), qPrintable(error));
    c = DatabaseCopier::copy(shared, back);
    QVERIFY2(c.ok, qPrintable(c.error));
    QCOMPARE(json(TestSupport::allRecords(RecordStore(back))), json(TestSupport::allRecords(RecordStore(first))));
    QSqlQuery b(back.database());
    QVERIFY(b.exec(QStringLiteral("SELECT status, note, reviewer, version FROM flags")) && b.next());
    QCOMPARE(b.value(0).toString(), QStringLiteral("flagged"));
    QCOMPARE(b.value(1).toString(), QStringLiteral("メモ"));
    QCOMPARE(b.value(2).toString(), QStringLiteral("alice"));
    QCOMPARE(b.value(3).toInt(), 1);
    QVERIFY(!b.next());
    QVERIFY(b.exec(QStringLiteral("SELECT field, new_value FROM audit_log")) && b.next());
    QCOMPARE(b.value(1).toString(), QStringLiteral("flagged"));
    QVERIFY(!b.next());

    // Copying again adds nothing twice.
    c = DatabaseCopier::copy(shared, back);
    QVERIFY2(c.ok, qPrintable(c.error));
    QVERIFY(b.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && b.next());
    QCOMPARE(b.value(0).toInt(), 1);
}

void tst_SharedDb::version2MigratesOnPostgres()
{
    QString error;
    QVERIFY2(GeneralRecords::createVersion2Database(m_server.url(), &error), qPrintable(error));
    ReviewDatabase db;
    QVERIFY2(db.open(m_server.url(), &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), ReviewDatabase::currentSchemaVersion);
    RecordStore store(db);
    QCOMPARE(store.recordCount().value_or(-1), 2);
    const auto r = store.record(2021, QStringLiteral("50102010"));
    QVERIFY(r);
    QCOMPARE(r->code, QStringLiteral("50102010"));
    QCOMPARE(*r->rating, (Rating { QStringLiteral("4"), 4, 5, QStringLiteral("level"), {} }));
    FlagStore flags(db);
    QCOMPARE(flags.flag(2021, QStringLiteral("50102010"))->note, QStringLiteral("確認する"));
    QVERIFY(!flags.history(2021, QStringLiteral("50102010"))->isEmpty());
    // The new tables work on the migrated database.
    QVERIFY2(ProfileStore(db).save(QStringLiteral("p"), QStringLiteral("*.csv"), QStringLiteral("{}"), &error),
             qPrintable(error));
    QVERIFY(store.importRecords({ GeneralRecords::everyField() }, QStringLiteral("x.xlsx")).ok);
    QCOMPARE(store.record(2024, QStringLiteral("0086"))->amounts.size(), 4);
}

void tst_SharedDb::generalRecordsCopySqlitePostgresSqlite()
{
    QTemporaryDir dir;
    QString error;
    ReviewDatabase first;
    QVERIFY2(first.open(dir.filePath(QStringLiteral("first.sqlite")), &error), qPrintable(error));
    const QList<Record> records = GeneralRecords::importTwoAndFlagOne(first, &error);
    QVERIFY2(records.size() == 2, qPrintable(error));
    QVERIFY(ProfileStore(first).save(QStringLiteral("品川区"), QStringLiteral("shinagawa_r*.csv"),
                                     QStringLiteral("{\"fields\": {}}"), &error));

    ReviewDatabase shared;
    QVERIFY2(shared.open(m_server.url(), &error), qPrintable(error));
    CopyResult c = DatabaseCopier::copy(first, shared);
    QVERIFY2(c.ok, qPrintable(c.error));
    QCOMPARE(c.profiles, 1);
    QCOMPARE(TestSupport::allRecords(RecordStore(shared)), records);
    // A corrected re-import on the server keeps the flag of the project without a code.
    QList<Record> corrected = records;
    corrected[1].amounts = { Amount { AmountKind::Settlement, 2024, 1300 } };
    const ImportResult again = RecordStore(shared).importRecords(corrected, QStringLiteral("fix.csv"));
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.updated, 2);
    QCOMPARE(RecordStore(shared).recordCount().value_or(-1), 2);
    QCOMPARE(FlagStore(shared).flag(2025, records.at(1).identityKey())->status, QStringLiteral("flagged"));

    ReviewDatabase back;
    QVERIFY2(back.open(dir.filePath(QStringLiteral("back.sqlite")), &error), qPrintable(error));
    c = DatabaseCopier::copy(shared, back);
    QVERIFY2(c.ok, qPrintable(c.error));
    const QList<Record> result = TestSupport::allRecords(RecordStore(back));
    QCOMPARE(result, corrected);
    QCOMPARE(result.at(0).sourceSheet, QStringLiteral("評価シート"));
    QCOMPARE(result.at(0).sourcePage, 3);
    QCOMPARE(json(result), json(TestSupport::allRecords(RecordStore(shared))));
    QCOMPARE(FlagStore(back).flag(2025, records.at(1).identityKey())->status, QStringLiteral("flagged"));
    QCOMPARE(ProfileStore(back).load(QStringLiteral("品川区"))->pattern, QStringLiteral("shinagawa_r*.csv"));
}

void tst_SharedDb::flagConflictBetweenTwoConnections()
{
    QString error;
    ReviewDatabase alice, bob;
    QVERIFY2(alice.open(m_server.url(), &error), qPrintable(error));
    QVERIFY2(bob.open(m_server.url(), &error), qPrintable(error));
    QVERIFY(RecordStore(alice).importFile(QStringLiteral(HYOKA_SEED_FILE)).ok);
    FlagStore aliceFlags(alice), bobFlags(bob);
    const QString code = QStringLiteral("20101010");
    // Both saw version 0; Alice saves first.
    const Flag a = TestSupport::makeFlag(QStringLiteral("flagged"), {}, QStringLiteral("アリスのメモ"),
                                         QStringLiteral("alice"));
    QCOMPARE(aliceFlags.setFlag(2021, code, a, 0).outcome, FlagStore::Outcome::Saved);
    const Flag b = TestSupport::makeFlag(QStringLiteral("dismissed"), {}, QStringLiteral("ボブのメモ"),
                                         QStringLiteral("bob"));
    const FlagStore::SetResult r = bobFlags.setFlag(2021, code, b, 0);
    QCOMPARE(r.outcome, FlagStore::Outcome::Conflict);
    QCOMPARE(r.flag.note, QStringLiteral("アリスのメモ")); // what Bob is shown
    QCOMPARE(bobFlags.flag(2021, code)->note, QStringLiteral("アリスのメモ"));
    QCOMPARE(bobFlags.flag(2021, code)->version, 1);
}

void tst_SharedDb::flagChangeReachesAnotherConnection()
{
    QString error;
    ReviewDatabase watcher, writer;
    QVERIFY2(watcher.open(m_server.url(), &error), qPrintable(error));
    QVERIFY2(writer.open(m_server.url(), &error), qPrintable(error));
    QVERIFY(RecordStore(writer).importFile(QStringLiteral(HYOKA_SEED_FILE)).ok);
    ReviewNotifier notifier(watcher, nullptr);
    QVERIFY(notifier.isActive());
    QSignalSpy spy(&notifier, &ReviewNotifier::flagChanged);
    Flag f;
    f.status = QStringLiteral("flagged");
    f.reviewer = QStringLiteral("carol");
    QCOMPARE(FlagStore(writer).setFlag(2021, QStringLiteral("40205010"), f).outcome, FlagStore::Outcome::Saved);
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.at(0).at(0).toInt(), 2021);
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("40205010"));
    // The watcher's own change is not echoed back to it.
    spy.clear();
    f.status = QStringLiteral("reviewed");
    QCOMPARE(FlagStore(watcher).setFlag(2021, QStringLiteral("40205010"), f).outcome, FlagStore::Outcome::Saved);
    QVERIFY(!spy.wait(1500));
    // Nor those of the connection named as its own review session's (the session
    // writes on a connection of its own, on its own thread).
    QSqlQuery pid(writer.database());
    QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
    notifier.setOwnWriter(pid.value(0).toLongLong());
    f.status = QStringLiteral("dismissed");
    QCOMPARE(FlagStore(writer).setFlag(2021, QStringLiteral("40205010"), f).outcome, FlagStore::Outcome::Saved);
    QVERIFY(!spy.wait(1500));
    // Another writer's change is still told.
    ReviewDatabase third;
    QVERIFY2(third.open(m_server.url(), &error), qPrintable(error));
    f.status = QStringLiteral("flagged");
    QCOMPARE(FlagStore(third).setFlag(2021, QStringLiteral("40205010"), f).outcome, FlagStore::Outcome::Saved);
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("40205010"));
}

// The review session's notifier listens on its write connection, on that connection's
// thread (QueryWorker::listen()): the window's own connection subscribes to nothing,
// the session's own writes (made on that connection) are not news, and a connection
// opened again listens again by itself.
void tst_SharedDb::notifierListensOnTheWriteThread()
{
    QString error;
    ReviewDatabase window, other;
    QVERIFY2(window.open(m_server.url(), &error), qPrintable(error));
    QVERIFY2(other.open(m_server.url(), &error), qPrintable(error));
    QVERIFY(RecordStore(other).importFile(QStringLiteral(HYOKA_SEED_FILE)).ok);
    QueryWorker writer;
    QVERIFY2(TestSupport::openWorker(writer, m_server.url(), &error), qPrintable(error));
    ReviewNotifier notifier(window, &writer);
    QTRY_VERIFY(notifier.isActive());
    QVERIFY(window.database().driver()->subscribedToNotifications().isEmpty());
    QSignalSpy spy(&notifier, &ReviewNotifier::flagChanged);
    const QString code = QStringLiteral("40205010");
    Flag f;
    f.status = QStringLiteral("flagged");
    f.reviewer = QStringLiteral("bob");
    QCOMPARE(FlagStore(other).setFlag(2021, code, f).outcome, FlagStore::Outcome::Saved);
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.at(0).at(0).toInt(), 2021);
    QCOMPARE(spy.at(0).at(1).toString(), code);

    // A write made on the write connection itself is not told.
    spy.clear();
    ReadChannel writes;
    std::optional<FlagStore::Outcome> written;
    f.status = QStringLiteral("reviewed");
    writer.read(
            writes, &notifier, QueryWorker::Priority::Rows,
            [f, code](ReviewDatabase *db) { return FlagStore(*db).setFlag(2021, code, f).outcome; },
            [&written](FlagStore::Outcome outcome) { written = outcome; });
    QTRY_VERIFY(written.has_value());
    QCOMPARE(*written, FlagStore::Outcome::Saved);
    QVERIFY(!spy.wait(1500));

    // The write connection opened again (as after the server came back): still told.
    QVERIFY2(TestSupport::openWorker(writer, m_server.url(), &error), qPrintable(error));
    f.status = QStringLiteral("dismissed");
    QCOMPARE(FlagStore(other).setFlag(2021, code, f).outcome, FlagStore::Outcome::Saved);
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.at(0).at(1).toString(), code);
}

void tst_SharedDb::badUrlIsOneClearMessage_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("no database name") << QStringLiteral("postgresql://hyoka@127.0.0.1:5432/");
    QTest::newRow("nothing listening") << QStringLiteral("postgresql://hyoka@127.0.0.1:1/x");
}

void tst_SharedDb::badUrlIsOneClearMessage()
{
    QFETCH(QString, url);
    ReviewDatabase db;
    QString error;
    QVERIFY(!db.open(url, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(error.contains(QStringLiteral("127.0.0.1")));
}

QTEST_GUILESS_MAIN(tst_SharedDb)
#include "tst_shareddb.moc"

// The SQLite review database: schema, imports, re-imports, failures that must leave
// the stored data exactly as it was.
#include "workertest.h"
#include "recordreader.h"
#include "recordsink.h"
#include "queryworker.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "reviewnotifier.h"
#include "testrecords.h"

#include <QSignalSpy>

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Hyoka;

class tst_Store : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void schemaIsCreatedAndVersioned();
    void specShownWithoutPassword_data();
    void specShownWithoutPassword();
    void seedImportRoundTrips();
    void recordCountSaysWhyItFailed();
    void reimportUpdatesInsteadOfDuplicating();
    void correctedEditionReplacesValues();
    void brokenFileLeavesDataIntact();
    void refusedWriteNamesLineAndReason_data();
    void refusedWriteNamesLineAndReason();
    void cancelledImportRollsBack();
    void importRecordsAreLogged();
    void missingFileIsReported();
    void notADatabaseIsRefused();
    void anotherConnectionsCommitIsNoticed();

private:
    QString writeFile(const QString &name, const QByteArray &content);

    QTemporaryDir *m_dir = nullptr;
    ReviewDatabase *m_db = nullptr;
};

void tst_Store::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_db = new ReviewDatabase;
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("review.sqlite")), &error), qPrintable(error));
}

void tst_Store::cleanup()
{
    delete m_db;
    m_db = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

QString tst_Store::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    f.write(content);
    return path;
}

void tst_Store::schemaIsCreatedAndVersioned()
{
    QCOMPARE(m_db->schemaVersion(), ReviewDatabase::currentSchemaVersion);
    const QStringList tables = m_db->database().tables();
    for (const char *t : { "imports", "records", "achievements", "indicators", "schema_info" })
        QVERIFY2(tables.contains(QString::fromLatin1(t)), t);
    QVERIFY(m_db->hasFullTextIndex());
    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));

    // Opening again runs no migration twice and keeps the version.
    const QString path = m_db->spec();
    m_db->close();
    QString error;
    QVERIFY2(m_db->open(path, &error), qPrintable(error));
    QCOMPARE(m_db->schemaVersion(), ReviewDatabase::currentSchemaVersion);
}

void tst_Store::seedImportRoundTrips()
{
    RecordStore store(*m_db);
    const ImportResult r = store.importFile(QStringLiteral(HYOKA_SEED_FILE));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.inserted, 38);
    QCOMPARE(r.updated, 0);
    QCOMPARE(store.recordCount().value_or(-1), 38);

    const QList<Record> parsed = TestSupport::seedRecords();
    const QList<Record> stored = TestSupport::allRecords(store);
    QCOMPARE(stored.size(), parsed.size());
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        QVERIFY2(stored.at(i) == parsed.at(i), qPrintable(parsed.at(i).code));
        QCOMPARE(stored.at(i).indicators.size(), parsed.at(i).indicators.size());
    }
    const auto one = store.record(2021, QStringLiteral("20101010"));
    QVERIFY(one);
    QCOMPARE(one->name, QStringLiteral("地域子育て支援事業"));
    QCOMPARE(one->achievements.size(), 4);

    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(QStringLiteral("SELECT file_name, record_count, length(sha256) FROM imports")));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toInt(), 38);
    QCOMPARE(q.value(2).toInt(), 64);
}

// A count the database cannot answer (no records table, or no connection) is no zero:
// nullopt, and why; a count that works says nothing.
void tst_Store::recordCountSaysWhyItFailed()
{
    RecordStore store(*m_db);
    QString error;
    QCOMPARE(store.recordCount(&error), std::optional<qint64>(0));
    QCOMPARE(error, QString());
    QSqlQuery drop(m_db->database());
    QVERIFY2(drop.exec(QStringLiteral("DROP TABLE records")), qPrintable(drop.lastError().text()));
    QVERIFY(!store.recordCount(&error));
    QVERIFY2(error.contains(u"records"), qPrintable(error));
    QVERIFY(!store.recordCount());
    ReviewDatabase closed;
    error.clear();
    QVERIFY(!RecordStore(closed).recordCount(&error));
    QVERIFY(!error.isEmpty());
}

void tst_Store::reimportUpdatesInsteadOfDuplicating()
{
    RecordStore store(*m_db);
    QVERIFY(store.importFile(QStringLiteral(HYOKA_SEED_FILE)).ok);
    const qint64 idBefore = store.recordId(2021, QStringLiteral("50102010"));
    const ImportResult again = store.importFile(QStringLiteral(HYOKA_SEED_FILE));
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.inserted, 0);
    QCOMPARE(again.updated, 38);
    QCOMPARE(store.recordCount().value_or(-1), 38);
    // The identity (and so anything keyed to the record) survives.
    QCOMPARE(store.recordId(2021, QStringLiteral("50102010")), idBefore);
    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM achievements")) && q.next());
    int achievements = 0;
    for (const Record &r : TestSupport::seedRecords())
        achievements += int(r.achievements.size());
    QCOMPARE(q.value(0).toInt(), achievements);
}

void tst_Store::correctedEditionReplacesValues()
{
    RecordStore store(*m_db);
    QVERIFY(store.importFile(QStringLiteral(HYOKA_SEED_FILE)).ok);
    QFile seed(QStringLiteral(HYOKA_SEED_FILE));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    QByteArray text = seed.readAll();
    text.replace("| 724 | 737 |", "| 800 | 737 |");
    const QString corrected = writeFile(QStringLiteral("corrected.md"), text);
    const ImportResult r = store.importFile(corrected);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(store.recordCount().value_or(-1), 38);
    QCOMPARE(store.record(2021, QStringLiteral("50101060"))->budget.value_or(0), qint64(800));
}

void tst_Store::brokenFileLeavesDataIntact()
{
    RecordStore store(*m_db);
    QVERIFY(store.importFile(QStringLiteral(HYOKA_SEED_FILE)).ok);
    const QList<Record> before = TestSupport::allRecords(store);

    // An unreadable file: nothing changes, the error names the file.
    const QString garbage = writeFile(QStringLiteral("garbage.xlsx"), QByteArray("PK\x03\x04 not a zip"));
    const ImportResult bad = store.importFile(garbage);
    QVERIFY(!bad.ok);
    QVERIFY(bad.error.contains(QStringLiteral("garbage.xlsx")));
    QCOMPARE(TestSupport::allRecords(store), before);

    // A file with one bad row: the good rows load, the bad one is reported by line.
    const QByteArray partly =
            "令和3年度の事務事業の評価結果一覧(こども未来局)\n"
            "| 番号 | 事務事業コード | 事務事業名 | サービス分類 | 事務事業の概要 | 主な取組の実績 | 予算額 | 決算額 | 達成度 | 参考資料掲載頁 |\n"
            "|--|--|--|--|--|--|--|--|--|--|\n"
            "| 1 | 20101010 | 地域子育て支援事業 | その他 | 概要 | ●実施 | 1 | 1 | 3 | P1 |\n"
            "| 2 | BAD | 壊れた行 | その他 | 概要 | ●実施 | 1 | 1 | 3 | P1 |\n";
    const ImportResult mixed = store.importFile(writeFile(QStringLiteral("mixed.md"), partly));
    QVERIFY(mixed.ok);
    QCOMPARE(mixed.updated, 1);
    QCOMPARE(mixed.skippedRows, 1);
    QCOMPARE(mixed.warnings.at(0).line, 5);
    QCOMPARE(store.recordCount().value_or(-1), 38);
}

// Every statement of an import that the database refuses ends the import with the
// file, the line, the project and the database's own reason; nothing of the file stays.
void tst_Store::refusedWriteNamesLineAndReason_data()
{
    QTest::addColumn<QString>("trigger");
    QTest::addColumn<bool>("storedBefore");
    QTest::newRow("new record") << "BEFORE INSERT ON records" << false;
    QTest::newRow("its achievements") << "BEFORE INSERT ON achievements" << false;
    QTest::newRow("its indicators") << "BEFORE INSERT ON indicators" << false;
    QTest::newRow("stored record") << "BEFORE UPDATE ON records" << true;
    QTest::newRow("its old indicators") << "BEFORE DELETE ON indicators" << true;
}

void tst_Store::refusedWriteNamesLineAndReason()
{
    QFETCH(QString, trigger);
    QFETCH(bool, storedBefore);
    RecordStore store(*m_db);
    if (storedBefore)
        QVERIFY(store.importFile(QStringLiteral(HYOKA_SEED_FILE)).ok);
    const QList<Record> before = TestSupport::allRecords(store);
    QFile seed(QStringLiteral(HYOKA_SEED_FILE));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    QByteArray text = seed.readAll();
    text.replace("地域子育て支援事業", "変更された名前"); // an update for the stored one
    const QString path = writeFile(QStringLiteral("refused.md"), text);
    QSqlQuery q(m_db->database());
    QVERIFY2(q.exec(QStringLiteral("CREATE TRIGGER refuse %1 BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                            .arg(trigger)),
             qPrintable(q.lastError().text()));

    const ImportResult r = store.importFile(path);
    QVERIFY(!r.ok);
    static const QRegularExpression expected(QStringLiteral("^(.+):(\\d+): cannot store project (.+): refused by the test$"));
    const QRegularExpressionMatch m = expected.match(r.error);
    QVERIFY2(m.hasMatch(), qPrintable(r.error));
    QCOMPARE(m.captured(1), path);
    QVERIFY(m.captured(2).toInt() > 1);
    QCOMPARE(TestSupport::allRecords(store), before);
}

void tst_Store::cancelledImportRollsBack()
{
    RecordStore store(*m_db);
    QVERIFY(store.importFile(QStringLiteral(HYOKA_SEED_FILE)).ok);
    const QList<Record> before = TestSupport::allRecords(store);
    QFile seed(QStringLiteral(HYOKA_SEED_FILE));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    QByteArray text = seed.readAll();
    text.replace("地域子育て支援事業", "変更された名前");
    text.replace("2021", "2022");
    const QString changed = writeFile(QStringLiteral("changed.md"), text);
    int calls = 0;
    const ImportResult r = store.importFile(changed, {}, [&calls](qint64, qint64) {
        ++calls;
        return false; // the user pressed Cancel
    });
    QVERIFY(calls > 0);
    QVERIFY(r.cancelled);
    QVERIFY(!r.ok);
    QCOMPARE(TestSupport::allRecords(store), before);
    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM imports")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void tst_Store::importRecordsAreLogged()
{
    RecordStore store(*m_db);
    const ImportResult r = store.importRecords(TestSupport::seedRecords(), QStringLiteral("memory"));
    QVERIFY(r.ok);
    QCOMPARE(r.inserted, 38);
    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM records_fts WHERE records_fts MATCH '\"保育\" \"育所\"'")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toInt() > 0);
}

void tst_Store::missingFileIsReported()
{
    RecordStore store(*m_db);
    const ImportResult r = store.importFile(m_dir->filePath(QStringLiteral("nope.md")));
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QStringLiteral("nope.md")));
}

void tst_Store::notADatabaseIsRefused()
{
    const QString path = writeFile(QStringLiteral("not.sqlite"), QByteArray(4096, 'x'));
    ReviewDatabase other;
    QString error;
    QVERIFY(!other.open(path, &error));
    QVERIFY(error.contains(QStringLiteral("not.sqlite")));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray(4096, 'x')); // never written to
}

void tst_Store::anotherConnectionsCommitIsNoticed()
{
    // Polled through a connection of its own, on its thread (a review session's).
    QueryWorker poller;
    QString openError;
    QVERIFY2(TestSupport::openWorker(poller, m_db->spec(), &openError), qPrintable(openError));
    ReviewNotifier notifier(*m_db, &poller);
    QTRY_VERIFY(notifier.isActive()); // the first poll's answer is in
    QSignalSpy spy(&notifier, &ReviewNotifier::databaseChanged);
    ReviewDatabase other;
    QString error;
    QVERIFY2(other.open(m_db->spec(), &error), qPrintable(error));
    QVERIFY(RecordStore(other).importFile(QStringLiteral(HYOKA_SEED_FILE)).ok);
    QVERIFY(spy.wait(5000));
}

void tst_Store::specShownWithoutPassword_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("shown");
    QTest::newRow("file") << QStringLiteral("/tmp/a:b@c.sqlite") << QStringLiteral("/tmp/a:b@c.sqlite");
    QTest::newRow("url with password") << QStringLiteral("postgresql://alice:s3cret@db.example:5433/review")
                                       << QStringLiteral("postgresql://alice@db.example:5433/review");
    QTest::newRow("postgres:// with password") << QStringLiteral("postgres://alice:s3cret@db/review")
                                               << QStringLiteral("postgres://alice@db/review");
    QTest::newRow("url without password") << QStringLiteral("postgresql://alice@db/review")
                                          << QStringLiteral("postgresql://alice@db/review");
}

void tst_Store::specShownWithoutPassword()
{
    QFETCH(QString, spec);
    QFETCH(QString, shown);
    QCOMPARE(ReviewDatabase::withoutPassword(spec), shown);
    // A URL that cannot be used names itself in the message, without the password.
    if (spec.contains(QStringLiteral("s3cret"))) {
        ReviewDatabase db;
        QString error;
        QVERIFY(!db.open(spec.left(spec.indexOf(u'@') + 1) + QStringLiteral("/review"), &error));
        QVERIFY2(error.contains(QStringLiteral("alice@")), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("s3cret")), qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(tst_Store)
#include "tst_store.moc"

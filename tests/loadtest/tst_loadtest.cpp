// The short form of the load test (docs/robustness.md, "Many reviewers at once"):
// reviewers as real `hyoka flag --expect-version` processes on overlapping records
// while `hyoka import` runs, on one SQLite file and on a throw-away PostgreSQL server;
// and what a writer is told when another program holds a SQLite file's write lock.
#include "../shareddb/pgtestserver.h"
#include "loadrun.h"
#include "reviewdatabase.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Hyoka;

class TestLoad : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void manyWriters_data();
    void manyWriters();
    void heldLockNamesItsHolder();

private:
    QString seed(const QString &db);
    QTemporaryDir m_dir;
    PgTestServer m_pg;
    QString m_pgError;
    bool m_pgStarted = false;
};

void TestLoad::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The imports' automatic backups go to the test's folder, not the user's.
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toLocal8Bit());
    m_pgStarted = m_pg.start(&m_pgError);
}

QString TestLoad::seed(const QString &db)
{
    QProcess p;
    p.start(QStringLiteral(HYOKA_BINARY), { QStringLiteral("import"), QStringLiteral(HYOKA_SEED_FILE),
                                            QStringLiteral("--db"), db });
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString::fromUtf8(p.readAllStandardError());
    return QString();
}

void TestLoad::manyWriters_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<int>("reviewers");
    QTest::addColumn<int>("changes");
    // Each change is a `hyoka` process of its own (~0.2 s to start on an idle machine):
    // the short form keeps the whole test near a minute; tools/loadtest.sh runs 300 each.
    QTest::newRow("sqlite 8 x 12") << false << 8 << 12;
    QTest::newRow("postgresql 20 x 6") << true << 20 << 6;
}

void TestLoad::manyWriters()
{
    QFETCH(bool, postgres);
    QFETCH(int, reviewers);
    QFETCH(int, changes);
    QString db = m_dir.filePath(QStringLiteral("load.sqlite"));
    if (postgres) {
        QVERIFY2(m_pgStarted, qPrintable(m_pgError));
        db = m_pg.url();
    }
    const QString seedError = seed(db);
    QVERIFY2(seedError.isEmpty(), qPrintable(seedError));

    LoadTest::Options o;
    o.db = db;
    o.hyoka = QStringLiteral(HYOKA_BINARY);
    o.importFile = QStringLiteral(HYOKA_SEED_FILE);
    o.reviewers = reviewers;
    o.changesEach = changes;
    o.hotRecords = 4; // few shared records: conflicts are certain

    const LoadTest::Report r = LoadTest::run(o);
    qInfo().noquote() << QTest::currentDataTag() << r.summary();
    QVERIFY2(r.ok(), qPrintable(r.problems.join(u'\n')));
    QCOMPARE(r.attempts, reviewers * changes);
    QCOMPARE(r.accepted + r.conflicts, r.attempts);
    // Overlap made both happen: the run proves nothing otherwise.
    QVERIFY(r.accepted > 0);
    QVERIFY(r.conflicts > 0);
    QVERIFY(r.imports >= 1);
}

void TestLoad::heldLockNamesItsHolder()
{
    const QString path = m_dir.filePath(QStringLiteral("held.sqlite"));
    {
        ReviewDatabase db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
    }
    // Another program holds the write lock (Python's sqlite3, a process of its own).
    QProcess holder;
    holder.start(QStringLiteral("python3"),
                 { QStringLiteral("-c"),
                   QStringLiteral("import sqlite3, sys, time\n"
                                  "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                                  "c.execute('BEGIN IMMEDIATE')\n"
                                  "print('locked', flush=True)\n"
                                  "time.sleep(60)\n"),
                   path });
    QVERIFY(holder.waitForStarted());
    QVERIFY(holder.waitForReadyRead(20000));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

    ReviewDatabase::setWriteLockWait(1500);
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QVERIFY(!db.beginWrite(&error));
    ReviewDatabase::setWriteLockWait(-1);
    const qint64 pid = holder.processId();
    holder.kill();
    holder.waitForFinished();
    QVERIFY2(error.contains(QString::number(pid))
                     || error.contains(QStringLiteral("python")),
             qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("database is locked")), qPrintable(error));
    // Once the holder is gone the write goes through.
    QVERIFY2(db.beginWrite(&error), qPrintable(error));
    db.rollbackWrite();
}

QTEST_GUILESS_MAIN(TestLoad)
#include "tst_loadtest.moc"

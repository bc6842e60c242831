// Database files Hyoka did not leave as it expects: 15 damaged files (cut, scribbled
// header, random bytes in pages, text) that are never written to, someone else's SQLite
// file left alone, and an older schema: the backup taken before a migration, and
// `hyoka restore` putting it back. The imports run in the real `hyoka` executable; the
// checks open the database in this process.
#include "flagstore.h"
#include "recordstore.h"
#include "reviewdatabase.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "robustnessfixture.h"

using namespace Hyoka;
using namespace Hyoka::TestSupport;

class tst_DatabaseFiles : public QObject, private RobustnessFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void damagedDatabase_data();
    void damagedDatabase();
    void foreignDatabaseLeftAlone();
    void backupBeforeMigrationAndRestore();
};

void tst_DatabaseFiles::initTestCase()
{
    prepare();
}


void tst_DatabaseFiles::damagedDatabase_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("seed");
    QTest::newRow("truncated to half") << QStringLiteral("half") << 0;
    QTest::newRow("truncated inside page 1") << QStringLiteral("short") << 0;
    QTest::newRow("truncated to one page") << QStringLiteral("page") << 0;
    QTest::newRow("header overwritten") << QStringLiteral("header") << 0;
    QTest::newRow("header zeroed") << QStringLiteral("zeroes") << 0;
    QTest::newRow("schema page scribbled") << QStringLiteral("schema") << 1;
    for (int seed = 1; seed <= 8; ++seed)
        QTest::addRow("random bytes in pages %d", seed) << QStringLiteral("pages") << seed;
    QTest::newRow("text file") << QStringLiteral("text") << 0;
}

// A damaged file never crashes the program and is never written to: not by opening it
// (in this process and in `hyoka`), not by exporting from it, and not by importing
// into it when it cannot be opened.
void tst_DatabaseFiles::damagedDatabase()
{
    QFETCH(QString, damage);
    QFETCH(int, seed);
    const QString path = m_dir.filePath(QStringLiteral("damaged-%1-%2.sqlite").arg(damage).arg(seed));
    makeFlaggedDatabase(path);
    {
        ReviewDatabase db; // some records of the seed too, for more pages
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QVERIFY(RecordStore(db).importFile(m_seed).ok);
    }
    QByteArray bytes = fileBytes(path);
    QVERIFY(bytes.size() > 8 * 4096);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QRandomGenerator random { quint32(seed) };
    if (damage == u"half") {
        bytes.truncate(bytes.size() / 2 + 123);
    } else if (damage == u"short") {
        bytes.truncate(2000);
    } else if (damage == u"page") {
        bytes.truncate(4096);
    } else if (damage == u"header") {
        bytes.replace(0, 100, QByteArray(100, 'X'));
    } else if (damage == u"zeroes") {
        bytes.replace(0, 16, QByteArray(16, '\0'));
    } else if (damage == u"schema") {
        for (int i = 100; i < 4096; ++i)
            bytes[i] = char(random.bounded(256));
    } else if (damage == u"pages") {
        // A few runs of random bytes anywhere after the first page.
        for (int k = 0; k < 6; ++k) {
            const qsizetype at = 4096 + random.bounded(bytes.size() - 4096 - 600);
            for (int i = 0; i < 512; ++i)
                bytes[at + i] = char(random.bounded(256));
        }
    } else if (damage == u"text") {
        bytes = "This is not a database.\n";
    }
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), bytes.size());
    }
    const QDateTime mtime = QDateTime::currentDateTimeUtc().addSecs(-3600);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(mtime, QFileDevice::FileModificationTime));
    }
    auto unchanged = [&](const char *after) {
        QVERIFY2(fileBytes(path) == bytes, after);
        QCOMPARE(QFileInfo(path).lastModified().toUTC(), mtime);
        QVERIFY2(!QFileInfo::exists(path + QStringLiteral("-wal"))
                         || QFileInfo(path + QStringLiteral("-wal")).size() == 0,
                 after);
    };

    // In this process.
    bool opened = false;
    {
        ReviewDatabase db;
        QString error;
        opened = db.open(path, &error);
        if (!opened) {
            QVERIFY2(error.startsWith(path), qPrintable(error));
            QVERIFY2(!error.contains(u'\n') || error.contains(u"backup"), qPrintable(error));
        } else {
            // Reading what can be read must not crash either.
            RecordStore(db).forEachRecord([](const Record &) { return true; });
            FlagStore(db).allFlags();
        }
    }
    unchanged("open in this process");

    // In the executable: exporting reads only, and a failed export leaves the previous
    // export file as it was.
    const QString json = path + QStringLiteral(".json");
    {
        QFile f(json);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("previous export");
    }
    const Run exported = hyoka({ QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--format"),
                                 QStringLiteral("json"), QStringLiteral("-o"), json });
    QVERIFY2(!exported.crashed, exported.err.constData());
    QVERIFY(exported.exitCode == 0 || exported.exitCode == 1);
    if (exported.exitCode != 0) {
        QVERIFY2(exported.err.contains(path.toUtf8()), exported.err.constData());
        QCOMPARE(fileBytes(json), QByteArray("previous export"));
    }
    unchanged("hyoka export");

    // An import into a file that cannot be opened is refused before any write.
    if (!opened) {
        const Run imported = hyoka({ QStringLiteral("import"), m_seed, QStringLiteral("--db"), path });
        QVERIFY2(!imported.crashed, imported.err.constData());
        QCOMPARE(imported.exitCode, 1);
        QVERIFY2(imported.err.contains(path.toUtf8()), imported.err.constData());
        unchanged("hyoka import");
    } else {
        // Whatever the import does to a file whose damage hides from opening, it ends
        // with a message, not a crash.
        const Run imported = hyoka({ QStringLiteral("import"), m_seed, QStringLiteral("--db"), path });
        QVERIFY2(!imported.crashed, imported.err.constData());
    }
    qInfo("%s: %s", qPrintable(damage), opened ? "opened (damage not in what opening reads)" : "refused");
}

void tst_DatabaseFiles::foreignDatabaseLeftAlone()
{
    const QString path = m_dir.filePath(QStringLiteral("foreign.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, url TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO bookmarks (url) VALUES ('https://example.org')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray bytes = fileBytes(path);
    ReviewDatabase db;
    QString error;
    QVERIFY(!db.open(path, &error));
    QVERIFY2(error.contains(u"not a Hyoka database"), qPrintable(error));
    QCOMPARE(fileBytes(path), bytes);
    const Run r = hyoka({ QStringLiteral("import"), m_seed, QStringLiteral("--db"), path });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(fileBytes(path), bytes);
}

void tst_DatabaseFiles::backupBeforeMigrationAndRestore()
{
    const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
    makeFlaggedDatabase(path);
    // Turn it back into a version-1 database: no review tables, no v2 column.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QStringList statements;
        // Whatever indexes version 2 puts on its column go first.
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index'"
                                      " AND sql LIKE '%min_ratio_same_unit%'")));
        while (q.next())
            statements << QStringLiteral("DROP INDEX ") + q.value(0).toString();
        // …version 4's tables (their indexes go with them)…
        statements << QStringLiteral("DROP TABLE project_links") << QStringLiteral("DROP TABLE project_aliases")
                   << QStringLiteral("DROP TABLE organisation_renames");
        // …and version 3's tables, indexes and columns.
        statements << QStringLiteral("DROP INDEX records_division") << QStringLiteral("DROP INDEX records_rating")
                   << QStringLiteral("DROP TABLE amounts") << QStringLiteral("DROP TABLE profiles");
        for (const char *column : { "division", "rating_label", "rating_rank", "rating_ranks", "rating_scale",
                                    "rating_grades", "source_file", "source_sheet", "source_page", "has_code" })
            statements << QStringLiteral("ALTER TABLE records DROP COLUMN ") + QString::fromLatin1(column);
        statements << QStringLiteral("ALTER TABLE indicators DROP COLUMN actual_year")
                   << QStringLiteral("ALTER TABLE indicators DROP COLUMN target_year");
        statements << QStringLiteral("DROP TABLE IF EXISTS flags") << QStringLiteral("DROP TABLE IF EXISTS audit_log")
                   << QStringLiteral("DROP TABLE IF EXISTS settings")
                   << QStringLiteral("ALTER TABLE records DROP COLUMN min_ratio_same_unit")
                   << QStringLiteral("UPDATE schema_info SET version = 1");
        for (const QString &sql : std::as_const(statements))
            QVERIFY2(q.exec(sql), qPrintable(sql + u' ' + q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
    QVERIFY(ReviewDatabase::availableBackups(path).isEmpty());

    // Opening migrates, after a backup.
    QString backupPath;
    {
        ReviewDatabase db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), ReviewDatabase::currentSchemaVersion);
        backupPath = db.migrationBackupPath();
        QVERIFY(!backupPath.isEmpty());
    }
    const QList<DatabaseBackup> backups = ReviewDatabase::availableBackups(path);
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().path, backupPath);
    QCOMPARE(backups.first().fromVersion, 1);
    QVERIFY(qAbs(backups.first().createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);

    // The upgraded file is damaged: opening fails and names the backup, in this
    // process and on the command line.
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.write(QByteArray(100, '\0'));
    }
    {
        ReviewDatabase db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(backupPath), qPrintable(error));
    }
    // A file cut to nothing next to a backup is not taken for a new, empty database.
    const QByteArray damaged = fileBytes(path);
    {
        QFile f(path);
        QVERIFY(f.resize(0));
        ReviewDatabase db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(backupPath), qPrintable(error));
        QCOMPARE(QFileInfo(path).size(), 0);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(damaged);
    }
    const Run failed = hyoka({ QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--format"),
                               QStringLiteral("json") });
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains(backupPath.toUtf8()), failed.err.constData());
    QVERIFY2(failed.err.contains("hyoka restore"), failed.err.constData());

    // A damaged backup is refused, and nothing is moved.
    const QString badBackup = path + QStringLiteral(".v1-backup-20200101T000000Z.sqlite");
    {
        QFile f(badBackup);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
    }
    QString error;
    QVERIFY(!ReviewDatabase::restoreBackup(path, badBackup, &error));
    QVERIFY2(error.contains(badBackup), qPrintable(error));
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(QFile::remove(badBackup));

    // `hyoka restore` puts the newest backup back and keeps the damaged file.
    const Run restored = hyoka({ QStringLiteral("restore"), QStringLiteral("--db"), path });
    QVERIFY2(restored.exitCode == 0, restored.err.constData());
    QVERIFY(QFileInfo::exists(backupPath));
    const QStringList kept = QDir(m_dir.path()).entryList({ QStringLiteral("old.sqlite.damaged-*.sqlite") });
    QCOMPARE(kept.size(), 1);
    {
        ReviewDatabase db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), ReviewDatabase::currentSchemaVersion);
        QCOMPARE(RecordStore(db).recordCount().value_or(-1), qint64(baseRecords));
    }
    QCOMPARE(inspect(path).integrity, QStringLiteral("ok"));

    // The core call alone, too: restore the version-1 copy over a good file.
    QString keptAs;
    QVERIFY2(ReviewDatabase::restoreBackup(path, backupPath, &error, &keptAs), qPrintable(error));
    QVERIFY(QFileInfo::exists(keptAs));
    QCOMPARE(fileBytes(path).size(), fileBytes(backupPath).size());
}

QTEST_GUILESS_MAIN(tst_DatabaseFiles)
#include "tst_databasefiles.moc"

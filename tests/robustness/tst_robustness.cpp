// Crash safety (issue 8): SIGKILL at random moments of a 100,000-record import into a
// database that holds flags; a full disk under exports and imports; damaged database
// files; the backup taken before a schema migration, and putting it back.
//
// The imports run in the real `hyoka` executable; the checks open the database in
// this process. A full disk is a 1 MiB tmpfs when this process may mount one (root in
// CI), and otherwise a file-size limit (RLIMIT_FSIZE, with SIGXFSZ ignored so that
// writes fail with EFBIG) on the child.
#include "flagstore.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "searchtokenizer.h"

#include <algorithm>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include "sanitizer.h"

using namespace Hyoka;

namespace {

constexpr int importRecords = 100000;
constexpr int baseRecords = 200;
constexpr int flaggedRecords = 40;

// Rows of the evaluation table as a CSV file; codes from `firstCode` on.
void writeCsv(const QString &path, int firstCode, int count, int year)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray chunk = "事務事業コード,事務事業名,年度,局名,サービス分類,予算額,決算額,事業の達成度,主な取組の実績\n";
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        chunk += QByteArray::number(firstCode + i) + ",事業" + n + " の 推進," + QByteArray::number(year)
                + ",局" + QByteArray::number(i % 17) + ",その他," + QByteArray::number(1000 + i % 997) + ","
                + QByteArray::number(900 + i % 1013) + "," + QByteArray::number(1 + i % 5)
                + ",\"●利用者数 " + QByteArray::number(100 + i % 300) + "人※目標 "
                + QByteArray::number(200 + i % 50) + "人以上\n●説明 " + n + "\"\n";
        if (chunk.size() > 1 << 20) {
            QCOMPARE(f.write(chunk), chunk.size());
            chunk.clear();
        }
    }
    QCOMPARE(f.write(chunk), chunk.size());
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What a database holds, read through a plain connection of this process.
struct DatabaseState
{
    QString integrity;
    qint64 records = -1;
    qint64 imports = -1;
    qint64 auditRows = -1;
    qint64 lastImportId = 0;
    qint64 recordsOfLastImport = 0;
    qint64 lastImportCount = 0;
    QString ftsIntegrity; // empty when the full-text index matches the records
    QString error;
};

DatabaseState inspect(const QString &path)
{
    DatabaseState s;
    const QString name = QStringLiteral("inspect");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            s.error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                s.integrity = q.value(0).toString();
            else
                s.error = q.lastError().text();
            auto one = [&](const QString &sql) -> qint64 {
                if (q.exec(sql) && q.next())
                    return q.value(0).toLongLong();
                s.error += sql + u' ' + q.lastError().text();
                return -1;
            };
            s.records = one(QStringLiteral("SELECT count(*) FROM records"));
            s.imports = one(QStringLiteral("SELECT count(*) FROM imports"));
            s.auditRows = one(QStringLiteral("SELECT count(*) FROM audit_log"));
            s.lastImportId = one(QStringLiteral("SELECT coalesce(max(id), 0) FROM imports"));
            s.recordsOfLastImport = one(
                    QStringLiteral("SELECT count(*) FROM records WHERE import_id = %1").arg(s.lastImportId));
            s.lastImportCount = one(QStringLiteral("SELECT coalesce(max(record_count), 0) FROM imports"
                                                   " WHERE id = %1")
                                            .arg(s.lastImportId));
            // FTS5 compares its index with the records table (changes nothing).
            if (db.tables().contains(QStringLiteral("records_fts"))
                && !q.exec(QStringLiteral("INSERT INTO records_fts (records_fts) VALUES ('integrity-check')")))
                s.ftsIntegrity = q.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return s;
}

// A flag with text that must come back byte for byte.
Flag flagFor(int i)
{
    Flag f;
    f.status = i % 3 == 0 ? QStringLiteral("reviewed") : QStringLiteral("flagged");
    f.reason = QStringLiteral("other");
    f.reasonText = QStringLiteral("理由 %1 'quoted' \"double\"").arg(i);
    f.note = QStringLiteral("メモ %1\n二行目 🎌 ; DROP TABLE flags; --").arg(i);
    f.reviewer = QStringLiteral("reviewer%1").arg(i % 4);
    return f;
}

} // namespace

class tst_Robustness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void killDuringImport();
    void fullDiskExport_data();
    void fullDiskExport();
    void fullDiskImport_data();
    void fullDiskImport();
    void fullDiskFlagSave();
    void damagedDatabase_data();
    void damagedDatabase();
    void foreignDatabaseLeftAlone();
    void backupBeforeMigrationAndRestore();

private:
    struct Run
    {
        int exitCode = -1;
        bool crashed = false;
        QByteArray err;
    };
    // Runs hyoka; `fileSizeLimit` > 0 runs it under RLIMIT_FSIZE with SIGXFSZ ignored.
    Run hyoka(const QStringList &args, qint64 fileSizeLimit = 0);
    QProcessEnvironment childEnvironment() const;
    // A database with base records and flags (closed, checkpointed) at `path`.
    void makeFlaggedDatabase(const QString &path);
    void verifyFlags(const QString &path);
    bool mountSmallTmpfs(const QString &dir);
    // Fills the file system holding `dir` to the last byte.
    void fillDisk(const QString &dir);

    QTemporaryDir m_dir;
    QString m_bigCsv;
    QString m_smallCsv;
    QString m_seed;
    QHash<FlagStore::Key, Flag> m_flags;
    QString m_template;     // a closed database with base records and flags
    QString m_tmpfs;        // mounted 1 MiB tmpfs, or empty
    bool m_triedMount = false;
};

QProcessEnvironment tst_Robustness::childEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/data")));
    env.insert(QStringLiteral("TMPDIR"), m_dir.filePath(QStringLiteral("tmp")));
    return env;
}

tst_Robustness::Run tst_Robustness::hyoka(const QStringList &args, qint64 fileSizeLimit)
{
    QProcess p;
    p.setProcessEnvironment(childEnvironment());
    p.setStandardOutputFile(QProcess::nullDevice());
    if (fileSizeLimit > 0) {
        // An ignored signal stays ignored across exec: the limit makes write() fail
        // with EFBIG instead of killing the process.
        p.setProgram(QStringLiteral("/bin/sh"));
        p.setArguments(QStringList { QStringLiteral("-c"),
                                     QStringLiteral("trap '' XFSZ; exec prlimit --fsize=%1 \"$@\"")
                                             .arg(fileSizeLimit),
                                     QStringLiteral("sh"), QStringLiteral(HYOKA_BINARY) }
                       + args);
    } else {
        p.setProgram(QStringLiteral(HYOKA_BINARY));
        p.setArguments(args);
    }
    p.start();
    Run r;
    if (!p.waitForFinished(600000)) {
        p.kill();
        p.waitForFinished();
        r.crashed = true;
        return r;
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.err = p.readAllStandardError();
    return r;
}

void tst_Robustness::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The test's own connections check and rewrite the search index (docs/search.md).
    SearchTokenizer::registerForEveryConnection();
    for (const char *sub : { "home", "tmp" })
        QVERIFY(QDir(m_dir.path()).mkpath(QString::fromLatin1(sub)));
    QVERIFY(QFileInfo::exists(QStringLiteral(HYOKA_BINARY)));
    m_seed = QStringLiteral(HYOKA_SEED_FILE);
    m_bigCsv = m_dir.filePath(QStringLiteral("import100k.csv"));
    writeCsv(m_bigCsv, 30000000, importRecords, 2021);
    m_smallCsv = m_dir.filePath(QStringLiteral("base.csv"));
    writeCsv(m_smallCsv, 10000000, baseRecords, 2020);
    for (int i = 0; i < flaggedRecords; ++i)
        m_flags.insert({ 2020, QString::number(10000000 + i * 5) }, flagFor(i));
    const QString templatePath = m_dir.filePath(QStringLiteral("template.sqlite"));
    makeFlaggedDatabase(templatePath);
    m_template = templatePath;
}

void tst_Robustness::cleanupTestCase()
{
    if (!m_tmpfs.isEmpty())
        QProcess::execute(QStringLiteral("umount"), { m_tmpfs });
}

void tst_Robustness::makeFlaggedDatabase(const QString &path)
{
    // Built once, then copied: a closed database is one file.
    if (!m_template.isEmpty()) {
        QVERIFY(QFile::copy(m_template, path));
        return;
    }
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    RecordStore store(db);
    const ImportResult r = store.importFile(m_smallCsv);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(store.recordCount(), qint64(baseRecords));
    FlagStore flags(db);
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it) {
        const FlagStore::SetResult set = flags.setFlag(it.key().first, it.key().second, it.value(), 0);
        QVERIFY2(set.outcome == FlagStore::Outcome::Saved, qPrintable(set.error));
    }
    db.close(); // the last connection checkpoints the WAL into the file
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
}

void tst_Robustness::verifyFlags(const QString &path)
{
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    const QHash<FlagStore::Key, Flag> stored = FlagStore(db).allFlags();
    QCOMPARE(stored.size(), m_flags.size());
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it) {
        QVERIFY2(stored.contains(it.key()), qPrintable(it.key().second));
        const Flag &f = stored.value(it.key());
        QVERIFY2(f.sameContent(it.value()), qPrintable(it.key().second));
        QCOMPARE(f.version, 1);
    }
}

void tst_Robustness::killDuringImport()
{
    // An AddressSanitizer build imports about five times slower (a kill there takes
    // about 38 s): four kills (it looks for memory errors); the normal build makes all 50.
#ifdef HYOKA_TEST_ASAN
    int kills = 4;
#else
    int kills = 50;
#endif
    if (qEnvironmentVariableIntValue("HYOKA_ROBUSTNESS_KILLS") > 0)
        kills = qEnvironmentVariableIntValue("HYOKA_ROBUSTNESS_KILLS");
    const QString path = m_dir.filePath(QStringLiteral("killed.sqlite"));
    makeFlaggedDatabase(path);
    const DatabaseState base = inspect(path);
    QCOMPARE(base.integrity, QStringLiteral("ok"));
    QCOMPARE(base.records, qint64(baseRecords));

    // How long a whole import takes here, on a copy: the kills fall within it.
    const QString calibration = m_dir.filePath(QStringLiteral("calibration.sqlite"));
    makeFlaggedDatabase(calibration);
    QElapsedTimer timer;
    timer.start();
    const Run whole = hyoka({ QStringLiteral("import"), m_bigCsv, QStringLiteral("--db"), calibration });
    const qint64 importMs = timer.elapsed();
    QVERIFY2(!whole.crashed && whole.exitCode == 0, whole.err.constData());
    const DatabaseState imported = inspect(calibration);
    QCOMPARE(imported.integrity, QStringLiteral("ok"));
    QVERIFY2(imported.ftsIntegrity.isEmpty(), qPrintable(imported.ftsIntegrity));
    QCOMPARE(imported.records, qint64(baseRecords + importRecords));
    QCOMPARE(imported.recordsOfLastImport, qint64(importRecords));
    verifyFlags(calibration);
    qInfo("a whole import of %d records takes %lld ms", importRecords, importMs);

    QRandomGenerator random { quint32(QDateTime::currentMSecsSinceEpoch()) };
    int killedMidway = 0;
    int committed = 0;
    // The machine may be busier during the calibration than later: a run that
    // finishes before its kill narrows the window to its own duration, so that the
    // kills keep landing inside the import.
    qint64 window = importMs + importMs / 10;
    for (int i = 0; i < kills; ++i) {
        const int delay = int(random.bounded(window));
        QElapsedTimer runTimer;
        runTimer.start();
        QProcess p;
        p.setProcessEnvironment(childEnvironment());
        p.setStandardOutputFile(QProcess::nullDevice());
        p.setStandardErrorFile(QProcess::nullDevice());
        p.start(QStringLiteral(HYOKA_BINARY), { QStringLiteral("import"), m_bigCsv, QStringLiteral("--db"), path });
        QVERIFY(p.waitForStarted());
        if (!p.waitForFinished(delay)) {
            ::kill(pid_t(p.processId()), SIGKILL);
            QVERIFY(p.waitForFinished(30000));
        }
        const bool killed = p.exitStatus() == QProcess::CrashExit;
        if (!killed) {
            QCOMPARE(p.exitCode(), 0);
            window = std::max<qint64>(1, std::min(window, runTimer.elapsed()));
        }

        // The database opens, is whole, and holds the import entirely or not at all.
        const QString when = QStringLiteral("kill %1 after %2 ms: ").arg(i).arg(delay);
        const DatabaseState s = inspect(path);
        QVERIFY2(s.error.isEmpty(), qPrintable(when + s.error));
        QVERIFY2(s.integrity == u"ok", qPrintable(when + s.integrity));
        QVERIFY2(s.ftsIntegrity.isEmpty(), qPrintable(when + s.ftsIntegrity));
        QCOMPARE(s.auditRows, base.auditRows);
        verifyFlags(path);
        if (s.imports == base.imports) {
            QVERIFY2(s.records == baseRecords, qPrintable(when + QString::number(s.records)));
            QVERIFY(killed);
            ++killedMidway;
        } else {
            // Committed: every record of the file is there, carrying this import.
            QCOMPARE(s.imports, base.imports + 1);
            QVERIFY2(s.records == baseRecords + importRecords, qPrintable(when + QString::number(s.records)));
            QCOMPARE(s.recordsOfLastImport, qint64(importRecords));
            QCOMPARE(s.lastImportCount, qint64(importRecords));
            ++committed;
            // Back to the database before the import, for the next kill.
            for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
                QFile::remove(path + suffix);
            makeFlaggedDatabase(path);
        }
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("%d runs: %d killed before their commit, %d committed", kills, killedMidway, committed);
    // The kills must mostly land inside the import to prove anything.
    QVERIFY(killedMidway >= kills / 2);
}

bool tst_Robustness::mountSmallTmpfs(const QString &dir)
{
    if (!m_triedMount) {
        m_triedMount = true;
        QDir().mkpath(dir);
        QProcess mount;
        mount.start(QStringLiteral("mount"), { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                               QStringLiteral("size=1m"), QStringLiteral("tmpfs"), dir });
        if (mount.waitForFinished(10000) && mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0)
            m_tmpfs = dir;
    }
    return !m_tmpfs.isEmpty();
}

void tst_Robustness::fillDisk(const QString &dir)
{
    QFile filler(dir + QStringLiteral("/filler"));
    QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered));
    const QByteArray block(4096, 'f');
    while (filler.write(block) == block.size()) { }
    const QByteArray byte(1, 'f');
    while (filler.write(byte) == 1) { }
}

void tst_Robustness::fullDiskExport_data()
{
    QTest::addColumn<bool>("tmpfs");
    QTest::addColumn<QString>("format");
    for (const bool tmpfs : { true, false }) {
        for (const char *format : { "json", "csv", "xlsx" })
            QTest::addRow("%s %s", tmpfs ? "tmpfs" : "file-size limit", format)
                    << tmpfs << QString::fromLatin1(format);
    }
}

void tst_Robustness::fullDiskExport()
{
    QFETCH(bool, tmpfs);
    QFETCH(QString, format);
    QString dir = m_dir.filePath(QStringLiteral("full"));
    qint64 limit = 0;
    if (tmpfs) {
        if (!mountSmallTmpfs(dir))
            QSKIP("cannot mount a tmpfs here (not root?); the file-size limit rows cover this");
    } else {
        dir = m_dir.filePath(QStringLiteral("limited"));
        QVERIFY(QDir().mkpath(dir));
        limit = 16 * 1024;
    }
    const QString target = dir + QStringLiteral("/out.") + format;
    const QByteArray old = "the previous export, which must survive\n";
    {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(old);
    }
    if (tmpfs)
        fillDisk(dir);
    const QStringList before = QDir(dir).entryList(QDir::Files | QDir::Hidden);

    const Run r = hyoka({ QStringLiteral("export"), m_seed, QStringLiteral("--format"), format,
                          QStringLiteral("-o"), target },
                        limit);
    QVERIFY2(!r.crashed, r.err.constData());
    QVERIFY2(r.exitCode != 0, "an export to a full disk reported success");
    QVERIFY2(r.err.contains(target.toUtf8()) || r.err.contains("cannot write"), r.err.constData());
    QCOMPARE(fileBytes(target), old);
    // No temporary file is left behind.
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), before);
    if (tmpfs)
        QVERIFY(QFile::remove(dir + QStringLiteral("/filler")));
    QVERIFY(QFile::remove(target));
}

void tst_Robustness::fullDiskImport_data()
{
    QTest::addColumn<bool>("tmpfs");
    QTest::newRow("tmpfs") << true;
    QTest::newRow("file-size limit") << false;
}

void tst_Robustness::fullDiskImport()
{
    QFETCH(bool, tmpfs);
    QString dir = m_dir.filePath(QStringLiteral("full"));
    if (tmpfs) {
        if (!mountSmallTmpfs(dir))
            QSKIP("cannot mount a tmpfs here (not root?); the file-size limit row covers this");
    } else {
        dir = m_dir.filePath(QStringLiteral("limited-db"));
        QVERIFY(QDir().mkpath(dir));
    }
    const QString path = dir + QStringLiteral("/review.sqlite");
    makeFlaggedDatabase(path);
    const DatabaseState before = inspect(path);
    QCOMPARE(before.integrity, QStringLiteral("ok"));
    // Files may not grow past 64 KiB: the write-ahead log of the import (and of the flag
    // below) needs more; the database file itself is only read.
    const qint64 limit = tmpfs ? 0 : 64 * 1024;
    if (tmpfs)
        fillDisk(dir);

    const Run r = hyoka({ QStringLiteral("import"), m_bigCsv, QStringLiteral("--db"), path }, limit);
    QVERIFY2(!r.crashed, r.err.constData());
    QVERIFY2(r.exitCode != 0, "an import into a full disk reported success");
    QVERIFY2(!r.err.isEmpty(), "no message");
    qInfo("%s", r.err.trimmed().constData());

    // A flag saved from the command line on the same full disk fails just as clearly.
    const Run flagged = hyoka({ QStringLiteral("flag"), QStringLiteral("--db"), path, QStringLiteral("--year"),
                                QStringLiteral("2020"), QStringLiteral("--code"), QStringLiteral("10000001"),
                                QStringLiteral("--status"), QStringLiteral("flagged"), QStringLiteral("--note"),
                                QString(40000, u'長') }, // 120 KB: under the 128 KiB a single argument may have
                              limit);
    QVERIFY2(!flagged.crashed, flagged.err.constData());
    QVERIFY2(flagged.exitCode != 0, "a flag saved to a full disk reported success");
    QVERIFY2(!flagged.err.isEmpty(), "no message");

    if (tmpfs)
        QVERIFY(QFile::remove(dir + QStringLiteral("/filler")));
    const DatabaseState after = inspect(path);
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    QCOMPARE(after.integrity, QStringLiteral("ok"));
    QCOMPARE(after.records, before.records);
    QCOMPARE(after.imports, before.imports);
    verifyFlags(path);
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}

void tst_Robustness::fullDiskFlagSave()
{
    const QString dir = m_dir.filePath(QStringLiteral("full"));
    if (!mountSmallTmpfs(dir))
        QSKIP("cannot mount a tmpfs here (not root?)");
    const QString path = dir + QStringLiteral("/flags.sqlite");
    makeFlaggedDatabase(path);
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    fillDisk(dir);
    Flag big = flagFor(999);
    big.note = QString(300000, u'長');
    const FlagStore::SetResult r = FlagStore(db).setFlag(2020, QStringLiteral("10000001"), big, 0);
    QCOMPARE(r.outcome, FlagStore::Outcome::Failed);
    QVERIFY(!r.error.isEmpty());
    db.close();
    QVERIFY(QFile::remove(dir + QStringLiteral("/filler")));
    QCOMPARE(inspect(path).integrity, QStringLiteral("ok"));
    verifyFlags(path);
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}

void tst_Robustness::damagedDatabase_data()
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
void tst_Robustness::damagedDatabase()
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

void tst_Robustness::foreignDatabaseLeftAlone()
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

void tst_Robustness::backupBeforeMigrationAndRestore()
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
        QCOMPARE(RecordStore(db).recordCount(), qint64(baseRecords));
    }
    QCOMPARE(inspect(path).integrity, QStringLiteral("ok"));

    // The core call alone, too: restore the version-1 copy over a good file.
    QString keptAs;
    QVERIFY2(ReviewDatabase::restoreBackup(path, backupPath, &error, &keptAs), qPrintable(error));
    QVERIFY(QFileInfo::exists(keptAs));
    QCOMPARE(fileBytes(path).size(), fileBytes(backupPath).size());
}

QTEST_GUILESS_MAIN(tst_Robustness)
#include "tst_robustness.moc"

// Crash safety (issue 8): SIGKILL at random moments of a 100,000-record import into a
// database that holds flags, and a full disk under exports, imports and flag saves.
// Damaged database files and the backup before a migration are in tst_databasefiles.
//
// The imports run in the real `hyoka` executable; the checks open the database in
// this process. A full disk is a 1 MiB tmpfs when this process may mount one (root in
// CI), and otherwise a file-size limit (RLIMIT_FSIZE, with SIGXFSZ ignored so that
// writes fail with EFBIG) on the child.
#include "flagstore.h"
#include "recordstore.h"
#include "reviewdatabase.h"

#include <algorithm>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include "robustnessfixture.h"
#include "sanitizer.h"

using namespace Hyoka;
using namespace Hyoka::TestSupport;

namespace {

constexpr int importRecords = 100000;

} // namespace

class tst_Robustness : public QObject, private RobustnessFixture
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

private:
    void verifyFlags(const QString &path);
    bool mountSmallTmpfs(const QString &dir);
    // Fills the file system holding `dir` to the last byte.
    void fillDisk(const QString &dir);

    QString m_bigCsv;
    QString m_tmpfs;        // mounted 1 MiB tmpfs, or empty
    bool m_triedMount = false;
};

void tst_Robustness::initTestCase()
{
    prepare();
    m_bigCsv = m_dir.filePath(QStringLiteral("import100k.csv"));
    writeCsv(m_bigCsv, 30000000, importRecords, 2021);
}


void tst_Robustness::cleanupTestCase()
{
    if (!m_tmpfs.isEmpty())
        QProcess::execute(QStringLiteral("umount"), { m_tmpfs });
}

void tst_Robustness::verifyFlags(const QString &path)
{
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    const QHash<FlagStore::Key, Flag> stored = *FlagStore(db).allFlags();
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

QTEST_GUILESS_MAIN(tst_Robustness)
#include "tst_robustness.moc"

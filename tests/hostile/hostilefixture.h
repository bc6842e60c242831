// What the hostile-input tests share (tst_hostile, tst_hostilevalues): the bounds on the
// child's time and peak memory, the real `hyoka` run through a fork-and-wait4 wrapper
// (this test executable run as `--peak-rss-of PROGRAM ARGS...`) in a private HOME, and
// the check that nothing was written outside the test's temporary directory.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <cstring>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sanitizer.h"

namespace Hyoka::TestSupport {


constexpr qint64 MiB = 1024 * 1024;
// The product bound. An AddressSanitizer build adds shadow memory and a quarantine
// of freed blocks on top of what the program itself uses, so there the bound is
// the product's plus that allowance.
#ifdef HYOKA_TEST_ASAN
constexpr qint64 peakRssLimit = 512 * MiB + 512 * MiB;
constexpr int timeLimitMs = 240000;
#else
constexpr qint64 peakRssLimit = 512 * MiB;
constexpr int timeLimitMs = 60000;
#endif

inline const QByteArray csvHeader = "事務事業コード,事務事業名,年度,局名\n";
inline const QByteArray mdTable = "令和3年度の事務事業の評価結果一覧(こども未来局)\n\n"
                                  "| 番号 | 事務事業コード | 事務事業名 |\n"
                                  "|----|----|----|\n";

// `tst_hostile --peak-rss-of PROGRAM ARGS...`: runs PROGRAM in a child of this small,
// freshly started process and reports the child's peak resident memory on stderr as
// the last line, "peak-rss-kib: N". (QProcess starts children in a way that makes
// the kernel count the parent's memory into the child's figure; a fork of a small
// process does not.) Exits as the child did.
inline int runAndReportPeakRss(char **argv)
{
    const pid_t pid = fork();
    if (pid < 0)
        return 127;
    if (pid == 0) {
        prctl(PR_SET_PDEATHSIG, SIGKILL); // killed with this wrapper on a timeout
        execv(argv[0], argv);
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) < 0)
        return 127;
    std::fprintf(stderr, "\npeak-rss-kib: %ld\n", usage.ru_maxrss);
    std::fflush(stderr);
    if (WIFSIGNALED(status)) {
        signal(WTERMSIG(status), SIG_DFL);
        raise(WTERMSIG(status));
        return 128 + WTERMSIG(status);
    }
    return WEXITSTATUS(status);
}

// The runs and the temporary directory (work/, home/, tmp/, db/) the tests build on; a test
// class derives from it and calls prepare() in its initTestCase().
class HostileFixture
{
protected:
    struct Run
    {
        int exitCode = -1;
        bool crashed = false;
        bool timedOut = false;
        QByteArray err;
        qint64 peakRss = 0;
        qint64 elapsedMs = 0;
    };
    Run hyoka(const QStringList &args);
    // Logs the run of `file`, and checks that it ended in time, without a crash, with
    // `exitCode` and with its peak memory under peakRssLimit; the caller returns when
    // QTest::currentTestFailed().
    static void verifyEnded(const QString &file, const Run &r, int exitCode);
    QString work(const QString &name) const { return m_dir.filePath(QStringLiteral("work/") + name); }
    void write(const QString &name, const QByteArray &bytes);
    // path → size and mtime of every file under the temporary directory.
    QMap<QString, QPair<qint64, qint64>> snapshot() const;
    void verifyNothingWrittenOutside(const QMap<QString, QPair<qint64, qint64>> &before,
                                     const QString &allowedPrefix);
    // The temporary directory and its sub-directories; the `hyoka` binary is there.
    void prepare();

    QTemporaryDir m_dir;
    QStringList m_outsideMarkers; // paths outside the temporary directory that ../x could reach
};

inline void HostileFixture::write(const QString &name, const QByteArray &bytes)
{
    QFile f(work(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

inline void HostileFixture::prepare()
{
    QVERIFY(m_dir.isValid());
    for (const char *sub : { "work", "home", "tmp", "db" })
        QVERIFY(QDir(m_dir.path()).mkpath(QString::fromLatin1(sub)));
    QVERIFY(QFileInfo::exists(QStringLiteral(HYOKA_BINARY)));
}

inline QMap<QString, QPair<qint64, qint64>> HostileFixture::snapshot() const
{
    QMap<QString, QPair<qint64, qint64>> files;
    QDirIterator it(m_dir.path(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        files.insert(info.filePath(),
                     { info.isDir() ? -1 : info.size(), info.lastModified().toMSecsSinceEpoch() });
    }
    return files;
}

inline void HostileFixture::verifyNothingWrittenOutside(const QMap<QString, QPair<qint64, qint64>> &before,
                                              const QString &allowedPrefix)
{
    const auto after = snapshot();
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!allowedPrefix.isEmpty() && it.key().startsWith(allowedPrefix))
            continue;
        if (QFileInfo(it.key()).isDir())
            continue; // a directory's mtime changes when a file in it is added and removed
        QVERIFY2(before.contains(it.key()), qPrintable(QStringLiteral("new file: ") + it.key()));
        QVERIFY2(before.value(it.key()) == it.value(), qPrintable(QStringLiteral("changed: ") + it.key()));
    }
    for (const QString &marker : std::as_const(m_outsideMarkers))
        QVERIFY2(!QFileInfo::exists(marker), qPrintable(QStringLiteral("written: ") + marker));
}

inline void HostileFixture::verifyEnded(const QString &file, const Run &r, int exitCode)
{
    qInfo("%s: exit %d in %lld ms, peak %lld MiB", qPrintable(file), r.exitCode, r.elapsedMs,
          r.peakRss / MiB);
    QVERIFY2(!r.timedOut, "took too long");
    QVERIFY2(!r.crashed, qPrintable(QString::fromUtf8(r.err).right(3000)));
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.peakRss > 0 && r.peakRss < peakRssLimit,
             qPrintable(QString::number(r.peakRss / MiB) + QStringLiteral(" MiB")));
}

inline HostileFixture::Run HostileFixture::hyoka(const QStringList &args)
{
    QProcess p;
    p.setProgram(QCoreApplication::applicationFilePath());
    p.setArguments(QStringList { QStringLiteral("--peak-rss-of"), QStringLiteral(HYOKA_BINARY) } + args);
    p.setWorkingDirectory(m_dir.filePath(QStringLiteral("work")));
    // `check` prints its warnings on stdout, errors go to stderr: read them as one.
    p.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = m_dir.filePath(QStringLiteral("home"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("TMPDIR"), m_dir.filePath(QStringLiteral("tmp")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
#ifdef HYOKA_TEST_ASAN
    // Keep the quarantine of freed blocks small so that the peak says something.
    env.insert(QStringLiteral("ASAN_OPTIONS"),
               env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":quarantine_size_mb=16"));
#endif
    p.setProcessEnvironment(env);

    Run r;
    QElapsedTimer timer;
    timer.start();
    p.start();
    if (!p.waitForFinished(timeLimitMs)) {
        r.timedOut = true;
        p.kill();
        p.waitForFinished();
    }
    r.elapsedMs = timer.elapsed();
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.err = p.readAll();
    const qsizetype at = r.err.lastIndexOf("\npeak-rss-kib: ");
    if (at >= 0) {
        r.peakRss = r.err.mid(at + 15).trimmed().toLongLong() * 1024;
        r.err.truncate(at);
    } else {
        r.peakRss = -1; // no report: the wrapper itself failed
    }
    return r;
}

} // namespace Hyoka::TestSupport

// main() of a hostile-input test: as `--peak-rss-of PROGRAM ARGS...` the wrapper above,
// otherwise the tests of `TestClass`.
#define HYOKA_HOSTILE_TEST_MAIN(TestClass)                                          \
    int main(int argc, char **argv)                                                 \
    {                                                                               \
        if (argc > 2 && std::strcmp(argv[1], "--peak-rss-of") == 0)                 \
            return Hyoka::TestSupport::runAndReportPeakRss(argv + 2);               \
        QCoreApplication app(argc, argv);                                           \
        TestClass test;                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                  \
        return QTest::qExec(&test, argc, argv);                                     \
    }

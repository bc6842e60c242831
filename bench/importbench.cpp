// bench parse / import / importjob: reader throughput and imports into a SQLite file
// or a postgresql:// database (which must exist; it is not emptied first).
#include "benchsupport.h"

#include "importjob.h"
#include "recordreader.h"
#include "recordstore.h"
#include "reviewdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTimer>

#include <sys/resource.h>
#include <time.h>

namespace HyokaBench {

using namespace Hyoka;

static QByteArray figureName(const char *what, const QString &path, const char *unit)
{
    return QByteArray(what) + '.' + QFileInfo(path).suffix().toLatin1() + '.' + unit;
}

// CPU seconds of the whole process (every thread) and of the calling thread.
static double processCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

static double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

static void removeDatabase(const QString &path)
{
    if (ReviewDatabase::isPostgresUrl(path))
        return;
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
}

static qint64 databaseBytes(const QString &path)
{
    if (ReviewDatabase::isPostgresUrl(path)) {
        ReviewDatabase db;
        QString error;
        if (!db.open(path, &error))
            return 0;
        QSqlQuery q(db.database());
        return q.exec(QStringLiteral("SELECT pg_database_size(current_database())")) && q.next()
                ? q.value(0).toLongLong()
                : 0;
    }
    qint64 total = 0;
    for (const char *suffix : { "", "-wal" })
        total += QFileInfo(path + QLatin1String(suffix)).size();
    return total;
}

int parseCommand(const QStringList &args)
{
    if (args.isEmpty())
        return 2;
    const QString path = args.at(0);
    int repeat = 3;
    const qsizetype r = args.indexOf(QStringLiteral("--repeat"));
    if (r >= 0 && r + 1 < args.size())
        repeat = std::max(1, args.at(r + 1).toInt());
    const double mb = double(QFileInfo(path).size()) / 1e6;

    QList<double> seconds;
    CountingSink last;
    for (int i = 0; i < repeat; ++i) {
        CountingSink sink;
        QString error;
        QElapsedTimer t;
        t.start();
        if (!RecordReader::readFile(path, sink, ReadOptions(), &error)) {
            std::fprintf(stderr, "bench parse: %s\n", qPrintable(error));
            return 1;
        }
        seconds.append(double(t.nsecsElapsed()) / 1e9);
        last = sink;
    }
    const double best = *std::min_element(seconds.begin(), seconds.end());
    note(QStringLiteral("%1: %2 MB, %3 records, %4 achievements, %5 indicators, %6 warnings, "
                        "%7 skipped; %8 runs")
                 .arg(path)
                 .arg(mb, 0, 'f', 1)
                 .arg(last.records)
                 .arg(last.achievements)
                 .arg(last.indicators)
                 .arg(last.warnings)
                 .arg(last.skipped)
                 .arg(repeat));
    figure(figureName("parse", path, "seconds_median"), median(seconds), "s");
    figure(figureName("parse", path, "mb_per_s_best"), mb / best, "MB/s");
    figure(figureName("parse", path, "mb_per_s_median"), mb / median(seconds), "MB/s");
    figure(figureName("parse", path, "records_per_s_median"), double(last.records) / median(seconds),
           "records/s");
    return 0;
}

int importCommand(const QStringList &args)
{
    if (args.size() < 2)
        return 2;
    const QString path = args.at(0);
    const QString dbPath = args.at(1);
    removeDatabase(dbPath);

    QElapsedTimer t;
    t.start();
    const double cpuBefore = processCpuSeconds();
    const double threadCpuBefore = threadCpuSeconds();
    ImportResult result;
    {
        ReviewDatabase db;
        QString error;
        if (!db.open(dbPath, &error)) {
            std::fprintf(stderr, "bench import: %s\n", qPrintable(error));
            return 1;
        }
        RecordStore store(db);
        result = store.importFile(path);
        figure(figureName("import", path, "seconds_to_commit"), double(t.nsecsElapsed()) / 1e9, "s");
    }
    // Closing checkpoints the write-ahead log into the file: part of the import's cost.
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    if (!result.ok) {
        std::fprintf(stderr, "bench import: %s\n", qPrintable(result.error));
        return 1;
    }
    note(QStringLiteral("%1 → %2: %3 records, %4 warnings, database %5 MB")
                 .arg(path, ReviewDatabase::withoutPassword(dbPath))
                 .arg(result.inserted + result.updated)
                 .arg(result.warnings.size())
                 .arg(double(databaseBytes(dbPath)) / 1e6, 0, 'f', 1));
    figure(figureName("import", path, "seconds"), seconds, "s");
    // The import reads and hashes on two threads of its own; the calling thread writes.
    figure(figureName("import", path, "cpu_seconds_all_threads"), processCpuSeconds() - cpuBefore, "s");
    figure(figureName("import", path, "cpu_seconds_writing_thread"), threadCpuSeconds() - threadCpuBefore,
           "s");
    figure(figureName("import", path, "records_per_s"), (result.inserted + result.updated) / seconds,
           "records/s");
    figure(figureName("import", path, "peak_rss_mb"), double(procStatusKiB("VmHWM")) / 1024, "MB");
    return 0;
}

// Runs the window's ImportJob (worker thread) while the GUI thread ticks a 1 ms timer
// and a progress slot, the way the window runs: the longest gap between two ticks is
// how long the GUI thread was blocked.
int importJobCommand(const QStringList &args)
{
    if (args.size() < 2)
        return 2;
    const QString path = args.at(0);
    const QString dbPath = args.at(1);
    removeDatabase(dbPath);
    {
        // The database exists (and is migrated) before the import, as in the window.
        ReviewDatabase db;
        QString error;
        if (!db.open(dbPath, &error)) {
            std::fprintf(stderr, "bench importjob: %s\n", qPrintable(error));
            return 1;
        }
    }

    ImportJob job(dbPath, { path });
    QElapsedTimer total, sinceTick;
    qint64 maxGapNs = 0;
    int gapsOver100ms = 0;
    int progressSignals = 0;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 gap = sinceTick.nsecsElapsed();
        maxGapNs = std::max(maxGapNs, gap);
        if (gap > 100'000'000)
            ++gapsOver100ms;
        sinceTick.restart();
    });
    QObject::connect(&job, &ImportJob::progressChanged, [&](int, qint64, qint64) { ++progressSignals; });
    QObject::connect(&job, &ImportJob::finished, qApp, &QCoreApplication::quit);
    total.start();
    sinceTick.start();
    ticker.start();
    job.start();
    QCoreApplication::exec();
    ticker.stop();
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    note(QStringLiteral("%1: %2 records imported on the worker, %3 progress signals, %4 errors")
                 .arg(path)
                 .arg(job.importedCount())
                 .arg(progressSignals)
                 .arg(job.errors().size()));
    figure(figureName("importjob", path, "seconds"), seconds, "s");
    figure(figureName("importjob", path, "gui_max_blocked_ms"), double(maxGapNs) / 1e6, "ms");
    figure(figureName("importjob", path, "gui_blocks_over_100ms"), gapsOver100ms, "count");
    return job.errors().isEmpty() ? 0 : 1;
}

} // namespace HyokaBench

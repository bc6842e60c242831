#pragma once

#include "recordsink.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>

// Shared by the bench commands: figures printed one per line as
//   FIGURE <name> <value> <unit>
// so that tools/bench.sh (and a reader) can pick them out; memory read from
// /proc/self/status; a sink that counts instead of keeping records.
namespace HyokaBench {

inline void figure(const QByteArray &name, double value, const char *unit)
{
    std::printf("FIGURE %-44s %12.3f %s\n", name.constData(), value, unit);
    std::fflush(stdout);
}

inline void note(const QString &text)
{
    std::printf("  %s\n", qPrintable(text));
    std::fflush(stdout);
}

// A field of /proc/self/status in KiB (VmRSS, VmHWM); 0 where there is none.
qint64 procStatusKiB(const char *field);

// Milliseconds with a fraction, for short timings.
inline double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Counts what a reader produces and drops it: parsing a million records must not
// measure the memory of keeping them.
class CountingSink : public Hyoka::RecordSink
{
public:
    bool addRecord(Hyoka::Record &&record) override
    {
        ++records;
        achievements += record.achievements.size();
        indicators += record.indicators.size();
        return true;
    }
    void addWarning(const Hyoka::ImportWarning &) override { ++warnings; }
    void rowSkipped() override { ++skipped; }

    qint64 records = 0;
    qint64 achievements = 0;
    qint64 indicators = 0;
    qint64 warnings = 0;
    qint64 skipped = 0;
};

// The commands (one per source file).
int parseCommand(const QStringList &args);
int importCommand(const QStringList &args);
int importJobCommand(const QStringList &args);
int gridCommand(const QStringList &args);
int pdfCommand(const QStringList &args);
int yearsCommand(const QStringList &args);
int scalesCommand(const QStringList &args);

} // namespace HyokaBench

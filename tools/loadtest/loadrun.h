#pragma once

// The load test of docs/robustness.md ("Many reviewers at once"): N reviewers, each a
// loop of real `hyoka flag … --expect-version V` processes on overlapping records,
// while `hyoka import` re-imports the seed; afterwards the database is checked.
// Shared by tools/loadtest (the full run, tools/loadtest.sh) and tests/loadtest.
#include <QString>
#include <QStringList>

namespace Hyoka::LoadTest {

struct Options
{
    QString db;          // SQLite file or postgresql:// URL (already holding the seed)
    QString hyoka;       // the hyoka executable
    QString importFile;  // re-imported again and again while the reviewers work
    int reviewers = 8;
    int changesEach = 30;
    int hotRecords = 10; // the reviewers choose among this many records (overlap)
};

struct Report
{
    QStringList problems; // empty when every check passed
    int attempts = 0;
    int accepted = 0;
    int conflicts = 0;
    int imports = 0;
    double seconds = 0;
    double changesPerSecond = 0; // accepted changes per second of wall time
    double p95Milliseconds = 0;  // of one `hyoka flag` process, start to exit
    double medianMilliseconds = 0;

    bool ok() const { return problems.isEmpty(); }
    QString summary() const;
};

Report run(const Options &options);

} // namespace Hyoka::LoadTest

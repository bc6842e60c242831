#include "loadrun.h"

#include "reviewdatabase.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <memory>
#include <vector>

namespace Hyoka::LoadTest {

namespace {

using Key = std::pair<int, QString>;

struct Accepted
{
    Key key;
    int version = 0;
    QString reviewer;
    QString note;
};

// What every thread adds to, under one mutex.
struct Shared
{
    QMutex mutex;
    QList<Accepted> accepted;
    QStringList refusedNotes;
    QList<double> latencies;
    QStringList problems;
    int conflicts = 0;
    int attempts = 0;

    void problem(const QString &p)
    {
        QMutexLocker lock(&mutex);
        if (problems.size() < 50)
            problems << p;
    }
};

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
    double ms = 0;
};

ProcessResult runHyoka(const QString &hyoka, const QStringList &args)
{
    ProcessResult r;
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(hyoka, args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("did not finish within 120 s");
        return r;
    }
    r.ms = double(timer.nsecsElapsed()) / 1e6;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return r;
}

bool mentionsLock(const QString &text)
{
    return text.contains(QStringLiteral("database is locked"), Qt::CaseInsensitive)
            || text.contains(QStringLiteral("database table is locked"), Qt::CaseInsensitive);
}

QMap<Key, int> readVersions(ReviewDatabase &db, QString *error)
{
    QMap<Key, int> out;
    QSqlQuery q(db.database());
    if (!q.exec(QStringLiteral("SELECT fiscal_year, code, version FROM flags"))) {
        *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.insert({ q.value(0).toInt(), q.value(1).toString() }, q.value(2).toInt());
    return out;
}

void reviewer(const Options &o, int index, const QList<Key> &hot, const QString &runTag, Shared &shared)
{
    ReviewDatabase db;
    QString error;
    if (!db.open(o.db, &error)) {
        shared.problem(QStringLiteral("reviewer %1: %2").arg(index).arg(error));
        return;
    }
    QRandomGenerator random(quint32(1000 + index));
    const QString name = QStringLiteral("load%1").arg(index);
    static const char *const statuses[] = { "flagged", "reviewed", "dismissed" };
    QSqlQuery q(db.database());
    q.prepare(QStringLiteral("SELECT version FROM flags WHERE fiscal_year = ? AND code = ?"));
    for (int j = 0; j < o.changesEach; ++j) {
        const Key key = hot.at(int(random.bounded(qsizetype(hot.size()))));
        q.bindValue(0, key.first);
        q.bindValue(1, key.second);
        if (!q.exec()) {
            shared.problem(QStringLiteral("reviewer %1: cannot read a version: %2")
                                   .arg(index)
                                   .arg(q.lastError().text()));
            return;
        }
        const int version = q.next() ? q.value(0).toInt() : 0;
        q.finish();
        // A note no other change carries (also of an earlier run): every accepted change
        // is a new version, and a refused one can be looked for afterwards.
        const QString note = QStringLiteral("%1-%2-c%3").arg(runTag, name).arg(j);
        const ProcessResult r = runHyoka(
                o.hyoka,
                { QStringLiteral("flag"), QStringLiteral("--db"), o.db, QStringLiteral("--year"),
                  QString::number(key.first), QStringLiteral("--code"), key.second,
                  QStringLiteral("--status"), QLatin1StringView(statuses[j % 3]),
                  QStringLiteral("--note"), note, QStringLiteral("--reviewer"), name,
                  QStringLiteral("--expect-version"), QString::number(version) });
        QMutexLocker lock(&shared.mutex);
        ++shared.attempts;
        shared.latencies << r.ms;
        if (mentionsLock(r.err) && shared.problems.size() < 50)
            shared.problems << QStringLiteral("%1 was told: %2").arg(name, r.err);
        if (r.exitCode == 0) {
            bool ok = false;
            const int stored = r.out.toInt(&ok);
            if (!ok || stored != version + 1)
                shared.problems << QStringLiteral("%1 change %2 of %3: saved as version \"%4\", expected %5")
                                           .arg(name)
                                           .arg(j)
                                           .arg(key.second, r.out)
                                           .arg(version + 1);
            shared.accepted << Accepted { key, stored, name, note };
        } else if (r.exitCode == 3) {
            ++shared.conflicts;
            shared.refusedNotes << note;
        } else if (shared.problems.size() < 50) {
            shared.problems << QStringLiteral("%1 change %2 of %3: exit %4, not 0 or 3: %5")
                                       .arg(name)
                                       .arg(j)
                                       .arg(key.second)
                                       .arg(r.exitCode)
                                       .arg(r.err);
        }
    }
}

// Checks the database against what the processes were told.
void verify(ReviewDatabase &db, const QMap<Key, int> &before, Shared &shared)
{
    QString error;
    const QMap<Key, int> after = readVersions(db, &error);
    if (!error.isEmpty()) {
        shared.problems << error;
        return;
    }
    QMap<Key, QMap<int, Accepted>> byKey;
    for (const Accepted &a : std::as_const(shared.accepted)) {
        if (byKey[a.key].contains(a.version))
            shared.problems << QStringLiteral("%1: version %2 was given to two changes (%3 and %4)")
                                       .arg(a.key.second)
                                       .arg(a.version)
                                       .arg(byKey[a.key][a.version].note, a.note);
        byKey[a.key].insert(a.version, a);
    }
    // Per record: the accepted versions are exactly before+1 … after, no gap, no repeat.
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        const int from = before.value(it.key()) + 1;
        const int to = after.value(it.key());
        const QList<int> versions = it.value().keys();
        QList<int> expected;
        for (int v = from; v <= to; ++v)
            expected << v;
        if (versions != expected)
            shared.problems << QStringLiteral("%1: accepted versions %2 … %3 (%4 changes) but the flag is at %5 after %6")
                                       .arg(it.key().second)
                                       .arg(versions.value(0))
                                       .arg(versions.value(versions.size() - 1))
                                       .arg(versions.size())
                                       .arg(to)
                                       .arg(from - 1);
    }
    // The audit trail: one note row per accepted change, with its reviewer and note,
    // and no row at all for a refused change.
    QSqlQuery q(db.database());
    if (!q.exec(QStringLiteral("SELECT fiscal_year, code, version, reviewer, field, new_value"
                               " FROM audit_log ORDER BY id"))) {
        shared.problems << q.lastError().text();
        return;
    }
    const QSet<QString> refused(shared.refusedNotes.cbegin(), shared.refusedNotes.cend());
    QHash<QString, int> noteRows;
    while (q.next()) {
        const Key key { q.value(0).toInt(), q.value(1).toString() };
        const int version = q.value(2).toInt();
        if (version <= before.value(key))
            continue;
        const Accepted a = byKey.value(key).value(version);
        if (a.note.isEmpty()) {
            shared.problems << QStringLiteral("%1: audit row of version %2 matches no accepted change")
                                       .arg(key.second)
                                       .arg(version);
            continue;
        }
        if (q.value(3).toString() != a.reviewer)
            shared.problems << QStringLiteral("%1 version %2: audit row by %3, the change was %4's")
                                       .arg(key.second)
                                       .arg(version)
                                       .arg(q.value(3).toString(), a.reviewer);
        if (q.value(4).toString() == u"note") {
            ++noteRows[a.note];
            if (q.value(5).toString() != a.note)
                shared.problems << QStringLiteral("%1 version %2: note \"%3\" in the audit trail, \"%4\" accepted")
                                           .arg(key.second)
                                           .arg(version)
                                           .arg(q.value(5).toString(), a.note);
        }
        if (refused.contains(q.value(5).toString()))
            shared.problems << QStringLiteral("refused change %1 is in the audit trail").arg(q.value(5).toString());
    }
    for (const Accepted &a : std::as_const(shared.accepted)) {
        if (noteRows.value(a.note) != 1)
            shared.problems << QStringLiteral("accepted change %1 has %2 note rows in the audit trail, not 1")
                                       .arg(a.note)
                                       .arg(noteRows.value(a.note));
    }
    // The flag itself holds the newest accepted change.
    QSqlQuery f(db.database());
    f.prepare(QStringLiteral("SELECT note, reviewer FROM flags WHERE fiscal_year = ? AND code = ?"));
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        const Accepted &last = it.value().last();
        f.bindValue(0, it.key().first);
        f.bindValue(1, it.key().second);
        if (!f.exec() || !f.next() || f.value(0).toString() != last.note
            || f.value(1).toString() != last.reviewer)
            shared.problems << QStringLiteral("%1: the flag does not hold the last accepted change %2")
                                       .arg(it.key().second, last.note);
    }
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

} // namespace

QString Report::summary() const
{
    return QStringLiteral("%1 changes tried, %2 accepted, %3 conflicts (exit 3), %4 imports alongside;"
                          " %5 s, %6 accepted changes/s, latency of one `hyoka flag` median %7 ms,"
                          " 95th percentile %8 ms; %9")
            .arg(attempts)
            .arg(accepted)
            .arg(conflicts)
            .arg(imports)
            .arg(seconds, 0, 'f', 1)
            .arg(changesPerSecond, 0, 'f', 1)
            .arg(medianMilliseconds, 0, 'f', 0)
            .arg(p95Milliseconds, 0, 'f', 0)
            .arg(ok() ? QStringLiteral("all checks passed")
                      : QStringLiteral("%1 problems").arg(problems.size()));
}

Report run(const Options &o)
{
    Report report;
    ReviewDatabase db;
    QString error;
    if (!db.open(o.db, &error)) {
        report.problems << error;
        return report;
    }
    QList<Key> hot;
    {
        QSqlQuery q(db.database());
        q.exec(QStringLiteral("SELECT fiscal_year, code FROM records ORDER BY fiscal_year, code"));
        while (q.next() && hot.size() < o.hotRecords)
            hot.append({ q.value(0).toInt(), q.value(1).toString() });
    }
    if (hot.isEmpty()) {
        report.problems << QStringLiteral("%1 holds no records; import the seed first")
                                   .arg(ReviewDatabase::withoutPassword(o.db));
        return report;
    }
    const QMap<Key, int> before = readVersions(db, &error);

    Shared shared;
    const QString runTag = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    QAtomicInt reviewersDone(0);
    QElapsedTimer wall;
    wall.start();
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < o.reviewers; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            reviewer(o, i, hot, runTag, shared);
            reviewersDone.fetchAndAddOrdered(1);
        }));
        threads.back()->start();
    }
    // The import runs again and again while the reviewers work (at least once).
    int imports = 0;
    if (!o.importFile.isEmpty()) {
        do {
            const ProcessResult r = runHyoka(o.hyoka, { QStringLiteral("import"), o.importFile,
                                                        QStringLiteral("--db"), o.db });
            ++imports;
            if (r.exitCode != 0 || mentionsLock(r.err))
                shared.problem(QStringLiteral("import %1: exit %2: %3").arg(imports).arg(r.exitCode).arg(r.err));
            QThread::msleep(100);
        } while (reviewersDone.loadAcquire() < o.reviewers);
    }
    for (auto &t : threads)
        t->wait();
    report.seconds = double(wall.nsecsElapsed()) / 1e9;

    verify(db, before, shared);
    report.problems = shared.problems;
    report.attempts = shared.attempts;
    report.accepted = int(shared.accepted.size());
    report.conflicts = shared.conflicts;
    report.imports = imports;
    report.changesPerSecond = report.seconds > 0 ? report.accepted / report.seconds : 0;
    report.p95Milliseconds = percentile(shared.latencies, 0.95);
    report.medianMilliseconds = percentile(shared.latencies, 0.5);
    if (report.attempts != o.reviewers * o.changesEach && report.problems.isEmpty())
        report.problems << QStringLiteral("%1 changes were tried, not %2")
                                   .arg(report.attempts)
                                   .arg(o.reviewers * o.changesEach);
    return report;
}

} // namespace Hyoka::LoadTest

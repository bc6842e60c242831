// hyoka detect and hyoka profile, and the saved profiles import uses (docs/profiles.md).
#include "clicommands.h"

#include "cliargs.h"
#include "clioutput.h"
#include "columnprofile.h"
#include "profilestore.h"
#include "recordsink.h"
#include "reviewdatabase.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace Hyoka {

using namespace CliOutput;

namespace {

// Stops the reader at the first record: detect wants the mapping, not the rows.
class StopSink : public RecordSink
{
public:
    bool addRecord(Record &&) override { return false; }
    void addWarning(const ImportWarning &warning) override { warnings.append(warning); }
    QList<ImportWarning> warnings;
};

} // namespace

bool useStoredProfile(ReviewDatabase &db, const QString &file, const ParsedArgs &parsed,
                      ReadOptions *read)
{
    if (parsed.columnsGiven())
        return true;
    QString err;
    const std::optional<StoredProfile> stored = ProfileStore(db).match(file, &err);
    if (!stored) {
        if (!err.isEmpty()) // read as if none were saved
            info(Commands::tr("%1: the saved profiles cannot be read: %2").arg(file, err));
        return true;
    }
    if (!ColumnProfile::applyText(stored->profile.toUtf8(), Commands::tr("profile %1").arg(stored->name),
                                  read, &err)) {
        error(QStringLiteral("%1: %2").arg(file, err));
        return false;
    }
    info(Commands::tr("%1: read with the saved profile %2 (its pattern %3 matches)")
                 .arg(file, stored->name, stored->pattern));
    return true;
}

bool saveProfile(ReviewDatabase &db, const QString &file, const ParsedArgs &parsed,
                 const DetectedTable &table)
{
    const QString fileName = QFileInfo(file).fileName();
    const QString pattern = parsed.pattern.isEmpty() ? fileName : parsed.pattern;
    const QByteArray json = QJsonDocument(ColumnProfile::toJson(table, fileName)).toJson(QJsonDocument::Indented);
    QString err;
    if (!ProfileStore(db).save(parsed.saveProfile, pattern, QString::fromUtf8(json), &err)) {
        error(err);
        return false;
    }
    info(Commands::tr("profile %1 saved; files named %2 are read with it").arg(parsed.saveProfile, pattern));
    return true;
}

int Commands::detectCommand(const QStringList &args)
{
    ParsedArgs a;
    if (!parseArgs(QStringLiteral("detect"), args, WithReadOptions | WithMapping, &a)
        || !applyMapping(QStringLiteral("detect"), a, &a.read))
        return UsageError;
    if (a.files.size() != 1) {
        error(tr("hyoka detect: name one file"));
        return UsageError;
    }
    const QString file = a.files.first();
    QList<DetectedTable> tables;
    a.read.onTable = [&tables](const DetectedTable &t) { tables.append(t); };
    StopSink sink;
    QString err;
    const bool ok = RecordReader::readFile(file, sink, a.read, &err);
    if (tables.isEmpty()) {
        error(ok ? tr("%1: no header row names the project name column").arg(file) : err);
        return InputProblem;
    }
    const DetectedTable &t = tables.first();
    out(QJsonDocument(ColumnProfile::toJson(t, QFileInfo(file).fileName())).toJson(QJsonDocument::Indented));
    for (const QString &p : t.problems)
        error(QStringLiteral("%1:%2: %3").arg(file).arg(t.headerLine).arg(p));
    const QStringList missing = t.notFound();
    if (!missing.isEmpty())
        error(tr("%1: not found: %2").arg(file, missing.join(QStringLiteral(", "))));
    for (qsizetype i = 1; i < tables.size(); ++i)
        error(tr("%1: sheet %2 has a table too (header in row %3); this profile is of the first")
                      .arg(file, tables.at(i).sheet)
                      .arg(tables.at(i).headerLine));
    return Ok;
}

int Commands::profileCommand(const QStringList &args)
{
    ParsedArgs a;
    if (!parseArgs(QStringLiteral("profile"), args, WithDb, &a))
        return UsageError;
    const QString action = a.files.value(0);
    const QString name = a.files.value(1);
    if (!(action == u"list" && a.files.size() == 1)
        && !((action == u"show" || action == u"remove") && a.files.size() == 2)) {
        error(tr("hyoka profile: list, show NAME or remove NAME"));
        return UsageError;
    }
    ReviewDatabase db;
    if (!openDatabase(db, a.db))
        return InputProblem;
    ProfileStore store(db);
    if (action == u"list") {
        QString why;
        const std::optional<QList<StoredProfile>> profiles = store.list(&why);
        if (!profiles) {
            error(tr("hyoka profile: %1").arg(why));
            return InputProblem;
        }
        for (const StoredProfile &p : *profiles)
            out(QStringLiteral("%1\t%2\t%3\n").arg(p.name, p.pattern, p.updatedAt).toUtf8());
        return Ok;
    }
    if (action == u"show") {
        QString why;
        const std::optional<StoredProfile> p = store.load(name, &why);
        if (!p) {
            error(why.isEmpty() ? tr("hyoka profile: no profile named %1").arg(name)
                                : tr("hyoka profile: %1").arg(why));
            return InputProblem;
        }
        out(p->profile.toUtf8());
        return Ok;
    }
    QString err;
    if (!store.remove(name, &err)) {
        error(err);
        return InputProblem;
    }
    return Ok;
}

} // namespace Hyoka

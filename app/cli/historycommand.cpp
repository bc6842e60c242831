// `hyoka history` and `hyoka links`: a project across the fiscal years, its renames and
// the bureau renames (docs/years.md).
#include "clicommands.h"

#include "cliargs.h"
#include "clioutput.h"
#include "projectlinks.h"
#include "reviewdatabase.h"
#include "reviewrules.h"

#include <QCommandLineParser>

namespace Hyoka {

using namespace CliOutput;

namespace {

QString money(const std::optional<qint64> &v)
{
    return v ? QString::number(*v) : QString();
}

// How the year was linked to the one before: by code, by organisation and name, or
// by a rename ("name 0.82 matched" / "name 0.82 confirmed").
QString linkText(const ProjectLinks::Year &y)
{
    if (y.matched != u"name")
        return y.matched;
    return QStringLiteral("name %1 %2").arg(QString::number(y.similarity, 'f', 2), y.aliasState);
}

} // namespace

int Commands::historyCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const RecordOptions options;
    const QCommandLineOption &code = options.code, &name = options.name, &bureau = options.bureau;
    parser.addOptions({ options.db, code, name, bureau });
    if (!parser.parse(QStringList { QStringLiteral("hyoka history") } + args)) {
        error(QStringLiteral("hyoka history: %1").arg(parser.errorText()));
        return UsageError;
    }
    if (parser.isSet(code) == parser.isSet(name) || !parser.positionalArguments().isEmpty()
        || (parser.isSet(code) ? parser.value(code) : parser.value(name)).trimmed().isEmpty()) {
        error(tr("hyoka history: give --code C or --name NAME"));
        return UsageError;
    }
    ReviewDatabase database;
    if (!openDatabase(database, parser.value(options.db)))
        return InputProblem;
    QString err;
    const ProjectLinks links(database);
    const auto found = links.findProjects(parser.value(code).trimmed(), parser.value(name).trimmed(),
                                          parser.value(bureau).trimmed(), &err);
    if (!err.isEmpty()) {
        error(err);
        return InputProblem;
    }
    if (found.isEmpty()) {
        error(tr("hyoka history: no project %1 in %2")
                      .arg(parser.isSet(code) ? parser.value(code) : parser.value(name),
                           ReviewDatabase::withoutPassword(database.spec())));
        return InputProblem;
    }
    // One block per project: a header line, then one tab-separated line per year.
    for (qsizetype i = 0; i < found.size(); ++i) {
        const QList<ProjectLinks::Year> years = links.history(found.at(i).first, found.at(i).second, &err);
        if (!err.isEmpty()) {
            error(err);
            return InputProblem;
        }
        if (i > 0)
            info(QString());
        info(QStringLiteral("fiscal_year\tcode\tbureau\tdivision\tname\trating\tbudget\tsettlement"
                            "\texecution_rate\tlinked_by"));
        for (const ProjectLinks::Year &y : years) {
            const QString rate = y.executionRate ? ReviewRules::percent(*y.executionRate) : QString();
            info(QStringList { QString::number(y.fiscalYear), y.code, y.bureau, y.division, y.name,
                               y.rating, money(y.budget), money(y.settlement), rate, linkText(y) }
                         .join(u'\t'));
        }
    }
    return Ok;
}

int Commands::linksCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const RecordOptions record;
    const QCommandLineOption confirm(QStringLiteral("confirm"), tr("confirm a match by name"));
    const QCommandLineOption undo(QStringLiteral("undo"), tr("undo a match by name"));
    const QCommandLineOption renameBureau(QStringLiteral("rename-bureau"),
                                          tr("OLD=NEW: the bureau OLD is NEW in later years"),
                                          QStringLiteral("OLD=NEW"));
    const QCommandLineOption removeRename(QStringLiteral("remove-rename"),
                                          tr("forget the rename of bureau OLD"), QStringLiteral("OLD"));
    const QCommandLineOption threshold(QStringLiteral("threshold"),
                                       tr("name similarity a rename needs (0–1)"), QStringLiteral("X"));
    parser.addOptions(record.all());
    parser.addOptions({ confirm, undo, renameBureau, removeRename, threshold });
    if (!parser.parse(QStringList { QStringLiteral("hyoka links") } + args)
        || !parser.positionalArguments().isEmpty()) {
        error(QStringLiteral("hyoka links: %1").arg(parser.errorText().isEmpty()
                                                           ? tr("unexpected argument")
                                                           : parser.errorText()));
        return UsageError;
    }
    const QString rename = parser.value(renameBureau);
    if (parser.isSet(renameBureau) && (!rename.contains(u'=') || rename.startsWith(u'='))) {
        error(tr("hyoka links: --rename-bureau takes OLD=NEW"));
        return UsageError;
    }
    bool yearOk = false;
    const int fiscalYear = parser.value(record.year).toInt(&yearOk);
    const bool decide = parser.isSet(confirm) || parser.isSet(undo);
    if (decide && (!yearOk || parser.isSet(record.code) == parser.isSet(record.name))) {
        error(tr("hyoka links: --confirm and --undo need --year Y and --code C (or --name NAME --bureau B)"));
        return UsageError;
    }
    ReviewDatabase database;
    if (!openDatabase(database, parser.value(record.db)))
        return InputProblem;
    QString err;
    ProjectLinks links(database);
    bool ok = true;
    if (parser.isSet(threshold))
        ok = links.setNameThreshold(parser.value(threshold).toDouble(), &err);
    if (ok && parser.isSet(renameBureau))
        ok = links.setOrganisationRename(rename.section(u'=', 0, 0), rename.section(u'=', 1), &err);
    if (ok && parser.isSet(removeRename))
        ok = links.setOrganisationRename(parser.value(removeRename), QString(), &err);
    if (ok && decide) {
        const QString key = record.key(parser);
        ok = parser.isSet(confirm) ? links.confirm(fiscalYear, key, &err) : links.undo(fiscalYear, key, &err);
    }
    if (!ok) {
        error(tr("hyoka links: %1").arg(err));
        return InputProblem;
    }
    // What is decided now: the bureau renames, then every match by name.
    for (const ProjectLinks::Rename &r : links.organisationRenames())
        info(QStringLiteral("bureau\t%1\t%2").arg(r.oldBureau, r.newBureau));
    auto shown = [](const QString &key) { return key.startsWith(u'~') ? QString() : key; };
    for (const ProjectLinks::NameMatch &m : links.nameMatches())
        info(QStringList { QStringLiteral("name"), QString::number(m.fiscalYear), shown(m.code), m.name,
                           QString::number(m.targetYear), shown(m.targetCode), m.targetName, m.state,
                           QString::number(m.similarity, 'f', 2) }
                     .join(u'\t'));
    return Ok;
}

} // namespace Hyoka

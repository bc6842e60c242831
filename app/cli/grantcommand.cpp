// `hyoka grant` and `hyoka roles`: per-bureau permissions on a shared database,
// enforced by PostgreSQL (docs/permissions.md).
#include "clicommands.h"

#include "cliargs.h"

#include "bureaupermissions.h"
#include "clioutput.h"
#include "reviewdatabase.h"

#include <QCommandLineParser>

namespace Hyoka {

namespace {

// Opens `spec` for the permission commands: a shared database only.
bool openShared(ReviewDatabase &database, const QString &command, const QString &spec)
{
    if (!ReviewDatabase::isPostgresUrl(spec)) {
        CliOutput::error(Commands::tr("hyoka %1: permissions need a shared database "
                                      "(--db postgresql://user@host:port/dbname); a SQLite file has only "
                                      "its file permissions")
                                 .arg(command));
        return false;
    }
    if (!openDatabase(database, spec))
        return false;
    return true;
}

} // namespace

int Commands::grantCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption db(QStringLiteral("db"), tr("shared review database"), QStringLiteral("URL"));
    const QCommandLineOption role(QStringLiteral("role"), tr("PostgreSQL role"), QStringLiteral("NAME"));
    const QCommandLineOption bureau(QStringLiteral("bureau"), tr("bureau a reviewer may flag"), QStringLiteral("B"));
    const QCommandLineOption viewer(QStringLiteral("viewer"), tr("may read only"));
    const QCommandLineOption reviewer(QStringLiteral("reviewer"), tr("may flag the given bureaus"));
    const QCommandLineOption admin(QStringLiteral("admin"), tr("may also import and change settings"));
    const QCommandLineOption revoke(QStringLiteral("revoke"), tr("takes the bureaus (or everything) away"));
    parser.addOptions({ db, role, bureau, viewer, reviewer, admin, revoke });
    if (!parser.parse(QStringList { QStringLiteral("hyoka grant") } + args)) {
        CliOutput::error(QStringLiteral("hyoka grant: ") + parser.errorText());
        return UsageError;
    }
    const int kinds = int(parser.isSet(viewer)) + int(parser.isSet(reviewer)) + int(parser.isSet(admin))
            + int(parser.isSet(revoke));
    if (!parser.isSet(db) || parser.value(role).isEmpty() || kinds != 1 || !parser.positionalArguments().isEmpty()
        || (parser.isSet(reviewer) && parser.values(bureau).isEmpty())) {
        CliOutput::error(tr("hyoka grant: give --db URL --role NAME and one of --viewer, "
                            "--reviewer --bureau B [--bureau B…], --admin, --revoke [--bureau B]"));
        return UsageError;
    }
    ReviewDatabase database;
    if (!openShared(database, QStringLiteral("grant"), parser.value(db)))
        return InputProblem;
    QString error;
    const QString name = parser.value(role);
    const QStringList bureaus = parser.values(bureau);
    bool ok = false;
    if (parser.isSet(revoke)) {
        ok = BureauPermissions::revoke(database, name, bureaus, &error);
    } else {
        const BureauPermissions::Kind kind = parser.isSet(admin) ? BureauPermissions::Kind::Admin
                : parser.isSet(reviewer)                         ? BureauPermissions::Kind::Reviewer
                                                                 : BureauPermissions::Kind::Viewer;
        ok = BureauPermissions::grant(database, name, kind, bureaus, &error);
    }
    if (!ok) {
        CliOutput::error(tr("hyoka grant: %1").arg(error));
        return InputProblem;
    }
    return rolesCommand({ QStringLiteral("--db"), parser.value(db) });
}

int Commands::rolesCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption db(QStringLiteral("db"), tr("shared review database"), QStringLiteral("URL"));
    parser.addOption(db);
    if (!parser.parse(QStringList { QStringLiteral("hyoka roles") } + args) || !parser.positionalArguments().isEmpty()) {
        CliOutput::error(tr("hyoka roles: give --db URL"));
        return UsageError;
    }
    ReviewDatabase database;
    if (!openShared(database, QStringLiteral("roles"), parser.value(db)))
        return InputProblem;
    QString error;
    const QList<BureauPermissions::Grant> grants = BureauPermissions::list(database, &error);
    if (!error.isEmpty()) {
        CliOutput::error(tr("hyoka roles: %1").arg(error));
        return InputProblem;
    }
    if (grants.isEmpty())
        CliOutput::info(tr("no roles granted yet: the tables' owner alone decides (hyoka grant)"));
    for (const BureauPermissions::Grant &g : grants)
        CliOutput::info(g.kind == BureauPermissions::Kind::Reviewer
                                ? QStringLiteral("%1\treviewer\t%2").arg(g.role, g.bureaus.join(QStringLiteral(", ")))
                                : QStringLiteral("%1\t%2").arg(g.role, BureauPermissions::kindName(g.kind)));
    return Ok;
}

} // namespace Hyoka

// `hyoka copy --from DB --to DB`: move a review between SQLite and PostgreSQL.
#include "clicommands.h"

#include "cliargs.h"
#include "clioutput.h"
#include "databasecopier.h"
#include "reviewdatabase.h"

#include <QCommandLineParser>

namespace Hyoka {

int Commands::copyCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption from(QStringLiteral("from"), tr("database to copy from"), QStringLiteral("DB"));
    const QCommandLineOption to(QStringLiteral("to"), tr("database to copy into"), QStringLiteral("DB"));
    parser.addOption(from);
    parser.addOption(to);
    if (!parser.parse(QStringList { QStringLiteral("hyoka copy") } + args)) {
        CliOutput::error(QStringLiteral("hyoka copy: ") + parser.errorText());
        return UsageError;
    }
    if (!parser.isSet(from) || !parser.isSet(to) || !parser.positionalArguments().isEmpty()) {
        CliOutput::error(tr("hyoka copy: give --from DB and --to DB"));
        return UsageError;
    }
    ReviewDatabase source;
    ReviewDatabase target;
    if (!openDatabase(source, parser.value(from)) || !openDatabase(target, parser.value(to)))
        return InputProblem;
    const CopyResult r = DatabaseCopier::copy(source, target);
    if (!r.ok) {
        CliOutput::error(tr("hyoka copy: %1").arg(r.error));
        return InputProblem;
    }
    CliOutput::info(tr("%n record(s) copied", "", r.records) + QStringLiteral(", ")
                    + tr("%n flag(s)", "", r.flags) + QStringLiteral(", ")
                    + tr("%n audit row(s)", "", r.auditRows) + QStringLiteral(", ")
                    + tr("%n profile(s)", "", r.profiles));
    return Ok;
}

} // namespace Hyoka

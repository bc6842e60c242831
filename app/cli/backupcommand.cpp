// `hyoka backup [--db DB] [-o FILE]`: writes a backup of the review work (flags, audit
// trail, settings, profiles); `hyoka restore --from FILE` puts one back
// (restorecommand.cpp). See docs/robustness.md.
#include "clicommands.h"

#include "cliargs.h"
#include "clioutput.h"
#include "reviewbackup.h"
#include "reviewdatabase.h"

#include <QCommandLineParser>
#include <QLocale>

namespace Hyoka {

int Commands::backupCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption db(QStringLiteral("db"), tr("review database"), QStringLiteral("DB"));
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
                                    tr("backup file to write"), QStringLiteral("FILE"));
    parser.addOptions({ db, output });
    if (!parser.parse(QStringList { QStringLiteral("hyoka backup") } + args)) {
        CliOutput::error(QStringLiteral("hyoka backup: ") + parser.errorText());
        return UsageError;
    }
    if (!parser.positionalArguments().isEmpty()) {
        CliOutput::error(tr("hyoka backup: unexpected argument \"%1\"")
                                 .arg(parser.positionalArguments().constFirst()));
        return UsageError;
    }
    ReviewDatabase database;
    if (!openDatabase(database, parser.value(db)))
        return InputProblem;
    QString error;
    const std::optional<ReviewBackup> written =
            ReviewBackup::write(database, QStringLiteral("manual"), &error, parser.value(output));
    if (!written) {
        CliOutput::error(tr("hyoka backup: %1").arg(error));
        return InputProblem;
    }
    CliOutput::info(written->path);
    CliOutput::info(tr("%n flag(s)", "", written->flags) + QStringLiteral(", ")
                    + tr("%n audit row(s)", "", written->auditRows));
    return Ok;
}

int Commands::restoreReviewWork(const QString &spec, const QString &file)
{
    ReviewDatabase database;
    if (!openDatabase(database, spec))
        return InputProblem;
    const CopyResult r = ReviewBackup::restore(database, file);
    if (!r.ok) {
        CliOutput::error(tr("hyoka restore: %1").arg(r.error));
        return InputProblem;
    }
    CliOutput::info(tr("%1: review work restored from %2").arg(ReviewDatabase::withoutPassword(database.spec()), file));
    CliOutput::info(tr("%n flag(s)", "", r.flags) + QStringLiteral(", ")
                    + tr("%n audit row(s)", "", r.auditRows));
    return Ok;
}

void Commands::listReviewBackups(const QString &spec)
{
    for (const ReviewBackup &b : ReviewBackup::list(spec)) {
        QString error;
        const std::optional<ReviewBackup> details = ReviewBackup::read(b.path, &error);
        CliOutput::info(tr("%1  review work (%2), %3, %4, %5")
                                .arg(b.path, b.reason,
                                     QLocale().toString(b.createdAt.toLocalTime(), QLocale::ShortFormat),
                                     tr("%n flag(s)", "", details ? details->flags : 0),
                                     tr("%n audit row(s)", "", details ? details->auditRows : 0)));
    }
}

} // namespace Hyoka

// `hyoka restore [--db DB] [--backup FILE]`: puts back the backup ReviewDatabase made
// before a schema upgrade, when the database can no longer be opened (the whole file).
// `hyoka restore --from FILE` instead puts a backup of the review work back onto the
// current records (backupcommand.cpp); `--list` lists both kinds.
#include "clicommands.h"

#include "clioutput.h"
#include "reviewdatabase.h"

#include <QCommandLineParser>
#include <QLocale>

namespace Hyoka {

int Commands::restoreCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption db(QStringLiteral("db"), tr("review database"), QStringLiteral("DB"));
    const QCommandLineOption backup(QStringLiteral("backup"), tr("backup file to restore"),
                                    QStringLiteral("FILE"));
    const QCommandLineOption list(QStringLiteral("list"), tr("list the backups only"));
    const QCommandLineOption from(QStringLiteral("from"), tr("backup of the review work to put back"),
                                  QStringLiteral("FILE"));
    parser.addOptions({ db, backup, list, from });
    if (!parser.parse(QStringList { QStringLiteral("hyoka restore") } + args)) {
        CliOutput::error(QStringLiteral("hyoka restore: ") + parser.errorText());
        return UsageError;
    }
    if (!parser.positionalArguments().isEmpty()) {
        CliOutput::error(tr("hyoka restore: unexpected argument \"%1\"")
                                 .arg(parser.positionalArguments().constFirst()));
        return UsageError;
    }
    const QString path = parser.isSet(db) ? parser.value(db) : ReviewDatabase::defaultLocation();
    if (parser.isSet(from)) {
        if (parser.isSet(backup) || parser.isSet(list)) {
            CliOutput::error(tr("hyoka restore: --from cannot be combined with --backup or --list"));
            return UsageError;
        }
        return restoreReviewWork(path, parser.value(from));
    }
    if (parser.isSet(list))
        listReviewBackups(path);
    if (ReviewDatabase::isPostgresUrl(path)) {
        if (parser.isSet(list))
            return Ok;
        CliOutput::error(tr("hyoka restore: only a SQLite database file has a copy from before an upgrade;"
                                 " --from FILE puts back a backup of the review work"));
        return UsageError;
    }
    const QList<DatabaseBackup> backups = ReviewDatabase::availableBackups(path);
    if (parser.isSet(list)) {
        for (const DatabaseBackup &b : backups)
            CliOutput::info(tr("%1  schema %2, %3, %4 bytes")
                                    .arg(b.path)
                                    .arg(b.fromVersion)
                                    .arg(QLocale().toString(b.createdAt.toLocalTime(), QLocale::ShortFormat),
                                         QLocale().toString(b.size)));
        return Ok;
    }
    QString chosen = parser.value(backup);
    if (chosen.isEmpty()) {
        if (backups.isEmpty()) {
            CliOutput::error(tr("hyoka restore: %1 has no backup").arg(path));
            return InputProblem;
        }
        chosen = backups.constFirst().path;
    }
    QString error;
    QString keptAs;
    if (!ReviewDatabase::restoreBackup(path, chosen, &error, &keptAs)) {
        CliOutput::error(tr("hyoka restore: %1").arg(error));
        return InputProblem;
    }
    CliOutput::info(tr("%1 restored from %2").arg(path, chosen));
    if (!keptAs.isEmpty())
        CliOutput::info(tr("the file it replaced is kept as %1").arg(keptAs));
    // Open it once, so that an older schema is upgraded (with a new backup) right away.
    ReviewDatabase reopened;
    if (!reopened.open(path, &error)) {
        CliOutput::error(error);
        return InputProblem;
    }
    return Ok;
}

} // namespace Hyoka

#include "cliargs.h"

#include "clicommands.h"
#include "clioutput.h"
#include "columnprofile.h"
#include "record.h"
#include "reviewdatabase.h"

#include <QCommandLineParser>
#include <QFile>
#include <QUrl>

namespace Hyoka {

using namespace CliOutput;

bool parseArgs(const QString &command, const QStringList &args, int options, ParsedArgs *parsed)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption db(QStringLiteral("db"), Commands::tr("review database"),
                                QStringLiteral("DB"));
    const QCommandLineOption format(QStringLiteral("format"), Commands::tr("json, csv or xlsx"),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringList { QStringLiteral("o"), QStringLiteral("output") },
                                    Commands::tr("output file"), QStringLiteral("OUT"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), Commands::tr("PDF file to write"),
                                 QStringLiteral("OUT.pdf"));
    const QCommandLineOption year(QStringLiteral("year"), Commands::tr("fiscal year"),
                                  QStringLiteral("Y"));
    const QCommandLineOption bureau(QStringLiteral("bureau"), Commands::tr("bureau"),
                                    QStringLiteral("B"));
    const QCommandLineOption encoding(QStringLiteral("encoding"), Commands::tr("text encoding"),
                                      QStringLiteral("E"));
    if (options & WithDb)
        parser.addOption(db);
    if (options & WithFormat)
        parser.addOption(format);
    if (options & WithOutput)
        parser.addOption(output);
    if (options & WithPdf)
        parser.addOption(pdf);
    if (options & WithReadOptions) {
        parser.addOption(year);
        parser.addOption(bureau);
        parser.addOption(encoding);
    }
    const QCommandLineOption map(QStringLiteral("map"), Commands::tr("column of a field"),
                                 QStringLiteral("FIELD=COLUMN"));
    const QCommandLineOption profile(QStringLiteral("profile"), Commands::tr("column profile"),
                                     QStringLiteral("FILE"));
    const QCommandLineOption saveProfile(QStringLiteral("save-profile"),
                                         Commands::tr("save the columns as a profile"),
                                         QStringLiteral("NAME"));
    const QCommandLineOption pattern(QStringLiteral("pattern"), Commands::tr("file-name pattern"),
                                     QStringLiteral("GLOB"));
    if (options & WithMapping) {
        parser.addOption(map);
        parser.addOption(profile);
    }
    if (options & WithProfileSave) {
        parser.addOption(saveProfile);
        parser.addOption(pattern);
    }
    parser.addPositionalArgument(QStringLiteral("files"), Commands::tr("input files"),
                                 QStringLiteral("[FILE...]"));
    if (!parser.parse(QStringList { QStringLiteral("hyoka ") + command } + args)) {
        error(QStringLiteral("hyoka %1: %2").arg(command, parser.errorText()));
        return false;
    }
    parsed->files = parser.positionalArguments();
    if (options & WithMapping) {
        parsed->maps = parser.values(map);
        parsed->profileFile = parser.value(profile);
    }
    if (options & WithProfileSave) {
        parsed->saveProfile = parser.value(saveProfile);
        parsed->pattern = parser.value(pattern);
        if (parser.isSet(pattern) && parsed->saveProfile.isEmpty()) {
            error(Commands::tr("hyoka %1: --pattern goes with --save-profile NAME").arg(command));
            return false;
        }
    }
    if (options & WithDb)
        parsed->db = parser.value(db);
    if (options & WithFormat)
        parsed->format = parser.value(format).toLower();
    if (options & WithOutput)
        parsed->output = parser.value(output);
    if (options & WithPdf)
        parsed->pdf = parser.value(pdf);
    if (options & WithReadOptions) {
        if (parser.isSet(year)) {
            bool ok = false;
            parsed->read.defaultYear = parser.value(year).toInt(&ok);
            if (!ok || parsed->read.defaultYear < 1900 || parsed->read.defaultYear > 2200) {
                error(Commands::tr("hyoka %1: --year takes a year such as 2021").arg(command));
                return false;
            }
        }
        parsed->read.defaultBureau = parser.value(bureau);
        parsed->exportEncoding = parser.value(encoding);
        parsed->read.encoding = parser.value(encoding).toLatin1();
    }
    return true;
}

RecordOptions::RecordOptions()
    : db(QStringLiteral("db"), Commands::tr("review database"), QStringLiteral("DB")),
      year(QStringLiteral("year"), Commands::tr("fiscal year"), QStringLiteral("Y")),
      code(QStringLiteral("code"), Commands::tr("project code"), QStringLiteral("C")),
      name(QStringLiteral("name"), Commands::tr("project name (a record without a code)"),
           QStringLiteral("NAME")),
      bureau(QStringLiteral("bureau"), Commands::tr("bureau (with --name)"), QStringLiteral("B")),
      division(QStringLiteral("division"), Commands::tr("division (with --name)"), QStringLiteral("D"))
{
}

QString RecordOptions::identityKey(const QString &code, const QString &name, const QString &bureau,
                                   const QString &division)
{
    Record named;
    named.code = code.trimmed();
    named.name = name.trimmed();
    named.bureau = bureau.trimmed();
    named.division = division.trimmed();
    return named.identityKey();
}

bool openDatabase(ReviewDatabase &db, const QString &spec)
{
    QString err;
    if (db.open(spec, &err))
        return true;
    // A shared database whose server wants a password that neither the URL nor
    // ~/.pgpass gave (or refused it): asked on the terminal, as psql does (never read
    // from a pipe). docs/robustness.md, "Passwords".
    const QUrl url(spec);
    if (ReviewDatabase::isPostgresUrl(spec) && url.password().isEmpty()) {
        bool asked = false;
        for (int attempt = 0; attempt < 3 && db.passwordWanted() != PasswordWanted::No; ++attempt) {
            const std::optional<QString> password = CliOutput::askHidden(
                    (db.passwordWanted() == PasswordWanted::Rejected && asked
                             ? Commands::tr("The password was not accepted.") + u'\n'
                             : QString())
                    + Commands::tr("Password of %1 for %2: ").arg(url.userName(), ReviewDatabase::withoutPassword(spec)));
            if (!password)
                break;
            asked = true;
            QUrl withPassword(url);
            withPassword.setPassword(*password);
            if (db.open(withPassword.toString(), &err))
                return true;
        }
        if (!asked && db.passwordWanted() == PasswordWanted::Missing)
            err = Commands::tr("%1 (the server wants a password: put it in ~/.pgpass, or run the command "
                     "in a terminal to be asked)")
                          .arg(err);
    }
    error(err);
    return false;
}

void printWarnings(const QList<ImportWarning> &warnings)
{
    for (const ImportWarning &w : warnings)
        error(w.toString());
}

bool applyMapping(const QString &command, const ParsedArgs &parsed, ReadOptions *read)
{
    QString err;
    if (!parsed.profileFile.isEmpty()) {
        QFile file(parsed.profileFile);
        if (!file.open(QIODevice::ReadOnly)) {
            error(Commands::tr("hyoka %1: %2: cannot open: %3")
                          .arg(command, parsed.profileFile, file.errorString()));
            return false;
        }
        if (!ColumnProfile::applyText(file.readAll(), Commands::tr("profile %1").arg(parsed.profileFile),
                                      read, &err)) {
            error(QStringLiteral("hyoka %1: %2").arg(command, err));
            return false;
        }
    }
    for (const QString &spec : parsed.maps) {
        const std::optional<ColumnOverride> o = ColumnProfile::parseMap(spec, &err);
        if (!o) {
            error(QStringLiteral("hyoka %1: %2").arg(command, err));
            return false;
        }
        read->overrides.append(*o);
    }
    return true;
}

} // namespace Hyoka

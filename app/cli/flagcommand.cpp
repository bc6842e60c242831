// `hyoka flag`: sets a reviewer's flag on one record from the command line.
#include "clicommands.h"

#include "cliargs.h"
#include "clioutput.h"
#include "flagstore.h"
#include "record.h"
#include "reviewdatabase.h"

#include <QCommandLineParser>

namespace Hyoka {

using namespace CliOutput;

int Commands::flagCommand(const QStringList &args)
{
    const QString command = QStringLiteral("flag");
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // A record of a table without codes is named by its organisation and name.
    const RecordOptions options;
    const QCommandLineOption &db = options.db, &year = options.year, &code = options.code,
                             &name = options.name, &bureau = options.bureau, &division = options.division;
    const QCommandLineOption status(QStringLiteral("status"),
                                    tr("flagged, reviewed, dismissed or none"), QStringLiteral("S"));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("reason id"), QStringLiteral("R"));
    const QCommandLineOption reasonText(QStringLiteral("reason-text"), tr("reason in free text"),
                                        QStringLiteral("T"));
    const QCommandLineOption note(QStringLiteral("note"), tr("note"), QStringLiteral("N"));
    const QCommandLineOption reviewer(QStringLiteral("reviewer"), tr("reviewer name"),
                                      QStringLiteral("NAME"));
    const QCommandLineOption expect(QStringLiteral("expect-version"),
                                    tr("refuse unless the stored version is V"), QStringLiteral("V"));
    parser.addOptions({ db, year, code, name, bureau, division, status, reason, reasonText, note, reviewer, expect });
    if (!parser.parse(QStringList { QStringLiteral("hyoka flag") } + args)) {
        error(QStringLiteral("hyoka %1: %2").arg(command, parser.errorText()));
        return UsageError;
    }
    if (!parser.positionalArguments().isEmpty()) {
        error(tr("hyoka flag: unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
        return UsageError;
    }
    if (!parser.isSet(year) || parser.isSet(code) == parser.isSet(name) || !parser.isSet(status)) {
        error(tr("hyoka flag: --year, --code (or --name for a record without a code) and --status are required"));
        return UsageError;
    }
    bool ok = false;
    const int fiscalYear = parser.value(year).toInt(&ok);
    if (!ok || fiscalYear < 1900 || fiscalYear > 2200) {
        error(tr("hyoka flag: --year takes a year such as 2021"));
        return UsageError;
    }
    // The key the record and its flag are stored under (Record::identityKey()).
    Record named;
    named.code = parser.value(code).trimmed();
    named.name = parser.value(name).trimmed();
    named.bureau = parser.value(bureau).trimmed();
    named.division = parser.value(division).trimmed();
    const QString projectCode = named.identityKey();
    const QString shownName = parser.isSet(code) ? named.code : named.name;
    if (parser.isSet(name) && named.name.isEmpty()) {
        error(tr("hyoka flag: --name takes the project's name"));
        return UsageError;
    }
    if (parser.isSet(code) && named.code.isEmpty()) {
        error(tr("hyoka flag: --code takes a project code such as 20101010"));
        return UsageError;
    }
    const QString newStatus = parser.value(status).trimmed().toLower();
    if (!Flag::isValidStatus(newStatus)) {
        error(tr("hyoka flag: --status takes flagged, reviewed, dismissed or none, not \"%1\"")
                      .arg(parser.value(status)));
        return UsageError;
    }
    QString newReason;
    if (parser.isSet(reason) && !parser.value(reason).trimmed().isEmpty()) {
        newReason = Flag::reasonFromText(parser.value(reason));
        if (newReason.isEmpty()) {
            error(tr("hyoka flag: --reason takes one of %1, not \"%2\"")
                          .arg(Flag::reasonIds().join(QStringLiteral(", ")), parser.value(reason)));
            return UsageError;
        }
    }
    std::optional<int> expectedVersion;
    if (parser.isSet(expect)) {
        const int v = parser.value(expect).toInt(&ok);
        if (!ok || v < 0) {
            error(tr("hyoka flag: --expect-version takes a version number (0 = never flagged)"));
            return UsageError;
        }
        expectedVersion = v;
    }

    ReviewDatabase database;
    if (!openDatabase(database, parser.value(db)))
        return InputProblem;
    FlagStore store(database);
    // Options not given keep what is stored, so `--status reviewed` keeps the note.
    QString readError;
    const std::optional<Flag> read = store.flag(fiscalYear, projectCode, &readError);
    if (!read) {
        error(tr("hyoka flag: %1").arg(readError));
        return InputProblem;
    }
    const Flag stored = *read;
    Flag wanted = stored;
    wanted.status = newStatus;
    if (parser.isSet(reason))
        wanted.reason = newReason;
    if (parser.isSet(reasonText))
        wanted.reasonText = parser.value(reasonText);
    if (parser.isSet(note))
        wanted.note = parser.value(note);
    wanted.reviewer = parser.isSet(reviewer) ? parser.value(reviewer) : Flag::defaultReviewer();

    // Without --expect-version the change is still made against the version just read:
    // a change by someone else in between is reported, never silently overwritten.
    const FlagStore::SetResult result =
            store.setFlag(fiscalYear, projectCode, wanted, expectedVersion.value_or(stored.version));
    switch (result.outcome) {
    case FlagStore::Outcome::Saved:
    case FlagStore::Outcome::Unchanged:
        info(QString::number(result.flag.version));
        return Ok;
    case FlagStore::Outcome::Conflict:
        error(tr("hyoka flag: %1 (%2) is at version %3, not %4 (last changed by %5 at %6); nothing was changed")
                      .arg(shownName)
                      .arg(fiscalYear)
                      .arg(result.flag.version)
                      .arg(expectedVersion.value_or(stored.version))
                      .arg(result.flag.reviewer.isEmpty() ? tr("nobody") : result.flag.reviewer,
                           result.flag.updatedAt.isEmpty() ? tr("never") : result.flag.updatedAt));
        return Conflict;
    case FlagStore::Outcome::UnknownRecord:
        error(tr("hyoka flag: %1").arg(result.error));
        return InputProblem;
    case FlagStore::Outcome::Failed:
        break;
    }
    error(result.error);
    return InputProblem;
}

} // namespace Hyoka

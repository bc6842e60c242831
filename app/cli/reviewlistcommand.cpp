// `hyoka review-list`: the flagged and suggested records as CSV or XLSX.
#include "clicommands.h"

#include "clioutput.h"
#include "reviewdatabase.h"
#include "reviewlist.h"
#include "reviewlistwriter.h"
#include "reviewrules.h"

#include <QCommandLineParser>

namespace Hyoka {

using namespace CliOutput;

int Commands::reviewListCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption db(QStringLiteral("db"), tr("review database"), QStringLiteral("DB"));
    const QCommandLineOption format(QStringLiteral("format"), tr("csv or xlsx"), QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringList { QStringLiteral("o"), QStringLiteral("output") },
                                    tr("output file"), QStringLiteral("OUT"));
    parser.addOptions({ db, format, output });
    if (!parser.parse(QStringList { QStringLiteral("hyoka review-list") } + args)) {
        error(QStringLiteral("hyoka review-list: %1").arg(parser.errorText()));
        return UsageError;
    }
    if (!parser.positionalArguments().isEmpty()) {
        error(tr("hyoka review-list: unexpected argument \"%1\"")
                      .arg(parser.positionalArguments().constFirst()));
        return UsageError;
    }
    const QString fmt = parser.isSet(format) ? parser.value(format).toLower() : QStringLiteral("csv");
    if (fmt != u"csv" && fmt != u"xlsx") {
        error(tr("hyoka review-list: --format takes csv or xlsx, not \"%1\"").arg(fmt));
        return UsageError;
    }
    const QString out = parser.value(output);
    if (fmt == u"xlsx" && (out.isEmpty() || out == u"-")) {
        error(tr("hyoka review-list: --format xlsx needs -o OUT.xlsx"));
        return UsageError;
    }

    ReviewDatabase database;
    QString err;
    if (!database.open(parser.value(db), &err)) {
        error(err);
        return InputProblem;
    }
    const RuleSettings settings = ReviewRules::loadSettings(database);
    const auto entries = ReviewList::load(database, settings, &err);
    if (!entries) {
        error(tr("hyoka review-list: %1").arg(err));
        return InputProblem;
    }
    if (out.isEmpty() || out == u"-") {
        CliOutput::out(ReviewListWriter::csv(*entries));
        return Ok;
    }
    if (!ReviewListWriter::write(*entries, out,
                                 fmt == u"xlsx" ? ReviewListWriter::Format::Xlsx
                                                : ReviewListWriter::Format::Csv,
                                 &err)) {
        error(err);
        return InputProblem;
    }
    info(tr("%1: %n record(s) to review", "", int(entries->size())).arg(out));
    return Ok;
}

} // namespace Hyoka

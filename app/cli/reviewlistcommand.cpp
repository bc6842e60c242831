// `hyoka review-list`: the flagged and suggested records as CSV or XLSX.
#include "clicommands.h"

#include "cliargs.h"
#include "clioutput.h"
#include "reviewdatabase.h"
#include "reviewlist.h"
#include "reviewlistwriter.h"
#include "reviewrules.h"

#include <QCommandLineParser>
#include <QFile>

#include <memory>

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
    if (!openDatabase(database, parser.value(db)))
        return InputProblem;
    const RuleSettings settings = ReviewRules::loadSettings(database);
    const bool toStdout = out.isEmpty() || out == u"-";
    QFile stdoutFile;
    if (toStdout && !stdoutFile.open(stdout, QIODevice::WriteOnly)) {
        error(tr("hyoka review-list: cannot write to standard output"));
        return InputProblem;
    }
    std::unique_ptr<ReviewListWriter> writer = toStdout
            ? std::make_unique<ReviewListWriter>(stdoutFile)
            : std::make_unique<ReviewListWriter>(out, fmt == u"xlsx" ? ReviewListWriter::Format::Xlsx
                                                                     : ReviewListWriter::Format::Csv);
    qint64 count = 0;
    bool readFailed = false;
    if (!writer->writeAll(database, settings, &count, &readFailed)) {
        error(readFailed ? tr("hyoka review-list: %1").arg(writer->errorString()) : writer->errorString());
        return InputProblem;
    }
    if (!toStdout)
        info(tr("%1: %n record(s) to review", "", int(count)).arg(out));
    return Ok;
}

} // namespace Hyoka

// `hyoka imports`: every import of the database, newest first (docs/storage.md,
// "Import history").
#include "clicommands.h"

#include "cliargs.h"
#include "clioutput.h"
#include "importhistory.h"
#include "reviewdatabase.h"

#include <QCommandLineParser>

namespace Hyoka {

using namespace CliOutput;

int Commands::importsCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const RecordOptions options;
    parser.addOption(options.db);
    if (!parser.parse(QStringList { QStringLiteral("hyoka imports") } + args)
        || !parser.positionalArguments().isEmpty()) {
        error(QStringLiteral("hyoka imports: %1").arg(parser.errorText().isEmpty() ? tr("unexpected argument")
                                                                                   : parser.errorText()));
        return UsageError;
    }
    ReviewDatabase database;
    if (!openDatabase(database, parser.value(options.db)))
        return InputProblem;
    const ImportHistory history = ImportHistory::read(&database);
    if (!history.error.isEmpty()) {
        error(history.error);
        return InputProblem;
    }
    // One tab-separated line per import, newest first (a tab in a file name becomes a space).
    for (const ImportHistory::Entry &e : history.entries) {
        QString file = e.fileName;
        file.replace(u'\t', u' ').replace(u'\n', u' ');
        info(QStringList { QString::number(e.id), e.importedAt, file, QString::number(e.fileSize), e.sha256,
                           QString::number(e.recordCount), QString::number(e.skippedCount),
                           QString::number(e.warningCount) }
                     .join(u'\t'));
    }
    return Ok;
}

} // namespace Hyoka

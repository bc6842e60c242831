#include "commandline.h"

#include "clioutput.h"
#include "clicommands.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QApplication>

#include <cstdio>
#include <cstring>

namespace Hyoka::CommandLine {

static const char *const headlessCommands[] = { "import", "export", "check", "report", "flag",
                                                 "copy",   "restore", "backup", "detect", "grant", "roles", "profile", "history", "links", "imports", "help", "--help", "-h", "--version",
                                                 "-v" };

bool isHeadlessInvocation(int argc, char **argv)
{
    if (argc < 2)
        return false;
    for (const char *c : headlessCommands) {
        if (std::strcmp(argv[1], c) == 0)
            return true;
    }
    // A bare word that is no file is a mistyped command: say so instead of opening
    // the window and failing to import it.
    const QByteArray word = argv[1];
    return !word.startsWith('-') && !word.contains('/') && !word.contains('.')
            && !QFileInfo::exists(QString::fromLocal8Bit(word));
}

// The command line speaks through CliOutput, one line per problem. Qt's own chatter —
// the PostgreSQL driver's "Unable to free statement" and the server's "FATAL:
// terminating connection" notices once a server went away — would add lines to the
// one-line message (docs/robustness.md); HYOKA_DEBUG=1 shows it again.
static QtMessageHandler previous = nullptr;

static void quietQtMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg || qEnvironmentVariableIntValue("HYOKA_DEBUG") > 0) {
        if (previous)
            previous(type, context, message);
        else
            std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
    }
}

int run(int argc, char **argv)
{
    previous = qInstallMessageHandler(quietQtMessages);
    const QByteArray command = argv[1];
    // `report` paints charts and text: Qt Charts draws through QGraphicsWidget, which
    // needs a QApplication; with no display it picks the offscreen platform by itself.
    if (command == "report") {
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("hyoka"));
        QCoreApplication::setApplicationVersion(QStringLiteral(HYOKA_VERSION));
        Commands::installTranslator();
        return Commands::run(QCoreApplication::arguments());
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hyoka"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HYOKA_VERSION));
    Commands::installTranslator();
    return Commands::run(QCoreApplication::arguments());
}

} // namespace Hyoka::CommandLine

#include "commandline.h"

#include "clioutput.h"
#include "clicommands.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QApplication>

#include <cstring>

namespace Hyoka::CommandLine {

static const char *const headlessCommands[] = { "import", "export", "check", "report", "flag",
                                                 "copy",   "restore", "backup", "detect", "profile", "history", "links", "help",   "--help", "-h", "--version",
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

int run(int argc, char **argv)
{
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

#include "guiapplication.h"

#include "languagemanager.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QTimer>

namespace Hyoka {

QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : { 16, 22, 24, 32, 48, 64, 128, 256 })
        icon.addFile(QStringLiteral(":/desktop/hicolor/%1x%1/apps/%2.png").arg(size).arg(applicationId()),
                     QSize(size, size));
    return icon;
}

int runGuiApplication(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Hyoka"));
    QCoreApplication::setApplicationName(QStringLiteral("hyoka"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HYOKA_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Hyoka"));
    QGuiApplication::setDesktopFileName(applicationId());

    LanguageManager language;
    QCommandLineParser parser;
    const QCommandLineOption dbOption(
            QStringLiteral("db"),
            QCoreApplication::translate("Hyoka::GuiApplication",
                                        "Review database: a SQLite file or a postgresql:// URL."),
            QStringLiteral("DB"));
    const QCommandLineOption languageOption(
            QStringLiteral("language"),
            QCoreApplication::translate("Hyoka::GuiApplication",
                                        "User interface language: ja or en (default: as last chosen, else the "
                                        "system's; Japanese when the system's locale is C or POSIX)."),
            QStringLiteral("LANG"));
    parser.setApplicationDescription(QCoreApplication::translate(
            "Hyoka::GuiApplication", "Review municipal project-evaluation results."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(dbOption);
    parser.addOption(languageOption);
    parser.addPositionalArgument(
            QStringLiteral("files"),
            QCoreApplication::translate("Hyoka::GuiApplication",
                                        "Evaluation tables to import (Markdown, CSV, XLSX, PDF)."),
            QStringLiteral("[FILE...]"));
    parser.process(app);

    const QString chosen = parser.isSet(languageOption)
            ? parser.value(languageOption)
            : QSettings().value(QStringLiteral("language")).toString();
    language.setPreference(chosen);
    QApplication::setWindowIcon(applicationIcon());

    MainWindow window(&language);
    window.show();
    window.openStartupDatabase(parser.value(dbOption));
    QStringList files;
    for (const QString &file : parser.positionalArguments())
        files.append(QFileInfo(file).absoluteFilePath());
    if (!files.isEmpty())
        window.importFiles(files);
    return app.exec();
}

} // namespace Hyoka

#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Hyoka {

// The sub-commands themselves; CommandLine::run() sets up the application first.
class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::Commands)
public:
    enum ExitCode { Ok = 0, InputProblem = 1, UsageError = 2, Conflict = 3 };

    static void installTranslator();
    // `arguments` is the whole argv (program name first).
    static int run(const QStringList &arguments);

    static QString usage();

private:
    static int importCommand(const QStringList &args);
    static int exportCommand(const QStringList &args);
    static int checkCommand(const QStringList &args);
    static int reportCommand(const QStringList &args);
    static int flagCommand(const QStringList &args);       // flagcommand.cpp
    static int reviewListCommand(const QStringList &args); // reviewlistcommand.cpp
    static int copyCommand(const QStringList &args); // copycommand.cpp
    static int restoreCommand(const QStringList &args); // restorecommand.cpp
    static int backupCommand(const QStringList &args);  // backupcommand.cpp
    static int restoreReviewWork(const QString &spec, const QString &file); // backupcommand.cpp
    static void listReviewBackups(const QString &spec);                     // backupcommand.cpp
    static int grantCommand(const QStringList &args);   // grantcommand.cpp
    static int rolesCommand(const QStringList &args);   // grantcommand.cpp
    static int detectCommand(const QStringList &args);  // detectcommand.cpp
    static int profileCommand(const QStringList &args); // detectcommand.cpp
    static int historyCommand(const QStringList &args); // historycommand.cpp
    static int linksCommand(const QStringList &args);   // historycommand.cpp
    static int importsCommand(const QStringList &args); // importscommand.cpp
};

} // namespace Hyoka

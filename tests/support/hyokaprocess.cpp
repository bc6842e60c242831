#include "hyokaprocess.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace Hyoka::TestSupport {

HyokaRun runHyoka(const QStringList &args, const QHash<QString, QString> &environment)
{
    QProcess p;
    p.setProgram(QStringLiteral(HYOKA_BINARY));
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start();
    HyokaRun r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace Hyoka::TestSupport

#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Hyoka::TestSupport {

// What one run of the `hyoka` executable gave.
struct HyokaRun
{
    int exitCode = -1; // -1: did not finish within two minutes; -2: crashed
    QByteArray out;
    QByteArray err;
};

// Runs the built `hyoka` with `args`, in the test's environment plus `environment`
// (XDG_DATA_HOME, USER, LANG …), and waits for it.
HyokaRun runHyoka(const QStringList &args, const QHash<QString, QString> &environment = {});

} // namespace Hyoka::TestSupport

#pragma once

// A QueryWorker opens its connection on its own thread (docs/architecture.md,
// "Threading"): a test that needs it open waits for it.

#include "queryworker.h"

#include <QSignalSpy>
#include <QString>

namespace Hyoka::TestSupport {

// Opens `worker`'s connection (QueryWorker::setDatabase(), which returns at once) and
// waits for it: false, with the message, when the database could not be opened.
[[nodiscard]] inline bool openWorker(QueryWorker &worker, const QString &spec, QString *error = nullptr,
                                     int timeoutMs = 30000)
{
    QSignalSpy opened(&worker, &QueryWorker::connectionOpened);
    worker.setDatabase(spec);
    if (!opened.wait(timeoutMs)) {
        if (error)
            *error = QStringLiteral("the connection did not open within %1 ms").arg(timeoutMs);
        return false;
    }
    if (error)
        *error = opened.constFirst().at(1).toString();
    return opened.constFirst().at(0).toBool();
}

} // namespace Hyoka::TestSupport

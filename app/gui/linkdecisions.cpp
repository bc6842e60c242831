#include "linkdecisions.h"

#include "projectlinks.h"
#include "reviewdatabase.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Hyoka {

LinkDecisions::LinkDecisions(std::function<QString()> databaseSpec, QObject *parent)
    : QObject(parent), m_databaseSpec(std::move(databaseSpec))
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_watcher.result();
        if (!error.isEmpty())
            emit finished(false, tr("The link could not be changed: %1").arg(error));
        else
            emit finished(true, m_sameProject ? tr("Confirmed: the renamed record continues the project.")
                                              : tr("Undone: the renamed record is a project of its own."));
    });
}

LinkDecisions::~LinkDecisions()
{
    m_watcher.waitForFinished();
}

void LinkDecisions::decide(int fiscalYear, const QString &key, bool sameProject)
{
    const QString spec = m_databaseSpec();
    if (spec.isEmpty() || m_watcher.isRunning())
        return;
    m_sameProject = sameProject;
    m_watcher.setFuture(QtConcurrent::run([spec, fiscalYear, key, sameProject] {
        ReviewDatabase db;
        QString error;
        if (!db.open(spec, &error))
            return error;
        ProjectLinks links(db);
        const bool ok = sameProject ? links.confirm(fiscalYear, key, &error) : links.undo(fiscalYear, key, &error);
        return ok ? QString() : error;
    }));
}

} // namespace Hyoka

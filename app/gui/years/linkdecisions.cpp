#include "linkdecisions.h"

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
            emit finished(true, m_doneMessage);
    });
}

LinkDecisions::~LinkDecisions()
{
    m_watcher.waitForFinished();
}

void LinkDecisions::decide(int fiscalYear, const QString &key, bool sameProject)
{
    start([fiscalYear, key, sameProject](ProjectLinks &links, QString *error) {
        return sameProject ? links.confirm(fiscalYear, key, error) : links.undo(fiscalYear, key, error);
    },
          sameProject ? tr("Confirmed: the renamed record continues the project.")
                      : tr("Undone: the renamed record is a project of its own."));
}

bool LinkDecisions::apply(const ProjectLinks::Changes &changes)
{
    const int count = int(changes.renames.size() + changes.decisions.size() + (changes.threshold ? 1 : 0));
    return start([changes](ProjectLinks &links, QString *error) { return links.apply(changes, error); },
          tr("%n change(s) applied; the fiscal years are linked again.", "", count));
}

bool LinkDecisions::start(std::function<bool(ProjectLinks &, QString *)> work, const QString &doneMessage)
{
    const QString spec = m_databaseSpec();
    if (spec.isEmpty() || m_watcher.isRunning())
        return false;
    m_doneMessage = doneMessage;
    m_watcher.setFuture(QtConcurrent::run([spec, work = std::move(work)] {
        ReviewDatabase db;
        QString error;
        if (!db.open(spec, &error))
            return error;
        ProjectLinks links(db);
        return work(links, &error) ? QString() : error;
    }));
    return true;
}

} // namespace Hyoka

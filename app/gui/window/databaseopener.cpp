#include "databaseopener.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Hyoka {

DatabaseOpener::DatabaseOpener(QObject *parent) : QObject(parent) { }

DatabaseOpener::~DatabaseOpener()
{
    // An upgrade under way finishes (and closes its connection) before the window goes.
    if (m_watcher)
        m_watcher->waitForFinished();
}

DatabaseOpener::Outcome DatabaseOpener::prepare(const QString &spec)
{
    Outcome outcome;
    ReviewDatabase db;
    outcome.ok = db.open(spec, &outcome.error);
    if (outcome.ok)
        outcome.prepared = db.prepared();
    else
        outcome.passwordWanted = db.passwordWanted();
    return outcome;
}

void DatabaseOpener::open(const QString &spec)
{
    cancel();
    auto *watcher = new QFutureWatcher<Outcome>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher != m_watcher)
            return;
        m_watcher = nullptr;
        emit finished(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&DatabaseOpener::prepare, spec));
}

void DatabaseOpener::cancel()
{
    if (!m_watcher)
        return;
    // Its finished() still comes, and is dropped: the watcher is no longer m_watcher.
    m_watcher = nullptr;
}

} // namespace Hyoka

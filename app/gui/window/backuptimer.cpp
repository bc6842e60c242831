#include "backuptimer.h"

#include "reviewbackup.h"
#include "reviewdatabase.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace Hyoka {

BackupTimer::BackupTimer(std::function<ReviewDatabase *()> database, QObject *parent)
    : QObject(parent), m_database(std::move(database))
{
    // The first check a few minutes after start, so that opening the window never waits.
    m_timer.setInterval(60 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &BackupTimer::backupIfDue);
    QTimer::singleShot(3 * 60 * 1000, this, [this] {
        backupIfDue();
        m_timer.start();
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        if (!outcome.error.isEmpty())
            emit message(tr("The review work could not be backed up: %1").arg(outcome.error));
        else if (outcome.written)
            emit message(tr("Review work backed up to %1").arg(QFileInfo(outcome.path).fileName()));
        emit finished(outcome.written);
    });
}

BackupTimer::~BackupTimer()
{
    m_watcher.waitForFinished();
}

bool BackupTimer::backupIfDue()
{
    ReviewDatabase *db = m_database();
    if (!db || !db->isOpen() || m_watcher.isRunning())
        return false;
    const QString spec = db->spec();
    m_watcher.setFuture(QtConcurrent::run([spec] {
        Outcome outcome;
        if (!ReviewBackup::dailyDue(spec))
            return outcome;
        ReviewDatabase own;
        if (!own.open(spec, &outcome.error))
            return outcome;
        const std::optional<ReviewBackup> written =
                ReviewBackup::writeAutomatic(own, QStringLiteral("daily"), &outcome.error);
        outcome.written = written.has_value();
        if (written)
            outcome.path = written->path;
        return outcome;
    }));
    return true;
}

} // namespace Hyoka

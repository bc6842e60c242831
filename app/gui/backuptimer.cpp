#include "backuptimer.h"

#include "reviewbackup.h"
#include "reviewdatabase.h"

#include <QFileInfo>

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
}

bool BackupTimer::backupIfDue()
{
    ReviewDatabase *db = m_database();
    if (!db || !db->isOpen() || !ReviewBackup::dailyDue(db->spec()))
        return false;
    QString error;
    const std::optional<ReviewBackup> written =
            ReviewBackup::writeAutomatic(*db, QStringLiteral("daily"), &error);
    if (!error.isEmpty())
        emit message(tr("The review work could not be backed up: %1").arg(error));
    else if (written)
        emit message(tr("Review work backed up to %1").arg(QFileInfo(written->path).fileName()));
    return written.has_value();
}

} // namespace Hyoka

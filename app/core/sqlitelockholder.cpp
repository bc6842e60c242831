#include "sqlitelockholder.h"

#include <QCoreApplication>
#include <QFile>

#include <fcntl.h>
#include <unistd.h>

namespace Hyoka::SqliteLockHolder {

namespace {

// The process holding a write-conflicting lock on byte `offset` of `path`; 0 when none.
pid_t holderOf(const QString &path, off_t offset)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = offset;
    lock.l_len = 1;
    pid_t pid = 0;
    if (::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK)
        pid = lock.l_pid;
    ::close(fd);
    return pid;
}

} // namespace

QString describe(const QString &databasePath)
{
    // The WAL index's write lock (WALINDEX_LOCK_OFFSET 120, slot 0), then the rollback
    // journal's RESERVED byte (PENDING_BYTE 0x40000000 + 1).
    pid_t pid = holderOf(databasePath + QStringLiteral("-shm"), 120);
    if (pid <= 0)
        pid = holderOf(databasePath, 0x40000001);
    if (pid <= 0)
        return QString();
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    const QString name = comm.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(comm.readAll()).trimmed()
                                                         : QString();
    return name.isEmpty()
            ? QCoreApplication::translate("Hyoka::ReviewDatabase", "process %1").arg(pid)
            : QCoreApplication::translate("Hyoka::ReviewDatabase", "process %1 (%2)").arg(pid).arg(name);
}

} // namespace Hyoka::SqliteLockHolder

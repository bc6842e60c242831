#include "sqlitelocks.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <limits>

#include <sys/stat.h>

namespace Hyoka::SqliteLocks {

namespace {

QMutex s_mutex;
QHash<QString, int> s_open; // absolute path → open connections in this process

QString key(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

// The process with a write lock over byte `offset` of `path`, from /proc/locks
// ("1: POSIX  ADVISORY  WRITE 1234 08:01:5678 120 120"); 0 when none is listed.
qint64 holderOf(const QString &path, qint64 offset)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    const QByteArray inode = ':' + QByteArray::number(quint64(st.st_ino));
    // /proc files report size 0: read to the end rather than asking atEnd().
    const QList<QByteArray> lines = locks.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> f = line.simplified().split(' ');
        // Blocked waiters are listed as "1: -> POSIX …": their pid does not hold it.
        if (f.size() < 8 || f.at(1) == "->" || f.at(3) != "WRITE" || !f.at(5).endsWith(inode))
            continue;
        const qint64 start = f.at(6).toLongLong();
        const qint64 end = f.at(7) == "EOF" ? std::numeric_limits<qint64>::max() : f.at(7).toLongLong();
        if (start <= offset && offset <= end)
            return f.at(4).toLongLong();
    }
    return 0;
}

} // namespace

void opened(const QString &databasePath)
{
    QMutexLocker lock(&s_mutex);
    ++s_open[key(databasePath)];
}

void closed(const QString &databasePath)
{
    QMutexLocker lock(&s_mutex);
    const QString k = key(databasePath);
    if (--s_open[k] <= 0)
        s_open.remove(k);
}

bool isOpenHere(const QString &databasePath)
{
    QMutexLocker lock(&s_mutex);
    return s_open.contains(key(databasePath));
}

QString describeWriter(const QString &databasePath)
{
    // WALINDEX_LOCK_OFFSET 120, slot 0; then PENDING_BYTE 0x40000000 + 1 (RESERVED).
    qint64 pid = holderOf(databasePath + QStringLiteral("-shm"), 120);
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

} // namespace Hyoka::SqliteLocks

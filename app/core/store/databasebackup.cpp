#include "databasebackup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtEndian>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <functional>
#include <utility>

namespace Hyoka {

namespace {

const QString stampFormat = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");

QString nowStamp()
{
    return QDateTime::currentDateTimeUtc().toString(stampFormat);
}

// Opens `path` read-only on a private connection and runs `check` on it.
bool withReadOnlyConnection(const QString &path, const std::function<bool(QSqlDatabase &)> &check)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("hyoka-backup-check-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open())
            ok = check(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

QString DatabaseBackup::newPath(const QString &databasePath, int fromVersion)
{
    const QString stamp = nowStamp();
    QString path = QStringLiteral("%1.v%2-backup-%3.sqlite").arg(databasePath).arg(fromVersion).arg(stamp);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QStringLiteral("%1.v%2-backup-%3-%4.sqlite").arg(databasePath).arg(fromVersion).arg(stamp).arg(n);
    return path;
}

QList<DatabaseBackup> DatabaseBackup::available(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QRegularExpression pattern(
            QStringLiteral("^") + QRegularExpression::escape(info.fileName())
            + QStringLiteral("\\.v(\\d+)-backup-(\\d{8}T\\d{6}Z)(?:-(\\d+))?\\.sqlite$"));
    QList<std::pair<DatabaseBackup, int>> found; // with the -N sequence number
    const QFileInfoList files = info.absoluteDir().entryInfoList(
            { info.fileName() + QStringLiteral(".v*-backup-*.sqlite") }, QDir::Files);
    for (const QFileInfo &file : files) {
        const auto m = pattern.match(file.fileName());
        if (!m.hasMatch())
            continue;
        DatabaseBackup b;
        b.path = file.filePath();
        b.fromVersion = m.captured(1).toInt();
        b.createdAt = QDateTime::fromString(m.captured(2), stampFormat);
        b.createdAt.setTimeZone(QTimeZone::utc());
        b.size = file.size();
        found.append({ b, m.captured(3).isEmpty() ? 1 : m.captured(3).toInt() });
    }
    // Newest first; within one second, the higher sequence number is the later one.
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        if (a.first.createdAt != b.first.createdAt)
            return a.first.createdAt > b.first.createdAt;
        return a.second > b.second;
    });
    QList<DatabaseBackup> backups;
    for (const auto &f : std::as_const(found))
        backups.append(f.first);
    return backups;
}

QString DatabaseBackup::damageInFileHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString(); // SQLite will say why it cannot be opened
    const qint64 size = file.size();
    if (size == 0)
        return QString();
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return tr("not a SQLite database (its header is damaged, or it is another kind of file)");
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return tr("damaged (its header gives an impossible page size)");
    // Pages committed in WAL mode may still live in the -wal file only.
    const bool walPending = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (walPending)
        return QString();
    if (size % pageSize != 0)
        return tr("damaged (%1 bytes is not a whole number of %2-byte pages; the file was probably cut off)")
                .arg(size)
                .arg(pageSize);
    // The page count in the header is reliable when it was written together with the
    // change counter (SQLite ≥ 3.7.0 does).
    const quint32 changeCounter = qFromBigEndian<quint32>(header.constData() + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(header.constData() + 28);
    const quint32 validFor = qFromBigEndian<quint32>(header.constData() + 92);
    if (changeCounter == validFor && pageCount > 0 && size < qint64(pageCount) * pageSize)
        return tr("damaged (the file holds %1 of its %2 pages; it was probably cut off)")
                .arg(size / pageSize)
                .arg(pageCount);
    return QString();
}

bool DatabaseBackup::restore(const QString &databasePath, const QString &backupPath, QString *error,
                             QString *keptAs)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!QFileInfo(backupPath).isFile())
        return fail(tr("%1: no such backup").arg(backupPath));
    const QString damage = damageInFileHeader(backupPath);
    if (!damage.isEmpty())
        return fail(tr("%1: the backup is %2").arg(backupPath, damage));
    QString checkError;
    const bool healthy = withReadOnlyConnection(backupPath, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) {
            checkError = q.lastError().text();
            return false;
        }
        if (q.value(0).toString() != u"ok") {
            checkError = q.value(0).toString();
            return false;
        }
        if (!q.exec(QStringLiteral("SELECT version FROM schema_info")) || !q.next()) {
            checkError = tr("it holds no Hyoka schema");
            return false;
        }
        return true;
    });
    if (!healthy)
        return fail(tr("%1: the backup cannot be used: %2")
                            .arg(backupPath, checkError.isEmpty() ? tr("it cannot be opened") : checkError));

    // Copy first, next to the database, so that the switch below is two renames.
    const QFileInfo target(databasePath);
    const QString staging = databasePath + QStringLiteral(".restoring-") + nowStamp();
    QFile::remove(staging);
    if (!QFile::copy(backupPath, staging)) {
        QFile::remove(staging);
        return fail(tr("%1: cannot copy the backup next to the database").arg(backupPath));
    }
    QFile(staging).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                  | QFile::ReadOther);

    // Keep what is being replaced: the database and its -wal (whose pages belong to
    // it and must never be replayed onto the backup); the -shm is only an index.
    QString aside;
    if (target.exists()) {
        aside = QStringLiteral("%1.damaged-%2.sqlite").arg(databasePath, nowStamp());
        for (int n = 2; QFileInfo::exists(aside); ++n)
            aside = QStringLiteral("%1.damaged-%2-%3.sqlite").arg(databasePath, nowStamp()).arg(n);
        if (!QFile::rename(databasePath, aside)) {
            QFile::remove(staging);
            return fail(tr("%1: cannot move the damaged database aside").arg(databasePath));
        }
    }
    const QString wal = databasePath + QStringLiteral("-wal");
    QString walAside;
    if (QFileInfo::exists(wal)) {
        walAside = aside.isEmpty() ? wal + QStringLiteral(".orphan-") + nowStamp()
                                                 : aside + QStringLiteral("-wal");
        if (!QFile::rename(wal, walAside)) {
            if (!aside.isEmpty())
                QFile::rename(aside, databasePath);
            QFile::remove(staging);
            return fail(tr("%1: cannot move the write-ahead log aside").arg(wal));
        }
    }
    QFile::remove(databasePath + QStringLiteral("-shm"));
    QFile::remove(databasePath + QStringLiteral("-journal"));
    if (!QFile::rename(staging, databasePath)) {
        if (!aside.isEmpty())
            QFile::rename(aside, databasePath);
        if (!walAside.isEmpty())
            QFile::rename(walAside, wal);
        QFile::remove(staging);
        return fail(tr("%1: cannot put the backup in place").arg(databasePath));
    }
    if (keptAs)
        *keptAs = aside;
    return true;
}

bool DatabaseBackup::createPrivateFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                          0600);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

} // namespace Hyoka

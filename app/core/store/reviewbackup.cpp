#include "reviewbackup.h"

#include "reviewdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <numeric>

namespace Hyoka {

namespace {

const char stampFormat[] = "yyyyMMdd'T'HHmmsszzz'Z'";

// Reads the source in one snapshot, so flags and audit rows agree with each other.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(ReviewDatabase &db) : m_db(db)
    {
        QSqlQuery q(db.database());
        m_open = q.exec(db.isSqlite() ? QStringLiteral("BEGIN")
                                      : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    }
    ~ReadSnapshot()
    {
        if (m_open) {
            QSqlQuery q(m_db.database());
            q.exec(QStringLiteral("ROLLBACK"));
        }
    }

private:
    ReviewDatabase &m_db;
    bool m_open = false;
};

} // namespace

QString ReviewBackup::folder()
{
    // The same folder for the window and the command line, next to the default database.
    return QFileInfo(ReviewDatabase::defaultLocation()).absolutePath() + QStringLiteral("/backups");
}

QString ReviewBackup::prefixFor(const QString &spec)
{
    const bool postgres = ReviewDatabase::isPostgresUrl(spec);
    const QString canonical = postgres ? ReviewDatabase::withoutPassword(spec)
                                       : QFileInfo(spec).absoluteFilePath();
    QString name = postgres ? QUrl(spec).path().mid(1) : QFileInfo(spec).completeBaseName();
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_]+"));
    name.replace(unsafe, QStringLiteral("_"));
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("review-%1-%2").arg(name.left(40), QString::fromLatin1(hash.left(8)));
}

std::optional<ReviewBackup> ReviewBackup::write(ReviewDatabase &db, const QString &reason, QString *error,
                                                const QString &explicitPath)
{
    if (!db.isOpen()) {
        *error = tr("no database is open");
        return std::nullopt;
    }
    ReviewBackup backup;
    backup.database = ReviewDatabase::withoutPassword(db.spec());
    backup.reason = reason;
    backup.createdAt = QDateTime::currentDateTimeUtc();
    QString finalPath = explicitPath;
    if (finalPath.isEmpty()) {
        if (!QDir().mkpath(folder())) {
            *error = tr("%1: cannot create the folder").arg(folder());
            return std::nullopt;
        }
        QFile::setPermissions(folder(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString base = folder() + u'/' + prefixFor(db.spec()) + u'-'
                + backup.createdAt.toString(QLatin1StringView(stampFormat)) + u'-' + reason;
        finalPath = base + QStringLiteral(".sqlite");
        for (int n = 2; QFileInfo::exists(finalPath); ++n)
            finalPath = base + QStringLiteral("-%1.sqlite").arg(n);
    }
    // Written beside its final name and renamed when complete: a backup is whole or absent.
    const QString partPath = finalPath + QStringLiteral(".part");
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(partPath + QLatin1StringView(suffix));
    {
        ReviewDatabase target;
        if (!target.open(partPath, error)) {
            target.close();
            for (const char *suffix : { "", "-wal", "-shm" })
                QFile::remove(partPath + QLatin1StringView(suffix));
            return std::nullopt;
        }
        const ReadSnapshot snapshot(db);
        if (!target.beginWrite(error))
            return std::nullopt;
        QSqlQuery q(target.database());
        bool ok = DatabaseCopier::copyReviewWork(db, target, &backup.flags, &backup.auditRows, error)
                && q.exec(QStringLiteral("CREATE TABLE backup_info (key TEXT PRIMARY KEY, value TEXT)"))
                && q.prepare(QStringLiteral("INSERT INTO backup_info (key, value) VALUES (?, ?)"));
        const std::pair<const char *, QString> info[] = {
            { "database", backup.database },
            { "reason", reason },
            { "created_at", backup.createdAt.toString(Qt::ISODateWithMs) },
            { "flags", QString::number(backup.flags) },
            { "audit_rows", QString::number(backup.auditRows) },
        };
        for (const auto &[key, value] : info) {
            q.bindValue(0, QString::fromLatin1(key));
            q.bindValue(1, value);
            ok = ok && q.exec();
        }
        if (!ok && error->isEmpty())
            *error = q.lastError().text();
        if (!ok || !target.commitWrite(error)) {
            target.rollbackWrite();
            target.close();
            QFile::remove(partPath);
            *error = tr("cannot write the backup %1: %2").arg(finalPath, *error);
            return std::nullopt;
        }
        QSqlQuery(target.database()).exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
    }
    if (std::rename(QFile::encodeName(partPath).constData(), QFile::encodeName(finalPath).constData()) != 0) {
        QFile::remove(partPath);
        *error = tr("cannot write the backup %1").arg(finalPath);
        return std::nullopt;
    }
    backup.path = finalPath;
    if (explicitPath.isEmpty())
        rotate(db.spec());
    return backup;
}

std::optional<ReviewBackup> ReviewBackup::writeAutomatic(ReviewDatabase &db, const QString &reason,
                                                        QString *error)
{
    error->clear();
    QSqlQuery q(db.database());
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM flags) + (SELECT count(*) FROM audit_log)"
                               " + (SELECT count(*) FROM settings)"))
        || !q.next() || q.value(0).toLongLong() == 0)
        return std::nullopt;
    q.finish();
    return write(db, reason, error);
}

QList<ReviewBackup> ReviewBackup::list(const QString &spec)
{
    QList<ReviewBackup> out;
    QList<int> suffixes; // 1 for none, n for "-n"
    const QString prefix = prefixFor(spec.isEmpty() ? ReviewDatabase::defaultLocation() : spec);
    static const QRegularExpression tail(QStringLiteral("^-(\\d{8}T\\d{9}Z)-([a-z]+)(-\\d+)?\\.sqlite$"));
    const QDir dir(folder());
    const QStringList names = dir.entryList({ prefix + QStringLiteral("-*.sqlite") }, QDir::Files,
                                            QDir::Name | QDir::Reversed);
    for (const QString &name : names) {
        const QRegularExpressionMatch m = tail.match(name.mid(prefix.size()));
        if (!m.hasMatch())
            continue;
        ReviewBackup b;
        b.path = dir.filePath(name);
        b.database = ReviewDatabase::withoutPassword(spec);
        b.reason = m.captured(2);
        b.createdAt = QDateTime::fromString(m.captured(1), QLatin1StringView(stampFormat));
        b.createdAt.setTimeSpec(Qt::UTC);
        out << b;
        suffixes << (m.captured(3).isEmpty() ? 1 : m.captured(3).mid(1).toInt());
    }
    // Newest first; within one millisecond "-2" came after the name without a number.
    QList<qsizetype> order(out.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        if (out.at(a).createdAt != out.at(b).createdAt)
            return out.at(a).createdAt > out.at(b).createdAt;
        return suffixes.at(a) > suffixes.at(b);
    });
    QList<ReviewBackup> sorted;
    for (const qsizetype i : std::as_const(order))
        sorted << out.at(i);
    return sorted;
}

void ReviewBackup::rotate(const QString &spec)
{
    const QList<ReviewBackup> all = list(spec);
    for (qsizetype i = keep; i < all.size(); ++i)
        QFile::remove(all.at(i).path);
    // Parts left by a backup that was killed (an hour old: none is still being written).
    const QDir dir(folder());
    const QFileInfoList parts = dir.entryInfoList({ prefixFor(spec) + QStringLiteral("-*.sqlite.part*") },
                                                  QDir::Files);
    for (const QFileInfo &part : parts) {
        if (part.lastModified().secsTo(QDateTime::currentDateTime()) > 3600)
            QFile::remove(part.absoluteFilePath());
    }
}

bool ReviewBackup::dailyDue(const QString &spec)
{
    const QList<ReviewBackup> all = list(spec);
    return all.isEmpty() || all.constFirst().createdAt.secsTo(QDateTime::currentDateTimeUtc()) >= 24 * 3600;
}

std::optional<ReviewBackup> ReviewBackup::read(const QString &path, QString *error)
{
    const QString connection = QStringLiteral("hyoka-backup-read-%1").arg(quintptr(&path));
    std::optional<ReviewBackup> result;
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        sql.setDatabaseName(path);
        sql.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery q(sql);
        if (!QFileInfo::exists(path) || !sql.open()
            || !q.exec(QStringLiteral("SELECT key, value FROM backup_info"))) {
            *error = tr("%1: not a Hyoka review backup").arg(path);
        } else {
            ReviewBackup b;
            b.path = path;
            while (q.next()) {
                const QString key = q.value(0).toString();
                const QString value = q.value(1).toString();
                if (key == u"database")
                    b.database = value;
                else if (key == u"reason")
                    b.reason = value;
                else if (key == u"created_at")
                    b.createdAt = QDateTime::fromString(value, Qt::ISODateWithMs);
                else if (key == u"flags")
                    b.flags = value.toInt();
                else if (key == u"audit_rows")
                    b.auditRows = value.toInt();
            }
            result = b;
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

CopyResult ReviewBackup::restore(ReviewDatabase &db, const QString &path)
{
    CopyResult result;
    if (!read(path, &result.error))
        return result;
    // A copy is opened (and upgraded, when it is older): the backup itself never changes.
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("backup.sqlite"));
    if (!scratch.isValid() || !QFile::copy(path, copy)) {
        result.error = tr("%1: cannot read the backup").arg(path);
        return result;
    }
    ReviewDatabase from;
    if (!from.open(copy, &result.error))
        return result;
    return DatabaseCopier::restoreReviewWork(from, db);
}

} // namespace Hyoka

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Hyoka {

// A copy of a SQLite review database that ReviewDatabase writes (VACUUM INTO) before
// each schema migration, named <file>.v<old version>-backup-<yyyyMMddTHHmmssZ>.sqlite
// next to it; and the means to find such copies and put one back when the database
// can no longer be opened. Also the checks that tell a damaged SQLite file before
// SQLite is allowed to touch it.
class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::DatabaseBackup)
public:
    QString path;
    int fromVersion = 0;   // the schema version the copy holds
    QDateTime createdAt;   // UTC, from the file name
    qint64 size = 0;

    // The file name a backup of `databasePath` at schema `fromVersion` gets now
    // (with -2, -3 … when that name is taken).
    static QString newPath(const QString &databasePath, int fromVersion);

    // The backups of `databasePath`, newest first.
    static QList<DatabaseBackup> available(const QString &databasePath);

    // Puts `backupPath` in place of `databasePath`, which must not be open anywhere.
    // The backup is checked first (a SQLite file that passes PRAGMA quick_check and
    // holds a Hyoka schema); the file it replaces, with its -wal, is kept as
    // <file>.damaged-<stamp>.sqlite (`keptAs`), never deleted. The backup itself
    // stays where it is.
    static bool restore(const QString &databasePath, const QString &backupPath, QString *error,
                        QString *keptAs = nullptr);

    // Why the existing file at `path` cannot be a healthy SQLite database, judged from
    // its size and its 100-byte header alone (no SQLite call, nothing written); empty
    // when it may be one. An empty file passes (SQLite makes it a new database).
    static QString damageInFileHeader(const QString &path);

    // Creates the empty file `path` readable and writable by its owner only (0600),
    // so that SQLite, which keeps an existing file's mode, never makes it public.
    static bool createPrivateFile(const QString &path);
};

} // namespace Hyoka

#pragma once

#include "databasecopier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Hyoka {

class ReviewDatabase;

// Automatic backups of the review work — flags, audit trail, rule settings and
// reviewer profiles, the part of a review database that cannot be imported again —
// as small SQLite files in <GenericDataLocation>/hyoka/backups (the application's data
// folder), for SQLite and PostgreSQL databases alike. Written before every import, at
// most daily while the window is open, and by `hyoka backup`; the newest `keep` per
// database are kept. Not to be mixed up with DatabaseBackup, the whole-file copy made
// before a schema upgrade. See docs/robustness.md.
class ReviewBackup
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::ReviewBackup)
public:
    QString path;
    QString database;     // the database it was taken from, without a password
    QString reason;       // "import", "daily", "manual"
    QDateTime createdAt;  // UTC
    int flags = 0;
    int auditRows = 0;

    static constexpr int keep = 14;

    static QString folder();
    // Writes a backup of `db`'s review work into folder() (or to `path` when given,
    // then without rotation) and rotates; returns it, or sets `error`.
    static std::optional<ReviewBackup> write(ReviewDatabase &db, const QString &reason, QString *error,
                                             const QString &path = QString());
    // write() for the automatic backups ("import", "daily"): nothing is written (nullopt,
    // `error` empty) when the database holds no review work yet, so that empty copies
    // never rotate real ones away.
    static std::optional<ReviewBackup> writeAutomatic(ReviewDatabase &db, const QString &reason,
                                                      QString *error);
    // The backups of the database `spec` in folder(), newest first.
    static QList<ReviewBackup> list(const QString &spec);
    // What a backup file holds (its database, time, reason, counts); nullopt when it
    // is no review backup.
    static std::optional<ReviewBackup> read(const QString &path, QString *error);
    // Whether the newest backup of `spec` is older than a day (or there is none).
    static bool dailyDue(const QString &spec);
    // Puts the review work of the backup at `path` back into `db`, matched to its
    // records by (fiscal year, code): flags keep their versions (a newer one in `db`
    // stays), audit rows already present are not added again.
    static CopyResult restore(ReviewDatabase &db, const QString &path);

private:
    static QString prefixFor(const QString &spec);
    static void rotate(const QString &spec);
};

} // namespace Hyoka

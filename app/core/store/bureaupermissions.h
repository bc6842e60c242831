#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Hyoka {

class ReviewDatabase;

// Per-bureau permissions on a shared (PostgreSQL) review database, enforced by the
// server (docs/permissions.md): a viewer reads; a reviewer of given bureaus reads
// everything and may write flags and audit rows of those bureaus' records only
// (row-level security on `flags` and `audit_log`); an administrator may also import,
// change rule settings and profiles. The objects — the table `bureau_permissions`,
// the function `hyoka_may_flag(year, code)` and the policies — are created on the
// first grant, idempotently, outside the schema's version chain. Not on SQLite, whose
// file permissions are all there is.
class BureauPermissions
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::BureauPermissions)
public:
    enum class Kind { Viewer, Reviewer, Admin };
    struct Grant
    {
        QString role;
        Kind kind = Kind::Viewer;
        QStringList bureaus; // a reviewer's
    };

    static QString kindName(Kind kind);

    // Creates the permission objects when missing (the schema's owner only).
    static bool install(ReviewDatabase &db, QString *error);
    // Makes `role` (an existing PostgreSQL role) a viewer, an administrator, or a
    // reviewer of `bureaus` more (as reviewer the bureaus are added to those it had).
    static bool grant(ReviewDatabase &db, const QString &role, Kind kind, const QStringList &bureaus,
                      QString *error);
    // Takes `bureaus` from a reviewer, or everything (no bureaus given): the role can
    // then only read what PUBLIC may.
    static bool revoke(ReviewDatabase &db, const QString &role, const QStringList &bureaus,
                       QString *error);
    // Every grant, by role name. Empty when none was ever made.
    static QList<Grant> list(ReviewDatabase &db, QString *error = nullptr);

    // The bureaus whose projects the connected user may flag; nullopt when nothing
    // restricts them (SQLite, no permissions installed, the owner, an administrator).
    static std::optional<QStringList> flaggableBureaus(ReviewDatabase &db);
    // Whether the connected user may flag this record (true without permissions).
    static bool mayFlag(ReviewDatabase &db, int fiscalYear, const QString &code);
};

} // namespace Hyoka

#pragma once

#include <QCoreApplication>
#include <QString>

namespace Hyoka {

class ReviewDatabase;

// What a copy moved.
struct CopyResult
{
    bool ok = false;
    QString error;
    int records = 0;
    int flags = 0;
    int auditRows = 0;
    int profiles = 0;
};

// Copies a review — records (with their amounts, ratings and the rest of
// docs/storage.md), reviewers' flags, the audit trail, rule settings and column
// profiles — from one database to another (SQLite ↔ PostgreSQL), in one transaction
// on the target. Records are upserted by (fiscal_year, identity key); a flag replaces
// the target's only when its version is newer; audit rows already present are not
// added twice; a profile replaces the target's only when it was updated later.
class DatabaseCopier
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::DatabaseCopier)
public:
    static CopyResult copy(ReviewDatabase &from, ReviewDatabase &to);

    // The review work alone — flags, audit trail, rule settings and column
    // profiles — inside the caller's write transaction on `to`. The
    // merge rules are copy()'s: a newer flag version wins, audit rows already present
    // (same record, field and version) are not added again.
    static bool copyReviewWork(ReviewDatabase &from, ReviewDatabase &to, int *flags, int *audit,
                               QString *error, int *profiles = nullptr);
    // copyReviewWork() in a transaction of its own (backups, docs/robustness.md).
    static CopyResult restoreReviewWork(ReviewDatabase &from, ReviewDatabase &to);
};

} // namespace Hyoka

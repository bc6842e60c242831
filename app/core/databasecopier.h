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
};

// Copies a review — records, reviewers' flags, the audit trail and rule settings —
// from one database to another (SQLite ↔ PostgreSQL), in one transaction on the
// target. Records are upserted by (fiscal_year, code); a flag replaces the target's
// only when its version is newer; audit rows already present are not added twice.
class DatabaseCopier
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::DatabaseCopier)
public:
    static CopyResult copy(ReviewDatabase &from, ReviewDatabase &to);
};

} // namespace Hyoka

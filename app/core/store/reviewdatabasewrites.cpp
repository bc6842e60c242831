// ReviewDatabase's writes: one transaction at a time, SQLite's write lock waited for
// and its holder named when the wait runs out (docs/robustness.md).
#include "reviewdatabase.h"

#include "sqlitelocks.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace Hyoka {

// How long a writer waits for another's SQLite write lock (docs/robustness.md).
static QAtomicInt s_writeLockWaitMs(ReviewDatabase::defaultWriteLockWaitMs);

int SqliteLocks::writeLockWaitMs()
{
    return s_writeLockWaitMs.loadRelaxed();
}

void ReviewDatabase::setWriteLockWait(int ms)
{
    s_writeLockWaitMs.storeRelaxed(ms < 0 ? defaultWriteLockWaitMs : ms);
}

bool ReviewDatabase::beginWrite(QString *error)
{
    QSqlDatabase db = database();
    if (m_readOnly) {
        if (error)
            *error = tr("the review database %1 is read-only for you; ask its owner for write access")
                             .arg(withoutPassword(m_spec));
        return false;
    }
    if (isSqlite()) {
        // Each try waits the busy timeout; a writer still busy after the whole wait is
        // told who holds the lock, never a bare "database is locked".
        QSqlQuery q(db);
        QElapsedTimer waited;
        waited.start();
        while (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
            const bool busy = code == 5 || code == 6; // SQLITE_BUSY, SQLITE_LOCKED
            if (busy && waited.elapsed() < s_writeLockWaitMs.loadRelaxed()) {
                QThread::msleep(20);
                continue;
            }
            if (error) {
                const QString holder = SqliteLocks::describeWriter(m_spec);
                *error = !busy ? q.lastError().text()
                        : tr("%1 stayed busy for %2 s: %3 holds its write lock; try again when it"
                             " has finished")
                                  .arg(m_spec)
                                  .arg(waited.elapsed() / 1000)
                                  .arg(holder.isEmpty() ? tr("another program") : holder);
            }
            return false;
        }
        return true;
    }
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    return true;
}

bool ReviewDatabase::commitWrite(QString *error)
{
    QSqlDatabase db = database();
    if (isSqlite()) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("COMMIT"))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        return true;
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    return true;
}

void ReviewDatabase::rollbackWrite()
{
    QSqlDatabase db = database();
    if (isSqlite()) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        db.rollback();
    }
}

} // namespace Hyoka

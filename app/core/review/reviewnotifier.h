#pragma once

#include "queryworker.h"

#include <QObject>
#include <QString>

class QTimer;

namespace Hyoka {

class ReviewDatabase;

// Tells open windows that another reviewer changed something in the shared review
// database. On PostgreSQL it LISTENs on the channel `hyoka_changes` through
// QSqlDriver::subscribeToNotification (writers NOTIFY in the same transaction, so
// the message arrives only after the commit; each message names the server process
// that sent it). The review session's notifier listens on its write connection, on
// that connection's thread (QueryWorker::listen(): nothing on the GUI thread), so
// that the session's own writes are not news to it; without a `poller` it listens on
// `db`'s connection, and setOwnWriter() names a connection whose writes are not news.
// On SQLite, where there is no such channel, it polls PRAGMA data_version on the
// `poller`'s connection, on its thread: the number changes when another connection
// commits to the same file, never for that connection's own writes.
class ReviewNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr const char16_t *channel = u"hyoka_changes";

    // `db` must outlive the notifier and belong to this thread; `poller` (not owned,
    // outliving the notifier), when given, is the connection listened on or polled.
    ReviewNotifier(ReviewDatabase &db, QueryWorker *poller, QObject *parent = nullptr);
    ~ReviewNotifier() override;

    // Whether it listens: on PostgreSQL once subscribed (in the constructor, or when
    // the poller says so), on SQLite once the first poll has given the version changes
    // are counted from.
    bool isActive() const { return m_active; }
    // Listens again after ReviewDatabase::reconnect() (a new server session knows
    // nothing of the old one's LISTEN). Returns whether it listens. (A poller listens
    // again by itself after each QueryWorker::setDatabase().)
    bool resubscribe();
    // PostgreSQL: messages sent by this server process (the session's own write
    // connection, pg_backend_pid()) are not told; 0: none.
    void setOwnWriter(qint64 backendPid) { m_ownWriter = backendPid; }
    // SQLite: the poll starts again from the connection's current version (after the
    // polled connection was opened again).
    void restartPoll();

    // Sends the change notice for a flag (inside the writer's open transaction on
    // PostgreSQL; a no-op on SQLite). `payload` is "flag:<year>:<code>" or "import".
    static bool notify(ReviewDatabase &db, const QString &payload, QString *error = nullptr);
    static QString flagPayload(int fiscalYear, const QString &code);

signals:
    // Another connection changed the flag of (fiscalYear, code).
    void flagChanged(int fiscalYear, const QString &code);
    // Another connection changed something else (an import), or SQLite says
    // "something changed": reload what is shown.
    void databaseChanged();

private:
    void onNotification(const QString &name, int source, const QVariant &payload);
    void pollSqlite();
    void polled(qint64 version);

    ReviewDatabase &m_db;
    QueryWorker *m_poller;
    ReadChannel m_polls;
    QTimer *m_poll = nullptr;
    qint64 m_dataVersion = -1;
    qint64 m_ownWriter = 0;
    bool m_active = false;
};

} // namespace Hyoka

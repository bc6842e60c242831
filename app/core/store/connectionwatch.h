#pragma once

#include "pgpassword.h"

#include <QObject>
#include <QString>

class QThread;
class QTimer;

namespace Hyoka {

class ReviewDatabase;
class Heartbeat;

// Watches the connection of a shared (PostgreSQL) review database and brings it back
// when the server went away — restarted, stopped for a while, the network dropped,
// or dropping packets without a word (docs/robustness.md, "The server going away").
// While connected a heartbeat asks the server a trivial question every few seconds,
// on a thread of its own with its own connection: a server that does not answer
// within the deadline is lost, and the thread it keeps waiting is not the window's.
// A caller that saw a query fail asks at once (check(), on the database's own
// connection), or says what its own connection found (reportLost()). Once lost it says lost() and tries again and again, waiting longer
// each time (0.5 s, 1 s, 2 s … up to the longest wait): the heartbeat's thread
// connects afresh first, and only when the server answers there is the database's
// own connection opened again (ReviewDatabase::reconnect()) and restored() said. When
// the server answers but refuses the password (changed meanwhile) or asks for one,
// the attempts stop and passwordNeeded() is said, until setPassword(). On SQLite it
// does nothing: a local file does not go away.
class ConnectionWatch : public QObject
{
    Q_OBJECT
public:
    enum class State { Connected, Lost };

    // `db` must outlive the watch and belong to this thread.
    explicit ConnectionWatch(ReviewDatabase &db, QObject *parent = nullptr);
    ~ConnectionWatch() override;

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    // Reconnection attempts since the connection was lost.
    int attempts() const { return m_attempts; }
    // The wait before the next attempt (ms), while lost.
    int nextWaitMs() const { return m_waitMs; }
    QString lastError() const { return m_lastError; }
    // Not No while the attempts wait for a password (passwordNeeded()).
    PasswordWanted passwordWanted() const { return m_passwordWanted; }
    // The password the user typed when asked: kept for this connection (and every
    // connection the window opens from its spec), never stored; tries again at once.
    void setPassword(const QString &password);

    // Tests shorten these: the heartbeat interval while connected, the first and the
    // longest wait between attempts; and how long an answer may take.
    void setIntervals(int pingMs, int firstWaitMs, int longestWaitMs);
    void setDeadline(int deadlineMs) { m_deadlineMs = deadlineMs; }

public slots:
    // Pings now on the database's own connection (a query just failed). Returns
    // whether the server answered. Only for a database with a connection of its own:
    // one taken with ReviewDatabase::adopt() (the window's) has none, and its watch
    // relies on the heartbeat and on reportLost().
    bool check();
    // Another connection (a write thread's) found the server away: lost, as if a ping
    // had failed, without one on this thread. Nothing on SQLite or when already lost.
    void reportLost(const QString &error);

signals:
    void lost(const QString &error);
    // Another attempt failed; the next one is in `waitMs`.
    void retrying(int attempt, int waitMs);
    void restored();
    // The server wants a (different) password (passwordWanted() says which); no
    // further attempts until setPassword().
    void passwordNeeded();

private:
    void beat();
    void attempt();
    void answered(quint64 serial, bool ok, const QString &error, int passwordWanted);
    void askForPassword(PasswordWanted why, const QString &error);
    void deadlinePassed();
    void goLost(const QString &error);
    void attemptFailed(const QString &error);

    ReviewDatabase &m_db;
    QTimer *m_timer;
    QTimer *m_deadline;
    QThread *m_thread = nullptr;
    Heartbeat *m_heartbeat = nullptr;
    quint64 m_serial = 0;     // of the question out, or of the last one
    bool m_asking = false;    // a question is out (the heartbeat's thread may be stuck in it)
    State m_state = State::Connected;
    int m_pingMs = 5000;
    int m_firstWaitMs = 500;
    int m_longestWaitMs = 15000;
    int m_deadlineMs = 10000;
    int m_waitMs = 0;
    int m_attempts = 0;
    PasswordWanted m_passwordWanted = PasswordWanted::No;
    QString m_lastError;
};

} // namespace Hyoka

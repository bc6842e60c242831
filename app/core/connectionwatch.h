#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace Hyoka {

class ReviewDatabase;

// Watches the connection of a shared (PostgreSQL) review database and brings it back
// when the server went away — restarted, stopped for a while, the network dropped
// (docs/robustness.md, "The server going away"). While connected it pings the server
// every few seconds (and at once when a caller saw a query fail: check()); once a
// ping fails it says lost() and tries ReviewDatabase::reconnect() again and again,
// waiting longer each time (0.5 s, 1 s, 2 s … up to the longest wait), until it
// succeeds and says restored(). On SQLite it does nothing: a local file does not go
// away.
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

    // Tests shorten these: the ping interval while connected, the first and the
    // longest wait between attempts.
    void setIntervals(int pingMs, int firstWaitMs, int longestWaitMs);

public slots:
    // Pings now (a query just failed). Returns whether the server answered.
    bool check();

signals:
    void lost(const QString &error);
    // Another attempt failed; the next one is in `waitMs`.
    void retrying(int attempt, int waitMs);
    void restored();

private:
    void attempt();

    ReviewDatabase &m_db;
    QTimer *m_timer;
    State m_state = State::Connected;
    int m_pingMs = 5000;
    int m_firstWaitMs = 500;
    int m_longestWaitMs = 15000;
    int m_waitMs = 0;
    int m_attempts = 0;
    QString m_lastError;
};

} // namespace Hyoka

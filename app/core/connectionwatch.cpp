#include "connectionwatch.h"

#include "reviewdatabase.h"

#include <QTimer>

namespace Hyoka {

ConnectionWatch::ConnectionWatch(ReviewDatabase &db, QObject *parent)
    : QObject(parent), m_db(db), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_state == State::Connected)
            check();
        else
            attempt();
    });
    if (m_db.isPostgres())
        m_timer->start(m_pingMs);
}

ConnectionWatch::~ConnectionWatch() = default;

void ConnectionWatch::setIntervals(int pingMs, int firstWaitMs, int longestWaitMs)
{
    m_pingMs = pingMs;
    m_firstWaitMs = firstWaitMs;
    m_longestWaitMs = longestWaitMs;
    if (m_db.isPostgres() && m_state == State::Connected)
        m_timer->start(m_pingMs);
}

bool ConnectionWatch::check()
{
    if (!m_db.isPostgres())
        return true;
    if (m_state == State::Lost)
        return false; // the attempts are under way
    QString error;
    if (m_db.ping(&error)) {
        m_timer->start(m_pingMs);
        return true;
    }
    m_state = State::Lost;
    m_attempts = 0;
    m_waitMs = m_firstWaitMs;
    m_lastError = error;
    m_timer->start(m_waitMs);
    emit lost(m_lastError);
    return false;
}

void ConnectionWatch::attempt()
{
    ++m_attempts;
    QString error;
    if (m_db.reconnect(&error)) {
        m_state = State::Connected;
        m_lastError.clear();
        m_timer->start(m_pingMs);
        emit restored();
        return;
    }
    m_lastError = error;
    // Backing off: a server coming back up is not hammered by every open window.
    m_waitMs = qMin(m_longestWaitMs, m_waitMs * 2);
    m_timer->start(m_waitMs);
    emit retrying(m_attempts, m_waitMs);
}

} // namespace Hyoka

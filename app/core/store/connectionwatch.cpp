#include "connectionwatch.h"

#include "reviewdatabase.h"
#include "servernotices.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QUuid>

namespace Hyoka {

// Asks the server "SELECT 1" on a connection of its own, cloned from the watched one
// (same host, user, password and options), on the watch's thread. `fresh` closes that
// connection first: a reconnection attempt must reach the server anew.
class Heartbeat : public QObject
{
    Q_OBJECT
public:
    explicit Heartbeat(const QString &source)
        : m_source(source), m_name(QStringLiteral("hyoka-heartbeat-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
    }

    void ask(quint64 serial, bool fresh)
    {
        bool ok = false;
        QString error;
        int wanted = int(PasswordWanted::No);
        // An attempt clones the watched connection afresh: a password typed since
        // (ConnectionWatch::setPassword) is in it.
        if (fresh && QSqlDatabase::contains(m_name)) {
            QSqlDatabase::database(m_name, false).close();
            QSqlDatabase::removeDatabase(m_name);
        }
        {
            if (!QSqlDatabase::contains(m_name))
                QSqlDatabase::cloneDatabase(m_source, m_name);
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (!db.isOpen() && db.open())
                quietServerNotices(db);
            if (db.isOpen()) {
                QSqlQuery q(db);
                ok = q.exec(QStringLiteral("SELECT 1")) && q.next();
                if (!ok)
                    error = q.lastError().text().simplified();
            } else {
                error = db.lastError().text().simplified();
                // The server answers but wants another password: asked of libpq here,
                // off the window's thread.
                if (fresh)
                    wanted = int(passwordWanted(db));
            }
            if (!ok)
                db.close(); // opened afresh next time
        }
        emit answered(serial, ok, error, wanted);
    }

    // On the heartbeat's thread, as it ends.
    void close()
    {
        if (QSqlDatabase::contains(m_name)) {
            QSqlDatabase::database(m_name, false).close();
            QSqlDatabase::removeDatabase(m_name);
        }
    }

signals:
    void answered(quint64 serial, bool ok, const QString &error, int passwordWanted);

private:
    QString m_source;
    QString m_name;
};

ConnectionWatch::ConnectionWatch(ReviewDatabase &db, QObject *parent)
    : QObject(parent), m_db(db), m_timer(new QTimer(this)), m_deadline(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_deadline->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_state == State::Connected)
            beat();
        else
            attempt();
    });
    connect(m_deadline, &QTimer::timeout, this, &ConnectionWatch::deadlinePassed);
    if (!m_db.isPostgres())
        return;
    m_thread = new QThread; // not a child: it may outlive the watch while stuck (~ConnectionWatch)
    m_thread->setObjectName(QStringLiteral("hyoka-heartbeat"));
    m_heartbeat = new Heartbeat(m_db.connectionName());
    m_heartbeat->moveToThread(m_thread);
    connect(m_heartbeat, &Heartbeat::answered, this, &ConnectionWatch::answered);
    connect(m_thread, &QThread::finished, m_heartbeat, &Heartbeat::close, Qt::DirectConnection);
    m_thread->start();
    m_timer->start(m_pingMs);
}

ConnectionWatch::~ConnectionWatch()
{
    if (!m_thread)
        return;
    disconnect(m_heartbeat, nullptr, this, nullptr);
    m_thread->quit();
    if (m_thread->wait(2000)) {
        delete m_heartbeat;
        delete m_thread;
        return;
    }
    // A heartbeat stuck on a silent network ends when the kernel gives up on its
    // socket (the connection's keepalives, PgConnectOptions); the thread then cleans
    // up after itself.
    connect(m_thread, &QThread::finished, m_heartbeat, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
}

void ConnectionWatch::setIntervals(int pingMs, int firstWaitMs, int longestWaitMs)
{
    m_pingMs = pingMs;
    m_firstWaitMs = firstWaitMs;
    m_longestWaitMs = longestWaitMs;
    if (m_db.isPostgres() && m_state == State::Connected && !m_asking)
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
        if (!m_asking)
            m_timer->start(m_pingMs);
        return true;
    }
    goLost(error);
    return false;
}

void ConnectionWatch::reportLost(const QString &error)
{
    if (m_db.isPostgres() && m_state != State::Lost)
        goLost(error);
}

void ConnectionWatch::beat()
{
    if (m_asking)
        return; // the last question is still out; its deadline decides
    m_asking = true;
    const quint64 serial = ++m_serial;
    QMetaObject::invokeMethod(m_heartbeat, [h = m_heartbeat, serial] { h->ask(serial, false); },
                              Qt::QueuedConnection);
    m_deadline->start(m_deadlineMs);
}

void ConnectionWatch::attempt()
{
    ++m_attempts;
    if (m_asking) {
        // The heartbeat's thread still waits for an answer that does not come.
        attemptFailed(tr("%1: the server has not answered for more than %n second(s)", "",
                         qMax(1, m_deadlineMs / 1000))
                              .arg(ReviewDatabase::withoutPassword(m_db.spec())));
        return;
    }
    m_asking = true;
    const quint64 serial = ++m_serial;
    QMetaObject::invokeMethod(m_heartbeat, [h = m_heartbeat, serial] { h->ask(serial, true); },
                              Qt::QueuedConnection);
    m_deadline->start(m_deadlineMs);
}

void ConnectionWatch::answered(quint64 serial, bool ok, const QString &error, int wanted)
{
    m_asking = false; // the thread is free again, whatever this answer is to
    if (serial != m_serial)
        return; // too late: its deadline has passed and been acted on
    m_deadline->stop();
    const QString reason = tr("%1: %2").arg(ReviewDatabase::withoutPassword(m_db.spec()), error);
    if (m_state == State::Connected) {
        if (ok)
            m_timer->start(m_pingMs);
        else
            goLost(reason);
        return;
    }
    // An attempt: the server answers a fresh connection; now the database's own.
    QString reconnectError;
    if (!ok && PasswordWanted(wanted) != PasswordWanted::No) {
        askForPassword(PasswordWanted(wanted), reason);
    } else if (!ok) {
        attemptFailed(reason);
    } else if (!m_db.reconnect(&reconnectError)) {
        if (m_db.passwordWanted() != PasswordWanted::No)
            askForPassword(m_db.passwordWanted(), reconnectError);
        else
            attemptFailed(reconnectError);
    } else {
        m_state = State::Connected;
        m_lastError.clear();
        m_timer->start(m_pingMs);
        emit restored();
    }
}

void ConnectionWatch::askForPassword(PasswordWanted why, const QString &error)
{
    // Trying the same password again and again would only fill the server's log (and
    // may lock the role): the attempts wait for the user.
    m_timer->stop();
    m_passwordWanted = why;
    m_lastError = error;
    emit passwordNeeded();
}

void ConnectionWatch::setPassword(const QString &password)
{
    if (!m_db.isPostgres() || m_state == State::Connected)
        return;
    m_db.setPassword(password);
    m_passwordWanted = PasswordWanted::No;
    m_waitMs = m_firstWaitMs;
    if (!m_asking)
        attempt();
}

void ConnectionWatch::deadlinePassed()
{
    ++m_serial; // the answer still out, if it ever comes, is too late
    const QString error = tr("%1: the server has not answered for %n second(s)", "",
                             qMax(1, m_deadlineMs / 1000))
                                  .arg(ReviewDatabase::withoutPassword(m_db.spec()));
    if (m_state == State::Connected)
        goLost(error);
    else
        attemptFailed(error);
}

void ConnectionWatch::goLost(const QString &error)
{
    m_deadline->stop();
    m_passwordWanted = PasswordWanted::No;
    m_state = State::Lost;
    m_attempts = 0;
    m_waitMs = m_firstWaitMs;
    m_lastError = error;
    m_timer->start(m_waitMs);
    emit lost(m_lastError);
}

void ConnectionWatch::attemptFailed(const QString &error)
{
    m_lastError = error;
    // Backing off: a server coming back up is not hammered by every open window.
    m_waitMs = qMin(m_longestWaitMs, m_waitMs * 2);
    m_timer->start(m_waitMs);
    emit retrying(m_attempts, m_waitMs);
}

} // namespace Hyoka

#include "connectionwatch.moc"

#include "reviewnotifier.h"

#include "reviewdatabase.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace Hyoka {

ReviewNotifier::ReviewNotifier(ReviewDatabase &db, QueryWorker *poller, QObject *parent)
    : QObject(parent), m_db(db), m_poller(poller)
{
    if (m_db.isPostgres() && m_poller) {
        // On the poller's connection and thread; its own writes are not news.
        connect(m_poller, &QueryWorker::listening, this, [this](const QString &name, bool ok) {
            if (name == QString::fromUtf16(channel))
                m_active = ok;
        });
        connect(m_poller, &QueryWorker::notification, this,
                [this](const QString &name, bool own, const QVariant &payload) {
                    onNotification(name, int(own ? QSqlDriver::SelfSource : QSqlDriver::OtherSource), payload);
                });
        m_poller->listen(QString::fromUtf16(channel));
        return;
    }
    QSqlDatabase sql = m_db.database();
    if (m_db.isPostgres()) {
        QSqlDriver *driver = sql.driver();
        if (driver && driver->hasFeature(QSqlDriver::EventNotifications)
            && driver->subscribeToNotification(QString::fromUtf16(channel))) {
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString &name, QSqlDriver::NotificationSource source,
                           const QVariant &payload) {
                        onNotification(name, int(source), payload);
                    });
            m_active = true;
        }
        return;
    }
    if (!m_poller)
        return;
    m_poll = new QTimer(this);
    m_poll->setInterval(1500);
    connect(m_poll, &QTimer::timeout, this, &ReviewNotifier::pollSqlite);
    pollSqlite(); // the baseline: active once it is in
    m_poll->start();
}

ReviewNotifier::~ReviewNotifier()
{
    if (m_db.isPostgres() && !m_poller && m_active && m_db.isOpen()) {
        if (QSqlDriver *driver = m_db.database().driver())
            driver->unsubscribeFromNotification(QString::fromUtf16(channel));
    }
}

bool ReviewNotifier::resubscribe()
{
    if (!m_db.isPostgres() || !m_active || m_poller)
        return m_active; // the poller subscribes again itself when it opens again
    QSqlDriver *driver = m_db.database().driver();
    const QString name = QString::fromUtf16(channel);
    if (!driver)
        return false;
    // Whatever the driver remembers belongs to the old session.
    if (driver->subscribedToNotifications().contains(name))
        driver->unsubscribeFromNotification(name);
    return driver->subscribeToNotification(name);
}

QString ReviewNotifier::flagPayload(int fiscalYear, const QString &code)
{
    return QStringLiteral("flag:%1:%2").arg(fiscalYear).arg(code);
}

bool ReviewNotifier::notify(ReviewDatabase &db, const QString &payload, QString *error)
{
    if (!db.isPostgres())
        return true;
    QSqlQuery q(db.database());
    // "<sending server process>|<payload>": a listener can tell its own writes.
    q.prepare(QStringLiteral("SELECT pg_notify(?, pg_backend_pid() || '|' || ?)"));
    q.addBindValue(QString::fromUtf16(channel));
    q.addBindValue(payload);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

void ReviewNotifier::onNotification(const QString &name, int source, const QVariant &payload)
{
    if (name != QString::fromUtf16(channel) || source == int(QSqlDriver::SelfSource))
        return;
    QString text = payload.toString();
    const qsizetype bar = text.indexOf(u'|');
    bool numbered = false;
    const qint64 sender = bar > 0 ? QStringView(text).left(bar).toLongLong(&numbered) : 0;
    if (numbered) {
        if (m_ownWriter != 0 && sender == m_ownWriter)
            return;
        text = text.mid(bar + 1);
    }
    // The key may hold colons itself (a record without a code is keyed by its name).
    if (text.startsWith(u"flag:")) {
        bool ok = false;
        const int year = text.section(u':', 1, 1).toInt(&ok);
        const QString key = text.section(u':', 2);
        if (ok && !key.isEmpty()) {
            emit flagChanged(year, key);
            return;
        }
    }
    emit databaseChanged();
}

void ReviewNotifier::pollSqlite()
{
    m_poller->read(
            m_polls, this, QueryWorker::Priority::Figures,
            [](ReviewDatabase *db) -> qint64 {
                if (!db)
                    return -1;
                QSqlQuery q(db->database());
                if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
                    return -1;
                return q.value(0).toLongLong();
            },
            [this](qint64 version) { polled(version); });
}

void ReviewNotifier::polled(qint64 version)
{
    if (version < 0)
        return;
    m_active = true;
    if (m_dataVersion >= 0 && version != m_dataVersion)
        emit databaseChanged();
    m_dataVersion = version;
}

void ReviewNotifier::restartPoll()
{
    if (!m_poll)
        return;
    m_dataVersion = -1;
    pollSqlite();
}

} // namespace Hyoka

#include "reviewnotifier.h"

#include "reviewdatabase.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace Hyoka {

ReviewNotifier::ReviewNotifier(ReviewDatabase &db, QObject *parent) : QObject(parent), m_db(db)
{
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
    m_poll = new QTimer(this);
    m_poll->setInterval(1500);
    connect(m_poll, &QTimer::timeout, this, &ReviewNotifier::pollSqlite);
    pollSqlite(); // the baseline
    m_poll->start();
    m_active = true;
}

ReviewNotifier::~ReviewNotifier()
{
    if (m_db.isPostgres() && m_active && m_db.isOpen()) {
        if (QSqlDriver *driver = m_db.database().driver())
            driver->unsubscribeFromNotification(QString::fromUtf16(channel));
    }
}

bool ReviewNotifier::resubscribe()
{
    if (!m_db.isPostgres() || !m_active)
        return m_active;
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
    q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
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
    const QString text = payload.toString();
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
    if (!m_db.isOpen())
        return;
    QSqlQuery q(m_db.database());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return;
    const qint64 version = q.value(0).toLongLong();
    if (m_dataVersion >= 0 && version != m_dataVersion)
        emit databaseChanged();
    m_dataVersion = version;
}

} // namespace Hyoka

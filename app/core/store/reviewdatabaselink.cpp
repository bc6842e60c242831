// ReviewDatabase's link to a PostgreSQL server that may go away and come back
// (docs/robustness.md, "The server going away").
#include "reviewdatabase.h"
#include "servernotices.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace Hyoka {

bool ReviewDatabase::ping(QString *error) const
{
    if (isSqlite())
        return isOpen();
    QSqlDatabase db = database();
    if (!db.isValid() || !db.isOpen()) {
        if (error)
            *error = tr("%1: not connected").arg(withoutPassword(m_spec));
        return false;
    }
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT 1")) && q.next())
        return true;
    if (error)
        *error = tr("%1: %2").arg(withoutPassword(m_spec), q.lastError().text().simplified());
    return false;
}

bool ReviewDatabase::reconnect(QString *error)
{
    if (isSqlite() || m_adopted)
        return isOpen(); // an adopted one has no connection: its threads open theirs again
    QSqlDatabase db = database();
    if (!db.isValid()) {
        if (error)
            *error = tr("%1: the connection was closed").arg(withoutPassword(m_spec));
        return false;
    }
    // The same QSqlDatabase keeps host, port, user, password and options: nothing is
    // read from the URL again, and queries of other objects stay bound to it.
    db.close();
    m_passwordWanted = PasswordWanted::No;
    if (!db.open()) {
        m_passwordWanted = Hyoka::passwordWanted(db);
        if (error)
            *error = tr("%1: cannot connect: %2")
                             .arg(withoutPassword(m_spec), db.lastError().text().simplified());
        return false;
    }
    quietServerNotices(db);
    m_readOnly = detectReadOnly();
    return true;
}

void ReviewDatabase::setPassword(const QString &password)
{
    if (isSqlite())
        return;
    QUrl url(m_spec);
    url.setPassword(password);
    m_spec = url.toString();
    QSqlDatabase db = database();
    if (db.isValid())
        db.setPassword(password);
}

} // namespace Hyoka

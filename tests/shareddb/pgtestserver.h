#pragma once

// Starts a throw-away PostgreSQL server (tools/pg-test-server.sh) for one test
// executable and stops it afterwards. Uses HYOKA_TEST_PG_URL instead when set.
#include "recordstore.h"
#include "reviewdatabase.h"

#include <QProcess>
#include <QSqlQuery>
#include <QString>
#include <QUrl>

class PgTestServer
{
public:
    bool start(QString *error)
    {
        m_url = qEnvironmentVariable("HYOKA_TEST_PG_URL");
        if (!m_url.isEmpty())
            return true;
        QProcess p;
        p.start(QStringLiteral("bash"), { QStringLiteral(HYOKA_SOURCE_DIR "/tools/pg-test-server.sh"),
                                          QStringLiteral("start") });
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            *error = QString::fromUtf8(p.readAllStandardError());
            return false;
        }
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n');
        for (const QString &line : lines) {
            if (line.startsWith(u"HYOKA_TEST_PG_URL="))
                m_url = line.mid(18).trimmed();
            else if (line.startsWith(u"HYOKA_TEST_PG_DIR="))
                m_dir = line.mid(18).trimmed();
        }
        return !m_url.isEmpty();
    }
    ~PgTestServer()
    {
        if (!m_dir.isEmpty())
            QProcess::execute(QStringLiteral("bash"), { QStringLiteral(HYOKA_SOURCE_DIR "/tools/pg-test-server.sh"),
                                                        QStringLiteral("stop"), m_dir });
    }
    QString url() const { return m_url; }
    // Whether this test started the server (and so may restart, halt and resume it).
    bool isOwn() const { return !m_dir.isEmpty(); }
    // pg_ctl restart -m fast: every session is cut, the server is back at once.
    bool restart() { return control(QStringLiteral("restart")); }
    // Stops the server, keeping its data; resume() starts it again on the same port.
    bool halt() { return control(QStringLiteral("halt")); }
    bool resume() { return control(QStringLiteral("resume")); }
    // A new database `name` on this server (dropped first when it exists), with the
    // bundled sample imported when `seed` is given; its URL, empty on failure.
    QString freshDatabase(const QString &name, const QString &seed = QString()) const
    {
        Hyoka::ReviewDatabase admin;
        QString error;
        if (!admin.open(m_url, &error))
            return QString();
        QSqlQuery q(admin.database());
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            return QString();
        QUrl url(m_url);
        url.setPath(u'/' + name);
        Hyoka::ReviewDatabase db;
        if (!seed.isEmpty() && (!db.open(url.toString(), &error) || !Hyoka::RecordStore(db).importFile(seed).ok))
            return QString();
        return url.toString();
    }
    // The same server, another role.
    QString urlForUser(const QString &user) const
    {
        QString u = m_url;
        return u.replace(QStringLiteral("://hyoka@"), QStringLiteral("://%1@").arg(user));
    }

private:
    bool control(const QString &what)
    {
        return isOwn()
                && QProcess::execute(QStringLiteral("bash"),
                                     { QStringLiteral(HYOKA_SOURCE_DIR "/tools/pg-test-server.sh"), what, m_dir })
                == 0;
    }

    QString m_url;
    QString m_dir;
};

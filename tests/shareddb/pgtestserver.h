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
    // The role that must give a password (scram-sha-256 in the test server's
    // pg_hba.conf), made with `password` (or given it anew) and every right on the database at
    // `url`; that URL with the role as its user (no password in it), empty on failure.
    static constexpr const char *passwordRole = "hyoka_password";
    QString passwordRoleUrl(const QString &url, const QString &password) const
    {
        Hyoka::ReviewDatabase owner;
        QString error;
        if (!owner.open(url, &error))
            return QString();
        const QString role = QLatin1String(passwordRole);
        QSqlQuery q(owner.database());
        // Roles belong to the server: one made for another database is given the
        // password again (its rights there stay).
        const bool exists = q.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = '%1'").arg(role)) && q.next();
        QString quoted = password;
        quoted.replace(u'\'', QStringLiteral("''"));
        if (!q.exec(QStringLiteral("%1 ROLE %2 LOGIN PASSWORD '%3'")
                            .arg(exists ? QStringLiteral("ALTER") : QStringLiteral("CREATE"), role, quoted))
            || !q.exec(QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(role))
            || !q.exec(QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(role))
            || !q.exec(QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1").arg(role)))
            return QString();
        QUrl target(url);
        target.setUserName(role);
        return target.toString();
    }
    // Gives the password role `password` and cuts its sessions, as an administrator
    // changing it would (the next connection must give the new one).
    bool changePassword(const QString &password) const
    {
        Hyoka::ReviewDatabase admin;
        QString error;
        if (!admin.open(m_url, &error))
            return false;
        QString quoted = password;
        quoted.replace(u'\'', QStringLiteral("''"));
        QSqlQuery q(admin.database());
        return q.exec(QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(QLatin1String(passwordRole), quoted))
                && q.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1'")
                                  .arg(QLatin1String(passwordRole)));
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

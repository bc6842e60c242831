// What the tests across fiscal years share (tst_years, tst_yearrules): the tests run on
// SQLite and on a throw-away PostgreSQL server, each on a fresh database; the bundled
// sample imported as two fiscal years (tests/support/twoyears.h); the records a
// year-on-year rule picks, and a record's link to the year before.
#pragma once

#include "twoyears.h"
#include "../shareddb/pgtestserver.h"

#include "recordstore.h"
#include "reviewdatabase.h"
#include "sqlcondition.h"
#include "yearrules.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>
#include <utility>

using Key = std::pair<int, QString>;
using KeyList = QList<Key>;

Q_DECLARE_METATYPE(KeyList)

namespace Hyoka::TestSupport {

// A test class derives from it and calls prepare() in its initTestCase().
class YearsFixture
{
protected:
    // Starts the PostgreSQL server (or takes HYOKA_TEST_PG_URL's).
    void prepare();
    // The data column "backend": sqlite and postgresql.
    void backends();
    void resetPostgres();
    std::unique_ptr<ReviewDatabase> fresh(const QString &backend);
    void importTwoYears(ReviewDatabase &db, const QList<Record> &second = {});
    static KeyList firing(const ReviewDatabase &db, const YearRuleSettings &s, const QString &rule);
    static QString linkOf(const ReviewDatabase &db, int year, const QString &key, int *prevYear);

    QTemporaryDir m_dir;
    PgTestServer m_server;
    int m_files = 0;
};

inline void YearsFixture::prepare()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

inline void YearsFixture::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

inline std::unique_ptr<ReviewDatabase> YearsFixture::fresh(const QString &backend)
{
    QString error;
    auto db = std::make_unique<ReviewDatabase>();
    if (backend == u"postgresql") {
        resetPostgres();
        if (!db->open(m_server.url(), &error))
            qFatal("%s", qPrintable(error));
    } else if (!db->open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_files)), &error)) {
        qFatal("%s", qPrintable(error));
    }
    return db;
}

// An empty PostgreSQL database, not even a schema.
inline void YearsFixture::resetPostgres()
{
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("reset"));
    {
        const QUrl url(m_server.url());
        raw.setHostName(url.host());
        raw.setPort(url.port(5432));
        raw.setDatabaseName(url.path().mid(1));
        raw.setUserName(url.userName());
        raw.setPassword(url.password());
        if (!raw.open())
            qFatal("%s", qPrintable(raw.lastError().text()));
        QSqlQuery q(raw);
        q.exec(QStringLiteral("SET client_min_messages = warning"));
        q.exec(QStringLiteral("DROP SCHEMA public CASCADE"));
        q.exec(QStringLiteral("CREATE SCHEMA public"));
        raw.close();
    }
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("reset"));
}

inline void YearsFixture::importTwoYears(ReviewDatabase &db, const QList<Record> &second)
{
    RecordStore store(db);
    ImportResult r = store.importRecords(kawasaki2021(), QStringLiteral("kawasaki_r3.md"));
    QVERIFY2(r.ok, qPrintable(r.error));
    r = store.importRecords(second.isEmpty() ? kawasaki2022() : second, QStringLiteral("kawasaki_r4.md"));
    QVERIFY2(r.ok, qPrintable(r.error));
}

inline KeyList YearsFixture::firing(const ReviewDatabase &db, const YearRuleSettings &s, const QString &rule)
{
    const SqlCondition c = YearRules::suggestedCondition(s, rule);
    QSqlQuery q(db.database());
    q.prepare(QStringLiteral("SELECT fiscal_year, code FROM records WHERE ") + c.sql
              + QStringLiteral(" ORDER BY fiscal_year, code"));
    for (const QVariant &v : c.values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
    KeyList keys;
    while (q.next())
        keys.append({ q.value(0).toInt(), q.value(1).toString() });
    return keys;
}

inline QString YearsFixture::linkOf(const ReviewDatabase &db, int year, const QString &key, int *prevYear)
{
    QSqlQuery q(db.database());
    q.prepare(QStringLiteral("SELECT matched, prev_year FROM project_links WHERE fiscal_year = ? AND code = ?"));
    q.addBindValue(year);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return QString();
    *prevYear = q.value(1).toInt();
    return q.value(0).toString();
}

} // namespace Hyoka::TestSupport

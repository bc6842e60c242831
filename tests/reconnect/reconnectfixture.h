// What the tests of the server going away share (tst_reconnect, tst_reconnectwindow):
// a throw-away PostgreSQL server of their own that they may restart and stop, fresh
// databases on it with the bundled sample, and a flag with a note.
#pragma once

#include "connectionwatch.h"
#include "flagstore.h"
#include "languagemanager.h"
#include "reviewdatabase.h"

#include "../shareddb/pgtestserver.h"

#include "windowtest.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Hyoka::TestSupport {

inline const QString code = QStringLiteral("20101010"); // 地域子育て支援事業

inline Flag flagWithNote(const QString &note, const QString &reviewer)
{
    Flag f;
    f.status = QStringLiteral("flagged");
    f.reason = QStringLiteral("other");
    f.note = note;
    f.reviewer = reviewer;
    return f;
}

// How long the tests keep the server stopped: 3 s, or HYOKA_OUTAGE_SECONDS
// (tools/outage.sh runs them with 30).
inline int outageMs()
{
    const int seconds = qEnvironmentVariableIntValue("HYOKA_OUTAGE_SECONDS");
    return (seconds > 0 ? seconds : 3) * 1000;
}

inline qint64 countOf(ReviewDatabase &db, const QString &sql)
{
    QSqlQuery q(db.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// The server and the window tests' language; a test class derives from it, calls
// prepare() in its initTestCase() and resumes the server in its cleanup().
class ReconnectFixture
{
protected:
    // Starts the server (skips when HYOKA_TEST_PG_URL names one the tests may not stop).
    void prepare();
    QString freshDatabase(const QString &name);
    void waitUntilRestored(ConnectionWatch *watch);

    PgTestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<LanguageManager> m_language;
};

inline void ReconnectFixture::prepare()

{
    QVERIFY(m_dir.isValid());
    m_language = TestSupport::startEnglishWindowTests();
    QVERIFY(m_language);
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    if (!m_server.isOwn())
        QSKIP("HYOKA_TEST_PG_URL names a server these tests may not stop");
}

inline QString ReconnectFixture::freshDatabase(const QString &name)
{
    return m_server.freshDatabase(name, QStringLiteral(HYOKA_SEED_FILE));
}

void ReconnectFixture::waitUntilRestored(ConnectionWatch *watch)
{
    QVERIFY(QTest::qWaitFor([watch] { return watch->isConnected(); }, 30000));
}

} // namespace Hyoka::TestSupport

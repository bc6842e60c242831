// Connections safe by default (docs/robustness.md): sslmode and sslrootcert from the
// postgresql:// URL and the connect dialog, passwords never in messages or settings,
// SQLite review files (and backups) readable by their owner only.
#include "../shareddb/pgtestserver.h"
#include "connectdialog.h"
#include "reviewdatabase.h"

#include <QComboBox>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <sys/stat.h>

using namespace Hyoka;

class TestSafeConnect : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void newSqliteFilesAreOwnerOnly();
    void sslModeFromUrl_data();
    void sslModeFromUrl();
    void passwordNeverInMessages();
    void dialogBuildsUrlWithSslMode();
    void dialogStoresNoPassword();

private:
    QTemporaryDir m_dir;
    PgTestServer m_pg;
    bool m_pgStarted = false;
    QString m_pgError;
};

static mode_t modeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 0777) : mode_t(07777);
}

void TestSafeConnect::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HyokaTest"));
    QVERIFY(m_dir.isValid());
    m_pgStarted = m_pg.start(&m_pgError);
}

void TestSafeConnect::newSqliteFilesAreOwnerOnly()
{
    // Whatever the umask says, a new review file is the owner's alone, and so are the
    // log and index files SQLite makes beside it.
    const mode_t oldMask = ::umask(022);
    const QString path = m_dir.filePath(QStringLiteral("private.sqlite"));
    ReviewDatabase db;
    QString error;
    const bool opened = db.open(path, &error);
    ::umask(oldMask);
    QVERIFY2(opened, qPrintable(error));
    QSqlQuery q(db.database());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'y')")));
    QCOMPARE(modeOf(path), mode_t(0600));
    QCOMPARE(modeOf(path + QStringLiteral("-wal")), mode_t(0600));
    QCOMPARE(modeOf(path + QStringLiteral("-shm")), mode_t(0600));
    // An existing file keeps the mode its owner gave it.
    db.close();
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                                | QFile::ReadUser | QFile::WriteUser));
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(modeOf(path), mode_t(0640));
}

void TestSafeConnect::sslModeFromUrl_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("opens");
    QTest::addColumn<QString>("message");
    // The test server speaks no SSL: disable and prefer connect, require refuses.
    QTest::newRow("disable") << QStringLiteral("?sslmode=disable") << true << QString();
    QTest::newRow("prefer") << QStringLiteral("?sslmode=prefer") << true << QString();
    QTest::newRow("require") << QStringLiteral("?sslmode=require") << false << QStringLiteral("SSL");
    QTest::newRow("unknown mode") << QStringLiteral("?sslmode=maybe") << false
                                  << QStringLiteral("sslmode takes one of");
    QTest::newRow("missing CA file") << QStringLiteral("?sslmode=verify-full&sslrootcert=/nonexistent/ca.pem")
                                     << false << QStringLiteral("/nonexistent/ca.pem");
}

void TestSafeConnect::sslModeFromUrl()
{
    QFETCH(QString, query);
    QFETCH(bool, opens);
    QFETCH(QString, message);
    QVERIFY2(m_pgStarted, qPrintable(m_pgError));
    ReviewDatabase db;
    QString error;
    QCOMPARE(db.open(m_pg.url() + query, &error), opens);
    if (!opens)
        QVERIFY2(error.contains(message), qPrintable(error));
}

void TestSafeConnect::passwordNeverInMessages()
{
    // A password given in the URL reaches libpq but no message: not the library's, not
    // the command line's.
    const QString url = QStringLiteral("postgresql://hyoka:s3cretPw@127.0.0.1:1/nodb");
    ReviewDatabase db;
    QString error;
    QVERIFY(!db.open(url, &error));
    QVERIFY2(!error.contains(QStringLiteral("s3cretPw")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("127.0.0.1")), qPrintable(error));
    QVERIFY(!db.open(url + QStringLiteral("?sslmode=nonsense"), &error));
    QVERIFY2(!error.contains(QStringLiteral("s3cretPw")), qPrintable(error));

    QProcess p;
    p.start(QStringLiteral(HYOKA_BINARY), { QStringLiteral("flag"), QStringLiteral("--db"), url,
                                            QStringLiteral("--year"), QStringLiteral("2021"),
                                            QStringLiteral("--code"), QStringLiteral("1"),
                                            QStringLiteral("--status"), QStringLiteral("flagged") });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(!err.contains(QStringLiteral("s3cretPw")), qPrintable(err));
    QCOMPARE(err.trimmed().count(u'\n'), 0); // one line
}

void TestSafeConnect::dialogBuildsUrlWithSslMode()
{
    ConnectDialog dialog;
    auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("sslModeCombo"));
    auto *ca = dialog.findChild<QLineEdit *>(QStringLiteral("caFileEdit"));
    auto *browse = dialog.findChild<QToolButton *>(QStringLiteral("caFileButton"));
    QVERIFY(mode && ca && browse);
    dialog.setUrl(QStringLiteral("postgresql://sato@db.example.org:5433/review"));
    QCOMPARE(dialog.sslMode(), QStringLiteral("prefer"));
    QVERIFY(!ca->isEnabled());
    QVERIFY(!browse->isEnabled());
    QCOMPARE(dialog.url(), QStringLiteral("postgresql://sato@db.example.org:5433/review"));

    mode->setCurrentIndex(mode->findData(QStringLiteral("require")));
    QCOMPARE(dialog.url(), QStringLiteral("postgresql://sato@db.example.org:5433/review?sslmode=require"));
    QVERIFY(!ca->isEnabled());

    mode->setCurrentIndex(mode->findData(QStringLiteral("verify-full")));
    QVERIFY(ca->isEnabled());
    QVERIFY(browse->isEnabled());
    ca->setText(QStringLiteral("/etc/ssl/city ca.pem"));
    const QString url = dialog.url();
    QVERIFY2(url.contains(QStringLiteral("sslmode=verify-full")), qPrintable(url));
    // The URL read back gives the same dialog.
    ConnectDialog again;
    again.setUrl(url);
    QCOMPARE(again.sslMode(), QStringLiteral("verify-full"));
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("caFileEdit"))->text(),
             QStringLiteral("/etc/ssl/city ca.pem"));
    QCOMPARE(again.url(), url);

    dialog.resize(dialog.sizeHint());
    dialog.grab().save(m_dir.filePath(QStringLiteral("connectdialog.png")));
    if (qEnvironmentVariableIsSet("HYOKA_SCREENSHOT_DIR"))
        dialog.grab().save(qEnvironmentVariable("HYOKA_SCREENSHOT_DIR") + QStringLiteral("/connectdialog.png"));
}

void TestSafeConnect::dialogStoresNoPassword()
{
    QSettings().clear();
    ConnectDialog dialog;
    dialog.setUrl(QStringLiteral("postgresql://sato:hunter2@db.example.org:5432/review?sslmode=require"));
    dialog.saveLast();
    QVERIFY(!dialog.url().contains(QStringLiteral("hunter2")));
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("hunter2")), qPrintable(key));
    QCOMPARE(settings.value(QStringLiteral("sharedDatabase/sslmode")).toString(), QStringLiteral("require"));
    ConnectDialog reloaded;
    reloaded.loadLast();
    QCOMPARE(reloaded.sslMode(), QStringLiteral("require"));
}

QTEST_MAIN(TestSafeConnect)
#include "tst_safeconnect.moc"

// Per-bureau permissions on a shared database (issue 18, docs/permissions.md),
// against a throw-away PostgreSQL server: `hyoka grant` and `hyoka roles`; the
// server itself refuses a reviewer's writes to another bureau's flags and audit rows
// — also raw SQL through the reviewer's own connection; viewers read only,
// administrators flag everything; the window greys out the bureaus that are not the
// reviewer's and keeps their flags read-only.
#include "bureaupermissions.h"
#include "flageditor.h"
#include "flagstore.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "recordstore.h"
#include "recordtablemodel.h"
#include "reviewcontroller.h"
#include "reviewdatabase.h"
#include "reviewpanel.h"
#include "testrecords.h"

#include "../shareddb/pgtestserver.h"

#include "hyokaprocess.h"
#include "windowtest.h"

#include <QApplication>
#include <QItemSelectionModel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Hyoka;
using TestSupport::runHyoka;

namespace {

const QString kodomo = QStringLiteral("こども未来局");
const QString somu = QStringLiteral("総務企画局");
const QString kodomoCode = QStringLiteral("20101010"); // こども未来局's first project

Flag noteFlag(const QString &note)
{
    return TestSupport::makeFlag(QStringLiteral("flagged"), QStringLiteral("other"), note);
}

} // namespace

class tst_Permissions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void grantAndRolesOnTheCommandLine();
    void commandsNeedASharedDatabase();
    void reviewerCannotTouchAnotherBureau();
    void viewerReadsOnly();
    void administratorFlagsEverything();
    void grantingTwiceChangesNothing();
    void windowGreysOutOtherBureaus();

private:
    // A fresh database with the sample, owned by the server's `hyoka`; returns its URL.
    QString freshDatabase(const QString &name);
    QString urlAs(const QString &url, const QString &role) const;
    void createRole(const QString &role);
    bool grant(const QString &url, const QStringList &args);

    PgTestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<MainWindow> m_window;
    QString m_somuCode; // 総務企画局's first project
};

void tst_Permissions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_language = TestSupport::startEnglishWindowTests();
    QVERIFY(m_language);
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void tst_Permissions::cleanup()
{
    m_window.reset();
}

QString tst_Permissions::freshDatabase(const QString &name)
{
    const QString url = m_server.freshDatabase(name, QStringLiteral(HYOKA_SEED_FILE));
    ReviewDatabase db;
    QString error;
    if (url.isEmpty() || !db.open(url, &error))
        return QString();
    QSqlQuery codes(db.database());
    codes.prepare(QStringLiteral("SELECT code FROM records WHERE bureau = ? ORDER BY code LIMIT 1"));
    codes.addBindValue(somu);
    if (codes.exec() && codes.next())
        m_somuCode = codes.value(0).toString();
    return url;
}

QString tst_Permissions::urlAs(const QString &url, const QString &role) const
{
    QUrl u(url);
    u.setUserName(role);
    return u.toString();
}

void tst_Permissions::createRole(const QString &role)
{
    ReviewDatabase admin;
    QString error;
    QVERIFY2(admin.open(m_server.url(), &error), qPrintable(error));
    QSqlQuery q(admin.database());
    q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    QVERIFY2(q.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(role)), qPrintable(q.lastError().text()));
}

bool tst_Permissions::grant(const QString &url, const QStringList &args)
{
    const TestSupport::HyokaRun run = runHyoka(QStringList { QStringLiteral("grant"), QStringLiteral("--db"), url } + args);
    if (run.exitCode != 0)
        qWarning("hyoka grant %s: %d %s", qPrintable(args.join(u' ')), run.exitCode, run.err.constData());
    return run.exitCode == 0;
}

void tst_Permissions::grantAndRolesOnTheCommandLine()
{
    const QString url = freshDatabase(QStringLiteral("hyoka_perm_cli"));
    QVERIFY(!url.isEmpty());
    createRole(QStringLiteral("perm_sato"));
    createRole(QStringLiteral("perm_kato"));
    createRole(QStringLiteral("perm_boss"));

    TestSupport::HyokaRun run = runHyoka({ QStringLiteral("roles"), QStringLiteral("--db"), url });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QString::fromUtf8(run.out).contains(QStringLiteral("no roles granted yet")));

    QVERIFY(grant(url, { QStringLiteral("--role"), QStringLiteral("perm_sato"), QStringLiteral("--reviewer"),
                         QStringLiteral("--bureau"), somu }));
    QVERIFY(grant(url, { QStringLiteral("--role"), QStringLiteral("perm_sato"), QStringLiteral("--reviewer"),
                         QStringLiteral("--bureau"), kodomo }));
    QVERIFY(grant(url, { QStringLiteral("--role"), QStringLiteral("perm_kato"), QStringLiteral("--viewer") }));
    QVERIFY(grant(url, { QStringLiteral("--role"), QStringLiteral("perm_boss"), QStringLiteral("--admin") }));
    run = runHyoka({ QStringLiteral("roles"), QStringLiteral("--db"), url });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts),
             QStringList({ QStringLiteral("perm_boss\tadmin"), QStringLiteral("perm_kato\tviewer"),
                           QStringLiteral("perm_sato\treviewer\t") + kodomo + QStringLiteral(", ") + somu }));

    // One bureau taken back; a role that does not exist; a reviewer without a bureau.
    QVERIFY(grant(url, { QStringLiteral("--role"), QStringLiteral("perm_sato"), QStringLiteral("--revoke"),
                         QStringLiteral("--bureau"), kodomo }));
    run = runHyoka({ QStringLiteral("roles"), QStringLiteral("--db"), url });
    QVERIFY(QString::fromUtf8(run.out).contains(QStringLiteral("perm_sato\treviewer\t") + somu + u'\n'));
    run = runHyoka({ QStringLiteral("grant"), QStringLiteral("--db"), url, QStringLiteral("--role"),
                     QStringLiteral("perm_nobody"), QStringLiteral("--viewer") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(QString::fromUtf8(run.err).contains(QStringLiteral("no role \"perm_nobody\"")));
    run = runHyoka({ QStringLiteral("grant"), QStringLiteral("--db"), url, QStringLiteral("--role"),
                     QStringLiteral("perm_sato"), QStringLiteral("--reviewer") });
    QCOMPARE(run.exitCode, 2);
    // Only the tables' owner may grant.
    run = runHyoka({ QStringLiteral("grant"), QStringLiteral("--db"), urlAs(url, QStringLiteral("perm_sato")),
                     QStringLiteral("--role"), QStringLiteral("perm_sato"), QStringLiteral("--admin") });
    QCOMPARE(run.exitCode, 1);
}

void tst_Permissions::commandsNeedASharedDatabase()
{
    const QString file = m_dir.filePath(QStringLiteral("local.sqlite"));
    for (const QString &command : { QStringLiteral("grant"), QStringLiteral("roles") }) {
        QStringList args { command, QStringLiteral("--db"), file };
        if (command == u"grant")
            args << QStringLiteral("--role") << QStringLiteral("x") << QStringLiteral("--viewer");
        const TestSupport::HyokaRun run = runHyoka(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("need a shared database")), run.err.constData());
    }
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(file, &error), qPrintable(error));
    QVERIFY(!BureauPermissions::install(db, &error));
    QVERIFY(!BureauPermissions::flaggableBureaus(db));
}

// The heart of it: the reviewer of 総務企画局, through a connection of their own,
// cannot add, change or remove a こども未来局 flag, nor write its audit trail — the
// server refuses, whatever the client does. Their own bureau works.
void tst_Permissions::reviewerCannotTouchAnotherBureau()
{
    const QString url = freshDatabase(QStringLiteral("hyoka_perm_rls"));
    QVERIFY(!url.isEmpty());
    QVERIFY(!m_somuCode.isEmpty());
    createRole(QStringLiteral("perm_somu"));
    QVERIFY(grant(url, { QStringLiteral("--role"), QStringLiteral("perm_somu"), QStringLiteral("--reviewer"),
                         QStringLiteral("--bureau"), somu }));
    // The owner flags one こども未来局 project, so there is a row to try to change.
    ReviewDatabase owner;
    QString error;
    QVERIFY2(owner.open(url, &error), qPrintable(error));
    QCOMPARE(FlagStore(owner).setFlag(2021, kodomoCode, noteFlag(QStringLiteral("owner's")), 0).outcome,
             FlagStore::Outcome::Saved);

    ReviewDatabase sato;
    QVERIFY2(sato.open(urlAs(url, QStringLiteral("perm_somu")), &error), qPrintable(error));
    QVERIFY(!sato.isReadOnly());
    QCOMPARE(BureauPermissions::flaggableBureaus(sato), std::optional<QStringList>(QStringList { somu }));
    QSqlQuery q(sato.database());
    // Raw SQL, no Hyoka in between.
    QVERIFY(!q.exec(QStringLiteral("UPDATE flags SET note = 'hijacked', version = version + 1"
                                   " WHERE code = '%1'").arg(kodomoCode))
            || q.numRowsAffected() == 0);
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM flags WHERE code = '%1'").arg(kodomoCode)) || q.numRowsAffected() == 0);
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO flags (fiscal_year, code, status, reason, reason_text, note,"
                                   " reviewer, created_at, updated_at, version) VALUES (2021, '20101020',"
                                   " 'flagged', 'other', '', 'sneaked in', 'perm_somu', 'x', 'x', 1)")));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501")); // insufficient privilege (RLS)
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO audit_log (fiscal_year, code, changed_at, reviewer, field,"
                                   " old_value, new_value, version) VALUES (2021, '%1', 'x', 'perm_somu',"
                                   " 'note', '', 'forged', 9)").arg(kodomoCode)));
    // Nothing changed, seen by the owner.
    QCOMPARE(FlagStore(owner).flag(2021, kodomoCode)->note, QStringLiteral("owner's"));
    QCOMPARE(FlagStore(owner).flag(2021, QStringLiteral("20101020"))->version, 0);
    QSqlQuery audit(owner.database());
    QVERIFY(audit.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE new_value IN ('forged', 'hijacked')")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toInt(), 0);
    // Reading is allowed.
    QVERIFY(q.exec(QStringLiteral("SELECT note FROM flags WHERE code = '%1'").arg(kodomoCode)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("owner's"));

    // Through Hyoka: a clear refusal for the other bureau, a save for their own.
    const FlagStore::SetResult refused = FlagStore(sato).setFlag(2021, kodomoCode, noteFlag(QStringLiteral("mine")), 1);
    QCOMPARE(refused.outcome, FlagStore::Outcome::Failed);
    QVERIFY2(refused.error.contains(QStringLiteral("may not flag")), qPrintable(refused.error));
    const FlagStore::SetResult saved = FlagStore(sato).setFlag(2021, m_somuCode, noteFlag(QStringLiteral("mine")), 0);
    QCOMPARE(saved.outcome, FlagStore::Outcome::Saved);
    QCOMPARE(FlagStore(owner).history(2021, m_somuCode)->constLast().reviewer, Flag::defaultReviewer());
    // And the command line: exit 1, one line.
    const TestSupport::HyokaRun run = runHyoka({ QStringLiteral("flag"), QStringLiteral("--db"),
                                                 urlAs(url, QStringLiteral("perm_somu")), QStringLiteral("--year"),
                                                 QStringLiteral("2021"), QStringLiteral("--code"), kodomoCode,
                                                 QStringLiteral("--status"), QStringLiteral("dismissed") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(QString::fromUtf8(run.err).trimmed().count(u'\n') == 0);
    QVERIFY(QString::fromUtf8(run.err).contains(QStringLiteral("may not flag")));
}

void tst_Permissions::viewerReadsOnly()
{
    const QString url = freshDatabase(QStringLiteral("hyoka_perm_viewer"));
    QVERIFY(!url.isEmpty());
    createRole(QStringLiteral("perm_view"));
    QVERIFY(grant(url, { QStringLiteral("--role"), QStringLiteral("perm_view"), QStringLiteral("--viewer") }));
    ReviewDatabase viewer;
    QString error;
    QVERIFY2(viewer.open(urlAs(url, QStringLiteral("perm_view")), &error), qPrintable(error));
    QVERIFY(viewer.isReadOnly());
    QSqlQuery q(viewer.database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM records")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO flags (fiscal_year, code, status, reason, reason_text, note,"
                                   " reviewer, created_at, updated_at, version) VALUES (2021, '%1',"
                                   " 'flagged', 'other', '', '', 'v', 'x', 'x', 1)").arg(m_somuCode)));
    QVERIFY(!q.exec(QStringLiteral("UPDATE records SET name = 'x'")));
    QCOMPARE(FlagStore(viewer).setFlag(2021, m_somuCode, noteFlag(QStringLiteral("v")), 0).outcome,
             FlagStore::Outcome::Failed);
}

void tst_Permissions::administratorFlagsEverything()
{
    const QString url = freshDatabase(QStringLiteral("hyoka_perm_admin"));
    QVERIFY(!url.isEmpty());
    createRole(QStringLiteral("perm_chief"));
    QVERIFY(grant(url, { QStringLiteral("--role"), QStringLiteral("perm_chief"), QStringLiteral("--admin") }));
    ReviewDatabase chief;
    QString error;
    QVERIFY2(chief.open(urlAs(url, QStringLiteral("perm_chief")), &error), qPrintable(error));
    QVERIFY(!BureauPermissions::flaggableBureaus(chief));
    QCOMPARE(FlagStore(chief).setFlag(2021, kodomoCode, noteFlag(QStringLiteral("a")), 0).outcome,
             FlagStore::Outcome::Saved);
    QCOMPARE(FlagStore(chief).setFlag(2021, m_somuCode, noteFlag(QStringLiteral("b")), 0).outcome,
             FlagStore::Outcome::Saved);
    // Rule settings are an administrator's: a plain write to settings works.
    QSqlQuery q(chief.database());
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('perm.test', '1')")),
             qPrintable(q.lastError().text()));
}

void tst_Permissions::grantingTwiceChangesNothing()
{
    const QString url = freshDatabase(QStringLiteral("hyoka_perm_twice"));
    QVERIFY(!url.isEmpty());
    createRole(QStringLiteral("perm_twice"));
    const QStringList args { QStringLiteral("--role"), QStringLiteral("perm_twice"), QStringLiteral("--reviewer"),
                             QStringLiteral("--bureau"), somu };
    QVERIFY(grant(url, args));
    QVERIFY(grant(url, args));
    ReviewDatabase owner;
    QString error;
    QVERIFY2(owner.open(url, &error), qPrintable(error));
    QSqlQuery q(owner.database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_policies WHERE tablename IN ('flags', 'audit_log')")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 6);
    QCOMPARE(BureauPermissions::list(owner).size(), 1);
    QCOMPARE(BureauPermissions::list(owner).constFirst().bureaus, QStringList { somu });
    // The owner is not restricted.
    QVERIFY(!BureauPermissions::flaggableBureaus(owner));
}

// The window of the reviewer of 総務企画局: the notice names the bureau, こども未来局's
// rows are greyed out and their flags read-only; Ctrl+M on one writes nothing.
void tst_Permissions::windowGreysOutOtherBureaus()
{
    const QString url = freshDatabase(QStringLiteral("hyoka_perm_window"));
    QVERIFY(!url.isEmpty());
    createRole(QStringLiteral("perm_win"));
    QVERIFY(grant(url, { QStringLiteral("--role"), QStringLiteral("perm_win"), QStringLiteral("--reviewer"),
                         QStringLiteral("--bureau"), somu }));
    m_window = TestSupport::openWindow(m_language.get(), urlAs(url, QStringLiteral("perm_win")));
    QVERIFY(m_window);
    QVERIFY2(m_window->infoText().contains(QStringLiteral("You review ") + somu), qPrintable(m_window->infoText()));
    QCOMPARE(m_window->review()->flaggableBureaus(), std::optional<QStringList>(QStringList { somu }));

    QTableView *view = m_window->recordView();
    const QAbstractItemModel *model = view->model();
    int kodomoRow = -1;
    int somuRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString bureau = model->index(row, RecordTableModel::BureauColumn).data().toString();
        const bool mine = bureau == somu;
        QCOMPARE(model->index(row, 0).data(RecordTableModel::MayFlagRole).toBool(), mine);
        QCOMPARE(model->index(row, RecordTableModel::NameColumn).data(Qt::ForegroundRole).isValid(), !mine);
        if (model->index(row, RecordTableModel::CodeColumn).data().toString() == kodomoCode)
            kodomoRow = row;
        if (mine && somuRow < 0)
            somuRow = row;
    }
    QVERIFY(kodomoRow >= 0 && somuRow >= 0);
    const QColor grey = model->index(kodomoRow, 0).data(Qt::ForegroundRole).value<QColor>();
    QCOMPARE(grey, QPalette().color(QPalette::Disabled, QPalette::Text));

    FlagEditor *editor = m_window->reviewPanel()->flagEditor();
    auto *note = editor->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
    auto select = [view, model](int row) {
        view->setFocus();
        view->selectionModel()->setCurrentIndex(model->index(row, RecordTableModel::NameColumn),
                                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    };
    select(kodomoRow);
    QVERIFY(QTest::qWaitFor([note] { return note->isReadOnly(); }, 5000));
    QVERIFY(m_window->reviewPanel()->notice().contains(kodomo));
    // HYOKA_SCREENSHOT_DIR keeps a picture (docs/screenshots/permissions-reviewer.png).
    const QString shots = qEnvironmentVariable("HYOKA_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        view->scrollToBottom();
        QTest::qWait(1000); // the charts' first answer
        QVERIFY(m_window->grab().save(shots + QStringLiteral("/permissions-reviewer.png")));
    }
    QTest::keySequence(view, QKeySequence(Qt::CTRL | Qt::Key_M));
    QVERIFY(waitForAnswers(m_window->browser()));
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    select(somuRow);
    QVERIFY(QTest::qWaitFor([note] { return !note->isReadOnly(); }, 5000));
    QVERIFY(m_window->reviewPanel()->notice().isEmpty());

    ReviewDatabase owner;
    QString error;
    QVERIFY2(owner.open(url, &error), qPrintable(error));
    QCOMPARE(FlagStore(owner).flag(2021, kodomoCode)->version, 0); // Ctrl+M wrote nothing
}

QTEST_MAIN(tst_Permissions)
#include "tst_permissions.moc"

// The window on a database other reviewers use too (issue 6), under the offscreen
// platform: refused flag changes open the conflict dialog (keep theirs / overwrite
// with mine, nothing overwritten silently), changes made through another connection
// reach the grid and the detail dock (SQLite's data_version poll and PostgreSQL's
// LISTEN/NOTIFY — a throw-away server is started, so these never skip), a read-only
// role gets a read-only window with a clear notice, and File → Connect to Shared
// Database never stores a password.
#include "conflictdialog.h"
#include "connectdialog.h"
#include "flageditor.h"
#include "flaghistorymodel.h"
#include "flagstore.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "recordbrowser.h"
#include "recordstore.h"
#include "recordtablemodel.h"
#include "reviewcontroller.h"
#include "reviewdatabase.h"
#include "reviewnotifier.h"
#include "reviewpanel.h"

#include "../reviewwindow/dialogdriver.h"
#include "../shareddb/pgtestserver.h"

#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QItemSelectionModel>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

#include <memory>

using namespace Hyoka;

class tst_SharedWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void conflictKeepTheirs();
    void conflictOverwriteWithMine();
    void conflictOnUndo();
    void sqliteChangeReachesTheWindow();
    void remoteChangeWhileTyping();
    void postgresChangeReachesTheWindow();
    void readOnlyRoleGetsReadOnlyWindow();
    void connectDialogStoresNoPassword();
    void passwordIsAskedAndNeverStored();
    void passwordWanted_data();
    void passwordWanted();
    void passwordUrls();

private:
    void openSqliteWindow();
    void openWindow(const QString &spec);
    QString freshPgDatabase(const QString &name);
    int rowOfCode(const QString &code) const;
    void selectCode(const QString &code);
    QString shownStatus(const QString &code) const;

    PgTestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ReviewDatabase> m_other; // another reviewer's connection
    int m_sqliteCount = 0;
};

static const QString code = QStringLiteral("20101010"); // 地域子育て支援事業, level 4

void tst_SharedWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_language = std::make_unique<LanguageManager>();
    QVERIFY(m_language->setPreference(QStringLiteral("en")));
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void tst_SharedWindow::cleanup()
{
    m_window.reset();
    m_other.reset();
}

void tst_SharedWindow::openWindow(const QString &spec)
{
    QSettings().setValue(QStringLiteral("review/reviewer"), QStringLiteral("alice"));
    m_window = TestSupport::openWindow(m_language.get(), spec);
    QVERIFY(m_window);
    QCOMPARE(m_window->recordView()->model()->rowCount(), 38);
}

void tst_SharedWindow::openSqliteWindow()
{
    const QString path = m_dir.filePath(QStringLiteral("shared%1.sqlite").arg(++m_sqliteCount));
    m_other = std::make_unique<ReviewDatabase>();
    QString error;
    QVERIFY2(m_other->open(path, &error), qPrintable(error));
    QVERIFY(RecordStore(*m_other).importFile(QStringLiteral(HYOKA_SEED_FILE)).ok);
    openWindow(path);
}

QString tst_SharedWindow::freshPgDatabase(const QString &name)
{
    ReviewDatabase admin;
    QString error;
    if (!admin.open(m_server.url(), &error))
        return QString();
    QSqlQuery q(admin.database());
    q.exec(QStringLiteral("SET client_min_messages = warning"));
    q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
    if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
        return QString();
    QUrl url(m_server.url());
    url.setPath(u'/' + name);
    return url.toString();
}

int tst_SharedWindow::rowOfCode(const QString &c) const
{
    const QAbstractItemModel *model = m_window->recordView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, RecordTableModel::CodeColumn).data().toString() == c)
            return row;
    }
    return -1;
}

void tst_SharedWindow::selectCode(const QString &c)
{
    QTableView *view = m_window->recordView();
    view->setFocus();
    // Explicit flags: QTest leaves Ctrl as held after a Ctrl+ shortcut, which would
    // make setCurrentIndex() toggle the row.
    view->selectionModel()->setCurrentIndex(view->model()->index(rowOfCode(c), RecordTableModel::NameColumn),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QString tst_SharedWindow::shownStatus(const QString &c) const
{
    return m_window->recordView()->model()->index(rowOfCode(c), 0).data(RecordTableModel::FlagStatusRole).toString();
}

// Bob saves a note while Alice's window shows the old flag; Alice saves hers.
static Flag bobsFlag()
{
    Flag f;
    f.status = QStringLiteral("flagged");
    f.reason = QStringLiteral("indicator_missed");
    f.note = QStringLiteral("Bob: users at 65.8%");
    f.reviewer = QStringLiteral("bob");
    return f;
}

void tst_SharedWindow::conflictKeepTheirs()
{
    openSqliteWindow();
    selectCode(code);
    FlagEditor *editor = m_window->reviewPanel()->flagEditor();
    QCOMPARE(editor->storedFlag().version, 0);
    QCOMPARE(FlagStore(*m_other).setFlag(2021, code, bobsFlag(), 0).outcome, FlagStore::Outcome::Saved);

    auto *note = editor->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
    note->setPlainText(QStringLiteral("Alice: check the plan"));
    QString mineNote, theirsNote, intro;
    bool overwriteOffered = false;
    DialogDriver::onNext<ConflictDialog>([&](ConflictDialog *dialog) {
        mineNote = dialog->findChild<QPlainTextEdit *>(QStringLiteral("mineNote"))->toPlainText();
        theirsNote = dialog->findChild<QPlainTextEdit *>(QStringLiteral("theirsNote"))->toPlainText();
        intro = dialog->findChild<QLabel *>(QStringLiteral("introLabel"))->text();
        overwriteOffered = dialog->overwriteButton()->isVisible();
        DialogDriver::saveScreenshot(dialog, QStringLiteral("dialog-conflict"));
        QTest::mouseClick(dialog->keepTheirsButton(), Qt::LeftButton);
    });
    editor->save();
    QVERIFY(waitForAnswers(m_window->browser()));
    QCOMPARE(mineNote, QStringLiteral("Alice: check the plan"));
    QCOMPARE(theirsNote, QStringLiteral("Bob: users at 65.8%"));
    QVERIFY2(intro.contains(QStringLiteral("bob")), qPrintable(intro));
    QVERIFY(overwriteOffered);
    // Nothing overwritten; the window shows Bob's flag.
    const Flag stored = *FlagStore(*m_other).flag(2021, code);
    QCOMPARE(stored.version, 1);
    QCOMPARE(stored.note, QStringLiteral("Bob: users at 65.8%"));
    QCOMPARE(editor->storedFlag().version, 1);
    QCOMPARE(note->toPlainText(), QStringLiteral("Bob: users at 65.8%"));
    QTRY_COMPARE(shownStatus(code), QStringLiteral("flagged"));
    QCOMPARE(m_window->review()->undoStack()->count(), 0); // the refused step is gone
}

void tst_SharedWindow::conflictOverwriteWithMine()
{
    openSqliteWindow();
    selectCode(code);
    FlagEditor *editor = m_window->reviewPanel()->flagEditor();
    QCOMPARE(FlagStore(*m_other).setFlag(2021, code, bobsFlag(), 0).outcome, FlagStore::Outcome::Saved);
    editor->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"))->setPlainText(QStringLiteral("Alice: mine"));
    DialogDriver::onNext<ConflictDialog>(
            [](ConflictDialog *dialog) { QTest::mouseClick(dialog->overwriteButton(), Qt::LeftButton); });
    editor->save();
    QVERIFY(waitForAnswers(m_window->browser()));
    const Flag stored = *FlagStore(*m_other).flag(2021, code);
    QCOMPARE(stored.version, 2); // saved over version 1, which was expected this time
    QCOMPARE(stored.note, QStringLiteral("Alice: mine"));
    QCOMPARE(stored.reviewer, QStringLiteral("alice"));
    // Bob's note is still in the trail.
    const QList<FlagAuditEntry> history = *FlagStore(*m_other).history(2021, code);
    bool bobsNoteKept = false;
    for (const FlagAuditEntry &e : history)
        bobsNoteKept |= e.field == u"note" && e.oldValue == u"Bob: users at 65.8%" && e.newValue == u"Alice: mine";
    QVERIFY(bobsNoteKept);
    QCOMPARE(editor->storedFlag().version, 2);
    QCOMPARE(m_window->reviewPanel()->historyModel()->rowCount(), int(history.size()));
    QCOMPARE(m_window->review()->undoStack()->count(), 1);
}

void tst_SharedWindow::conflictOnUndo()
{
    openSqliteWindow();
    selectCode(code);
    QTest::keySequence(m_window->recordView(), QKeySequence(Qt::CTRL | Qt::Key_M));
    QVERIFY(waitForAnswers(m_window->browser()));
    QCOMPARE(FlagStore(*m_other).flag(2021, code)->version, 1);
    // Bob marks it reviewed; Alice's undo would put "none" over Bob's change.
    Flag bob = *FlagStore(*m_other).flag(2021, code);
    bob.status = QStringLiteral("reviewed");
    bob.reviewer = QStringLiteral("bob");
    QCOMPARE(FlagStore(*m_other).setFlag(2021, code, bob, 1).outcome, FlagStore::Outcome::Saved);
    QString theirsStatus;
    DialogDriver::onNext<ConflictDialog>([&](ConflictDialog *dialog) {
        theirsStatus = dialog->findChild<QLabel *>(QStringLiteral("theirsStatus"))->text();
        dialog->keepTheirsButton()->click();
    });
    QTest::keySequence(m_window->recordView(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    QVERIFY(waitForAnswers(m_window->browser()));
    QCOMPARE(theirsStatus, QStringLiteral("Reviewed"));
    QCOMPARE(FlagStore(*m_other).flag(2021, code)->status, QStringLiteral("reviewed"));
    QCOMPARE(FlagStore(*m_other).flag(2021, code)->version, 2);
    QTRY_COMPARE(shownStatus(code), QStringLiteral("reviewed"));
    QVERIFY(!m_window->review()->undoAction()->isEnabled());
}

void tst_SharedWindow::sqliteChangeReachesTheWindow()
{
    openSqliteWindow();
    selectCode(code);
    // Three rows selected, the current one among them.
    QItemSelectionModel *selection = m_window->recordView()->selectionModel();
    for (const QString &other : { QStringLiteral("20101020"), QStringLiteral("20101030") })
        selection->select(m_window->recordView()->model()->index(rowOfCode(other), 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(selection->selectedRows().size(), 3);
    QVERIFY(m_window->review()->notifier() && m_window->review()->notifier()->isActive());
    QSignalSpy changed(m_window->review()->notifier(), &ReviewNotifier::databaseChanged);
    QCOMPARE(FlagStore(*m_other).setFlag(2021, code, bobsFlag(), 0).outcome, FlagStore::Outcome::Saved);
    // PRAGMA data_version is polled every 1.5 s.
    QVERIFY(changed.wait(5000));
    QTRY_COMPARE(shownStatus(code), QStringLiteral("flagged"));
    // The record stays selected and the detail dock shows Bob's flag and history.
    QCOMPARE(m_window->recordView()->currentIndex().siblingAtColumn(RecordTableModel::CodeColumn).data().toString(),
             code);
    QCOMPARE(m_window->reviewPanel()->flagEditor()->storedFlag().note, QStringLiteral("Bob: users at 65.8%"));
    QCOMPARE(m_window->reviewPanel()->historyModel()->rowCount(), 3);
    QCOMPARE(selection->selectedRows().size(), 3); // the grid was read again, the selection kept
}

void tst_SharedWindow::remoteChangeWhileTyping()
{
    openSqliteWindow();
    selectCode(code);
    FlagEditor *editor = m_window->reviewPanel()->flagEditor();
    auto *note = editor->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
    note->setPlainText(QStringLiteral("Alice, typing"));
    QCOMPARE(FlagStore(*m_other).setFlag(2021, code, bobsFlag(), 0).outcome, FlagStore::Outcome::Saved);
    // The grid follows; what Alice types stays, and she is told.
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(code), QStringLiteral("flagged"), 5000);
    QTRY_VERIFY(m_window->reviewPanel()->notice().contains(QStringLiteral("bob")));
    QCOMPARE(note->toPlainText(), QStringLiteral("Alice, typing"));
    QCOMPARE(m_window->reviewPanel()->historyModel()->rowCount(), 3);
    // Saving asks.
    bool asked = false;
    DialogDriver::onNext<ConflictDialog>([&](ConflictDialog *dialog) {
        asked = true;
        dialog->keepTheirsButton()->click();
    });
    editor->save();
    QVERIFY(waitForAnswers(m_window->browser()));
    QVERIFY(asked);
    QCOMPARE(FlagStore(*m_other).flag(2021, code)->note, QStringLiteral("Bob: users at 65.8%"));
}

void tst_SharedWindow::postgresChangeReachesTheWindow()
{
    const QString url = freshPgDatabase(QStringLiteral("hyoka_window_live"));
    QVERIFY(!url.isEmpty());
    m_other = std::make_unique<ReviewDatabase>();
    QString error;
    QVERIFY2(m_other->open(url, &error), qPrintable(error));
    QVERIFY(RecordStore(*m_other).importFile(QStringLiteral(HYOKA_SEED_FILE)).ok);
    openWindow(url);
    QVERIFY(m_window->database()->isPostgres());
    QVERIFY(!m_window->database()->isConnected()); // its threads are; the window waits for no server
    QTRY_VERIFY(m_window->review()->notifier()->isActive()); // subscribed on the write thread
    selectCode(code);
    QSignalSpy notified(m_window->review()->notifier(), &ReviewNotifier::flagChanged);
    QCOMPARE(FlagStore(*m_other).setFlag(2021, code, bobsFlag(), 0).outcome, FlagStore::Outcome::Saved);
    QVERIFY(notified.wait(5000)); // LISTEN/NOTIFY, no polling
    QCOMPARE(notified.at(0).at(1).toString(), code);
    QTRY_COMPARE(shownStatus(code), QStringLiteral("flagged"));
    // The review panel's flag and history are read on the read service, beside the grid's rows.
    QTRY_COMPARE(m_window->reviewPanel()->flagEditor()->storedFlag().version, 1);
    QTRY_COMPARE(m_window->reviewPanel()->historyModel()->rowCount(), 3);
    // And the other way: Alice's Ctrl+M reaches Bob's connection; her window is not
    // told of its own change.
    ReviewNotifier bobs(*m_other, nullptr);
    QSignalSpy bobHears(&bobs, &ReviewNotifier::flagChanged);
    notified.clear();
    const QString other = QStringLiteral("20102020");
    selectCode(other);
    QTest::keySequence(m_window->recordView(), QKeySequence(Qt::CTRL | Qt::Key_M));
    QVERIFY(waitForAnswers(m_window->browser()));
    QTRY_VERIFY_WITH_TIMEOUT(!bobHears.isEmpty(), 5000);
    QCOMPARE(bobHears.at(0).at(1).toString(), other);
    QCOMPARE(FlagStore(*m_other).flag(2021, other)->reviewer, QStringLiteral("alice"));
    QVERIFY(notified.isEmpty());
}

void tst_SharedWindow::readOnlyRoleGetsReadOnlyWindow()
{
    const QString url = freshPgDatabase(QStringLiteral("hyoka_window_readonly"));
    QVERIFY(!url.isEmpty());
    m_other = std::make_unique<ReviewDatabase>();
    QString error;
    QVERIFY2(m_other->open(url, &error), qPrintable(error));
    QVERIFY(RecordStore(*m_other).importFile(QStringLiteral(HYOKA_SEED_FILE)).ok);
    QCOMPARE(FlagStore(*m_other).setFlag(2021, code, bobsFlag(), 0).outcome, FlagStore::Outcome::Saved);
    const QString role = QStringLiteral("hyoka_window_reader");
    QSqlQuery q(m_other->database());
    q.exec(QStringLiteral("DROP OWNED BY %1").arg(role));
    q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    QVERIFY(q.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(role)));
    QVERIFY(q.exec(QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(role)));
    QVERIFY(q.exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(role)));
    QUrl readerUrl(url);
    readerUrl.setUserName(role);

    openWindow(readerUrl.toString());
    QVERIFY(m_window->database()->isReadOnly());
    QVERIFY2(m_window->infoText().contains(QStringLiteral("read-only")), qPrintable(m_window->infoText()));
    QVERIFY(!m_window->infoText().contains(QStringLiteral("permission denied")));
    ReviewController *review = m_window->review();
    for (QAction *a : { review->flagSuggestedAction(), review->markReviewedAction(), review->dismissAction(),
                        review->removeFlagAction(), review->undoAction(), review->redoAction() })
        QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
    // The flags are read; the editor cannot change them.
    selectCode(code);
    FlagEditor *editor = m_window->reviewPanel()->flagEditor();
    QCOMPARE(editor->storedFlag().note, QStringLiteral("Bob: users at 65.8%"));
    QVERIFY(editor->isReadOnly());
    QVERIFY(!editor->findChild<QComboBox *>(QStringLiteral("statusCombo"))->isEnabled());
    QVERIFY(editor->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"))->isReadOnly());
    QVERIFY(!editor->findChild<QPushButton *>(QStringLiteral("saveButton"))->isVisible());
    QTRY_COMPARE(shownStatus(code), QStringLiteral("flagged"));
    // Ctrl+M does nothing (and shows no error).
    QTest::keySequence(m_window->recordView(), QKeySequence(Qt::CTRL | Qt::Key_M));
    QVERIFY(waitForAnswers(m_window->browser()));
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(FlagStore(*m_other).flag(2021, code)->version, 1);
    // The rules can be read in the settings dialog but not changed.
    bool rulesEnabled = true;
    QString notice;
    DialogDriver::onNext<QDialog>([&](QDialog *dialog) {
        rulesEnabled = dialog->findChild<QSpinBox *>(QStringLiteral("levelSpin"))->isEnabled();
        notice = dialog->findChild<QLabel *>(QStringLiteral("readOnlyLabel"))->text();
        dialog->reject();
    });
    review->settingsAction()->trigger();
    QVERIFY(waitForAnswers(m_window->browser()));
    QVERIFY(!rulesEnabled);
    QVERIFY(notice.contains(QStringLiteral("read-only")));

    m_window.reset();
    q.exec(QStringLiteral("DROP OWNED BY %1").arg(role));
    q.exec(QStringLiteral("DROP ROLE %1").arg(role));
}

void tst_SharedWindow::connectDialogStoresNoPassword()
{
    const QString url = freshPgDatabase(QStringLiteral("hyoka_window_connect"));
    QVERIFY(!url.isEmpty());
    {
        ReviewDatabase db;
        QString error;
        QVERIFY2(db.open(url, &error), qPrintable(error));
        QVERIFY(RecordStore(db).importFile(QStringLiteral(HYOKA_SEED_FILE)).ok);
    }
    QSettings().clear();
    m_window = std::make_unique<MainWindow>(m_language.get());
    m_window->show();
    const QUrl target(url);
    // File → Connect to Shared Database, filled in as a user would.
    DialogDriver::onNext<ConnectDialog>([&](ConnectDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("hostEdit"))->setText(target.host());
        dialog->findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(target.port());
        dialog->findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->setText(target.path().mid(1));
        dialog->findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(target.userName());
        DialogDriver::saveScreenshot(dialog, QStringLiteral("dialog-connect"));
        dialog->accept();
    });
    QVERIFY(TestSupport::whenOpened(*m_window, [this] {
        m_window->findChild<QAction *>(QStringLiteral("actionConnectShared"))->trigger();
    }));
    QVERIFY(waitForAnswers(m_window->browser()));
    QVERIFY(m_window->database());
    QVERIFY(m_window->database()->isPostgres());
    QCOMPARE(m_window->recordView()->model()->rowCount(), 38);
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("sharedDatabase/host")).toString(), target.host());
    QCOMPARE(settings.value(QStringLiteral("sharedDatabase/database")).toString(), target.path().mid(1));

    // A password given for one connection (here in the URL; trust authentication
    // ignores it) is used, never written.
    const QString secret = QStringLiteral("s3cret-pw");
    QVERIFY(TestSupport::openDatabaseInteractively(*m_window, ConnectDialog::withPassword(url, secret)));
    QVERIFY(!m_window->databaseSpec().contains(secret));
    QVERIFY(!m_window->windowTitle().contains(secret));
    settings.sync();
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(secret), qPrintable(key));
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(secret.toUtf8()));
    // The dialog offers the last server again.
    ConnectDialog again;
    again.loadLast();
    QCOMPARE(QUrl(again.url()).host(), target.host());
    QVERIFY(QUrl(again.url()).password().isEmpty());
}

// Whether a failed open wants a password is asked of libpq (PQconnectionNeedsPassword,
// the server's SQLSTATE 28P01), not read from a message the server words in its own
// language: a wrong database name with the right password does not ask for a password.
void tst_SharedWindow::passwordWanted_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<bool>("opens");
    QTest::addColumn<int>("wanted");
    const QString right = QStringLiteral("ひみつ-s3cret");
    QTest::newRow("no password") << QString() << QString() << false << int(PasswordWanted::Missing);
    QTest::newRow("wrong password") << QStringLiteral("wrong") << QString() << false << int(PasswordWanted::Rejected);
    QTest::newRow("right password") << right << QString() << true << int(PasswordWanted::No);
    QTest::newRow("right password, no such database")
            << right << QStringLiteral("hyoka_no_such_db") << false << int(PasswordWanted::No);
    QTest::newRow("no server") << right << QStringLiteral("port:1") << false << int(PasswordWanted::No);
}

void tst_SharedWindow::passwordWanted()
{
    QFETCH(QString, password);
    QFETCH(QString, database);
    QFETCH(bool, opens);
    QFETCH(int, wanted);
    const QString url = freshPgDatabase(QStringLiteral("hyoka_window_wanted"));
    QVERIFY(!url.isEmpty());
    QUrl target(m_server.passwordRoleUrl(url, QStringLiteral("ひみつ-s3cret")));
    QVERIFY(!target.isEmpty());
    target.setPassword(password);
    if (database == u"port:1")
        target.setPort(1);
    else if (!database.isEmpty())
        target.setPath(u'/' + database);
    ReviewDatabase db;
    QString error;
    QCOMPARE(db.open(target.toString(), &error), opens);
    QCOMPARE(int(db.passwordWanted()), wanted);
    if (!opens) {
        QVERIFY(!error.isEmpty());
        QVERIFY2(password.isEmpty() || !error.contains(password), qPrintable(error));
    }
}

void tst_SharedWindow::passwordUrls()
{
    const QString url = QStringLiteral("postgresql://alice@db.example.org:5432/review");
    const QString with = ConnectDialog::withPassword(url, QStringLiteral("p@ss:w/rd"));
    QCOMPARE(QUrl(with).password(), QStringLiteral("p@ss:w/rd"));
    QCOMPARE(ConnectDialog::withoutPassword(with), url);
}

void tst_SharedWindow::passwordIsAskedAndNeverStored()
{
    const QString url = freshPgDatabase(QStringLiteral("hyoka_window_password"));
    QVERIFY(!url.isEmpty());
    const QString role = QLatin1String(PgTestServer::passwordRole); // scram-sha-256 in pg_hba.conf
    const QString password = QStringLiteral("ひみつ-s3cret");
    {
        ReviewDatabase owner;
        QString error;
        QVERIFY2(owner.open(url, &error), qPrintable(error));
        QVERIFY(RecordStore(owner).importFile(QStringLiteral(HYOKA_SEED_FILE)).ok);
    }
    const QUrl target(m_server.passwordRoleUrl(url, password));
    QVERIFY(!target.isEmpty());
    QSettings().clear();
    m_window = std::make_unique<MainWindow>(m_language.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    // Asked once, a wrong password: asked again, saying so; then the right one.
    QStringList prompts;
    DialogDriver::onNext<QInputDialog>([&](QInputDialog *first) {
        prompts << first->labelText();
        QCOMPARE(first->textEchoMode(), QLineEdit::Password);
        DialogDriver::onNextWhere<QInputDialog>([first](QInputDialog *d) { return d != first; },
                                                [&](QInputDialog *second) {
                                                    prompts << second->labelText();
                                                    second->setTextValue(password);
                                                    second->accept();
                                                });
        first->setTextValue(QStringLiteral("wrong"));
        first->accept();
    });
    QVERIFY(TestSupport::openDatabaseInteractively(*m_window, target.toString()));
    QCOMPARE(prompts.size(), 2);
    QVERIFY2(prompts.at(0).contains(role), qPrintable(prompts.at(0)));
    QVERIFY(!prompts.at(0).contains(QStringLiteral("not accepted")));
    QVERIFY2(prompts.at(1).contains(QStringLiteral("not accepted")), qPrintable(prompts.at(1)));
    QVERIFY(m_window->database() && m_window->database()->isPostgres());
    // The window's query worker opened its own connection with it too.
    QVERIFY(waitForAnswers(m_window->browser()));
    QCOMPARE(m_window->recordView()->model()->rowCount(), 38);
    QCOMPARE(m_window->browser()->recordCount(), 38);
    // Shown and remembered without the password.
    QVERIFY(!m_window->databaseSpec().contains(password));
    QVERIFY(!m_window->windowTitle().contains(password));
    QVERIFY(m_window->close()); // writes the settings
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(password), qPrintable(key));
    QVERIFY(settings.value(QStringLiteral("database/last")).toString().contains(role));
    m_window.reset();
}

QTEST_MAIN(tst_SharedWindow)
#include "tst_sharedwindow.moc"

// The window while the shared database's server goes away (issue 18, docs/robustness.md
// "The server going away"): a banner, never a dialog; the connection back by itself and
// what changed meanwhile read again; a flag change made during the outage waits and is
// saved afterwards with the version check (a conflict shows the conflict dialog); a
// changed password is asked for through the banner's link. The connection itself, the
// command line and imports are in tst_reconnect.
#include "conflictdialog.h"
#include "connectionbanner.h"
#include "connectionwatch.h"
#include "flageditor.h"
#include "flagstore.h"
#include "mainwindow.h"
#include "recordbrowser.h"
#include "recordtablemodel.h"
#include "reviewcontroller.h"
#include "reviewdatabase.h"
#include "reviewnotifier.h"
#include "reviewpanel.h"

#include "../reviewwindow/dialogdriver.h"
#include "reconnectfixture.h"

#include "windowtest.h"

#include <QApplication>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <memory>

using namespace Hyoka;
using namespace Hyoka::TestSupport;

class tst_ReconnectWindow : public QObject, private ReconnectFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void windowShowsBannerAndReadsWhatChanged();
    void windowSavesTheWaitingChangeAfterwards();
    void windowWaitingChangeMeetsAConflict();
    void windowAsksForTheChangedPassword();

private:
    void openWindow(const QString &url);
    void selectCode(const QString &c);

    // Opens a window on a fresh database, stops the server and saves `note` on the
    // sample's first project: it must wait, without a dialog. The URL: m_url.
    void saveNoteWhileStopped(const QString &database, const QString &note, int retryWaitMs);
    // Another reviewer saves a flag with `note` through a connection of their own.
    void othersSave(const QString &c, const QString &note);

    QString m_url;

    std::unique_ptr<MainWindow> m_window;
};

void tst_ReconnectWindow::initTestCase()
{
    prepare();
}

void tst_ReconnectWindow::cleanup()
{
    m_window.reset();
    m_server.resume(); // after a failed test that left it stopped (fails harmlessly when running)
}

void tst_ReconnectWindow::openWindow(const QString &url)
{
    QSettings().setValue(QStringLiteral("review/reviewer"), QStringLiteral("alice"));
    m_window = TestSupport::openWindow(m_language.get(), url);
    QVERIFY(m_window);
    QVERIFY(m_window->connectionBanner()->watch());
    // Ping often, retry soon: the test's outage is short.
    m_window->connectionBanner()->watch()->setIntervals(300, 200, 1000);
    QCOMPARE(m_window->connectionText(), QString());
}

void tst_ReconnectWindow::saveNoteWhileStopped(const QString &database, const QString &note, int retryWaitMs)
{
    m_url = freshDatabase(database);
    QVERIFY(!m_url.isEmpty());
    openWindow(m_url);
    selectCode(code);
    FlagEditor *editor = m_window->reviewPanel()->flagEditor();
    QVERIFY(QTest::qWaitFor([editor] { return editor->isEnabled(); }, 5000));
    m_window->connectionBanner()->watch()->setIntervals(300, retryWaitMs, retryWaitMs);
    QVERIFY(m_server.halt());
    editor->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"))->setPlainText(note);
    QVERIFY(editor->isModified());
    editor->save();
    QVERIFY(waitForAnswers(m_window->browser()));
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QVERIFY(!m_window->connectionBanner()->watch()->isConnected());
    QCOMPARE(m_window->review()->waitingChanges(), 1);
    QVERIFY(editor->isModified()); // what was typed is still there
}

void tst_ReconnectWindow::othersSave(const QString &c, const QString &note)
{
    ReviewDatabase bob;
    QString error;
    QVERIFY2(bob.open(m_url, &error), qPrintable(error));
    QCOMPARE(FlagStore(bob).setFlag(2021, c, flagWithNote(note, QStringLiteral("bob")), 0).outcome,
             FlagStore::Outcome::Saved);
}

void tst_ReconnectWindow::selectCode(const QString &c)
{
    QTableView *view = m_window->recordView();
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, RecordTableModel::CodeColumn).data().toString() == c) {
            view->setFocus();
            view->selectionModel()->setCurrentIndex(model->index(row, RecordTableModel::NameColumn),
                                                    QItemSelectionModel::ClearAndSelect
                                                            | QItemSelectionModel::Rows);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row with code %1").arg(c)));
}

// Restarted, then stopped for a while: a banner (no dialog, whatever the window does
// meanwhile), the connection back by itself, the banner gone, and what another
// reviewer changed during the outage shown; notifications arrive again afterwards.
void tst_ReconnectWindow::windowShowsBannerAndReadsWhatChanged()
{
    m_url = freshDatabase(QStringLiteral("hyoka_rc_window"));
    QVERIFY(!m_url.isEmpty());
    openWindow(m_url);
    selectCode(code);
    ConnectionWatch *watch = m_window->connectionBanner()->watch();
    QSignalSpy lost(watch, &ConnectionWatch::lost);

    QVERIFY(m_server.halt());
    QVERIFY(lost.wait(5000));
    QVERIFY(m_window->connectionText().contains(QStringLiteral("lost — reconnecting")));
    // The reviewer goes on clicking and filtering: no modal dialog ever opens.
    selectCode(QStringLiteral("20102020"));
    m_window->browser()->refresh();
    QTest::qWait(outageMs() / 2);
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QVERIFY(m_window->connectionText().contains(QStringLiteral("tried")));
    // tools/outage.sh keeps a picture of the banner (docs/screenshots/).
    const QString shots = qEnvironmentVariable("HYOKA_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(m_window->grab().save(shots + QStringLiteral("/reconnect-banner.png")));
    QTest::qWait(outageMs() / 2);
    QCOMPARE(QApplication::activeModalWidget(), nullptr);

    // Meanwhile (once the server is up, before the window notices) Bob flags a record.
    QVERIFY(m_server.resume());
    othersSave(code, QStringLiteral("during the outage"));
    waitUntilRestored(watch);
    QVERIFY(QTest::qWaitFor([this] { return m_window->connectionText().isEmpty(); }, 5000));
    QVERIFY(waitForAnswers(m_window->browser()));
    const QAbstractItemModel *model = m_window->recordView()->model();
    auto statusOf = [model](const QString &c) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, RecordTableModel::CodeColumn).data().toString() == c)
                return model->index(row, 0).data(RecordTableModel::FlagStatusRole).toString();
        }
        return QString();
    };
    QVERIFY(QTest::qWaitFor([&] { return statusOf(code) == u"flagged"; }, 5000));

    // Listening again: a change after the reconnect reaches the window by itself.
    QVERIFY(m_window->review()->notifier()->isActive());
    QSignalSpy heard(m_window->review()->notifier(), &ReviewNotifier::flagChanged);
    othersSave(QStringLiteral("20102020"), QStringLiteral("after"));
    QVERIFY(heard.wait(5000));
    QVERIFY(QTest::qWaitFor([&] { return statusOf(QStringLiteral("20102020")) == u"flagged"; }, 5000));
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
}

// Alice saves a note while the server is away: no dialog, the banner counts one
// waiting change, and once the server is back it is saved with the version she saw.
void tst_ReconnectWindow::windowSavesTheWaitingChangeAfterwards()
{
    saveNoteWhileStopped(QStringLiteral("hyoka_rc_wait"), QStringLiteral("saved while away"), 200);
    if (QTest::currentTestFailed())
        return;
    const QString url = m_url;
    FlagEditor *editor = m_window->reviewPanel()->flagEditor();
    ConnectionWatch *watch = m_window->connectionBanner()->watch();
    QVERIFY2(m_window->connectionText().contains(QStringLiteral("1 flag change")), qPrintable(m_window->connectionText()));

    QVERIFY(m_server.resume());
    waitUntilRestored(watch);
    QCOMPARE(m_window->review()->waitingChanges(), 0);
    // Saved on the review session's thread once the server is back.
    QVERIFY(waitForAnswers(m_window->browser()));
    ReviewDatabase check;
    QString error;
    QVERIFY2(check.open(url, &error), qPrintable(error));
    QVERIFY(QTest::qWaitFor([&] { return FlagStore(check).flag(2021, code)->version == 1; }, 10000));
    const Flag stored = *FlagStore(check).flag(2021, code);
    QCOMPARE(stored.note, QStringLiteral("saved while away"));
    QCOMPARE(stored.version, 1);
    QCOMPARE(stored.reviewer, QStringLiteral("alice"));
    QCOMPARE(countOf(check, QStringLiteral("SELECT count(DISTINCT version) FROM audit_log")), 1);
    QVERIFY(QTest::qWaitFor([editor] { return !editor->isModified(); }, 5000));
    QCOMPARE(editor->storedFlag().version, 1);
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
}

// While Alice's change waited, Bob saved the same flag: after the reconnect hers is
// not written over his — the conflict dialog shows both (here she keeps his).
void tst_ReconnectWindow::windowWaitingChangeMeetsAConflict()
{
    // Time for Bob between the server's return and the window's next attempt.
    saveNoteWhileStopped(QStringLiteral("hyoka_rc_conflict"), QStringLiteral("Alice, offline"), 3000);
    if (QTest::currentTestFailed())
        return;
    const QString url = m_url;
    ConnectionWatch *watch = m_window->connectionBanner()->watch();
    QVERIFY(m_server.resume());
    othersSave(code, QStringLiteral("Bob, online"));
    // The conflict dialog opens (from inside the reconnect) once the waiting change is
    // tried again; Alice keeps Bob's version.
    QString dialogShowed;
    QTimer answer;
    answer.setInterval(100);
    connect(&answer, &QTimer::timeout, this, [&] {
        if (auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget())) {
            dialogShowed = dialog->findChild<QPlainTextEdit *>(QStringLiteral("theirsNote"))->toPlainText();
            dialog->findChild<QPushButton *>(QStringLiteral("keepTheirsButton"))->click();
        }
    });
    answer.start();
    waitUntilRestored(watch);
    QVERIFY(QTest::qWaitFor([&] { return !dialogShowed.isEmpty(); }, 30000));
    QCOMPARE(dialogShowed, QStringLiteral("Bob, online"));
    answer.stop();
    QTRY_COMPARE(QApplication::activeModalWidget(), nullptr);
    ReviewDatabase check;
    QString error;
    QVERIFY2(check.open(url, &error), qPrintable(error));
    const Flag stored = *FlagStore(check).flag(2021, code);
    QCOMPARE(stored.note, QStringLiteral("Bob, online"));
    QCOMPARE(stored.version, 1);
}

// The same in the window: the banner says the server no longer accepts the password
// and offers a link; no dialog pops up by itself. The link asks for the password;
// with it the window reconnects, its grid's own connection included.
void tst_ReconnectWindow::windowAsksForTheChangedPassword()
{
    m_url = freshDatabase(QStringLiteral("hyoka_rc_window_password"));
    QVERIFY(!m_url.isEmpty());
    const QString first = QStringLiteral("erste-パス"), second = QStringLiteral("zweite-パス");
    QUrl target(m_server.passwordRoleUrl(m_url, first));
    QVERIFY(!target.isEmpty());
    target.setPassword(first);
    openWindow(target.toString());
    if (QTest::currentTestFailed())
        return;
    ConnectionWatch *watch = m_window->connectionBanner()->watch();

    QVERIFY(m_server.changePassword(second));
    QVERIFY(QTest::qWaitFor([watch] { return watch->passwordWanted() == PasswordWanted::Rejected; }, 20000));
    const QString banner = m_window->connectionText();
    QVERIFY2(banner.contains(QStringLiteral("no longer accepts the password")), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("href=\"password\"")), qPrintable(banner));
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    // tools/outage.sh keeps a picture of this banner too, in Japanese.
    const QString shots = qEnvironmentVariable("HYOKA_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QVERIFY(m_language->setPreference(QStringLiteral("ja")));
        QTest::qWait(300);
        QVERIFY(m_window->connectionText().contains(QStringLiteral("パスワードを入力")));
        QVERIFY(m_window->grab().save(shots + QStringLiteral("/password-banner.png")));
        QVERIFY(m_language->setPreference(QStringLiteral("en")));
    }

    QString prompt;
    DialogDriver::onNext<QInputDialog>([&](QInputDialog *dialog) {
        prompt = dialog->labelText();
        QCOMPARE(dialog->textEchoMode(), QLineEdit::Password);
        dialog->setTextValue(second);
        dialog->accept();
    });
    emit m_window->connectionBanner()->label()->linkActivated(QStringLiteral("password"));
    QVERIFY2(prompt.contains(QStringLiteral("no longer accepts")), qPrintable(prompt));
    QVERIFY2(prompt.contains(QLatin1String(PgTestServer::passwordRole)), qPrintable(prompt));
    waitUntilRestored(watch);
    QVERIFY(QTest::qWaitFor([this] { return m_window->connectionText().isEmpty(); }, 5000));
    // The grid's thread opened its connection again with the new password: it answers.
    QSignalSpy failed(m_window->browser(), &RecordBrowser::queryFailed);
    QSignalSpy filtered(m_window->browser(), &RecordBrowser::filterChanged);
    m_window->browser()->setSearchText(QStringLiteral("子育て"));
    QVERIFY(filtered.wait(10000));
    QVERIFY(waitForAnswers(m_window->browser()));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    const qint64 found = m_window->browser()->totals().count;
    QVERIFY2(found > 0 && found < 38, qPrintable(QString::number(found)));
    QVERIFY(!m_window->databaseSpec().contains(second));
    QVERIFY(!m_window->windowTitle().contains(second));
}

QTEST_MAIN(tst_ReconnectWindow)
#include "tst_reconnectwindow.moc"

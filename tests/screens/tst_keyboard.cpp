// The review window from the keyboard (docs/keyboard-and-screens.md): the search hands
// on to the grid, the facet menus toggle with the keyboard, the focus shortcuts reach
// every part, the detail shows its focus and pages, mnemonics are unique in both
// languages, and undo steps say what they undo. The window on the screens offices have
// is in tst_screens.
#include "chartpanel.h"
#include "facetbutton.h"
#include "facetmodel.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "recordbrowser.h"
#include "recorddetailpanel.h"
#include "recordtablemodel.h"
#include "reviewcontroller.h"

#include "screensfixture.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>


using namespace Hyoka;
using namespace Hyoka::TestSupport;

class tst_Keyboard : public QObject, private ScreensFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void searchHandsOnToTheGrid_data();
    void searchHandsOnToTheGrid();
    void facetMenuTogglesWithTheKeyboard();
    void focusShortcuts_data();
    void focusShortcuts();
    void detailShowsItsFocusAndPages();
    void mnemonicsAreUnique_data();
    void mnemonicsAreUnique();
    void undoStepsSayWhatTheyDo();

private:
    int rowOfName(const QString &name) const;
    // The window active again (a dialog or a popup had the keyboard).
    void activate();
};

void tst_Keyboard::initTestCase()
{
    openSampleWindow();
}

void tst_Keyboard::cleanupTestCase()
{
    closeWindow();
}

void tst_Keyboard::cleanup()
{
    showAllRecords();
}

int tst_Keyboard::rowOfName(const QString &name) const
{
    const QAbstractItemModel *model = view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, RecordTableModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

void tst_Keyboard::activate()
{
    QApplication::setActiveWindow(m_window.get());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_Keyboard::searchHandsOnToTheGrid_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("Down") << int(Qt::Key_Down);
    QTest::newRow("Return") << int(Qt::Key_Return);
}

void tst_Keyboard::searchHandsOnToTheGrid()
{
    QFETCH(int, key);
    activate();
    view()->setCurrentIndex(QModelIndex());
    view()->selectionModel()->clearSelection();
    m_window->filterBar()->focusSearch();
    QLineEdit *search = m_window->filterBar()->searchEdit();
    QVERIFY(search->hasFocus());
    search->setText(QStringLiteral("保育")); // typed through an input method: keyClicks is ASCII only
    QTest::keyClick(search, Qt::Key(key));
    QVERIFY(waitForAnswers(m_window->browser()));
    QTRY_VERIFY(view()->hasFocus());
    // The search applied, the first result current.
    QVERIFY(view()->model()->rowCount() > 0 && view()->model()->rowCount() < 38);
    QCOMPARE(view()->currentIndex().row(), 0);
}

void tst_Keyboard::facetMenuTogglesWithTheKeyboard()
{
    FacetButton *bureau = m_window->filterBar()->facetButtons().at(1);
    FacetModel *model = bureau->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model->hasSelection());
    QMenu *menu = bureau->popupMenu();
    bool checkedByReturn = false;
    bool uncheckedBySpace = false;
    bool stillOpen = false;
    // The popup runs its own event loop: act from inside it.
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(menu->isVisible());
        QListView *list = bureau->listView();
        QTest::keyClick(list, Qt::Key_Return);
        checkedByReturn = model->hasSelection();
        stillOpen = menu->isVisible();
        QTest::keyClick(list, Qt::Key_Space);
        uncheckedBySpace = !model->hasSelection();
        menu->close();
    });
    bureau->showMenu();
    QVERIFY(checkedByReturn);
    QVERIFY(stillOpen);
    QVERIFY(uncheckedBySpace);
    QVERIFY(waitForAnswers(m_window->browser()));
    QCOMPARE(view()->model()->rowCount(), 38);
}

void tst_Keyboard::focusShortcuts_data()
{
    QTest::addColumn<QKeySequence>("keys");
    QTest::addColumn<QString>("part");
    QTest::newRow("Ctrl+1 grid") << QKeySequence(Qt::CTRL | Qt::Key_1) << QStringLiteral("grid");
    QTest::newRow("Ctrl+2 details") << QKeySequence(Qt::CTRL | Qt::Key_2) << QStringLiteral("details");
    QTest::newRow("Ctrl+3 charts") << QKeySequence(Qt::CTRL | Qt::Key_3) << QStringLiteral("charts");
    QTest::newRow("Ctrl+4 filters") << QKeySequence(Qt::CTRL | Qt::Key_4) << QStringLiteral("filters");
}

void tst_Keyboard::focusShortcuts()
{
    QFETCH(QKeySequence, keys);
    QFETCH(QString, part);
    activate();
    QVERIFY(m_window->selectRecords({ m_window->browser()->tableModel()->recordId(0) }) == 1);
    m_window->filterBar()->focusSearch();
    QTest::keySequence(m_window.get(), keys);
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    if (part == QLatin1String("grid"))
        QCOMPARE(focus, static_cast<QWidget *>(view()));
    else if (part == QLatin1String("details"))
        QVERIFY(m_window->detailPanel()->isAncestorOf(focus));
    else if (part == QLatin1String("charts"))
        QVERIFY(m_window->chartPanel()->isAncestorOf(focus));
    else
        QVERIFY(qobject_cast<FacetButton *>(focus));
}

void tst_Keyboard::detailShowsItsFocusAndPages()
{
    activate();
    QVERIFY(m_window->selectRecords({ m_window->browser()->tableModel()->recordId(rowOfName(kosodate)) }) == 1);
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Return);
    auto *text = qobject_cast<QTextBrowser *>(QApplication::focusWidget());
    QVERIFY(text);
    QVERIFY(m_window->detailPanel()->isAncestorOf(text));
    // The focus is drawn: the focused text looks different from the unfocused one.
    const QImage focused = text->grab().toImage();
    view()->setFocus();
    const QImage unfocused = text->grab().toImage();
    QVERIFY(focused != unfocused);
    // PageDown moves the text or, when it all shows, the dock's scroll area.
    QScrollArea *area = nullptr;
    for (QWidget *w = text->parentWidget(); w && !area; w = w->parentWidget())
        area = qobject_cast<QScrollArea *>(w);
    QVERIFY(area);
    QDockWidget *dock = m_window->findChild<QDockWidget *>(QStringLiteral("detailDock"));
    m_window->resizeDocks({ dock }, { 300 }, Qt::Horizontal);
    text->setFocus();
    QCoreApplication::processEvents();
    const int before = text->verticalScrollBar()->value() + area->verticalScrollBar()->value();
    const bool canMove = text->verticalScrollBar()->maximum() > 0 || area->verticalScrollBar()->maximum() > 0;
    QVERIFY(canMove);
    QTest::keyClick(text, Qt::Key_PageDown);
    QTest::keyClick(text, Qt::Key_PageDown);
    QVERIFY(text->verticalScrollBar()->value() + area->verticalScrollBar()->value() > before);
}

void tst_Keyboard::mnemonicsAreUnique_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ja") << QStringLiteral("ja");
}

void tst_Keyboard::mnemonicsAreUnique()
{
    QFETCH(QString, language);
    setLanguage(language);
    // Alt+letter reaches one thing per window: the menu bar's titles and the labels
    // and buttons of the window's panes.
    static const QRegularExpression mnemonic(QStringLiteral("&([^&])"));
    QMultiHash<QChar, QString> owners;
    auto add = [&](const QString &text) {
        const QRegularExpressionMatch m = mnemonic.match(text);
        if (m.hasMatch())
            owners.insert(m.captured(1).at(0).toUpper(), text);
    };
    for (QAction *a : m_window->menuBar()->actions())
        add(a->text());
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (label->buddy())
            add(label->text());
    }
    for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>())
        add(button->text());
    for (const QChar key : owners.uniqueKeys())
        QVERIFY2(owners.count(key) == 1, qPrintable(QStringList(owners.values(key)).join(QStringLiteral(" | "))));
    setLanguage(QStringLiteral("en"));
}

void tst_Keyboard::undoStepsSayWhatTheyDo()
{
    const int row = rowOfName(kosodate);
    QVERIFY(row >= 0);
    QCOMPARE(m_window->selectRecords({ m_window->browser()->tableModel()->recordId(row) }), 1);
    m_window->review()->flagSuggestedAction()->trigger();
    QVERIFY(waitForAnswers(m_window->browser()));
    QAction *undo = m_window->review()->undoAction();
    QVERIFY(undo->isEnabled());
    // The Edit menu names the project.
    QVERIFY2(undo->text().contains(kosodate), qPrintable(undo->text()));
    undo->trigger();
    QVERIFY(waitForAnswers(m_window->browser()));
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.startsWith(QStringLiteral("Undone: ")) && message.contains(kosodate), qPrintable(message));
    QAction *redo = m_window->review()->redoAction();
    QVERIFY2(redo->text().contains(kosodate), qPrintable(redo->text()));
    redo->trigger();
    QVERIFY(waitForAnswers(m_window->browser()));
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Redone: ")));
    // In Japanese: 「フラグ: 要確認 (地域子育て支援事業)」.
    setLanguage(QStringLiteral("ja"));
    QVERIFY2(undo->text().contains(QStringLiteral("フラグ: 要確認 (%1)").arg(kosodate)), qPrintable(undo->text()));
    undo->trigger();
    QVERIFY(waitForAnswers(m_window->browser()));
    QVERIFY(!m_window->statusBar()->currentMessage().contains(QStringLiteral("保存")));
    setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(tst_Keyboard)
#include "tst_keyboard.moc"

// What the tests of the review window on a clerk's screen share (tst_screens,
// tst_keyboard): the window on the bundled sample in a fresh database, 1366×768, in
// English unless a test switches, all 38 records shown at the start of every test.
#pragma once

#include "importjob.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "recordbrowser.h"

#include "windowtest.h"

#include <QCoreApplication>
#include <QDialog>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Hyoka::TestSupport {

inline const QString kosodate = QStringLiteral("地域子育て支援事業");
inline const QString kodomo = QStringLiteral("こども未来局");

// Opens the window on a fresh database with the sample; false on failure.
inline bool openSample(MainWindow *window, const QTemporaryDir &dir)
{
    if (!openDatabase(*window, dir.filePath(QStringLiteral("screens.sqlite"))))
        return false;
    if (!importThroughWindow(window, { QStringLiteral(HYOKA_SEED_FILE) }))
        return false;
    QCoreApplication::processEvents();
    TestSupport::rejectOpenDialogs(window);
    return waitForAnswers(window->browser());
}

// A test class derives from it and calls openSampleWindow() in its initTestCase(),
// closeWindow() in its cleanupTestCase() and showAllRecords() in its cleanup().
class ScreensFixture
{
protected:
    void openSampleWindow()
    {
        QVERIFY(m_dir.isValid());
        m_language = startEnglishWindowTests();
        QVERIFY(m_language);
        m_window = std::make_unique<MainWindow>(m_language.get());
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(openSample(m_window.get(), m_dir));
        QCOMPARE(view()->model()->rowCount(), 38);
    }

    void closeWindow()
    {
        m_window.reset();
        m_language.reset();
    }

    void showAllRecords()
    {
        // Every test starts on all 38 records.
        m_window->browser()->clearFilters();
        QVERIFY(waitForAnswers(m_window->browser()));
    }

    QTableView *view() const { return m_window->recordView(); }

    void setLanguage(const QString &language)
    {
        QVERIFY(m_language->setPreference(language));
        QCoreApplication::processEvents();
        QVERIFY(waitForAnswers(m_window->browser()));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Hyoka::TestSupport

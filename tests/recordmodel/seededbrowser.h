// What the record-model tests share (tst_recordmodel, tst_recordfilters): the bundled
// sample in a temporary SQLite database, its 38 records as stored, and a fresh browser on
// it for every test, its first answers in. The browser answers on its worker thread: a
// test waits (QVERIFY(answered())) after each change before it looks at the models.
#pragma once

#include "browsertest.h"
#include "recordbrowser.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "testrecords.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Hyoka::TestSupport {

// A test class derives from it and calls openSeeded() in its initTestCase(), close() in
// its cleanupTestCase() and freshBrowser() in its init().
class SeededBrowserFixture
{
protected:
    void openSeeded()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<ReviewDatabase>();
        QString error;
        QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("review.sqlite")), &error), qPrintable(error));
        RecordStore store(*m_db);
        const ImportResult result = store.importFile(QStringLiteral(HYOKA_SEED_FILE));
        QVERIFY2(result.ok, qPrintable(result.error));
        m_records = allRecords(store);
        QCOMPARE(m_records.size(), 38);
    }

    void close()
    {
        m_browser.reset();
        m_db.reset();
    }

    void freshBrowser()
    {
        // A fresh browser per test: no filter left over from the one before.
        m_browser.reset();
        m_browser = std::make_unique<RecordBrowser>();
        m_browser->setDatabase(m_db.get());
        QVERIFY(answered());
    }

    // Waits for every answer of the browser (waitForBrowser()).
    [[nodiscard]] bool answered() const { return waitForBrowser(m_browser.get()); }

    QTemporaryDir m_dir;
    std::unique_ptr<ReviewDatabase> m_db;
    std::unique_ptr<RecordBrowser> m_browser;
    QList<Record> m_records;
};

} // namespace Hyoka::TestSupport

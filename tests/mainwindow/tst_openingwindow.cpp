// Where the window's database comes from, under the offscreen platform: a first start
// imports the bundled sample into a new database (the next start opens it again), and
// files given while another database opens go into that one.
#include "chartpanel.h"
#include "hyokachart.h"
#include "importjob.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "recordstore.h"
#include "reviewdatabase.h"

#include "windowtest.h"

#include <QDialog>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Hyoka;

class tst_OpeningWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void firstStartOpensTheSample();
    void filesGivenWhileOpeningGoIntoTheNewDatabase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LanguageManager> m_language;
};

void tst_OpeningWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_language = TestSupport::startEnglishWindowTests();
    QVERIFY(m_language);
}

void tst_OpeningWindow::cleanupTestCase()
{
    m_language.reset();
}

void tst_OpeningWindow::firstStartOpensTheSample()
{
    // No settings and no database at the default location: the window must not be
    // empty, it imports the bundled sample (from the resource) into a new database.
    QSettings().clear();
    const QString defaultDb = ReviewDatabase::defaultLocation();
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(defaultDb + suffix);
    QVERIFY(QFile::exists(MainWindow::sampleResourcePath()));

    MainWindow window(m_language.get());
    window.show(); // the charts read the empty database first, then the imported sample
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(TestSupport::openStartupDatabase(window));
    QCOMPARE(window.databaseSpec(), defaultDb);
    ImportJob *job = window.currentImport();
    QVERIFY(job);
    QVERIFY(TestSupport::waitForImport(job));
    QCoreApplication::processEvents();
    QVERIFY(waitForAnswers(window.browser()));
    QCOMPARE(window.recordView()->model()->rowCount(), 38);
    // The charts read the imported records too (they showed an empty database before).
    QTRY_COMPARE(window.chartPanel()->chart()->kind(), HyokaChart::Kind::BureauTotals);
    for (QDialog *d : window.findChildren<QDialog *>())
        d->reject();
    QCOMPARE(QSettings().value(QStringLiteral("database/last")).toString(), defaultDb);

    // The second start opens the same database and imports nothing.
    MainWindow again(m_language.get());
    QVERIFY(TestSupport::openStartupDatabase(again));
    QVERIFY(!again.currentImport());
    QVERIFY(waitForAnswers(again.browser()));
    QCOMPARE(again.recordView()->model()->rowCount(), 38);
}

// The window opens a database on a worker (docs/architecture.md, "Opening a
// database"): files given meanwhile, on the command line or dropped, wait for it and go
// into the new database, not the one still shown; when it cannot be opened they are
// not imported at all, and the window stays on the database it had.
void tst_OpeningWindow::filesGivenWhileOpeningGoIntoTheNewDatabase()
{
    const QString first = m_dir.filePath(QStringLiteral("opening-first.sqlite"));
    const QString second = m_dir.filePath(QStringLiteral("opening-second.sqlite"));
    MainWindow window(m_language.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(TestSupport::openDatabase(window, first));
    QVERIFY(waitForAnswers(window.browser()));

    TestSupport::WindowImports imports(&window);
    QSignalSpy opened(&window, &MainWindow::databaseOpened);
    window.openDatabase(second);
    QVERIFY(window.isOpeningDatabase());
    window.importFiles({ QStringLiteral(HYOKA_SEED_FILE) });
    QCOMPARE(window.databaseSpec(), first); // still, until the worker is done
    QVERIFY(opened.wait(30000));
    QVERIFY2(opened.constFirst().at(0).toBool(), qPrintable(opened.constFirst().at(1).toString()));
    QCOMPARE(window.databaseSpec(), second);
    const auto outcome = imports.next();
    QVERIFY(outcome);
    QCOMPARE(outcome->imported, 38);
    for (QDialog *d : window.findChildren<QDialog *>())
        d->reject();
    QVERIFY(waitForAnswers(window.browser()));
    QCOMPARE(window.recordView()->model()->rowCount(), 38);
    const auto countIn = [](const QString &path) -> qint64 {
        ReviewDatabase db;
        QString error;
        if (!db.open(path, &error))
            return -1;
        return RecordStore(db).recordCount().value_or(-1);
    };
    QCOMPARE(countIn(first), 0);
    QCOMPARE(countIn(second), 38);

    // A file that is no database: the files given meanwhile are not imported anywhere.
    const QString garbage = m_dir.filePath(QStringLiteral("opening-garbage.sqlite"));
    {
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(QByteArray(8192, 'x')) == 8192);
    }
    opened.clear();
    window.openDatabase(garbage);
    window.importFiles({ QStringLiteral(HYOKA_SEED_FILE) });
    QVERIFY(opened.wait(30000));
    QVERIFY(!opened.constFirst().at(0).toBool());
    QVERIFY2(opened.constFirst().at(1).toString().contains(garbage), qPrintable(opened.constFirst().at(1).toString()));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("not imported")),
             qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(window.databaseSpec(), second);
    QTest::qWait(200);
    QCOMPARE(imports.started(), 1);
    QVERIFY(!window.isPlanningImports());
    QCOMPARE(countIn(second), 38);
}

QTEST_MAIN(tst_OpeningWindow)
#include "tst_openingwindow.moc"

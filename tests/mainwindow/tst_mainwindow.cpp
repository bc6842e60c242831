// The real review window on the seed, under the offscreen platform: the detail
// panel follows the grid, the status bar counts, Ctrl+C copies TSV, the language
// switches at runtime, imports run on a worker and a cancelled one changes nothing,
// and the window's settings survive a restart (where its database comes from:
// tst_openingwindow).
#include "facetbutton.h"
#include "facetmodel.h"
#include "filterbar.h"
#include "importjob.h"
#include "indicatortablemodel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "recordbrowser.h"
#include "recorddetailpanel.h"
#include "recordtablemodel.h"
#include "reviewdatabase.h"

#include "windowtest.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDialog>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Hyoka;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void seedIsShown();
    void modelsPassTheTester();
    void selectingShowsAchievementsAndIndicators();
    void arrowKeysMoveTheDetail();
    void enterFocusesTheDetail();
    void statusBarCountsAndTotals();
    void filterBarSearches();
    void facetPopupTogglesOnClick();
    void copyRowsAsTsv();
    void languageSwitchRetranslates();
    void cancelledImportLeavesDatabaseAsItWas();
    void cancelFromProgressDialogLeavesDatabaseAsItWas();
    void droppedFilesAreImported();
    void settingsSurviveARestart();

private:
    int rowOfName(const QString &name) const;
    void closeDialogs();
    QByteArray databaseFingerprint() const;
    QString alteredSeed(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_language = TestSupport::startEnglishWindowTests();
    QVERIFY(m_language);
    m_window = std::make_unique<MainWindow>(m_language.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QString error;
    QVERIFY2(TestSupport::openDatabase(*m_window, m_dir.filePath(QStringLiteral("review.sqlite")), &error),
             qPrintable(error));
    const auto outcome = TestSupport::importThroughWindow(m_window.get(), { QStringLiteral(HYOKA_SEED_FILE) });
    QVERIFY(outcome);
    QVERIFY2(outcome->errors.isEmpty(), qPrintable(outcome->errors.join(u'\n')));
    QCOMPARE(outcome->imported, 38);
    QCoreApplication::processEvents();
    QVERIFY(waitForAnswers(m_window->browser()));
    closeDialogs();
}

// Every function starts with the window active, whichever ran before it (or none):
// shortcuts such as Ctrl+C are the window's only while it is the active one.
void tst_MainWindow::init()
{
    if (m_window)
        QVERIFY(TestSupport::activate(m_window.get()));
}

void tst_MainWindow::cleanupTestCase()
{
    m_window.reset();
    m_language.reset();
}

void tst_MainWindow::closeDialogs()
{
    // The import-warnings dialog, if the import had warnings.
    TestSupport::rejectOpenDialogs(m_window.get());
    QCoreApplication::processEvents();
}

int tst_MainWindow::rowOfName(const QString &name) const
{
    const QAbstractItemModel *model = m_window->recordView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, RecordTableModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

QByteArray tst_MainWindow::databaseFingerprint() const
{
    // Every stored row of every table that an import writes.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const std::unique_ptr<ReviewDatabase> db = TestSupport::connectionTo(*m_window);
    if (!db)
        return QByteArray();
    for (const char *sql : { "SELECT id, fiscal_year, code, name, budget, settlement, level, import_id FROM records ORDER BY id",
                             "SELECT record_id, seq, text FROM achievements ORDER BY record_id, seq",
                             "SELECT record_id, seq, label, actual, target FROM indicators ORDER BY record_id, seq",
                             "SELECT id, file_name FROM imports ORDER BY id" }) {
        QSqlQuery q(db->database());
        if (!q.exec(QString::fromLatin1(sql)))
            return QByteArray();
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(q.value(i).toString().toUtf8() + '\x1f');
            hash.addData("\x1e");
        }
    }
    return hash.result();
}

QString tst_MainWindow::alteredSeed(const QString &name)
{
    // The seed as another year's edition: an import that went through would add 38
    // new records, so "nothing changed" is visible.
    QFile in(QStringLiteral(HYOKA_SEED_FILE));
    if (!in.open(QIODevice::ReadOnly))
        return QString();
    // The headings name another fiscal year: every record is new by (year, code).
    QString text = QString::fromUtf8(in.readAll());
    text.replace(QStringLiteral("令和3年度"), QStringLiteral("令和9年度"));
    const QString path = m_dir.filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return QString();
    out.write(text.toUtf8());
    return path;
}

void tst_MainWindow::seedIsShown()
{
    QCOMPARE(m_window->recordView()->model()->rowCount(), 38);
    QCOMPARE(m_window->browser()->recordCount(), 38);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("review.sqlite")));
}

void tst_MainWindow::modelsPassTheTester()
{
    QAbstractItemModelTester grid(m_window->recordView()->model(),
                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester indicators(m_window->detailPanel()->indicatorModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<std::shared_ptr<QAbstractItemModelTester>> facets;
    for (FacetModel *f : m_window->browser()->facetModels())
        facets.append(std::make_shared<QAbstractItemModelTester>(
                f, QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_window->recordView()->sortByColumn(RecordTableModel::SettlementColumn, Qt::DescendingOrder);
    QVERIFY(waitForAnswers(m_window->browser()));
    m_window->recordView()->setCurrentIndex(m_window->recordView()->model()->index(3, 0));
    m_window->browser()->setUnderperformingOnly(true);
    QVERIFY(waitForAnswers(m_window->browser()));
    m_window->browser()->clearFilters();
    QVERIFY(waitForAnswers(m_window->browser()));
    m_window->recordView()->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    QVERIFY(waitForAnswers(m_window->browser()));
}

void tst_MainWindow::selectingShowsAchievementsAndIndicators()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const int row = rowOfName(QStringLiteral("地域子育て支援事業"));
    QVERIFY(row >= 0);
    QTableView *view = m_window->recordView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, RecordTableModel::NameColumn));
    QVERIFY(waitForAnswers(m_window->browser())); // the detail is read on the read service

    RecordDetailPanel *panel = m_window->detailPanel();
    QVERIFY(panel->record());
    QCOMPARE(panel->record()->name, QStringLiteral("地域子育て支援事業"));
    auto *nameLabel = panel->findChild<QLabel *>(QStringLiteral("nameLabel"));
    QVERIFY(nameLabel && nameLabel->isVisible());
    QCOMPARE(nameLabel->text(), QStringLiteral("地域子育て支援事業"));
    QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("codeValue"))->text(), QStringLiteral("20101010"));
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("levelValue"))->text().startsWith(u'4'));

    const QStringList achievements = panel->achievementItems();
    QCOMPARE(achievements.size(), 4);
    QVERIFY(achievements.first().contains(QStringLiteral("147,832人")));

    const IndicatorTableModel *indicators = panel->indicatorModel();
    auto *indicatorView = panel->findChild<QTableView *>(QStringLiteral("indicatorsView"));
    QVERIFY(indicatorView && indicatorView->isVisible());
    QCOMPARE(indicatorView->model(), indicators);
    bool found = false;
    for (int r = 0; r < indicators->rowCount(); ++r) {
        const auto text = [&](int c) { return indicators->index(r, c).data().toString(); };
        if (text(IndicatorTableModel::ActualColumn) == u"147,832") {
            QCOMPARE(text(IndicatorTableModel::TargetColumn), QStringLiteral("224,664"));
            QCOMPARE(text(IndicatorTableModel::UnitColumn), QStringLiteral("人"));
            QCOMPARE(text(IndicatorTableModel::AttainmentColumn), QStringLiteral("65.8%"));
            QVERIFY(indicators->index(r, IndicatorTableModel::AttainmentColumn)
                            .data(IndicatorTableModel::LowAttainmentRole)
                            .toBool());
            found = true;
        }
    }
    QVERIFY(found);
}

void tst_MainWindow::arrowKeysMoveTheDetail()
{
    QTableView *view = m_window->recordView();
    view->setCurrentIndex(view->model()->index(0, RecordTableModel::NameColumn));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), 1);
    QVERIFY(waitForAnswers(m_window->browser()));
    QCOMPARE(m_window->detailPanel()->record()->name,
             view->model()->index(1, RecordTableModel::NameColumn).data().toString());
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Up);
    QVERIFY(waitForAnswers(m_window->browser()));
    QCOMPARE(m_window->detailPanel()->record()->name,
             view->model()->index(1, RecordTableModel::NameColumn).data().toString());
}

void tst_MainWindow::enterFocusesTheDetail()
{
    QTableView *view = m_window->recordView();
    QApplication::setActiveWindow(m_window.get());
    view->setFocus();
    view->setCurrentIndex(view->model()->index(2, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(m_window->detailPanel()->isAncestorOf(QApplication::focusWidget()));
}

void tst_MainWindow::statusBarCountsAndTotals()
{
    QCOMPARE(m_window->statusText().left(16), QStringLiteral("38 of 38 records"));
    QVERIFY(m_window->statusText().contains(QStringLiteral("thousand yen")));
    FacetModel *bureaus = m_window->browser()->facetModel(RecordQuery::Facet::Bureau);
    bureaus->setSelectedValues({ QStringLiteral("総務企画局") });
    QVERIFY(waitForAnswers(m_window->browser()));
    QVERIFY2(m_window->statusText().startsWith(QStringLiteral("8 of 38 records")),
             qPrintable(m_window->statusText()));
    // The money totals are those of the eight rows shown.
    qint64 budget = 0;
    for (int row = 0; row < 8; ++row)
        budget += m_window->recordView()->model()->index(row, RecordTableModel::BudgetColumn)
                          .data(RecordTableModel::RawValueRole).toLongLong();
    QVERIFY(m_window->statusText().contains(QLocale().toString(budget)));
    m_window->findChild<QAction *>(QStringLiteral("actionClearFilters"))->trigger();
    QVERIFY(waitForAnswers(m_window->browser()));
    QVERIFY(m_window->statusText().startsWith(QStringLiteral("38 of 38 records")));
}

void tst_MainWindow::filterBarSearches()
{
    QLineEdit *search = m_window->filterBar()->searchEdit();
    m_window->findChild<QAction *>(QStringLiteral("actionFind"))->trigger();
    // Japanese arrives from an input method, as a committed string.
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("保育"));
    QCoreApplication::sendEvent(search, &commit);
    QTest::keyClick(search, Qt::Key_Return);
    // Asked of the worker: the window says so and keeps the rows it had meanwhile.
    QVERIFY(m_window->browser()->isBusy());
    QCOMPARE(m_window->statusText(), QStringLiteral("Searching…"));
    QCOMPARE(m_window->recordView()->model()->rowCount(), 38);
    const QString dir = qEnvironmentVariable("HYOKA_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("screenshot-searching.png"))));
    QVERIFY(waitForAnswers(m_window->browser()));
    QVERIFY2(m_window->statusText().contains(QStringLiteral(" of 38 records · Budget ")),
             qPrintable(m_window->statusText()));
    if (!dir.isEmpty()) {
        QTest::qWait(50); // the status bar's layout follows its new text
        QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("screenshot-searched.png"))));
    }
    QCOMPARE(m_window->browser()->searchText(), QStringLiteral("保育"));
    const int shown = m_window->recordView()->model()->rowCount();
    QVERIFY(shown > 0 && shown < 38);
    // The underperforming toggle combines with the search.
    QAction *underperforming = m_window->findChild<QAction *>(QStringLiteral("actionUnderperforming"));
    underperforming->trigger();
    QVERIFY(waitForAnswers(m_window->browser()));
    QVERIFY(m_window->recordView()->model()->rowCount() < shown);
    m_window->findChild<QAction *>(QStringLiteral("actionClearFilters"))->trigger();
    QVERIFY(waitForAnswers(m_window->browser()));
    QVERIFY(search->text().isEmpty());
    QVERIFY(!underperforming->isChecked());
    QCOMPARE(m_window->recordView()->model()->rowCount(), 38);
}

void tst_MainWindow::facetPopupTogglesOnClick()
{
    FacetButton *button = m_window->filterBar()->facetButtons().at(1); // 局
    FacetModel *bureaus = button->model();
    QCOMPARE(bureaus, m_window->browser()->facetModel(RecordQuery::Facet::Bureau));
    const int row = bureaus->rowOf(QStringLiteral("総務企画局"));
    QVERIFY(row >= 0);
    bool clicked = false;
    // The popup runs its own event loop: click a row of its list from inside it.
    QTimer::singleShot(200, button, [&] {
        QListView *list = button->listView();
        const QRect rect = list->visualRect(bureaus->index(row));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        clicked = true;
        button->menu()->close();
    });
    button->showMenu();
    QVERIFY(clicked);
    QVERIFY(waitForAnswers(m_window->browser()));
    QCOMPARE(m_window->recordView()->model()->rowCount(), 8);
    QVERIFY(button->fullText().contains(QStringLiteral("総務企画局")));
    bureaus->clearSelection();
    QVERIFY(waitForAnswers(m_window->browser()));
    QCOMPARE(m_window->recordView()->model()->rowCount(), 38);
}

void tst_MainWindow::copyRowsAsTsv()
{
    QTableView *view = m_window->recordView();
    view->clearSelection();
    view->selectRow(0);
    view->selectionModel()->select(view->model()->index(2, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString tsv = m_window->selectedRowsAsTsv();
    const QStringList lines = tsv.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    // The shown columns: the level is hidden by default (the rating column shows it).
    int shown = 0;
    for (int c = 0; c < RecordTableModel::ColumnCount; ++c)
        shown += view->horizontalHeader()->isSectionHidden(c) ? 0 : 1;
    QVERIFY(view->horizontalHeader()->isSectionHidden(RecordTableModel::LevelColumn));
    QCOMPARE(lines.at(0).split(u'\t').size(), shown);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Year\tBureau")));
    // Columns in the order shown, hidden ones left out.
    const QHeaderView *header = view->horizontalHeader();
    auto position = [header](int column) {
        int shownBefore = 0;
        for (int v = 0; v < header->visualIndex(column); ++v)
            shownBefore += header->isSectionHidden(header->logicalIndex(v)) ? 0 : 1;
        return shownBefore;
    };
    QCOMPARE(lines.at(1).split(u'\t').at(position(RecordTableModel::NameColumn)),
             view->model()->index(0, RecordTableModel::NameColumn).data().toString());
    // Money as plain numbers.
    QCOMPARE(lines.at(1).split(u'\t').at(position(RecordTableModel::BudgetColumn)),
             view->model()->index(0, RecordTableModel::BudgetColumn).data(RecordTableModel::RawValueRole).toString());

    view->setFocus();
    QApplication::clipboard()->clear();
    QTest::keySequence(view, QKeySequence::Copy);
    QCOMPARE(QApplication::clipboard()->text(), tsv);
}

void tst_MainWindow::languageSwitchRetranslates()
{
    auto *menuFile = m_window->findChild<QMenu *>(QStringLiteral("menuFile"));
    QVERIFY(menuFile);
    QCOMPARE(menuFile->title(), QStringLiteral("&File"));
    QAbstractItemModel *model = m_window->recordView()->model();
    QSignalSpy headerSpy(model, &QAbstractItemModel::headerDataChanged);

    m_window->findChild<QAction *>(QStringLiteral("actionLanguageJapanese"))->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
    QCOMPARE(m_language->language(), QStringLiteral("ja"));
    QCOMPARE(menuFile->title(), QStringLiteral("ファイル(&F)"));
    QVERIFY(headerSpy.count() >= 1);
    QCOMPARE(model->headerData(RecordTableModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("事務事業名"));
    // The status bar says 検索中… until the counts of the retranslated query are in.
    QTRY_VERIFY2_WITH_TIMEOUT(m_window->statusText().startsWith(QStringLiteral("38件中38件")),
                              qPrintable(m_window->statusText()), 30000);
    // Large counts keep the locale's grouping (%Ln) in both languages.
    QCOMPARE(QCoreApplication::translate("Hyoka::MainWindow", "%1 of %n record(s)", "shown of all records", 1000000)
                     .arg(QLocale().toString(2848)),
             QStringLiteral("1,000,000件中2,848件"));
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("actionImport"))->text(),
             QStringLiteral("インポート(&I)…"));

    m_window->findChild<QAction *>(QStringLiteral("actionLanguageEnglish"))->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
    QCOMPARE(menuFile->title(), QStringLiteral("&File"));
    QCOMPARE(model->headerData(RecordTableModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Project"));
    QCOMPARE(QCoreApplication::translate("Hyoka::MainWindow", "%1 of %n record(s)", "shown of all records", 1000000)
                     .arg(QLocale().toString(2848)),
             QStringLiteral("2,848 of 1,000,000 records"));
}

void tst_MainWindow::cancelledImportLeavesDatabaseAsItWas()
{
    const QByteArray before = databaseFingerprint();
    QVERIFY(!before.isEmpty());
    const QString path = alteredSeed(QStringLiteral("altered.md"));
    QVERIFY(!path.isEmpty());

    TestSupport::WindowImports imports(m_window.get());
    // Cancel from inside the first progress report, on the worker thread: the
    // store is mid-transaction and has to roll back.
    imports.setAtStart([](ImportJob *job) {
        connect(job, &ImportJob::progressChanged, job, [job] { job->cancel(); }, Qt::DirectConnection);
    });
    m_window->importFiles({ path });
    const auto outcome = imports.next();
    QVERIFY(outcome);
    QCOMPARE(outcome->results.size(), 1);
    QVERIFY(outcome->results.first().cancelled);
    QVERIFY(!outcome->results.first().ok);
    QCoreApplication::processEvents();
    QVERIFY(waitForAnswers(m_window->browser()));
    QCOMPARE(databaseFingerprint(), before);
    QCOMPARE(m_window->recordView()->model()->rowCount(), 38);
    QVERIFY(!m_window->currentImport());
    closeDialogs();
}

void tst_MainWindow::cancelFromProgressDialogLeavesDatabaseAsItWas()
{
    const QByteArray before = databaseFingerprint();
    const QString path = alteredSeed(QStringLiteral("altered2.md"));
    TestSupport::WindowImports imports(m_window.get());
    // Cancel as soon as the job (and its progress dialog) is made, before it starts.
    bool cancelled = false;
    imports.setAtStart([this, &cancelled](ImportJob *job) {
        auto *progress = m_window->findChild<QProgressDialog *>();
        auto *cancelButton = progress ? progress->findChild<QPushButton *>() : nullptr;
        if (cancelButton)
            cancelButton->click();
        cancelled = job->isCancelled();
    });
    m_window->importFiles({ path });
    const auto outcome = imports.next();
    QVERIFY(cancelled);
    QVERIFY(outcome);
    QVERIFY(outcome->results.first().cancelled);
    QCoreApplication::processEvents();
    QVERIFY(waitForAnswers(m_window->browser()));
    QCOMPARE(databaseFingerprint(), before);
    closeDialogs();
}

void tst_MainWindow::droppedFilesAreImported()
{
    const QString path = alteredSeed(QStringLiteral("dropped.md"));
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path) });
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    TestSupport::WindowImports imports(m_window.get());
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(imports.next());
    QCoreApplication::processEvents();
    QVERIFY(waitForAnswers(m_window->browser()));
    QCOMPARE(m_window->recordView()->model()->rowCount(), 76);
    QTRY_VERIFY2_WITH_TIMEOUT(m_window->statusText().startsWith(QStringLiteral("76 of 76 records")),
                              qPrintable(m_window->statusText()), 30000);
    // What the import did: 38 records of another year, all new.
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(
                     QStringLiteral("38 records imported: 38 new, 0 updated, 0 skipped.")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(QSettings().value(QStringLiteral("recentFiles")).toStringList().contains(path));
    closeDialogs();
}

void tst_MainWindow::settingsSurviveARestart()
{
    QTableView *view = m_window->recordView();
    view->horizontalHeader()->setSectionHidden(RecordTableModel::RefPageColumn, true);
    view->horizontalHeader()->moveSection(view->horizontalHeader()->visualIndex(RecordTableModel::NameColumn), 0);
    view->sortByColumn(RecordTableModel::BudgetColumn, Qt::DescendingOrder);
    QVERIFY(waitForAnswers(m_window->browser()));
    const QString firstName = view->model()->index(0, RecordTableModel::NameColumn).data().toString();
    QVERIFY(m_window->close()); // saves the settings
    const QString db = m_window->databaseSpec();

    MainWindow again(m_language.get());
    QVERIFY(TestSupport::openStartupDatabase(again)); // the last database
    QVERIFY(waitForAnswers(again.browser()));
    QCOMPARE(again.databaseSpec(), db);
    const QHeaderView *header = again.recordView()->horizontalHeader();
    QVERIFY(header->isSectionHidden(RecordTableModel::RefPageColumn));
    QCOMPARE(header->visualIndex(RecordTableModel::NameColumn), 0);
    QCOMPARE(header->sortIndicatorSection(), int(RecordTableModel::BudgetColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(again.recordView()->model()->index(0, RecordTableModel::NameColumn).data().toString(),
             firstName);
    m_window->show();
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"

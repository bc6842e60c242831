// The charts dock and the window's look with the review workflow, in the real window on
// the seed under the offscreen platform: the charts following the grid and marking new
// flags, a chart click selecting its grid row, the review screenshot, a damaged database
// offering its backup, and the layout at 1280×800 in both languages (screenshots into
// HYOKA_SCREENSHOT_DIR when it is set). The review workflow itself: tst_reviewwindow.
#include "chartpanel.h"
#include "conflictdialog.h"
#include "databasebackup.h"
#include "facetbutton.h"
#include "facetmodel.h"
#include "filterbar.h"
#include "flageditor.h"
#include "flaghistorymodel.h"
#include "flagstore.h"
#include "hyokachart.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "recordbrowser.h"
#include "recorddetailpanel.h"
#include "recordstore.h"
#include "recordtablemodel.h"
#include "reviewcontroller.h"
#include "reviewdatabase.h"
#include "reviewpanel.h"
#include "reviewrules.h"
#include "testrecords.h"

#include "dialogdriver.h"
#include "reviewwindowfixture.h"
#include "windowtest.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QStyle>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

#include <memory>

using namespace Hyoka;
using TestSupport::kosodate;
using TestSupport::kosodateCode;

class tst_ReviewCharts : public QObject, private TestSupport::ReviewWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startTests(); }
    void init() { openWindowOnSeed(); }
    void cleanup() { closeWindow(); }
    void chartsFollowTheGrid();
    void scatterMarksNewFlags();
    void chartClickSelectsGridRow();
    void reviewScreenshot();
    void damagedDatabaseOffersItsBackup();
    void layoutAt1280x800_data();
    void layoutAt1280x800();
};

void tst_ReviewCharts::chartsFollowTheGrid()
{
    ChartPanel *charts = m_window->chartPanel();
    QVERIFY(m_window->chartDock()->isVisible());
    QVERIFY(charts->isVisible());
    auto *bureaus = charts->findChild<QComboBox *>(QStringLiteral("bureauCombo"));
    QVERIFY(bureaus);
    QTRY_COMPARE(bureaus->count(), 2);
    // A facet in the grid: the chart's data narrows to it.
    const QString somu = QStringLiteral("総務企画局");
    selectFacetValue(RecordQuery::Facet::Bureau, somu);
    QCOMPARE(charts->filter(), m_window->browser()->filter());
    QCOMPARE(charts->filter().bureaus, QStringList { somu });
    QTRY_COMPARE(bureaus->count(), 1);
    QCOMPARE(bureaus->itemText(0), somu);
    // The suggested facet too (the rules' thresholds travel with the filter).
    selectFacetValue(RecordQuery::Facet::Suggested, true);
    QVERIFY(charts->filter().suggested == QList<bool> { true });
    m_window->browser()->clearFilters();
    QVERIFY(waitForAnswers(m_window->browser()));
    QTRY_COMPARE(bureaus->count(), 2);
    // The View menu hides and shows it.
    QAction *toggle = m_window->chartDock()->toggleViewAction();
    QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("menuView"))->actions().contains(toggle));
    toggle->trigger();
    QVERIFY(waitForAnswers(m_window->browser()));
    QVERIFY(!m_window->chartDock()->isVisible());
    toggle->trigger();
    QVERIFY(waitForAnswers(m_window->browser()));
    QVERIFY(m_window->chartDock()->isVisible());
}

void tst_ReviewCharts::scatterMarksNewFlags()
{
    ChartPanel *charts = m_window->chartPanel();
    charts->setCurrentChart(ChartPanel::Chart::ExecutionScatter);
    QTRY_VERIFY(!charts->isReading()); // the figures come from the read service
    QCOMPARE(charts->chart()->kind(), HyokaChart::Kind::ExecutionScatter);
    QVERIFY(charts->chart()->itemPosition(0, 1).isNull()); // nothing flagged yet
    QVERIFY(selectName(kosodate) >= 0);
    QTest::keySequence(view(), QKeySequence(Qt::CTRL | Qt::Key_M));
    QVERIFY(waitForAnswers(m_window->browser()));
    // Read again on the chart's worker: one flagged point now.
    QTRY_VERIFY(!charts->chart()->itemPosition(0, 1).isNull());
    QVERIFY(charts->chart()->itemPosition(1, 1).isNull());
}

void tst_ReviewCharts::chartClickSelectsGridRow()
{
    ChartPanel *charts = m_window->chartPanel();
    charts->setCurrentChart(ChartPanel::Chart::BureauProjects);
    charts->refresh();
    QTRY_VERIFY(!charts->isReading()); // the figures come from the read service
    QSignalSpy activated(charts, &ChartPanel::recordsActivated);
    // The first bar: the bureau's largest budget.
    const QPoint at = charts->chart()->itemPosition(0, 0);
    QVERIFY(charts->chart()->viewport()->rect().contains(at));
    QTest::mouseClick(charts->chart()->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(activated.size(), 1);
    const QList<qint64> ids = activated.at(0).at(0).value<QList<qint64>>();
    QCOMPARE(ids.size(), 1);
    const QModelIndex current = view()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(RecordTableModel::RecordIdRole).toLongLong(), ids.constFirst());
    QCOMPARE(view()->selectionModel()->selectedRows().size(), 1);
    QVERIFY(waitForAnswers(m_window->browser())); // the detail is read on the read service
    QCOMPARE(m_window->detailPanel()->record()->code,
             current.siblingAtColumn(RecordTableModel::CodeColumn).data().toString());

    // A bureau's bar selects all its records shown in the grid.
    charts->setCurrentChart(ChartPanel::Chart::BureauTotals);
    charts->refresh();
    QTRY_VERIFY(!charts->isReading());
    activated.clear();
    QTest::mouseClick(charts->chart()->viewport(), Qt::LeftButton, {}, charts->chart()->itemPosition(1, 0));
    QTRY_COMPARE(activated.size(), 1); // the bureau's records are read on the read service
    QCOMPARE(view()->selectionModel()->selectedRows().size(),
             int(activated.at(0).at(0).value<QList<qint64>>().size()));
    QCOMPARE(view()->selectionModel()->selectedRows().size(), 8); // 総務企画局
}

void tst_ReviewCharts::reviewScreenshot()
{
    // Several reviewers at work: flags of every status, the grid sorted by flag, the
    // detail showing one flagged record's rules, note and history.
    QVERIFY(m_language->setPreference(QStringLiteral("ja")));
    QLocale::setDefault(QLocale(QLocale::Japanese));
    m_window = TestSupport::openWindow(m_language.get(), dbPath());
    QVERIFY(m_window);
    FlagStore store(*m_other);
    const struct
    {
        const char *code;
        const char *status;
        const char *reason;
        const char *reviewer;
        const char *note;
    } flags[] = {
        { "20102020", "flagged", "execution_rate_gap", "sato", "執行率75.5%。整備の遅れの理由を所管課に確認する。" },
        { "20102070", "flagged", "self_rating_mismatch", "tanaka", "達成度3だが指標は目標の半分程度。" },
        { "20103020", "reviewed", "execution_rate_gap", "sato", "決算額の増加は対象者増による。確認済。" },
        { "20102050", "dismissed", "", "tanaka", "" },
    };
    for (const auto &f : flags) {
        Flag flag;
        flag.status = QString::fromLatin1(f.status);
        flag.reason = QString::fromLatin1(f.reason);
        flag.reviewer = QString::fromLatin1(f.reviewer);
        flag.note = QString::fromUtf8(f.note);
        QCOMPARE(store.setFlag(2021, QString::fromLatin1(f.code), flag).outcome, FlagStore::Outcome::Saved);
    }
    QVERIFY(selectName(kosodate) >= 0);
    QTest::keySequence(view(), QKeySequence(Qt::CTRL | Qt::Key_M));
    QVERIFY(waitForAnswers(m_window->browser()));
    FlagEditor *editor = m_window->reviewPanel()->flagEditor();
    editor->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"))
            ->setPlainText(QStringLiteral("センター延べ利用者数が目標の65.8%。来年度の計画を確認する。"));
    editor->save();
    QVERIFY(waitForAnswers(m_window->browser()));
    Flag reviewed = *store.flag(2021, kosodateCode);
    reviewed.status = QStringLiteral("reviewed");
    reviewed.reviewer = QStringLiteral("sato");
    QCOMPARE(store.setFlag(2021, kosodateCode, reviewed, reviewed.version).outcome, FlagStore::Outcome::Saved);
    m_window->reloadKeepingSelection();
    QVERIFY(waitForAnswers(m_window->browser()));
    view()->sortByColumn(RecordTableModel::FlagColumn, Qt::AscendingOrder);
    QVERIFY(waitForAnswers(m_window->browser()));
    // (Not selectRow(): QTest leaves Ctrl as held after Ctrl+M, which would toggle.)
    view()->selectionModel()->setCurrentIndex(view()->model()->index(rowOfName(kosodate), 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // The scatter marks the flagged projects.
    m_window->chartPanel()->setCurrentChart(ChartPanel::Chart::ExecutionScatter);
    m_window->chartPanel()->refresh();
    QVERIFY(waitForAnswers(m_window->browser()));
    QCOMPARE(m_window->reviewPanel()->historyModel()->rowCount(), 4);
    QCOMPARE(view()->model()->index(4, RecordTableModel::FlagColumn).data(RecordTableModel::FlagStatusRole).toString(),
             QStringLiteral("dismissed"));
    QTest::qWait(100);
    QCOMPARE(view()->selectionModel()->selectedRows().size(), 1);
    const QString dir = qEnvironmentVariable("HYOKA_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("screenshot-review.png"))));
    QVERIFY(m_language->setPreference(QStringLiteral("en")));
}

void tst_ReviewCharts::damagedDatabaseOffersItsBackup()
{
    // A database with a backup from before an upgrade, then damaged.
    const QString path = m_dir->filePath(QStringLiteral("damaged.sqlite"));
    {
        ReviewDatabase db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QVERIFY(RecordStore(db).importFile(QStringLiteral(HYOKA_SEED_FILE)).ok);
    }
    QVERIFY(QFile::copy(path, DatabaseBackup::newPath(path, 1)));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.write(QByteArray(100, 'x')) == 100); // the header is gone
    }
    QString question;
    DialogDriver::onNext<QMessageBox>([&](QMessageBox *box) {
        question = box->text() + u' ' + box->informativeText();
        QCOMPARE(box->objectName(), QStringLiteral("restoreBackupBox"));
        // Then the notice that it is back, naming the kept damaged file.
        DialogDriver::onNextWhere<QMessageBox>(
                [](QMessageBox *b) { return b->objectName() != u"restoreBackupBox"; },
                [](QMessageBox *b) { b->accept(); });
        box->defaultButton()->click();
    });
    QVERIFY(TestSupport::openDatabaseInteractively(*m_window, path));
    QVERIFY(waitForAnswers(m_window->browser()));
    QVERIFY2(question.contains(QStringLiteral("Put it back")), qPrintable(question));
    QCOMPARE(m_window->databaseSpec(), path);
    QCOMPARE(view()->model()->rowCount(), 38);
    const QStringList kept = QDir(m_dir->path()).entryList({ QStringLiteral("damaged.sqlite.damaged-*") });
    QCOMPARE(kept.size(), 1); // never deleted
}

void tst_ReviewCharts::layoutAt1280x800_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ja") << QStringLiteral("ja");
    QTest::newRow("en") << QStringLiteral("en");
}

void tst_ReviewCharts::layoutAt1280x800()
{
    QFETCH(QString, language);
    // A window started in the language, as a user's is.
    m_window.reset();
    QVERIFY(m_language->setPreference(language));
    QLocale::setDefault(QLocale(language == u"ja" ? QLocale::Japanese : QLocale::English));
    m_window = TestSupport::openWindow(m_language.get(), dbPath());
    QVERIFY(m_window);
    QVERIFY(selectName(kosodate) >= 0);
    m_window->review()->flagSuggestedAction()->trigger();
    QVERIFY(waitForAnswers(m_window->browser()));
    FlagEditor *editor = m_window->reviewPanel()->flagEditor();
    editor->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"))
            ->setPlainText(language == u"ja" ? QStringLiteral("利用者数が目標の65.8%。来年度の計画を確認する。")
                                             : QStringLiteral("Users at 65.8% of the target; check next year's plan."));
    editor->save();
    QVERIFY(waitForAnswers(m_window->browser()));
    // Another reviewer's change, for a history with two hands in it.
    Flag reviewed = *FlagStore(*m_other).flag(2021, kosodateCode);
    reviewed.status = QStringLiteral("reviewed");
    reviewed.reviewer = QStringLiteral("bob");
    QCOMPARE(FlagStore(*m_other).setFlag(2021, kosodateCode, reviewed, reviewed.version).outcome,
             FlagStore::Outcome::Saved);
    m_window->reloadKeepingSelection();
    QVERIFY(waitForAnswers(m_window->browser()));
    QCOMPARE(m_window->reviewPanel()->historyModel()->rowCount(), 4);
    QTest::qWait(100);

    // Taken before the checks, so that a failing layout can be looked at.
    const QString dir = qEnvironmentVariable("HYOKA_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        const QImage image = m_window->grab().toImage();
        QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("screenshot-%1.png").arg(language))));
    }

    if (qEnvironmentVariableIsSet("HYOKA_DEBUG_LAYOUT")) {
        QStringList w;
        for (int c = 0; c < RecordTableModel::ColumnCount; ++c)
            w << QString::number(view()->columnWidth(c));
        qDebug() << "columns" << w.join(u' ') << "viewport" << view()->viewport()->width();
    }
    // The window fits the screen it was made for.
    QCOMPARE(m_window->size(), QSize(1280, 800));
    // Nothing the user needs is cut off: every facet button gets its size, the
    // review columns and the editor's buttons are on screen.
    for (FacetButton *b : m_window->filterBar()->facetButtons())
        QVERIFY2(b->width() >= b->sizeHint().width(), qPrintable(b->text()));
    QVERIFY(m_window->filterBar()->searchEdit()->width() >= 150);
    const QRect viewport = view()->viewport()->rect();
    for (const int column : { int(RecordTableModel::FlagColumn), int(RecordTableModel::SuggestionsColumn),
                              int(RecordTableModel::NameColumn) }) {
        const int x = view()->columnViewportPosition(column);
        QVERIFY2(x >= 0 && x + view()->columnWidth(column) <= viewport.width() + 1,
                 qPrintable(QString::number(column)));
    }
    auto *save = editor->findChild<QPushButton *>(QStringLiteral("saveButton"));
    QVERIFY(save->isVisible());
    QVERIFY(save->width() >= save->sizeHint().width());
    // The editor's buttons and three rows of history are in view without scrolling.
    QWidget *reviewArea = m_window->findChild<QWidget *>(QStringLiteral("reviewScroll"));
    QVERIFY(reviewArea);
    const QRect visible = reviewArea->rect();
    QVERIFY(visible.contains(save->mapTo(reviewArea, save->rect().bottomRight())));
    QTableView *history = m_window->reviewPanel()->historyView();
    QVERIFY(history->isVisible());
    const int historyRows = 3 * history->verticalHeader()->defaultSectionSize();
    QVERIFY(visible.contains(history->viewport()->mapTo(reviewArea, QPoint(10, historyRows))));
    // Years, codes and figures are shown whole: the widths are measured on rows that
    // were read (the window reads them on its worker), not on empty cells.
    const int padding = 2 * view()->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view());
    for (const int column : { int(RecordTableModel::FiscalYearColumn), int(RecordTableModel::CodeColumn),
                              int(RecordTableModel::BudgetColumn), int(RecordTableModel::SettlementColumn),
                              int(RecordTableModel::ExecutionRateColumn) }) {
        for (int row = 0; row < 10; ++row) {
            const QString text = view()->model()->index(row, column).data().toString();
            QVERIFY2(view()->fontMetrics().horizontalAdvance(text) + padding <= view()->columnWidth(column),
                     qPrintable(QStringLiteral("column %1, row %2: %3").arg(column).arg(row).arg(text)));
        }
    }
    // The grid's columns fit its width (once the rows read on the worker are in and
    // the view has laid out its scroll bars, which it does on a posted event).
    QTRY_VERIFY_WITH_TIMEOUT(!view()->horizontalScrollBar()->isVisible(), 5000);
    for (QToolBar *bar : m_window->findChildren<QToolBar *>()) {
        // An overflowing toolbar hides actions behind its extension button.
        for (QAction *a : bar->actions()) {
            if (!a->isSeparator() && a->isVisible())
                QVERIFY2(bar->widgetForAction(a) && bar->widgetForAction(a)->isVisible(), qPrintable(a->text()));
        }
    }

    QVERIFY(m_language->setPreference(QStringLiteral("en")));
}

QTEST_MAIN(tst_ReviewCharts)
#include "tst_reviewcharts.moc"

// The review workflow and the charts inside the real window, on the seed, under the
// offscreen platform: flag and suggestion columns, their facets (19 suggested), the
// Ctrl+M flag with its audit row, undo/redo through the Edit menu's keys, the flag
// editor in the detail dock, the settings dialog changing the suggested count, the
// review-list export, the charts dock following the grid, and the layout at 1280×800
// in both languages (screenshots into HYOKA_SCREENSHOT_DIR when it is set).
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

class tst_ReviewWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelsPassTheTester();
    void suggestedFacetLeaves19();
    void flagFacetCountsStatuses();
    void columnsShowFlagAndRules();
    void shortcutFlagsWithSuggestedReason();
    void undoAndRedoWriteNewVersions();
    void editorInTheDetailDockSaves();
    void detailShowsRulesAndHistory();
    void settingsDialogChangesSuggestedCount();
    void reviewerNameFromSettings();
    void exportReviewList_data();
    void exportReviewList();
    void chartsFollowTheGrid();
    void scatterMarksNewFlags();
    void chartClickSelectsGridRow();
    void reviewScreenshot();
    void damagedDatabaseOffersItsBackup();
    void layoutAt1280x800_data();
    void layoutAt1280x800();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("review.sqlite")); }
    QTableView *view() const { return m_window->recordView(); }
    int rowOfName(const QString &name) const;
    int selectName(const QString &name);
    qint64 suggestedCount() const;
    void selectFacetValue(RecordQuery::Facet facet, const QVariant &value);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ReviewDatabase> m_other; // a second connection, as another reviewer
};

static const QString kosodate = QStringLiteral("地域子育て支援事業");
static const QString kosodateCode = QStringLiteral("20101010");

void tst_ReviewWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_language = std::make_unique<LanguageManager>();
    QVERIFY(m_language->setPreference(QStringLiteral("en")));
}

void tst_ReviewWindow::init()
{
    QSettings().clear();
    QSettings().setValue(QStringLiteral("review/reviewer"), QStringLiteral("alice"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    {
        ReviewDatabase db;
        QString error;
        QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
        const ImportResult r = RecordStore(db).importFile(QStringLiteral(HYOKA_SEED_FILE));
        QVERIFY2(r.ok, qPrintable(r.error));
    }
    m_window = TestSupport::openWindow(m_language.get(), dbPath());
    QVERIFY(m_window);
    QCOMPARE(view()->model()->rowCount(), 38);
    QString error;
    m_other = std::make_unique<ReviewDatabase>();
    QVERIFY2(m_other->open(dbPath(), &error), qPrintable(error));
}

void tst_ReviewWindow::cleanup()
{
    m_window.reset();
    m_other.reset();
    m_dir.reset();
}

int tst_ReviewWindow::rowOfName(const QString &name) const
{
    const QAbstractItemModel *model = view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, RecordTableModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

int tst_ReviewWindow::selectName(const QString &name)
{
    const int row = rowOfName(name);
    if (row >= 0) {
        view()->setFocus();
        // Explicit flags: QTest leaves Ctrl as held after a Ctrl+ shortcut.
        view()->selectionModel()->setCurrentIndex(view()->model()->index(row, RecordTableModel::NameColumn),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    return row;
}

qint64 tst_ReviewWindow::suggestedCount() const
{
    const FacetModel *facet = m_window->browser()->facetModel(RecordQuery::Facet::Suggested);
    const int row = facet->rowOf(true);
    return row < 0 ? 0 : facet->index(row).data(FacetModel::CountRole).toLongLong();
}

void tst_ReviewWindow::selectFacetValue(RecordQuery::Facet facet, const QVariant &value)
{
    FacetModel *model = m_window->browser()->facetModel(facet);
    const int row = model->rowOf(value);
    QVERIFY2(row >= 0, qPrintable(value.toString()));
    QVERIFY(model->setData(model->index(row), int(Qt::Checked), Qt::CheckStateRole));
    QVERIFY(waitForAnswers(m_window->browser()));
}

void tst_ReviewWindow::modelsPassTheTester()
{
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    QAbstractItemModelTester grid(view()->model(), Mode::QtTest);
    QAbstractItemModelTester flags(m_window->browser()->facetModel(RecordQuery::Facet::FlagStatus), Mode::QtTest);
    QAbstractItemModelTester suggested(m_window->browser()->facetModel(RecordQuery::Facet::Suggested), Mode::QtTest);
    QAbstractItemModelTester history(m_window->reviewPanel()->historyModel(), Mode::QtTest);
    // Flag, filter by flag, sort by the review columns, undo: every model change the
    // review workflow makes, under the tester.
    QVERIFY(selectName(kosodate) >= 0);
    m_window->review()->flagSuggestedAction()->trigger();
    QVERIFY(waitForAnswers(m_window->browser()));
    selectFacetValue(RecordQuery::Facet::FlagStatus, QStringLiteral("flagged"));
    QCOMPARE(view()->model()->rowCount(), 1);
    m_window->browser()->clearFilters();
    QVERIFY(waitForAnswers(m_window->browser()));
    view()->sortByColumn(RecordTableModel::FlagColumn, Qt::AscendingOrder);
    QVERIFY(waitForAnswers(m_window->browser()));
    QCOMPARE(view()->model()->index(0, RecordTableModel::NameColumn).data().toString(), kosodate);
    view()->sortByColumn(RecordTableModel::SuggestionsColumn, Qt::DescendingOrder);
    QVERIFY(waitForAnswers(m_window->browser()));
    QVERIFY(!view()->model()->index(0, RecordTableModel::SuggestionsColumn)
                     .data(RecordTableModel::SuggestionsRole)
                     .toStringList()
                     .isEmpty());
    QVERIFY(view()->model()->index(37, RecordTableModel::SuggestionsColumn)
                    .data(RecordTableModel::SuggestionsRole)
                    .toStringList()
                    .isEmpty());
    m_window->review()->undo();
    QVERIFY(waitForAnswers(m_window->browser()));
}

void tst_ReviewWindow::suggestedFacetLeaves19()
{
    QCOMPARE(suggestedCount(), 19);
    const FacetModel *facet = m_window->browser()->facetModel(RecordQuery::Facet::Suggested);
    QCOMPARE(facet->index(facet->rowOf(false)).data(FacetModel::CountRole).toLongLong(), 19);
    // Through the filter bar's button, as a user would.
    FacetButton *button = nullptr;
    for (FacetButton *b : m_window->filterBar()->facetButtons()) {
        if (b->model() == facet)
            button = b;
    }
    QVERIFY(button && button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Suggested"));
    selectFacetValue(RecordQuery::Facet::Suggested, true);
    QCOMPARE(view()->model()->rowCount(), 19);
    QCOMPARE(button->fullText(), QStringLiteral("Suggested: yes"));
    QCOMPARE(button->toolTip(), QStringLiteral("Suggested: yes")); // whole, when the bar elides it
    QVERIFY(m_window->statusText().startsWith(QStringLiteral("19 of 38 records")));
    const QList<qint64> expected = *TestSupport::suggestedIds(*m_window->database(), RuleSettings());
    QList<qint64> shown;
    for (int row = 0; row < view()->model()->rowCount(); ++row) {
        shown << view()->model()->index(row, 0).data(RecordTableModel::RecordIdRole).toLongLong();
        QVERIFY(!view()->model()->index(row, 0).data(RecordTableModel::SuggestionsRole).toStringList().isEmpty());
    }
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, expected);
    // Combined with the search: the temporary search table answers the rules too.
    m_window->browser()->setSearchText(QStringLiteral("保育"));
    QVERIFY(waitForAnswers(m_window->browser()));
    const int withSearch = view()->model()->rowCount();
    QVERIFY(withSearch > 0 && withSearch < 19);
    m_window->browser()->clearFilters();
    QVERIFY(waitForAnswers(m_window->browser()));
    QCOMPARE(view()->model()->rowCount(), 38);
}

void tst_ReviewWindow::flagFacetCountsStatuses()
{
    FlagStore store(*m_other);
    Flag f;
    f.status = QStringLiteral("reviewed");
    f.reviewer = QStringLiteral("bob");
    QCOMPARE(store.setFlag(2021, kosodateCode, f).outcome, FlagStore::Outcome::Saved);
    m_window->reloadKeepingSelection();
    QVERIFY(waitForAnswers(m_window->browser()));
    const FacetModel *facet = m_window->browser()->facetModel(RecordQuery::Facet::FlagStatus);
    QCOMPARE(facet->rowCount(), 2);
    QCOMPARE(facet->index(0).data(FacetModel::ValueRole).toString(), QStringLiteral("reviewed"));
    QCOMPARE(facet->index(0).data(FacetModel::CountRole).toLongLong(), 1);
    QCOMPARE(facet->index(1).data(FacetModel::ValueRole).toString(), QStringLiteral("none"));
    QCOMPARE(facet->index(1).data(FacetModel::CountRole).toLongLong(), 37);
    QVERIFY(facet->index(0).data(Qt::DisplayRole).toString().startsWith(QStringLiteral("Reviewed")));
    selectFacetValue(RecordQuery::Facet::FlagStatus, QStringLiteral("none"));
    QCOMPARE(view()->model()->rowCount(), 37);
}

void tst_ReviewWindow::columnsShowFlagAndRules()
{
    const int row = selectName(kosodate);
    QVERIFY(row >= 0);
    const QAbstractItemModel *model = view()->model();
    const QModelIndex rules = model->index(row, RecordTableModel::SuggestionsColumn);
    const QStringList ids = rules.data(RecordTableModel::SuggestionsRole).toStringList();
    QVERIFY(ids.contains(QStringLiteral("level_below_target")));
    const QString tip = rules.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(ReviewRules::ruleName(QStringLiteral("level_below_target"))), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("level 4 or worse")));
    // Drawn as icons by its delegate, one per rule.
    QVERIFY(view()->itemDelegateForColumn(RecordTableModel::SuggestionsColumn));
    QVERIFY(view()->columnWidth(RecordTableModel::SuggestionsColumn) > 0);
    // The flag column: nothing yet; then icon and text.
    const QModelIndex flag = model->index(row, RecordTableModel::FlagColumn);
    QVERIFY(flag.data().toString().isEmpty());
    QVERIFY(flag.data(Qt::DecorationRole).value<QIcon>().isNull());
    QTest::keySequence(view(), QKeySequence(Qt::CTRL | Qt::Key_M));
    QVERIFY(waitForAnswers(m_window->browser()));
    const QModelIndex flagged = view()->model()->index(rowOfName(kosodate), RecordTableModel::FlagColumn);
    QCOMPARE(flagged.data().toString(), QStringLiteral("Flagged"));
    QVERIFY(!flagged.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(flagged.data(Qt::ToolTipRole).toString().contains(QStringLiteral("alice")));
    // Beside the name, not off at the right edge.
    const QHeaderView *header = view()->horizontalHeader();
    QVERIFY(header->visualIndex(RecordTableModel::FlagColumn) < header->visualIndex(RecordTableModel::NameColumn));
}

void tst_ReviewWindow::shortcutFlagsWithSuggestedReason()
{
    QVERIFY(selectName(kosodate) >= 0);
    FlagStore store(*m_other);
    QCOMPARE(store.flag(2021, kosodateCode).version, 0);
    QSignalSpy changed(m_window->review(), &ReviewController::flagsChanged);
    QTest::keySequence(view(), QKeySequence(Qt::CTRL | Qt::Key_M));
    QVERIFY(waitForAnswers(m_window->browser()));
    QCOMPARE(changed.size(), 1);
    const Flag stored = store.flag(2021, kosodateCode);
    QCOMPARE(stored.status, QStringLiteral("flagged"));
    QCOMPARE(stored.version, 1);
    QCOMPARE(stored.reason, QStringLiteral("low_level")); // level_below_target's reason
    QCOMPARE(stored.reviewer, QStringLiteral("alice"));
    const QList<FlagAuditEntry> history = store.history(2021, kosodateCode);
    QCOMPARE(history.size(), 2); // status and reason
    QCOMPARE(history.at(0).field, QStringLiteral("status"));
    QCOMPARE(history.at(0).newValue, QStringLiteral("flagged"));
    QCOMPARE(history.at(0).version, 1);
    // The detail dock shows it at once.
    QCOMPARE(m_window->reviewPanel()->flagEditor()->storedFlag().version, 1);
    QCOMPARE(m_window->reviewPanel()->historyModel()->rowCount(), 2);
    QCOMPARE(m_window->review()->undoStack()->count(), 1);
    // The flag facet counts it.
    const FacetModel *facet = m_window->browser()->facetModel(RecordQuery::Facet::FlagStatus);
    QCOMPARE(facet->index(facet->rowOf(QStringLiteral("flagged"))).data(FacetModel::CountRole).toLongLong(), 1);
    // Again: already so, nothing written.
    QTest::keySequence(view(), QKeySequence(Qt::CTRL | Qt::Key_M));
    QVERIFY(waitForAnswers(m_window->browser()));
    QCOMPARE(store.flag(2021, kosodateCode).version, 1);
}

void tst_ReviewWindow::undoAndRedoWriteNewVersions()
{
    QVERIFY(selectName(kosodate) >= 0);
    FlagStore store(*m_other);
    QTest::keySequence(view(), QKeySequence(Qt::CTRL | Qt::Key_M));
    QVERIFY(waitForAnswers(m_window->browser()));
    QCOMPARE(store.flag(2021, kosodateCode).version, 1);
    QAction *undo = m_window->review()->undoAction();
    QVERIFY(undo->isEnabled());
    // The Edit menu names the project (its code only when it has no name).
    QVERIFY(undo->text().contains(kosodate));

    QTest::keySequence(view(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    Flag stored = store.flag(2021, kosodateCode);
    QCOMPARE(stored.status, QStringLiteral("none"));
    QCOMPARE(stored.version, 2);
    QList<FlagAuditEntry> history = store.history(2021, kosodateCode);
    QCOMPARE(history.size(), 4); // appended, nothing rewritten
    QCOMPARE(history.at(2).version, 2);
    QCOMPARE(history.at(0).newValue, QStringLiteral("flagged"));
    // The row is read again on the read service.
    QTRY_COMPARE(view()->model()->index(rowOfName(kosodate), RecordTableModel::FlagColumn).data().toString(),
                 QString());
    QCOMPARE(m_window->reviewPanel()->historyModel()->rowCount(), 4);

    QTest::keySequence(view(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    stored = store.flag(2021, kosodateCode);
    QCOMPARE(stored.status, QStringLiteral("flagged"));
    QCOMPARE(stored.reason, QStringLiteral("low_level"));
    QCOMPARE(stored.version, 3);
    QCOMPARE(store.history(2021, kosodateCode).size(), 6);
    QTRY_COMPARE(view()->model()->index(rowOfName(kosodate), RecordTableModel::FlagColumn).data().toString(),
                 QStringLiteral("Flagged"));
}

void tst_ReviewWindow::editorInTheDetailDockSaves()
{
    QVERIFY(selectName(kosodate) >= 0);
    FlagEditor *editor = m_window->reviewPanel()->flagEditor();
    QVERIFY(editor->isVisible());
    auto *status = editor->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    auto *reason = editor->findChild<QComboBox *>(QStringLiteral("reasonCombo"));
    auto *note = editor->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
    auto *save = editor->findChild<QPushButton *>(QStringLiteral("saveButton"));
    QVERIFY(status && reason && note && save);
    // Choosing "flagged" picks the reason the rules suggest.
    status->setCurrentIndex(status->findData(QStringLiteral("flagged")));
    QCOMPARE(reason->currentData().toString(), QStringLiteral("low_level"));
    note->setFocus();
    note->insertPlainText(QStringLiteral("利用者数が目標の66%"));
    QTest::mouseClick(save, Qt::LeftButton);
    FlagStore store(*m_other);
    Flag stored = store.flag(2021, kosodateCode);
    QCOMPARE(stored.version, 1);
    QCOMPARE(stored.note, QStringLiteral("利用者数が目標の66%"));
    QVERIFY(!editor->isModified());
    QCOMPARE(editor->storedFlag().version, 1);
    QCOMPARE(m_window->review()->undoStack()->count(), 1);
    // Ctrl+Z while typing a note undoes the typing, not the saved flag.
    note->moveCursor(QTextCursor::End);
    QTest::keyClicks(note, QStringLiteral(" ok"));
    QCOMPARE(note->toPlainText(), QStringLiteral("利用者数が目標の66% ok"));
    QTest::keySequence(note, QKeySequence(Qt::CTRL | Qt::Key_Z));
    QVERIFY(!note->toPlainText().endsWith(QStringLiteral(" ok")));
    QCOMPARE(store.flag(2021, kosodateCode).version, 1);
    // Undo from the Edit menu's action.
    m_window->review()->undoAction()->trigger();
    QVERIFY(waitForAnswers(m_window->browser()));
    stored = store.flag(2021, kosodateCode);
    QCOMPARE(stored.version, 2);
    QVERIFY(stored.note.isEmpty());
    QCOMPARE(editor->storedFlag().version, 2);
    QVERIFY(note->toPlainText().isEmpty());
}

void tst_ReviewWindow::detailShowsRulesAndHistory()
{
    QVERIFY(selectName(kosodate) >= 0);
    ReviewPanel *panel = m_window->reviewPanel();
    QVERIFY(panel->isVisible());
    const QString findings = panel->findingsText();
    // Which rule fired, and the numbers behind it.
    QVERIFY2(findings.contains(ReviewRules::ruleName(QStringLiteral("level_below_target"))), qPrintable(findings));
    QVERIFY2(findings.contains(QStringLiteral("achievement level 4 ≥ 4")), qPrintable(findings));
    // A record no rule suggests says so.
    const int plain = [&] {
        for (int row = 0; row < view()->model()->rowCount(); ++row) {
            if (view()->model()->index(row, 0).data(RecordTableModel::SuggestionsRole).toStringList().isEmpty())
                return row;
        }
        return -1;
    }();
    QVERIFY(plain >= 0);
    view()->setCurrentIndex(view()->model()->index(plain, 0));
    QVERIFY(waitForAnswers(m_window->browser())); // the detail is read on the read service
    QVERIFY(panel->findingsText().contains(QStringLiteral("No review rule")));
    QVERIFY(selectName(kosodate) >= 0);

    // History rows: who, which field, from, to.
    QTest::keySequence(view(), QKeySequence(Qt::CTRL | Qt::Key_M));
    QVERIFY(waitForAnswers(m_window->browser()));
    const FlagHistoryModel *history = panel->historyModel();
    QCOMPARE(history->rowCount(), 2);
    QCOMPARE(history->index(0, FlagHistoryModel::ReviewerColumn).data().toString(), QStringLiteral("alice"));
    QCOMPARE(history->index(0, FlagHistoryModel::NewValueColumn).data().toString(), QStringLiteral("Flagged"));
    QVERIFY(panel->historyView()->isVisible());
}

void tst_ReviewWindow::settingsDialogChangesSuggestedCount()
{
    QCOMPARE(suggestedCount(), 19);
    QString countText;
    int levelBefore = 0;
    DialogDriver::onNext<QDialog>([&](QDialog *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("reviewSettingsDialog"));
        auto *level = dialog->findChild<QSpinBox *>(QStringLiteral("levelSpin"));
        QVERIFY(level && level->isEnabled());
        levelBefore = level->value();
        level->setValue(5); // only level 5 is "below target" now
        countText = dialog->findChild<QLabel *>(QStringLiteral("countLabel"))->text();
        DialogDriver::saveScreenshot(dialog, QStringLiteral("dialog-settings"));
        dialog->accept();
    });
    m_window->review()->settingsAction()->trigger();
    QVERIFY(waitForAnswers(m_window->browser()));
    QCOMPARE(levelBefore, 4);
    // The seed has no level 5: the nine level-4 projects that nothing else suggests go.
    const qint64 expected = [&] {
        RuleSettings s;
        s.belowTargetLevel = 5;
        return TestSupport::suggestedIds(*m_other, s)->size();
    }();
    QVERIFY(expected < 19);
    QCOMPARE(suggestedCount(), expected);
    QVERIFY2(countText.contains(QString::number(expected)), qPrintable(countText));
    // Stored in the database, for every reviewer.
    QCOMPARE(ReviewRules::loadSettings(*m_other).belowTargetLevel, 5);
    // The grid's column follows.
    const int row = rowOfName(kosodate);
    QVERIFY(!view()->model()->index(row, 0).data(RecordTableModel::SuggestionsRole).toStringList().contains(
            QStringLiteral("level_below_target")));
    // A window opened later reads them.
    MainWindow again(m_language.get());
    QVERIFY(again.openDatabase(dbPath()));
    QVERIFY(waitForAnswers(again.browser()));
    QCOMPARE(again.review()->ruleSettings().belowTargetLevel, 5);
}

void tst_ReviewWindow::reviewerNameFromSettings()
{
    DialogDriver::onNext<QDialog>([](QDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("reviewerEdit"));
        QVERIFY(edit);
        QCOMPARE(edit->text(), QStringLiteral("alice"));
        edit->setText(QStringLiteral("佐藤"));
        dialog->accept();
    });
    m_window->review()->settingsAction()->trigger();
    QVERIFY(waitForAnswers(m_window->browser()));
    QCOMPARE(QSettings().value(QStringLiteral("review/reviewer")).toString(), QStringLiteral("佐藤"));
    QVERIFY(selectName(kosodate) >= 0);
    m_window->review()->flagSuggestedAction()->trigger();
    QVERIFY(waitForAnswers(m_window->browser()));
    QCOMPARE(FlagStore(*m_other).flag(2021, kosodateCode).reviewer, QStringLiteral("佐藤"));
    // Cleared: the OS user name.
    QSettings().remove(QStringLiteral("review/reviewer"));
    QCOMPARE(m_window->review()->reviewer(), Flag::defaultReviewer());
}

void tst_ReviewWindow::exportReviewList_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("csv") << int(ReviewListWriter::Format::Csv) << QStringLiteral("csv");
    QTest::newRow("xlsx") << int(ReviewListWriter::Format::Xlsx) << QStringLiteral("xlsx");
}

void tst_ReviewWindow::exportReviewList()
{
    QFETCH(int, format);
    QFETCH(QString, suffix);
    // One record no rule suggests, flagged by hand with a note.
    int plain = -1;
    for (int row = 0; row < view()->model()->rowCount() && plain < 0; ++row) {
        if (view()->model()->index(row, 0).data(RecordTableModel::SuggestionsRole).toStringList().isEmpty())
            plain = row;
    }
    QVERIFY(plain >= 0);
    view()->setCurrentIndex(view()->model()->index(plain, 0));
    m_window->review()->flagSuggestedAction()->trigger();
    QVERIFY(waitForAnswers(m_window->browser()));
    QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("menuFile"))->actions().contains(
            m_window->review()->exportAction()));

    const QString path = m_dir->filePath(QStringLiteral("list.") + suffix);
    QString error;
    qint64 count = 0;
    QVERIFY2(m_window->review()->exportReviewList(path, ReviewListWriter::Format(format), &error, &count),
             qPrintable(error));
    QCOMPARE(count, 20); // 19 suggested and the one flagged by hand
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (suffix == u"csv") {
        const QStringList lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 21);
        QVERIFY(lines.join(u'\n').contains(QStringLiteral("alice")));
    } else {
        QVERIFY(bytes.startsWith("PK"));
    }
}

void tst_ReviewWindow::chartsFollowTheGrid()
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

void tst_ReviewWindow::scatterMarksNewFlags()
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

void tst_ReviewWindow::chartClickSelectsGridRow()
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

void tst_ReviewWindow::reviewScreenshot()
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
    Flag reviewed = store.flag(2021, kosodateCode);
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

void tst_ReviewWindow::damagedDatabaseOffersItsBackup()
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
    QVERIFY(m_window->openDatabaseInteractively(path));
    QVERIFY(waitForAnswers(m_window->browser()));
    QVERIFY2(question.contains(QStringLiteral("Put it back")), qPrintable(question));
    QCOMPARE(m_window->databaseSpec(), path);
    QCOMPARE(view()->model()->rowCount(), 38);
    const QStringList kept = QDir(m_dir->path()).entryList({ QStringLiteral("damaged.sqlite.damaged-*") });
    QCOMPARE(kept.size(), 1); // never deleted
}

void tst_ReviewWindow::layoutAt1280x800_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ja") << QStringLiteral("ja");
    QTest::newRow("en") << QStringLiteral("en");
}

void tst_ReviewWindow::layoutAt1280x800()
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
    Flag reviewed = FlagStore(*m_other).flag(2021, kosodateCode);
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

QTEST_MAIN(tst_ReviewWindow)
#include "tst_reviewwindow.moc"

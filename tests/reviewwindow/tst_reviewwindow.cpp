// The review workflow inside the real window, on the seed, under the offscreen
// platform: flag and suggestion columns, their facets (19 suggested), the Ctrl+M flag
// with its audit row, undo/redo through the Edit menu's keys, the flag editor in the
// detail dock, the settings dialog changing the suggested count, the reviewer's name and
// the review-list export. The charts and the layout: tst_reviewcharts.
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
#include "reviewsettingsdialog.h"
#include "testrecords.h"

#include "dialogdriver.h"
#include "reviewwindowfixture.h"
#include "windowtest.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
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
#include <QStatusBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QStyle>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

#include <memory>
#include <optional>

using namespace Hyoka;
using TestSupport::kosodate;
using TestSupport::kosodateCode;

class tst_ReviewWindow : public QObject, private TestSupport::ReviewWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startTests(); }
    void init() { openWindowOnSeed(); }
    void cleanup() { closeWindow(); }
    void modelsPassTheTester();
    void suggestedFacetLeaves19();
    void flagFacetCountsStatuses();
    void columnsShowFlagAndRules();
    void shortcutFlagsWithSuggestedReason();
    void undoAndRedoWriteNewVersions();
    void editorInTheDetailDockSaves();
    void detailShowsRulesAndHistory();
    void settingsDialogChangesSuggestedCount();
    void settingsDialogCancelKeepsRules();
    void reviewerNameFromSettings();
    void exportReviewList_data();
    void exportReviewList();
};

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
    const std::unique_ptr<ReviewDatabase> db = TestSupport::connectionTo(*m_window);
    QVERIFY(db);
    const QList<qint64> expected = *TestSupport::suggestedIds(*db, RuleSettings());
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
    QCOMPARE(store.flag(2021, kosodateCode)->version, 0);
    QSignalSpy changed(m_window->review(), &ReviewController::flagsChanged);
    QTest::keySequence(view(), QKeySequence(Qt::CTRL | Qt::Key_M));
    QVERIFY(waitForAnswers(m_window->browser()));
    QCOMPARE(changed.size(), 1);
    const Flag stored = *store.flag(2021, kosodateCode);
    QCOMPARE(stored.status, QStringLiteral("flagged"));
    QCOMPARE(stored.version, 1);
    QCOMPARE(stored.reason, QStringLiteral("low_level")); // level_below_target's reason
    QCOMPARE(stored.reviewer, QStringLiteral("alice"));
    const QList<FlagAuditEntry> history = *store.history(2021, kosodateCode);
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
    QCOMPARE(store.flag(2021, kosodateCode)->version, 1);
}

void tst_ReviewWindow::undoAndRedoWriteNewVersions()
{
    QVERIFY(selectName(kosodate) >= 0);
    FlagStore store(*m_other);
    QTest::keySequence(view(), QKeySequence(Qt::CTRL | Qt::Key_M));
    QVERIFY(waitForAnswers(m_window->browser()));
    QCOMPARE(store.flag(2021, kosodateCode)->version, 1);
    QAction *undo = m_window->review()->undoAction();
    QVERIFY(undo->isEnabled());
    // The Edit menu names the project (its code only when it has no name).
    QVERIFY(undo->text().contains(kosodate));

    QTest::keySequence(view(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    QVERIFY(waitForAnswers(m_window->browser()));
    Flag stored = *store.flag(2021, kosodateCode);
    QCOMPARE(stored.status, QStringLiteral("none"));
    QCOMPARE(stored.version, 2);
    QList<FlagAuditEntry> history = *store.history(2021, kosodateCode);
    QCOMPARE(history.size(), 4); // appended, nothing rewritten
    QCOMPARE(history.at(2).version, 2);
    QCOMPARE(history.at(0).newValue, QStringLiteral("flagged"));
    // The row is read again on the read service.
    QTRY_COMPARE(view()->model()->index(rowOfName(kosodate), RecordTableModel::FlagColumn).data().toString(),
                 QString());
    QCOMPARE(m_window->reviewPanel()->historyModel()->rowCount(), 4);

    QTest::keySequence(view(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QVERIFY(waitForAnswers(m_window->browser()));
    stored = *store.flag(2021, kosodateCode);
    QCOMPARE(stored.status, QStringLiteral("flagged"));
    QCOMPARE(stored.reason, QStringLiteral("low_level"));
    QCOMPARE(stored.version, 3);
    QCOMPARE(store.history(2021, kosodateCode)->size(), 6);
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
    QVERIFY(waitForAnswers(m_window->browser()));
    FlagStore store(*m_other);
    Flag stored = *store.flag(2021, kosodateCode);
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
    QCOMPARE(store.flag(2021, kosodateCode)->version, 1);
    // Undo from the Edit menu's action.
    m_window->review()->undoAction()->trigger();
    QVERIFY(waitForAnswers(m_window->browser()));
    stored = *store.flag(2021, kosodateCode);
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
        // Counted on the review session's thread: greyed until the answer is in.
        auto *settings = qobject_cast<ReviewSettingsDialog *>(dialog);
        QVERIFY(settings && settings->isCounting());
        QVERIFY(!settings->findChild<QLabel *>(QStringLiteral("countLabel"))->isEnabled());
        QTRY_VERIFY(!settings->isCounting());
        QVERIFY(settings->findChild<QLabel *>(QStringLiteral("countLabel"))->isEnabled());
        countText = settings->countText();
        DialogDriver::saveScreenshot(dialog, QStringLiteral("dialog-settings"));
        // Its OK button, clicked as a user would (the button box once had no
        // connection: only accept() in code closed the dialog).
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons && buttons->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    m_window->review()->settingsAction()->trigger();
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
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
    QVERIFY(TestSupport::openDatabase(again, dbPath()));
    QVERIFY(waitForAnswers(again.browser()));
    QCOMPARE(again.review()->ruleSettings().belowTargetLevel, 5);
}

void tst_ReviewWindow::settingsDialogCancelKeepsRules()
{
    bool shown = false;
    DialogDriver::onNext<QDialog>([&](QDialog *dialog) {
        shown = true;
        auto *level = dialog->findChild<QSpinBox *>(QStringLiteral("levelSpin"));
        QVERIFY(level);
        level->setValue(5);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    });
    m_window->review()->settingsAction()->trigger();
    QVERIFY(shown);
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QVERIFY(waitForAnswers(m_window->browser()));
    QCOMPARE(ReviewRules::loadSettings(*m_other).belowTargetLevel, 4);
    QCOMPARE(m_window->review()->ruleSettings().belowTargetLevel, 4);
    QCOMPARE(suggestedCount(), 19);
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
    QCOMPARE(FlagStore(*m_other).flag(2021, kosodateCode)->reviewer, QStringLiteral("佐藤"));
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
    std::optional<ReviewSession::ExportAnswer> answer;
    m_window->review()->exportReviewList(path, ReviewListWriter::Format(format),
                                         [&](const ReviewSession::ExportAnswer &a) { answer = a; });
    QTRY_VERIFY(answer.has_value());
    QVERIFY2(answer->error.isEmpty(), qPrintable(answer->error));
    QCOMPARE(answer->count, 20); // 19 suggested and the one flagged by hand
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)),
             qPrintable(m_window->statusBar()->currentMessage()));
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

QTEST_MAIN(tst_ReviewWindow)
#include "tst_reviewwindow.moc"

// The detail panel's Years tab (docs/years.md, "In the window"): a project published
// in several fiscal years shows them all — rating, money, the budget's change, how each
// year was linked — with a bar chart of budget and settlement; a year chosen there
// becomes the grid's current record. ProjectYearsModel on its own, under
// QAbstractItemModelTester.
#include "facetbutton.h"
#include "facetmodel.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "projectlinks.h"
#include "projectyearsmodel.h"
#include "projectyearsview.h"
#include "chartparts.h"
#include "recordformat.h"
#include "recordbrowser.h"
#include "recorddetailpanel.h"
#include "recordstore.h"
#include "recordtablemodel.h"
#include "reviewdatabase.h"
#include "reviewcontroller.h"
#include "reviewpanel.h"
#include "testrecords.h"
#include "twoyears.h"

#include "windowtest.h"
#include "../reviewwindow/dialogdriver.h"
#include "yearrules.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QChartView>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QPushButton>
#include <QLineSeries>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Hyoka;

Q_DECLARE_METATYPE(Hyoka::ProjectLinks::Year)

namespace {

// The seed as fiscal 2021 and a fiscal 2022 made from it: 20104020's budget up by half,
// 40205030 renamed under a new code, 50101060 dropped.
QList<Record> year2022()
{
    QList<Record> records = TestSupport::inYear(TestSupport::seedRecords(), 2022);
    Record *up = TestSupport::findRecord(records, QStringLiteral("20104020"));
    up->budget = *up->budget * 3 / 2;
    Record *renamed = TestSupport::findRecord(records, QStringLiteral("40205030"));
    *renamed = TestSupport::recoded(*renamed, QStringLiteral("40205099"), renamed->name + QStringLiteral("（拡充）"));
    records.removeIf([](const Record &r) { return r.code == u"50101060"; });
    return records;
}

ProjectLinks::Year year(qint64 id, int fiscalYear, std::optional<qint64> budget, const QString &matched)
{
    ProjectLinks::Year y;
    y.recordId = id;
    y.fiscalYear = fiscalYear;
    y.code = QStringLiteral("20104020");
    y.key = y.code;
    y.bureau = QStringLiteral("こども未来局");
    y.name = QStringLiteral("保育所運営事業");
    y.level = 2;
    y.budget = budget;
    y.settlement = budget ? std::optional<qint64>(*budget * 9 / 10) : std::nullopt;
    y.matched = matched;
    y.indicatorCount = 3;
    y.lowestAttainment = 0.74;
    return y;
}

} // namespace

class tst_YearsWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void modelShowsEveryYear_data();
    void modelShowsEveryYear();
    void yearsTabOnlyForProjectsOfSeveralYears_data();
    void yearsTabOnlyForProjectsOfSeveralYears();
    void yearsTabShowsTheProject();
    void choosingAYearShowsItsRecord();
    void yearHiddenByTheFilterIsSaid();
    void renamedProjectSaysHowItWasLinked();
    void gridShowsYearOnYearColumns();
    void yearRuleFindingsInTheReviewPanel();
    void yearRulesInTheSettingsDialog();
    void renameConfirmedThenUndone();

private:
    void openWindow();
    void selectRecord(int fiscalYear, const QString &code);
    int rowOf(int fiscalYear, const QString &code) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<MainWindow> m_window;
};

void tst_YearsWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_language = TestSupport::startEnglishWindowTests();
    QVERIFY(m_language);
    m_path = m_dir.filePath(QStringLiteral("years.sqlite"));
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(m_path, &error), qPrintable(error));
    RecordStore store(db);
    ImportResult r = store.importRecords(TestSupport::seedRecords(), QStringLiteral("kawasaki_r3.md"));
    QVERIFY2(r.ok, qPrintable(r.error));
    r = store.importRecords(year2022(), QStringLiteral("kawasaki_r4.md"));
    QVERIFY2(r.ok, qPrintable(r.error));
}

void tst_YearsWindow::cleanup()
{
    m_window.reset();
}

void tst_YearsWindow::openWindow()
{
    m_window = TestSupport::openWindow(m_language.get(), m_path);
    QVERIFY(m_window);
    QCOMPARE(m_window->browser()->recordCount(), 38 + 37);
}

int tst_YearsWindow::rowOf(int fiscalYear, const QString &code) const
{
    const QAbstractItemModel *model = m_window->recordView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, RecordTableModel::CodeColumn).data().toString() == code
            && model->index(row, RecordTableModel::FiscalYearColumn).data(RecordTableModel::RawValueRole).toInt()
                    == fiscalYear)
            return row;
    }
    return -1;
}

void tst_YearsWindow::selectRecord(int fiscalYear, const QString &code)
{
    QTableView *view = m_window->recordView();
    const int row = rowOf(fiscalYear, code);
    QVERIFY2(row >= 0, qPrintable(QStringLiteral("no row %1 %2").arg(fiscalYear).arg(code)));
    view->setFocus();
    view->selectionModel()->setCurrentIndex(view->model()->index(row, RecordTableModel::NameColumn),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(waitForAnswers(m_window->browser()));
    const std::optional<Record> &shown = m_window->detailPanel()->record();
    QVERIFY(shown);
    QCOMPARE(shown->code, code);
    QCOMPARE(shown->fiscalYear, fiscalYear);
}

void tst_YearsWindow::modelShowsEveryYear_data()
{
    QTest::addColumn<QList<ProjectLinks::Year>>("years");
    QTest::addColumn<qint64>("current");
    QTest::addColumn<int>("currentRow");
    QTest::addColumn<QStringList>("changes");
    QTest::addColumn<QStringList>("links");

    QTest::newRow("two years, second shown")
            << QList<ProjectLinks::Year> { year(1, 2021, 1000, QStringLiteral("code")),
                                           year(2, 2022, 1500, QStringLiteral("code")) }
            << qint64(2) << 1 << QStringList { QStringLiteral("—"), QStringLiteral("+50%") }
            << QStringList { QStringLiteral("first year"), QStringLiteral("same code") };
    QTest::newRow("a cut, then a year without a budget")
            << QList<ProjectLinks::Year> { year(7, 2020, 2000, QStringLiteral("key")),
                                           year(8, 2021, 1500, QStringLiteral("key")),
                                           year(9, 2022, std::nullopt, QStringLiteral("key")) }
            << qint64(7) << 0
            << QStringList { QStringLiteral("—"), QStringLiteral("-25%"), QStringLiteral("—") }
            << QStringList { QStringLiteral("first year"), QStringLiteral("same organisation and name"),
                             QStringLiteral("same organisation and name") };
    QTest::newRow("none") << QList<ProjectLinks::Year>() << qint64(0) << -1 << QStringList()
                          << QStringList();
}

void tst_YearsWindow::modelShowsEveryYear()
{
    QFETCH(QList<ProjectLinks::Year>, years);
    QFETCH(qint64, current);
    QFETCH(int, currentRow);
    QFETCH(QStringList, changes);
    QFETCH(QStringList, links);

    ProjectYearsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setYears(years, current);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), years.size());
    QCOMPARE(model.columnCount(), int(ProjectYearsModel::ColumnCount));
    QCOMPARE(model.currentRow(), currentRow);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, ProjectYearsModel::BudgetChangeColumn).data().toString(), changes.at(row));
        QCOMPARE(model.index(row, ProjectYearsModel::LinkColumn).data().toString(), links.at(row));
        QCOMPARE(model.index(row, ProjectYearsModel::IndicatorsColumn).data().toString(), QStringLiteral("3 (lowest 74%)"));
        QCOMPARE(model.index(row, ProjectYearsModel::IndicatorsColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("3 indicators; the lowest reaches 74% of its target"));
        QCOMPARE(model.index(row, ProjectYearsModel::YearColumn).data(ProjectYearsModel::FiscalYearRole).toInt(),
                 years.at(row).fiscalYear);
        QCOMPARE(model.index(row, 0).data(ProjectYearsModel::RecordIdRole).toLongLong(), years.at(row).recordId);
        const bool isCurrent = row == currentRow;
        QCOMPARE(model.index(row, 0).data(ProjectYearsModel::CurrentRole).toBool(), isCurrent);
        QCOMPARE(model.index(row, ProjectYearsModel::NameColumn).data(Qt::FontRole).value<QFont>().bold(),
                 isCurrent);
        // A level that is not below target has no colour (an invalid one paints black).
        const QVariant background = model.index(row, ProjectYearsModel::RatingColumn).data(Qt::BackgroundRole);
        QVERIFY2(background.isNull() || background.value<QColor>().isValid(), qPrintable(QString::number(row)));
    }
    for (int c = 0; c < model.columnCount(); ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
}

void tst_YearsWindow::yearsTabOnlyForProjectsOfSeveralYears_data()
{
    QTest::addColumn<int>("fiscalYear");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("years");

    QTest::newRow("in both years (2021)") << 2021 << QStringLiteral("20104020") << 2;
    QTest::newRow("in both years (2022)") << 2022 << QStringLiteral("20104020") << 2;
    QTest::newRow("dropped in 2022") << 2021 << QStringLiteral("50101060") << 0;
}

void tst_YearsWindow::yearsTabOnlyForProjectsOfSeveralYears()
{
    QFETCH(int, fiscalYear);
    QFETCH(QString, code);
    QFETCH(int, years);

    openWindow();
    selectRecord(fiscalYear, code);
    RecordDetailPanel *panel = m_window->detailPanel();
    // Every record here was read from a file: its lines are a Source tab (tst_sourcewindow).
    const QString source = QStringLiteral("Source (line %1)").arg(panel->record()->sourceLine);
    if (years == 0) {
        QCOMPARE(panel->tabTexts(), (QStringList { QStringLiteral("Details"), source }));
        QVERIFY(!panel->showYears());
        QVERIFY(!panel->isYearsShown());
    } else {
        QCOMPARE(panel->tabTexts(), (QStringList { QStringLiteral("Details"),
                                                   QStringLiteral("Years (%1)").arg(years), source }));
        QVERIFY(!panel->isYearsShown()); // Details first
        QVERIFY(panel->showYears());
        QVERIFY(panel->isYearsShown());
        QCOMPARE(panel->yearsView()->model()->rowCount(), years);
    }
}

void tst_YearsWindow::yearsTabShowsTheProject()
{
    openWindow();
    selectRecord(2022, QStringLiteral("20104020"));
    RecordDetailPanel *panel = m_window->detailPanel();
    QVERIFY(panel->showYears());
    ProjectYearsView *view = panel->yearsView();
    QVERIFY(view->isVisible());
    const ProjectYearsModel *model = view->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->years().at(0).fiscalYear, 2021);
    QCOMPARE(model->years().at(1).fiscalYear, 2022);
    QCOMPARE(model->currentRow(), 1); // the record shown is 2022's
    const qint64 before = *model->years().at(0).budget;
    const qint64 after = *model->years().at(1).budget;
    QCOMPARE(after, before * 3 / 2);
    QCOMPARE(model->index(1, ProjectYearsModel::BudgetChangeColumn).data(ProjectYearsModel::BudgetChangeRole).toDouble(),
             double(after) / double(before) - 1.0);
    QCOMPARE(model->index(1, ProjectYearsModel::BudgetColumn).data().toString(), QLocale().toString(after));
    QCOMPARE(model->index(1, ProjectYearsModel::LinkColumn).data().toString(), QStringLiteral("same code"));
    QVERIFY2(view->summaryText().startsWith(QStringLiteral("2 fiscal years, FY2021 (Reiwa 3) to FY2022 (Reiwa 4).")),
             qPrintable(view->summaryText()));
    QVERIFY2(view->summaryText().contains(QStringLiteral("Budget +50% since FY2021")), qPrintable(view->summaryText()));
    QCOMPARE(view->chartYears(), (QStringList { QStringLiteral("2021"), QStringLiteral("2022") }));
    // The rating as a line over the bars: one point per year, at its level.
    QLineSeries *rating = nullptr;
    for (QAbstractSeries *series : view->chartView()->chart()->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series))
            rating = line;
    }
    QVERIFY(rating);
    QCOMPARE(rating->count(), 2);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(rating->at(i), QPointF(i, *model->years().at(i).level));
    // Code, organisation and name did not change: the title names the project, the
    // table leaves them out.
    for (const int column : { int(ProjectYearsModel::CodeColumn), int(ProjectYearsModel::OrganisationColumn),
                              int(ProjectYearsModel::NameColumn) })
        QVERIFY(view->tableView()->isColumnHidden(column));
    QVERIFY(!view->tableView()->isColumnHidden(ProjectYearsModel::BudgetChangeColumn));
    // The table and the chart are laid out inside the panel, neither squeezed to nothing.
    // The years print: the summary, the figures and the chart drawn on a page.
    QVERIFY(view->printButton()->isEnabled());
    QImage page(800, 600, QImage::Format_RGB32);
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        view->render(&painter, QRectF(20, 20, 760, 560));
    }
    int inked = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x)
            inked += page.pixel(x, y) != qRgb(255, 255, 255);
    }
    QVERIFY2(inked > 5000, qPrintable(QString::number(inked)));
    if (qEnvironmentVariableIsSet("HYOKA_SCREENSHOT_DIR")) // to look at it
        page.save(qEnvironmentVariable("HYOKA_SCREENSHOT_DIR") + QStringLiteral("/years-print.png"));
    // The chart part: the bars' blue (budget) is on the page.
    bool budgetBlue = false;
    const QColor blue = ChartParts::budgetBrush().color();
    for (int y = 300; y < page.height() && !budgetBlue; ++y) {
        for (int x = 0; x < page.width() && !budgetBlue; ++x)
            budgetBlue = QColor(page.pixel(x, y)) == blue;
    }
    QVERIFY(budgetBlue);
    // The indicators column: a count as read from the database.
    for (int row = 0; row < model->rowCount(); ++row) {
        const ProjectLinks::Year &y = model->years().at(row);
        const QString text = model->index(row, ProjectYearsModel::IndicatorsColumn).data().toString();
        QVERIFY2(y.indicatorCount == 0 ? text == RecordFormat::missing() : text.startsWith(QString::number(y.indicatorCount)),
                 qPrintable(text));
    }

    // Every year's row is whole in the table's viewport, also on a laptop's screen
    // (a short screen scrolls the panel, not the table down to one row).
    m_window->resize(1366, 768);
    QTableView *table = view->tableView();
    QTRY_COMPARE(m_window->size(), QSize(1366, 768));
    QCoreApplication::processEvents();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QRect rect = table->visualRect(model->index(row, ProjectYearsModel::YearColumn));
        QVERIFY2(table->viewport()->rect().contains(rect), qPrintable(QString::number(row)));
    }
    // … and no taller than its rows: the room left goes to the chart.
    const QRect last = table->visualRect(model->index(model->rowCount() - 1, ProjectYearsModel::YearColumn));
    const int needed = table->horizontalHeader()->height() + last.bottom() + 1 + 2 * table->frameWidth()
            + table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, table);
    QVERIFY2(table->height() <= needed + 2, qPrintable(QStringLiteral("%1 > %2").arg(table->height()).arg(needed)));
    QVERIFY(view->chartView()->height() >= 150);

    // The tab stays chosen for the next record that has years, and is left for one that has none.
    selectRecord(2021, QStringLiteral("20104020"));
    QVERIFY(panel->isYearsShown());
    QCOMPARE(panel->yearsView()->model()->currentRow(), 0);
    selectRecord(2021, QStringLiteral("50101060"));
    QVERIFY(!panel->isYearsShown());
    selectRecord(2022, QStringLiteral("20104020"));
    QVERIFY(panel->isYearsShown());
}

void tst_YearsWindow::choosingAYearShowsItsRecord()
{
    openWindow();
    selectRecord(2022, QStringLiteral("20104020"));
    RecordDetailPanel *panel = m_window->detailPanel();
    QVERIFY(panel->showYears());
    QTableView *table = panel->yearsView()->tableView();
    QSignalSpy activated(panel, &RecordDetailPanel::yearRecordActivated);
    // Enter on the current year (the one shown) does nothing.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(activated.size(), 0);
    // Up to 2021 and Enter: the grid's current record becomes 2021's.
    QTest::keyClick(table, Qt::Key_Up);
    QCOMPARE(table->currentIndex().row(), 0);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), panel->yearsView()->model()->years().at(0).recordId);
    QVERIFY(waitForAnswers(m_window->browser()));
    QTRY_VERIFY(panel->record() && panel->record()->fiscalYear == 2021);
    QCOMPARE(panel->record()->code, QStringLiteral("20104020"));
    const QModelIndex current = m_window->recordView()->currentIndex();
    QCOMPARE(current.row(), rowOf(2021, QStringLiteral("20104020")));
    QVERIFY(panel->isYearsShown()); // still on the Years tab, now 2021 in bold
    QCOMPARE(panel->yearsView()->model()->currentRow(), 0);
}

void tst_YearsWindow::yearHiddenByTheFilterIsSaid()
{
    openWindow();
    FacetModel *years = m_window->browser()->facetModel(RecordQuery::Facet::FiscalYear);
    years->setSelectedValues({ QStringLiteral("2022") });
    QVERIFY(waitForAnswers(m_window->browser()));
    QCOMPARE(m_window->recordView()->model()->rowCount(), 37);
    selectRecord(2022, QStringLiteral("20104020"));
    RecordDetailPanel *panel = m_window->detailPanel();
    QVERIFY(panel->showYears());
    emit panel->yearsView()->recordActivated(panel->yearsView()->model()->years().at(0).recordId);
    QVERIFY(waitForAnswers(m_window->browser()));
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("hidden by the filter")), qPrintable(message));
    QCOMPARE(panel->record()->fiscalYear, 2022); // nothing else changed
}

void tst_YearsWindow::renamedProjectSaysHowItWasLinked()
{
    openWindow();
    selectRecord(2022, QStringLiteral("40205099"));
    RecordDetailPanel *panel = m_window->detailPanel();
    QVERIFY(panel->showYears());
    const ProjectYearsModel *model = panel->yearsView()->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->years().at(0).code, QStringLiteral("40205030"));
    QCOMPARE(model->years().at(1).code, QStringLiteral("40205099"));
    QVERIFY2(model->index(1, ProjectYearsModel::LinkColumn)
                     .data()
                     .toString()
                     .contains(QStringLiteral("matched by name")),
             qPrintable(model->index(1, ProjectYearsModel::LinkColumn).data().toString()));
    // The code and the name changed: both are shown; the bureau did not.
    QTableView *table = panel->yearsView()->tableView();
    QVERIFY(!table->isColumnHidden(ProjectYearsModel::CodeColumn));
    QVERIFY(!table->isColumnHidden(ProjectYearsModel::NameColumn));
    QVERIFY(table->isColumnHidden(ProjectYearsModel::OrganisationColumn));
}

void tst_YearsWindow::gridShowsYearOnYearColumns()
{
    openWindow();
    QTableView *view = m_window->recordView();
    QHeaderView *header = view->horizontalHeader();
    // Hidden until View → Columns shows them.
    for (const int column : { int(RecordTableModel::PrevRatingColumn), int(RecordTableModel::PrevBudgetColumn),
                              int(RecordTableModel::BudgetChangeColumn),
                              int(RecordTableModel::YearsBelowTargetColumn) })
        QVERIFY(header->isSectionHidden(column));
    header->setSectionHidden(RecordTableModel::BudgetChangeColumn, false);
    header->setSectionHidden(RecordTableModel::PrevBudgetColumn, false);
    // Sorted by the change of budget, largest first: 20104020's +50 % in 2022 heads it.
    view->sortByColumn(RecordTableModel::BudgetChangeColumn, Qt::DescendingOrder);
    QVERIFY(waitForAnswers(m_window->browser()));
    const QAbstractItemModel *model = view->model();
    QTRY_COMPARE(model->index(0, RecordTableModel::CodeColumn).data().toString(), QStringLiteral("20104020"));
    QCOMPARE(model->index(0, RecordTableModel::FiscalYearColumn).data().toString(), QStringLiteral("2022"));
    QCOMPARE(model->index(0, RecordTableModel::BudgetChangeColumn).data().toString(), QStringLiteral("+50.0%"));
    const qint64 budget = model->index(0, RecordTableModel::BudgetColumn).data(RecordTableModel::RawValueRole).toLongLong();
    const qint64 previous = model->index(0, RecordTableModel::PrevBudgetColumn).data(RecordTableModel::RawValueRole).toLongLong();
    QCOMPARE(budget, previous * 3 / 2);
    QVERIFY2(model->index(0, RecordTableModel::BudgetChangeColumn).data(Qt::ToolTipRole).toString().contains(u"FY2021"),
             qPrintable(model->index(0, RecordTableModel::BudgetChangeColumn).data(Qt::ToolTipRole).toString()));

    // New / gone: the button is there for two years; "gone" leaves 2021's dropped project.
    FacetButton *button = m_window->filterBar()->facetButtons().constLast();
    FacetModel *changes = m_window->browser()->facetModel(RecordQuery::Facet::YearChange);
    QCOMPARE(button->model(), changes);
    QTRY_VERIFY(button->isVisible());
    QCOMPARE(changes->valueText(RecordFilter::yearChangeGone()), QStringLiteral("Gone the year after"));
    changes->setSelectedValues({ RecordFilter::yearChangeGone() });
    QVERIFY(waitForAnswers(m_window->browser()));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, RecordTableModel::CodeColumn).data().toString(), QStringLiteral("50101060"));
    QCOMPARE(model->index(0, RecordTableModel::FiscalYearColumn).data().toString(), QStringLiteral("2021"));
    changes->clearSelection();
    QVERIFY(waitForAnswers(m_window->browser()));
    QTRY_COMPARE(model->rowCount(), 38 + 37);
}

void tst_YearsWindow::yearRuleFindingsInTheReviewPanel()
{
    openWindow();
    // 50101060 is gone in 2022: its 2021 record says so, with the years behind it, and
    // the grid's rules column carries the rule.
    selectRecord(2021, QStringLiteral("50101060"));
    ReviewPanel *review = m_window->reviewPanel();
    QTRY_VERIFY(!review->findings().isEmpty());
    const ReviewRules::Finding gone = review->findings().constLast();
    QCOMPARE(gone.ruleId, QStringLiteral("project_disappeared"));
    QVERIFY2(gone.details.join(u' ').contains(u"2022"), qPrintable(gone.details.join(u' ')));
    QVERIFY2(review->findingsText().contains(gone.title), qPrintable(review->findingsText()));
    const QModelIndex row = m_window->recordView()->model()->index(rowOf(2021, QStringLiteral("50101060")),
                                                                    RecordTableModel::SuggestionsColumn);
    QVERIFY(row.data(RecordTableModel::SuggestionsRole).toStringList().contains(u"project_disappeared"));
    QVERIFY2(row.data(Qt::ToolTipRole).toString().contains(gone.title), qPrintable(row.data(Qt::ToolTipRole).toString()));
    // A record of a project that continues has no such finding.
    selectRecord(2022, QStringLiteral("20101010"));
    for (const ReviewRules::Finding &f : review->findings())
        QVERIFY(f.ruleId != u"project_disappeared");
}

void tst_YearsWindow::yearRulesInTheSettingsDialog()
{
    openWindow();
    bool seen = false;
    DialogDriver::onNext<QDialog>([&](QDialog *dialog) {
        auto *gone = dialog->findChild<QCheckBox *>(QStringLiteral("yearGoneCheck"));
        auto *level = dialog->findChild<QSpinBox *>(QStringLiteral("yearLevelSpin"));
        auto *budget = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("yearBudgetSpin"));
        QVERIFY(gone && level && budget);
        QVERIFY(gone->isChecked() && gone->isEnabled());
        QCOMPARE(gone->text(), YearRules::ruleName(QStringLiteral("project_disappeared")));
        QCOMPARE(level->value(), 4);
        QCOMPARE(budget->value(), 20.0);
        gone->setChecked(false);
        level->setValue(3);
        budget->setValue(35.0);
        DialogDriver::saveScreenshot(dialog, QStringLiteral("dialog-settings-years"));
        seen = true;
        dialog->accept();
    });
    m_window->review()->settingsAction()->trigger();
    QVERIFY(seen);
    QVERIFY(waitForAnswers(m_window->browser()));
    // Stored for every reviewer, and the window follows.
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(m_path, &error), qPrintable(error));
    const YearRuleSettings stored = YearRules::loadSettings(db);
    QCOMPARE(stored.disabledRules, QStringList { QStringLiteral("project_disappeared") });
    QCOMPARE(stored.belowTargetLevel, 3);
    QCOMPARE(stored.budgetIncrease, 0.35);
    QCOMPARE(m_window->review()->ruleSettings().years, stored);
    const QModelIndex row = m_window->recordView()->model()->index(rowOf(2021, QStringLiteral("50101060")),
                                                                    RecordTableModel::SuggestionsColumn);
    QTRY_VERIFY(!row.data(RecordTableModel::SuggestionsRole).toStringList().contains(u"project_disappeared"));
    QVERIFY2(YearRules::saveSettings(db, {}, &error), qPrintable(error)); // as the other tests expect
}

// Runs last: it splits the renamed project the other tests look at.
void tst_YearsWindow::renameConfirmedThenUndone()
{
    openWindow();
    selectRecord(2022, QStringLiteral("40205099"));
    RecordDetailPanel *panel = m_window->detailPanel();
    QVERIFY(panel->showYears());
    ProjectYearsView *view = panel->yearsView();
    // The renamed year is the current one: the bar asks.
    QCOMPARE(view->tableView()->currentIndex().row(), 1);
    QVERIFY(view->renameBar()->isVisible());
    QVERIFY(view->sameProjectButton()->isVisible());
    QVERIFY(view->otherProjectButton()->isVisible());
    // The first year is not a rename: no bar.
    view->tableView()->setCurrentIndex(view->model()->index(0, 0));
    QVERIFY(!view->renameBar()->isVisible());
    view->tableView()->setCurrentIndex(view->model()->index(1, 0));

    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(m_path, &error), qPrintable(error));
    auto stateOf = [&] {
        for (const ProjectLinks::NameMatch &m : ProjectLinks(db).nameMatches())
            if (m.code == u"40205099")
                return m.state;
        return QString();
    };
    QCOMPARE(stateOf(), QStringLiteral("matched"));
    QTest::mouseClick(view->sameProjectButton(), Qt::LeftButton);
    QTRY_COMPARE(stateOf(), QStringLiteral("confirmed"));
    // Read again: the year says so, and only "not the same project" is left to do.
    QTRY_COMPARE(panel->yearsView()->model()->years().value(1).aliasState, QStringLiteral("confirmed"));
    QTRY_VERIFY(!view->sameProjectButton()->isVisible());
    QVERIFY(view->otherProjectButton()->isVisible());
    QTRY_VERIFY(m_window->statusBar()->currentMessage().startsWith(u"Confirmed"));

    QTest::mouseClick(view->otherProjectButton(), Qt::LeftButton);
    QTRY_COMPARE(stateOf(), QStringLiteral("rejected"));
    // A project of its own now: one year, no Years tab.
    QTRY_VERIFY(!panel->showYears());
    QCOMPARE(panel->record()->code, QStringLiteral("40205099"));
}

QTEST_MAIN(tst_YearsWindow)
#include "tst_yearswindow.moc"

// The chart panel: what it shows, the filter followed in the background, clicks that
// name records, exports and print previews. With HYOKA_SNAPSHOT_DIR set, every chart
// is also saved there as a PNG (for docs/). The figures themselves: tst_charts.
#include "chartdata.h"
#include "chartfixture.h"
#include "chartpanel.h"
#include "flagstore.h"
#include "hyokachart.h"
#include "levelcolors.h"
#include "moneyformat.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "testrecords.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QImage>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace Hyoka;

class tst_ChartPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void panelShowsEachChart();
    void panelFollowsFilter();
    void laterFilterWinsOverAReadingOnItsWay();
    void recordsChangedReadsAgain();
    void manyBureausShowTheLargest();
    void choosingAChartReadsInTheBackground();
    void clickingABarSelectsProjects();
    void clickingABureauSelectsItsRecords();
    void clickingALevelSegmentSelectsThoseRecords();
    void clickingAPointSelectsItsProject();
    void categoriesGetTheHeightTheirLabelsNeed();
    void exportsWriteFiles();
    void printPreviewsShowPages();

private:
    void snapshot(ChartPanel &panel, const QString &name);
    QString seedBureau(int i) const;

    QTemporaryDir m_dir;
    ReviewDatabase m_db;
    QList<Record> m_records;
};

static const QString kodomo = QStringLiteral("こども未来局");
static const QString somu = QStringLiteral("総務企画局");

// The records of one bureau (with `search` in their text, when given).
static RecordFilter bureauFilter(const QString &bureau, const QString &search = {})
{
    RecordFilter filter;
    filter.bureaus = QStringList { bureau };
    filter.searchText = search;
    return filter;
}

void tst_ChartPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(TestSupport::openSeeded(m_db, m_dir.filePath(QStringLiteral("charts.sqlite")), &m_records, &error),
             qPrintable(error));
    QCOMPARE(m_records.size(), 38);
}

void tst_ChartPanel::cleanupTestCase()
{
    m_db.close();
}

QString tst_ChartPanel::seedBureau(int i) const
{
    return i == 0 ? kodomo : somu;
}

void tst_ChartPanel::snapshot(ChartPanel &panel, const QString &name)
{
    const QString dir = qEnvironmentVariable("HYOKA_SNAPSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(50); // let the scroll area take the chart's new height
    QVERIFY(panel.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void tst_ChartPanel::panelShowsEachChart()
{
    const auto shown = TestSupport::shownChartPanel(&m_db, std::nullopt, QSize(900, 640));
    QVERIFY(shown);
    ChartPanel &panel = *shown;

    panel.setCurrentChart(ChartPanel::Chart::BureauTotals);
    QVERIFY(TestSupport::waitForFigures(panel));
    QCOMPARE(panel.chart()->kind(), HyokaChart::Kind::BureauTotals);
    snapshot(panel, QStringLiteral("chart-bureaus"));

    panel.setCurrentChart(ChartPanel::Chart::BureauProjects);
    QVERIFY(TestSupport::waitForFigures(panel));
    QCOMPARE(panel.chart()->kind(), HyokaChart::Kind::BureauProjects);
    QCOMPARE(panel.currentBureau(), kodomo);
    QVERIFY(panel.chart()->title().contains(kodomo));
    snapshot(panel, QStringLiteral("chart-projects"));
    panel.setLogarithmic(true);
    QVERIFY(panel.chart()->isLogarithmic());
    snapshot(panel, QStringLiteral("chart-projects-log"));
    panel.setCurrentBureau(somu);
    QVERIFY(TestSupport::waitForFigures(panel));
    QVERIFY(panel.chart()->title().contains(somu));
    snapshot(panel, QStringLiteral("chart-projects-somu-log"));
    panel.setLogarithmic(false);

    panel.setCurrentChart(ChartPanel::Chart::LevelMix);
    QVERIFY(TestSupport::waitForFigures(panel));
    QCOMPARE(panel.chart()->kind(), HyokaChart::Kind::LevelMix);
    snapshot(panel, QStringLiteral("chart-levels"));

    RecordStore store(m_db);
    panel.setFlaggedIds({ store.recordId(2021, QStringLiteral("20101030")),
                          store.recordId(2021, QStringLiteral("40901020")) });
    panel.setCurrentChart(ChartPanel::Chart::ExecutionScatter);
    QVERIFY(TestSupport::waitForFigures(panel));
    QCOMPARE(panel.chart()->kind(), HyokaChart::Kind::ExecutionScatter);
    snapshot(panel, QStringLiteral("chart-execution-rate"));
}

void tst_ChartPanel::panelFollowsFilter()
{
    const auto shown = TestSupport::shownChartPanel(&m_db, ChartPanel::Chart::BureauProjects);
    QVERIFY(shown);
    ChartPanel &panel = *shown;
    QCOMPARE(panel.currentBureau(), kodomo);

    RecordFilter filter = bureauFilter(somu);
    panel.setFilter(filter);
    // Changes are applied once, after the burst.
    QTRY_COMPARE(panel.currentBureau(), somu);
    QVERIFY(panel.chart()->title().contains(somu));

    filter.fiscalYears = { 2019 };
    panel.setFilter(filter);
    QTRY_COMPARE(panel.chart()->kind(), HyokaChart::Kind::None);
    QCOMPARE(panel.currentBureau(), QString());
}

void tst_ChartPanel::laterFilterWinsOverAReadingOnItsWay()
{
    // Filter changes are read on a worker with its own connection; a reading that a
    // newer filter overtook is never shown, however late it comes.
    const auto shown = TestSupport::shownChartPanel(&m_db, ChartPanel::Chart::BureauProjects);
    QVERIFY(shown);
    ChartPanel &panel = *shown;
    QCOMPARE(panel.currentBureau(), kodomo);
    panel.setFilter(bureauFilter(somu));
    QTest::qWait(0); // the reading of the first filter starts
    const RecordFilter second = bureauFilter(kodomo, QStringLiteral("保育"));
    panel.setFilter(second);
    QTRY_VERIFY(panel.chart()->title().contains(kodomo));
    QTest::qWait(300);
    QCOMPARE(panel.currentBureau(), kodomo);
    // What it shows is what the database says for the second filter.
    const auto projects = ChartData(m_db).bureauProjects(second, kodomo, 100);
    QVERIFY(projects && !projects->projects.isEmpty());
    QSignalSpy spy(&panel, &ChartPanel::recordsActivated);
    QTest::mouseClick(panel.chart()->viewport(), Qt::LeftButton, {}, panel.chart()->itemPosition(0, 0));
    QTRY_COMPARE(spy.size(), 1); // a bureau's records are read on the read service
    QCOMPARE(spy.at(0).at(0).value<QList<qint64>>(), QList<qint64> { projects->projects.first().id });
}

void tst_ChartPanel::recordsChangedReadsAgain()
{
    // After an import (the window calls recordsChanged()), the figures are read again.
    QTemporaryDir dir;
    ReviewDatabase db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("changing.sqlite")), nullptr));
    QVERIFY(RecordStore(db).importFile(QStringLiteral(HYOKA_SEED_FILE)).ok);
    const auto shown = TestSupport::shownChartPanel(&db, ChartPanel::Chart::BureauProjects);
    QVERIFY(shown);
    ChartPanel &panel = *shown;
    const QString added = QStringLiteral("テスト局");
    panel.setCurrentBureau(added);
    QVERIFY(TestSupport::waitForFigures(panel));
    QCOMPARE(panel.currentBureau(), kodomo); // no such bureau yet
    Record r;
    r.fiscalYear = 2021;
    r.code = QStringLiteral("99990001");
    r.bureau = added;
    r.name = QStringLiteral("追加された事業");
    r.budget = 1000;
    r.settlement = 900;
    QVERIFY(RecordStore(db).importRecords({ r }, QStringLiteral("added")).ok);
    panel.recordsChanged();
    QTRY_VERIFY((panel.setCurrentBureau(added), panel.currentBureau() == added));
    QVERIFY(TestSupport::waitForFigures(panel));
    QVERIFY(panel.chart()->title().contains(added));
}

void tst_ChartPanel::manyBureausShowTheLargest()
{
    // A prefecture's or a nation's bureaus: the bureau charts draw the largest budgets
    // only (fast, legible), say so, and a click still selects the bureau under the bar.
    QTemporaryDir dir;
    ReviewDatabase db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("bureaus.sqlite")), nullptr));
    // The largest budget is not the first in the document.
    const QList<Record> records =
            TestSupport::bureauRecords(100, 3, 40000000, [](int i) { return qint64((i * 37) % 101) * 1000; });
    QVERIFY(RecordStore(db).importRecords(records, QStringLiteral("generated")).ok);
    const auto largest = std::max_element(records.cbegin(), records.cend(),
                                          [](const Record &a, const Record &b) { return *a.budget < *b.budget; });
    ChartPanel panel;
    panel.resize(900, 600);
    panel.setDatabase(&db);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    for (const ChartPanel::Chart kind : { ChartPanel::Chart::BureauTotals, ChartPanel::Chart::LevelMix }) {
        panel.setCurrentChart(kind);
        QVERIFY(TestSupport::waitForFigures(panel));
        panel.refresh();
        QVERIFY(TestSupport::waitForFigures(panel));
        QVERIFY2(panel.chart()->title().contains(
                         QStringLiteral("%1 largest budgets of 100").arg(HyokaChart::maxBureaus)),
                 qPrintable(panel.chart()->title()));
        QSignalSpy spy(&panel, &ChartPanel::recordsActivated);
        // The first bar, at the top: the largest budget.
        const int set = kind == ChartPanel::Chart::LevelMix ? largest->level.value_or(1) - 1 : 0;
        QTest::mouseClick(panel.chart()->viewport(), Qt::LeftButton, {}, panel.chart()->itemPosition(0, set));
        QTRY_COMPARE(spy.size(), 1); // a bureau's records are read on the read service
        QCOMPARE(spy.at(0).at(0).value<QList<qint64>>(),
                 QList<qint64> { RecordStore(db).recordId(2021, largest->code) });
    }
    // Few bureaus: all of them, no note.
    RecordFilter few;
    for (int i = 1; i <= 10; ++i)
        few.bureaus << QStringLiteral("局%1").arg(i, 3, 10, QLatin1Char('0'));
    panel.setCurrentChart(ChartPanel::Chart::BureauTotals);
    QVERIFY(TestSupport::waitForFigures(panel));
    panel.setFilter(few);
    QTRY_COMPARE(panel.chart()->title(), QStringLiteral("Budget and settlement by bureau"));
}

void tst_ChartPanel::choosingAChartReadsInTheBackground()
{
    const auto shown = TestSupport::shownChartPanel(&m_db, ChartPanel::Chart::BureauTotals);
    QVERIFY(shown);
    ChartPanel &panel = *shown;
    QCOMPARE(panel.chart()->kind(), HyokaChart::Kind::BureauTotals);
    // As the user does it, through the combo box: the figures are read on a worker,
    // so the chart changes once the answer is back, not within the click.
    auto *combo = panel.findChild<QComboBox *>(QStringLiteral("chartCombo"));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(int(ChartPanel::Chart::LevelMix)));
    QCOMPARE(panel.chart()->kind(), HyokaChart::Kind::BureauTotals);
    QTRY_COMPARE(panel.chart()->kind(), HyokaChart::Kind::LevelMix);
    combo->setCurrentIndex(combo->findData(int(ChartPanel::Chart::BureauProjects)));
    QTRY_COMPARE(panel.chart()->kind(), HyokaChart::Kind::BureauProjects);
    auto *bureaus = panel.findChild<QComboBox *>(QStringLiteral("bureauCombo"));
    QVERIFY(bureaus && bureaus->count() == 2);
    bureaus->setCurrentIndex(1);
    QTRY_VERIFY(panel.chart()->title().contains(bureaus->itemText(1)));
    QCOMPARE(panel.currentBureau(), bureaus->itemText(1));
}

void tst_ChartPanel::clickingABarSelectsProjects()
{
    const auto shown = TestSupport::shownChartPanel(&m_db, ChartPanel::Chart::BureauProjects, QSize(900, 700));
    QVERIFY(shown);
    ChartPanel &panel = *shown;
    QSignalSpy spy(&panel, &ChartPanel::recordsActivated);
    // The first bar: こども未来局's largest budget.
    const auto largest = ChartData(m_db).bureauProjects({}, kodomo, 1);
    const QPoint at = panel.chart()->itemPosition(0, 0);
    QVERIFY(panel.chart()->viewport()->rect().contains(at));
    QTest::mouseClick(panel.chart()->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(spy.size(), 1); // a bureau's records are read on the read service
    QCOMPARE(spy.at(0).at(0).value<QList<qint64>>(), QList<qint64> { largest->projects.first().id });

    // The same bar on the logarithmic scale.
    panel.setLogarithmic(true);
    spy.clear();
    QTest::mouseClick(panel.chart()->viewport(), Qt::LeftButton, {}, panel.chart()->itemPosition(0, 1));
    QTRY_COMPARE(spy.size(), 1); // a bureau's records are read on the read service
    QCOMPARE(spy.at(0).at(0).value<QList<qint64>>(), QList<qint64> { largest->projects.first().id });
}

void tst_ChartPanel::clickingABureauSelectsItsRecords()
{
    const auto shown = TestSupport::shownChartPanel(&m_db, ChartPanel::Chart::BureauTotals, QSize(900, 600));
    QVERIFY(shown);
    ChartPanel &panel = *shown;
    QSignalSpy spy(&panel, &ChartPanel::recordsActivated);
    // Bureau 1 (総務企画局) has small bars: click its budget bar.
    QTest::mouseClick(panel.chart()->viewport(), Qt::LeftButton, {},
                      panel.chart()->itemPosition(1, 0));
    QTRY_COMPARE(spy.size(), 1); // a bureau's records are read on the read service
    QCOMPARE(spy.at(0).at(0).value<QList<qint64>>(), *ChartData(m_db).bureauIds({}, somu));
}

void tst_ChartPanel::clickingALevelSegmentSelectsThoseRecords()
{
    const auto shown = TestSupport::shownChartPanel(&m_db, ChartPanel::Chart::LevelMix, QSize(900, 600));
    QVERIFY(shown);
    ChartPanel &panel = *shown;
    QSignalSpy spy(&panel, &ChartPanel::recordsActivated);
    // Set 3 is level 4; こども未来局 has 5 projects at level 4.
    QTest::mouseClick(panel.chart()->viewport(), Qt::LeftButton, {},
                      panel.chart()->itemPosition(0, 3));
    QTRY_COMPARE(spy.size(), 1); // a bureau's records are read on the read service
    const QList<qint64> ids = spy.at(0).at(0).value<QList<qint64>>();
    QCOMPARE(ids.size(), 5);
    const auto projects = ChartData(m_db).projects(ids);
    QVERIFY(projects);
    for (const ChartData::Project &p : *projects) {
        QCOMPARE(p.bureau, kodomo);
        QCOMPARE(*p.level, 4);
    }
}

void tst_ChartPanel::clickingAPointSelectsItsProject()
{
    ChartPanel panel;
    panel.resize(900, 600);
    panel.setDatabase(&m_db);
    RecordStore store(m_db);
    const qint64 flagged = store.recordId(2021, QStringLiteral("40901020"));
    panel.setFlaggedIds({ flagged });
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setCurrentChart(ChartPanel::Chart::ExecutionScatter);
    QVERIFY(TestSupport::waitForFigures(panel));
    panel.refresh();
    QVERIFY(TestSupport::waitForFigures(panel));
    QSignalSpy spy(&panel, &ChartPanel::recordsActivated);
    // Series 1 holds the flagged points.
    QTest::mouseClick(panel.chart()->viewport(), Qt::LeftButton, {},
                      panel.chart()->itemPosition(0, 1));
    QTRY_COMPARE(spy.size(), 1); // a bureau's records are read on the read service
    QCOMPARE(spy.at(0).at(0).value<QList<qint64>>(), QList<qint64> { flagged });
    // Series 0, point 0: the largest budget that is not flagged.
    spy.clear();
    QTest::mouseClick(panel.chart()->viewport(), Qt::LeftButton, {},
                      panel.chart()->itemPosition(0, 0));
    QTRY_COMPARE(spy.size(), 1); // a bureau's records are read on the read service
    const auto points = ChartData(m_db).scatterPoints({}, { flagged });
    QCOMPARE(spy.at(0).at(0).value<QList<qint64>>(), QList<qint64> { points->projects.first().id });
}

void tst_ChartPanel::categoriesGetTheHeightTheirLabelsNeed()
{
    HyokaChart chart;
    QList<ChartData::BureauTotals> bureaus;
    for (int i = 0; i < 40; ++i) {
        ChartData::BureauTotals t;
        t.bureau = QStringLiteral("とても長い名前の局その%1番目の局の名前").arg(i);
        t.projects = 10;
        t.budget = 1000 * (i + 1);
        t.settlement = 900 * (i + 1);
        t.pairedBudget = t.budget;
        t.pairedSettlement = t.settlement;
        t.levelCounts = { 1, 2, 3, 2, 2 };
        bureaus << t;
    }
    chart.showBureauTotals(bureaus.mid(0, 2));
    const int two = chart.requiredHeight();
    chart.showBureauTotals(bureaus);
    const int forty = chart.requiredHeight();
    // Two text lines a bureau, at least.
    QVERIFY2(forty - two >= 38 * 2 * QFontMetrics(chart.chartFont()).lineSpacing(),
             qPrintable(QStringLiteral("%1 vs %2").arg(forty).arg(two)));
    // On screen the chart fits its dock and scrolls its categories (tests/screens):
    // only printing and export take the whole height.
    QVERIFY(chart.minimumSizeHint().height() < forty);
    // Long names are elided, equal elided names kept apart.
    chart.showLevelMix(bureaus);
    QCOMPARE(chart.kind(), HyokaChart::Kind::LevelMix);
    const QImage image = chart.toImage(QSize(800, forty), 1.0);
    QVERIFY(!image.isNull());
    QCOMPARE(image.height(), forty);

    ChartData::ProjectList projects;
    for (int i = 0; i < 3; ++i) {
        ChartData::Project p;
        p.id = i + 1;
        p.code = QStringLiteral("0000000%1").arg(i);
        p.name = QStringLiteral("同じ長い名前の事業でとても長い名前が続く事業その%1").arg(i);
        p.budget = 1000 - i;
        projects.projects << p;
    }
    projects.total = 3;
    chart.showBureauProjects(kodomo, projects);
    QCOMPARE(chart.kind(), HyokaChart::Kind::BureauProjects);
}

void tst_ChartPanel::exportsWriteFiles()
{
    const auto shown = TestSupport::shownChartPanel(&m_db, std::nullopt, QSize(900, 600));
    QVERIFY(shown);
    ChartPanel &panel = *shown;
    QTemporaryDir dir;
    QString error;
    const QString pdf = dir.filePath(QStringLiteral("chart.pdf"));
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    QVERIFY2(panel.exportPdf(pdf, &error), qPrintable(error));
    QVERIFY2(panel.exportPng(png, &error), qPrintable(error));
    QVERIFY2(panel.exportSvg(svg, &error), qPrintable(error));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    QImage image(png);
    QVERIFY(image.width() >= 960);
    if (!qEnvironmentVariableIsEmpty("HYOKA_SNAPSHOT_DIR"))
        QFile::copy(svg, QDir(qEnvironmentVariable("HYOKA_SNAPSHOT_DIR")).filePath(QStringLiteral("chart.svg")));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QVERIFY(svgText.contains("<svg"));
    // Text stays text (Qt may split a label into runs by script: こども|未来局).
    QVERIFY(svgText.contains(somu.toUtf8()));
    QVERIFY(svgText.contains("Noto Sans CJK JP") || !QFontDatabase::hasFamily(QStringLiteral("Noto Sans CJK JP")));
    // A path that cannot be written fails with a message and leaves nothing behind.
    const QString bad = dir.filePath(QStringLiteral("missing/chart.pdf"));
    QVERIFY(!panel.exportPdf(bad, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(bad));
}

// Runs `open` (which shows a modal print preview), then reads the preview's page count
// and closes it.
// Runs `open` (which shows a modal print preview, for the report once its data is
// read), then reads the preview's page count and closes it.
static int previewPages(const std::function<void()> &open)
{
    int pages = -1;
    bool closed = false;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&pages, &closed, &poll] {
        QPrintPreviewDialog *dialog = nullptr;
        const QWidgetList widgets = QApplication::topLevelWidgets();
        for (QWidget *w : widgets) {
            if (auto *d = qobject_cast<QPrintPreviewDialog *>(w); d && d->isVisible())
                dialog = d;
        }
        if (!dialog)
            return;
        poll.stop();
        if (auto *preview = dialog->findChild<QPrintPreviewWidget *>())
            pages = preview->pageCount();
        const QString dir = qEnvironmentVariable("HYOKA_SNAPSHOT_DIR");
        if (!dir.isEmpty()) {
            dialog->resize(900, 700);
            QTest::qWait(50);
            dialog->grab().save(QDir(dir).filePath(QStringLiteral("preview-%1.png").arg(pages)));
        }
        dialog->reject();
        closed = true;
    });
    poll.start();
    open();
    if (!QTest::qWaitFor([&closed] { return closed; }, 30000))
        return -1;
    return pages;
}

void tst_ChartPanel::printPreviewsShowPages()
{
    const auto shown = TestSupport::shownChartPanel(&m_db);
    QVERIFY(shown);
    ChartPanel &panel = *shown;
    QCOMPARE(previewPages([&] { panel.printPreview(); }), 1);
    QVERIFY(previewPages([&] { panel.reportPreview(); }) >= 2);
}

QTEST_MAIN(tst_ChartPanel)
#include "tst_chartpanel.moc"

// Records of several cities and rating scales in one database (issue 14): the Kawasaki
// sample (levels), an A–D table with money of two years and a direction-word table.
// Facets grouped by scale and divisions under bureaus, the review rule per scale with
// thresholds changed through the settings, the rating-mix chart's data, the report,
// and no execution rate of amounts of two different years anywhere.
#include "chartdata.h"
#include "chartfixture.h"
#include "browsertest.h"
#include "chartpanel.h"
#include "facetmodel.h"
#include "hyokachart.h"
#include "recordbrowser.h"
#include "recordtablemodel.h"
#include "reportoptions.h"
#include "reportwriter.h"
#include "reviewsettingsdialog.h"

#include <QComboBox>
#include "levelcolors.h"
#include "mixedscales.h"
#include "recordquery.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "reviewrules.h"
#include "../shareddb/pgtestserver.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTranslator>
#include <QTemporaryDir>
#include <QTest>

using namespace Hyoka;

class tst_Scales : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void ratingFacetGroupedByScale_data() { backends(); }
    void ratingFacetGroupedByScale();
    void divisionsUnderBureaus_data() { backends(); }
    void divisionsUnderBureaus();
    void reviewPartPerScale_data();
    void reviewPartPerScale();
    void thresholdsChangedThroughSettings_data() { backends(); }
    void thresholdsChangedThroughSettings();
    void explanationNamesScaleAndStep();
    void ratingMixPerScale_data() { backends(); }
    void ratingMixPerScale();
    void noExecutionRateOfTwoYears();
    void gridShowsDivisionRatingAndYears();
    void ratingMixChart();
    void ratingSegmentSelectsThoseRecords();
    void reportNamesScales();
    void settingsDialogPerScale();

private:
    // The per-scale SQL runs on both backends (docs/ratings-and-money.md).
    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("SQLite") << u"sqlite"_qs;
        QTest::newRow("PostgreSQL") << u"postgresql"_qs;
    }
    // The mixed-scale database of the row's "backend" (backends()): init()'s SQLite file,
    // or a PostgreSQL database made once (`fresh`: a new one, for a test that writes).
    ReviewDatabase &database(bool fresh = false);

    QTemporaryDir *m_dir = nullptr;
    ReviewDatabase *m_db = nullptr;
    PgTestServer m_server;
    std::unique_ptr<ReviewDatabase> m_pg;
    std::unique_ptr<ReviewDatabase> m_pgFresh;
    int m_freshCount = 0;
};

void tst_Scales::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

ReviewDatabase &tst_Scales::database(bool fresh)
{
    QFETCH(QString, backend);
    if (backend != u"postgresql")
        return *m_db;
    std::unique_ptr<ReviewDatabase> &db = fresh ? m_pgFresh : m_pg;
    if (db && !fresh)
        return *db;
    db = std::make_unique<ReviewDatabase>();
    const QString spec = m_server.freshDatabase(u"scales%1"_qs.arg(fresh ? ++m_freshCount : 0));
    QString error;
    if (spec.isEmpty() || !db->open(spec, &error) || !MixedScales::importAll(*db, &error))
        qFatal("cannot make the PostgreSQL database %s: %s", qPrintable(spec), qPrintable(error));
    return *db;
}

void tst_Scales::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_db = new ReviewDatabase;
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("review.sqlite")), &error), qPrintable(error));
    QVERIFY2(MixedScales::importAll(*m_db, &error), qPrintable(error));
}

void tst_Scales::cleanup()
{
    delete m_db;
    m_db = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

static QStringList facetValues(const std::optional<QList<RecordQuery::FacetValue>> &values)
{
    if (!values)
        return { u"query failed"_qs };
    QStringList out;
    for (const RecordQuery::FacetValue &v : *values)
        out << v.value.toString().replace(u'\x1f', u':') + u'=' + QString::number(v.count);
    return out;
}

void tst_Scales::ratingFacetGroupedByScale()
{
    RecordQuery query(database());
    const QStringList values = facetValues(query.facet(RecordQuery::Facet::Rating, RecordFilter {}));
    // The sample's levels 1–5, then A–D, then the four direction steps: scale order, rank order.
    const qsizetype levels = values.indexOf(u"letter:1=1"_qs);
    QVERIFY2(levels >= 2, qPrintable(values.join(u' ')));
    QCOMPARE(values.mid(levels), (QStringList { u"letter:1=1"_qs, u"letter:2=1"_qs, u"letter:3=1"_qs,
                                           u"letter:4=1"_qs, u"direction:1=1"_qs, u"direction:2=1"_qs,
                                           u"direction:3=1"_qs, u"direction:4=1"_qs }));
    for (qsizetype i = 0; i < levels; ++i) {
        QVERIFY2(values.at(i).startsWith(u"level:"_qs), qPrintable(values.join(u' ')));
        if (i > 0)
            QVERIFY(values.at(i) > values.at(i - 1));
    }

    // Selecting a step filters in SQL: letter C and direction 廃止.
    RecordFilter filter;
    filter.ratings = { RecordFilter::ratingValue(u"letter"_qs, 3),
                       RecordFilter::ratingValue(u"direction"_qs, 4) };
    const auto ids = query.ids(filter);
    QVERIFY(ids);
    QCOMPARE(ids->size(), 2);
    // The facet's own selection is ignored for its counts; others see the filter.
    QCOMPARE(facetValues(query.facet(RecordQuery::Facet::Rating, filter)).size(), values.size());
    QCOMPARE(facetValues(query.facet(RecordQuery::Facet::FiscalYear, filter)),
             (QStringList { u"2024=1"_qs, u"2025=1"_qs }));
}

void tst_Scales::divisionsUnderBureaus()
{
    RecordQuery query(database());
    const QStringList values = facetValues(query.facet(RecordQuery::Facet::Bureau, RecordFilter {}));
    const qsizetype kumin = values.indexOf(u"区民部=4"_qs);
    QVERIFY2(kumin >= 0, qPrintable(values.join(u' ')));
    QCOMPARE(values.mid(kumin, 3), (QStringList { u"区民部=4"_qs, u"区民部:地域活動課=2"_qs,
                                                  u"区民部:戸籍住民課=2"_qs }));
    // The sample has no divisions: its bureaus have no rows under them.
    const qsizetype kodomo = values.indexOf(u"こども未来局=30"_qs);
    QVERIFY(kodomo >= 0);
    QVERIFY(!values.value(kodomo + 1).startsWith(u"こども未来局:"_qs));

    RecordFilter filter;
    filter.bureaus = { RecordFilter::divisionValue(u"区民部"_qs, u"地域活動課"_qs), u"市民生活部"_qs };
    const auto ids = query.ids(filter);
    QVERIFY(ids);
    QCOMPARE(ids->size(), 2 + 4);
}

void tst_Scales::reviewPartPerScale_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("scale");
    QTest::addColumn<int>("from");
    QTest::addColumn<QStringList>("names"); // the suggested records of that scale
    struct Case
    {
        const char *name;
        QString scale;
        int from;
        QStringList names;
    };
    const QList<Case> cases {
        { "letters, default C–D", u"letter"_qs, 3, { u"区民事業3"_qs, u"区民事業4"_qs } },
        { "letters, D only", u"letter"_qs, 4, { u"区民事業4"_qs } },
        { "letters, B–D", u"letter"_qs, 2, { u"区民事業2"_qs, u"区民事業3"_qs, u"区民事業4"_qs } },
        { "letters, off", u"letter"_qs, 0, {} },
        { "directions, default 見直し–廃止", u"direction"_qs, 3, { u"市民事業3"_qs, u"市民事業4"_qs } },
        { "directions, 廃止 only", u"direction"_qs, 4, { u"市民事業4"_qs } },
    };
    for (const char *backend : { "sqlite", "postgresql" }) {
        for (const Case &c : cases)
            QTest::addRow("%s: %s", backend, c.name) << QString::fromLatin1(backend) << c.scale << c.from << c.names;
    }
}

// The names of the records of `scale` that level_below_target suggests, by the SQL form
// of the rule and by the grid's rows (the two must agree).
static QStringList suggestedNames(const ReviewDatabase &db, const QString &scale, const RuleSettings &s)
{
    RecordQuery query(db);
    RecordFilter filter;
    filter.ruleSettings = s;
    filter.suggested = { true };
    const auto ids = query.ids(filter);
    if (!ids)
        return { u"query failed"_qs };
    const auto rows = query.rows(*ids, s);
    if (!rows)
        return { u"query failed"_qs };
    QStringList names;
    for (const RecordRow &row : *rows) {
        if (row.ratingScale != scale || !row.suggestions.contains(u"level_below_target"_qs))
            continue;
        names << row.name;
    }
    // Rows the SQL did not select must not fire either.
    filter.suggested = { false };
    const auto others = query.ids(filter);
    const auto otherRows = others ? query.rows(*others, s) : std::nullopt;
    if (!otherRows)
        return { u"query failed"_qs };
    for (const RecordRow &row : *otherRows) {
        if (!row.suggestions.isEmpty())
            names << u"disagree: "_qs + row.name;
    }
    names.sort();
    return names;
}

void tst_Scales::reviewPartPerScale()
{
    QFETCH(QString, scale);
    QFETCH(int, from);
    QFETCH(QStringList, names);
    const ReviewDatabase &db = database();
    RuleSettings s;
    s.disabledRules = { u"execution_rate_low"_qs, u"execution_rate_high"_qs,
                        u"self_rating_inconsistent"_qs, u"indicator_unit_mismatch"_qs };
    s.reviewFromRank.insert(scale, from);
    QCOMPARE(suggestedNames(db, scale, s), names);
    // The levels keep their own threshold: 4–5 of the sample whatever the other scales say.
    RuleSettings defaults;
    defaults.disabledRules = s.disabledRules;
    QCOMPARE(suggestedNames(db, u"level"_qs, s), suggestedNames(db, u"level"_qs, defaults));
}

void tst_Scales::thresholdsChangedThroughSettings()
{
    ReviewDatabase &db = database(true);
    QString error;
    RuleSettings s = ReviewRules::loadSettings(db, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(s.reviewFrom(u"letter"_qs), 3);
    QCOMPARE(s.reviewFrom(u"direction"_qs), 3);
    QCOMPARE(s.reviewFrom(u"level"_qs), 4);
    QCOMPARE(s.reviewFrom(u"numbered"_qs), 0);
    s.reviewFromRank.insert(u"letter"_qs, 4);
    s.reviewFromRank.insert(u"direction"_qs, 0);
    s.belowTargetLevel = 5;
    QVERIFY2(ReviewRules::saveSettings(db, s, &error), qPrintable(error));
    const RuleSettings loaded = ReviewRules::loadSettings(db, &error);
    QCOMPARE(loaded, s);
    QCOMPARE(loaded.reviewFrom(u"direction"_qs), 0); // "not reviewed" survives a reload
    QCOMPARE(suggestedNames(db, u"letter"_qs, loaded).filter(u"区民"_qs), QStringList { u"区民事業4"_qs });
    QVERIFY(suggestedNames(db, u"direction"_qs, loaded).filter(u"level_below"_qs).isEmpty());

    RuleSettings bad;
    bad.reviewFromRank.insert(u"letter"_qs, -1);
    QVERIFY(!ReviewRules::saveSettings(db, bad, &error));
    QVERIFY(error.contains(u"letter grade"_qs));
}

void tst_Scales::explanationNamesScaleAndStep()
{
    const QList<Record> letters = MixedScales::letterRecords();
    const QList<ReviewRules::Finding> c = ReviewRules::explain(letters.at(2));
    QCOMPARE(c.size(), 1);
    QCOMPARE(c.constFirst().ruleId, u"level_below_target"_qs);
    QCOMPARE(c.constFirst().details,
             QStringList { u"letter grade C 縮小する事業 (review part C–D of A–D)"_qs });
    QVERIFY(ReviewRules::explain(letters.at(1)).isEmpty());

    const QList<Record> directions = MixedScales::directionRecords();
    const QList<ReviewRules::Finding> cut = ReviewRules::explain(directions.at(2));
    QCOMPARE(cut.constFirst().details.constFirst(), u"direction 見直し (縮小) (review part 見直し–廃止)"_qs);
    const QString description = ReviewRules::ruleDescription(u"level_below_target"_qs);
    QVERIFY2(description.contains(u"achievement level 4 or worse"_qs), qPrintable(description));
    QVERIFY2(description.contains(u"letter grade C–D of A–D"_qs), qPrintable(description));
}

void tst_Scales::ratingMixPerScale()
{
    const auto mix = ChartData(database()).ratingMix(RecordFilter {});
    QVERIFY(mix);
    QStringList rows;
    for (const ChartData::RatingMix &m : *mix) {
        QStringList counts;
        for (qint64 n : m.counts)
            counts << QString::number(n);
        rows << m.bureau + u'/' + m.scale + u'/' + counts.join(u',');
    }
    // Storage order of the bureaus; each bureau's own scale; steps in scale order.
    QCOMPARE(rows.size(), 4);
    QVERIFY2(rows.at(0).startsWith(u"こども未来局/level/"_qs), qPrintable(rows.join(u' ')));
    QVERIFY(rows.at(1).startsWith(u"総務企画局/level/"_qs));
    QCOMPARE(rows.at(2), u"区民部/letter/1,1,1,1"_qs);
    QCOMPARE(rows.at(3), u"市民生活部/direction/1,1,1,1"_qs);
    QCOMPARE(mix->at(3).labels.at(1), u"現状どおり継続"_qs);
    qint64 levels = 0;
    for (int i = 0; i < 2; ++i)
        levels += mix->at(i).total();
    QCOMPARE(levels, 38);
}

void tst_Scales::noExecutionRateOfTwoYears()
{
    // The A–D table: a 2025 budget and a 2024 settlement, never divided.
    RecordQuery query(*m_db);
    RecordFilter filter;
    filter.bureaus = { u"区民部"_qs };
    const auto ids = query.ids(filter);
    QVERIFY(ids);
    QCOMPARE(ids->size(), 4);
    const auto rows = query.rows(*ids);
    QVERIFY(rows);
    for (const RecordRow &row : *rows) {
        QVERIFY(!row.executionRate);
        QVERIFY(!row.settlement);
        QVERIFY(!row.suggestions.contains(u"execution_rate_low"_qs));
        QVERIFY(!row.suggestions.contains(u"execution_rate_high"_qs));
    }
    for (const Record &r : MixedScales::letterRecords())
        QVERIFY(!r.executionRate());

    const auto totals = ChartData(*m_db).bureauTotals(filter);
    QVERIFY(totals);
    QCOMPARE(totals->size(), 1);
    const ChartData::BureauTotals &t = totals->constFirst();
    QVERIFY(!t.executionRate());
    QVERIFY(t.hasOtherYears());
    QCOMPARE(t.budgetOfYear.fiscalYear, 2025);
    QCOMPARE(t.budgetOfYear.amount, 1200 * (1 + 2 + 3 + 4));
    QCOMPARE(t.settlementOfYear.fiscalYear, 2024);
    QCOMPARE(t.settlementOfYear.amount, 1000 * (1 + 2 + 3 + 4));
    const auto points = ChartData(*m_db).scatterPoints(filter);
    QVERIFY(points);
    QCOMPARE(points->total, 0);

    // The direction table has same-year pairs: rates, the rules, no "other years".
    filter.bureaus = { u"市民生活部"_qs };
    const auto paired = ChartData(*m_db).bureauTotals(filter);
    QVERIFY(paired && paired->size() == 1);
    QVERIFY(!paired->constFirst().hasOtherYears());
    QCOMPARE(*paired->constFirst().executionRate(), (950.0 + 1000 + 500 + 1500) / 4000.0);
    QCOMPARE(ChartData(*m_db).scatterPoints(filter)->total, 4);
}

// Where screenshots go when HYOKA_SCREENSHOT_DIR is set (docs/screenshots/ was made so).
static void saveScreenshot(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("HYOKA_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(image.save(QDir(dir).filePath(name)));
}

void tst_Scales::gridShowsDivisionRatingAndYears()
{
    // The window's browser: ids and rows read on its worker, waited for.
    RecordBrowser browser;
    RecordTableModel &model = *browser.tableModel();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FacetModel *bureaus = browser.facetModel(RecordQuery::Facet::Bureau);
    bureaus->setSelectedValues({ u"区民部"_qs, u"市民生活部"_qs, u"総務企画局"_qs });
    browser.setDatabase(m_db);
    QVERIFY(TestSupport::waitForBrowser(&browser));
    QCOMPARE(model.rowCount(), 8 + 4 + 4);
    int letterC = -1;
    int cut = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString name = model.index(row, RecordTableModel::NameColumn).data().toString();
        letterC = name == u"区民事業3" ? row : letterC;
        cut = name == u"市民事業3" ? row : cut;
    }
    QVERIFY(letterC >= 0 && cut >= 0);
    auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(letterC, RecordTableModel::BureauColumn).toString(), u"区民部"_qs);
    QCOMPARE(cell(letterC, RecordTableModel::DivisionColumn).toString(), u"地域活動課"_qs);
    QCOMPARE(cell(letterC, RecordTableModel::RatingColumn).toString(), u"C 縮小する事業"_qs);
    QVERIFY(cell(letterC, RecordTableModel::RatingColumn, Qt::BackgroundRole).value<QColor>().isValid());
    QVERIFY(cell(letterC, RecordTableModel::RatingColumn, Qt::ToolTipRole).toString().contains(u"step 3 of 4"_qs));
    // Its settlement is of 2024, its budget of 2025: shown with the year, no rate.
    QCOMPARE(cell(letterC, RecordTableModel::SettlementColumn).toString(), u"3,000 (FY2024)"_qs);
    QCOMPARE(cell(letterC, RecordTableModel::BudgetColumn).toString(), u"3,600"_qs);
    QVERIFY(cell(letterC, RecordTableModel::ExecutionRateColumn).toString().isEmpty());
    QVERIFY(cell(letterC, RecordTableModel::ExecutionRateColumn, RecordTableModel::RawValueRole).isNull());
    // The direction record has a same-year pair: a rate, and the rule says scale and step.
    QCOMPARE(cell(cut, RecordTableModel::ExecutionRateColumn).toString(), u"50.0%"_qs);
    const QString tip = cell(cut, RecordTableModel::SuggestionsColumn, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"direction 見直し (縮小)"_qs), qPrintable(tip));
    // Steps of different scales are coloured on their own scale: C of A–D like level 4.
    QCOMPARE(LevelColors::ratingLevel(u"letter"_qs, 3, 4), 4);
    QCOMPARE(LevelColors::ratingLevel(u"direction"_qs, 4, 4), 5);
    QCOMPARE(LevelColors::ratingLevel(u"level"_qs, 2, 5), 2);

    QTableView view;
    view.setModel(&model);
    view.resize(1366, 420);
    view.horizontalHeader()->moveSection(view.horizontalHeader()->visualIndex(RecordTableModel::DivisionColumn), 2);
    view.horizontalHeader()->moveSection(view.horizontalHeader()->visualIndex(RecordTableModel::RatingColumn), 3);
    for (int c : { int(RecordTableModel::CategoryColumn), int(RecordTableModel::CodeColumn),
                   int(RecordTableModel::RefPageColumn), int(RecordTableModel::NoColumn) })
        view.setColumnHidden(c, true);
    view.resizeColumnsToContents();
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    saveScreenshot(view.grab().toImage(), u"mixed-scales-grid.png"_qs);
}

void tst_Scales::ratingMixChart()
{
    const auto mix = ChartData(*m_db).ratingMix(RecordFilter {});
    QVERIFY(mix);
    HyokaChart chart;
    chart.resize(900, 560);
    chart.showRatingMix(*mix);
    QCOMPARE(chart.kind(), HyokaChart::Kind::RatingMix);
    const QStringList texts = chart.texts();
    const QString all = texts.join(u'\n');
    // One legend entry per step, each scale's steps in order, the scale named.
    for (const QString &step : { u"letter grade: A"_qs, u"letter grade: D"_qs, u"direction: 拡充"_qs,
                                 u"direction: 廃止"_qs })
        QVERIFY2(all.contains(step), qPrintable(all));
    QVERIFY(all.indexOf(u"letter grade: A"_qs) < all.indexOf(u"letter grade: B"_qs));
    QVERIFY(all.indexOf(u"direction: 継続"_qs) < all.indexOf(u"direction: 見直し"_qs));
    QVERIFY(all.contains(u"Ratings by bureau and scale"_qs));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    saveScreenshot(chart.toImage(QSize(900, 560), 1.0), u"rating-mix-chart.png"_qs);

    // The budget chart: 区民部 has no same-year pair, its two years are labelled.
    const auto totals = ChartData(*m_db).bureauTotals(RecordFilter {});
    QVERIFY(totals);
    chart.showBureauTotals(*totals);
    QVERIFY2(chart.texts().join(u' ').contains(u"budget FY2025 · settlement FY2024"_qs),
             qPrintable(chart.texts().join(u' ')));
}

// The chart dock on the mixed database: its chooser offers the ratings chart, which
// shows each bureau on its own scale; a click on a segment selects that bureau's
// records at that step (RecordFilter::ratings), whatever the scale.
void tst_Scales::ratingSegmentSelectsThoseRecords()
{
    const auto shown = TestSupport::shownChartPanel(m_db, ChartPanel::Chart::LevelMix, QSize(1000, 700));
    QVERIFY(shown);
    ChartPanel &panel = *shown;
    auto *combo = panel.findChild<QComboBox *>(QStringLiteral("chartCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), u"Ratings by bureau"_qs);
    HyokaChart *chart = panel.chart();
    QCOMPARE(chart->kind(), HyokaChart::Kind::RatingMix);
    const QList<QPair<QString, int>> steps = chart->ratingSteps();
    QVERIFY(steps.contains(qMakePair(u"letter"_qs, 4)));
    QVERIFY(steps.contains(qMakePair(u"direction"_qs, 1)));
    const auto mix = ChartData(*m_db).ratingMix(RecordFilter {});
    QVERIFY(mix);
    QSignalSpy spy(&panel, &ChartPanel::recordsActivated);
    struct Case
    {
        QString bureau;
        QString scale;
        int rank;
    };
    for (const Case &c : { Case { u"区民部"_qs, u"letter"_qs, 4 }, Case { u"区民部"_qs, u"letter"_qs, 1 },
                           Case { u"市民生活部"_qs, u"direction"_qs, 3 } }) {
        int category = -1;
        for (int i = 0; i < mix->size(); ++i)
            category = mix->at(i).bureau == c.bureau ? i : category;
        QVERIFY(category >= 0);
        const int set = int(steps.indexOf(qMakePair(c.scale, c.rank)));
        QVERIFY(set >= 0);
        const QPoint at = chart->itemPosition(category, set);
        QVERIFY(chart->viewport()->rect().contains(at));
        spy.clear();
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(spy.size(), 1); // read on the read service
        const QList<qint64> ids = spy.at(0).at(0).value<QList<qint64>>();
        QCOMPARE(ids.size(), 1); // each step holds one record of that bureau
        QSqlQuery q(m_db->database());
        q.prepare(u"SELECT bureau, rating_scale, rating_rank FROM records WHERE id = ?"_qs);
        q.addBindValue(ids.constFirst());
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), c.bureau);
        QCOMPARE(q.value(1).toString(), c.scale);
        QCOMPARE(q.value(2).toInt(), c.rank);
    }
}

void tst_Scales::reportNamesScales()
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_qs);
    if (pdftotext.isEmpty())
        QSKIP("poppler-utils (pdftotext) is not installed");
    ReportOptions options;
    const QString pdf = m_dir->filePath(u"report.pdf"_qs);
    QString error;
    QVERIFY2(ReportWriter::writePdf(*m_db, options, pdf, &error), qPrintable(error));
    QProcess p;
    p.start(pdftotext, { u"-layout"_qs, pdf, u"-"_qs });
    QVERIFY(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    QVERIFY2(text.contains(u"区民部 (4, letter grade)"_qs), qPrintable(text.left(3000)));
    QVERIFY(text.contains(u"市民生活部 (4, direction)"_qs));
    QVERIFY(text.contains(u"こども未来局 (30, achievement level)"_qs));
    QVERIFY(text.contains(u"Ratings by bureau and scale"_qs));
    // The review list by scale: levels, then letters, then directions.
    const qsizetype levels = text.indexOf(u"総務企画局 (achievement level) —"_qs);
    const qsizetype letters = text.indexOf(u"区民部 (letter grade) — 2 project(s)"_qs);
    const qsizetype directions = text.indexOf(u"市民生活部 (direction) —"_qs);
    QVERIFY2(levels >= 0 && letters > levels && directions > letters, qPrintable(text.right(3000)));
    const QString keep = qEnvironmentVariable("HYOKA_SCREENSHOT_DIR");
    if (!keep.isEmpty())
        QFile::copy(pdf, QDir(keep).filePath(u"mixed-report.pdf"_qs));
}

void tst_Scales::settingsDialogPerScale()
{
    QString error;
    ReviewSettingsDialog dialog;
    dialog.setSettings(ReviewRules::loadSettings(*m_db, &error));
    dialog.setCounter([this](const RuleSettings &s, const std::function<void(qint64)> &answer) {
        answer(qint64(TestSupport::suggestedIds(*m_db, s).value_or(QList<qint64> {}).size()));
    });
    auto *letters = dialog.findChild<QComboBox *>(u"letterReviewFromCombo"_qs);
    auto *directions = dialog.findChild<QComboBox *>(u"directionReviewFromCombo"_qs);
    QVERIFY(letters && directions);
    QCOMPARE(letters->currentData().toInt(), 3);
    QCOMPARE(letters->currentText(), u"C–D of A–D"_qs);
    QCOMPARE(directions->currentText(), u"見直し–廃止"_qs);
    const qint64 before = TestSupport::suggestedIds(*m_db, dialog.settings())->size();
    const QString countBefore = dialog.countText();
    // D only for letters, directions not reviewed: one record fewer suggested (letter C;
    // the direction records 見直し and 廃止 still fire their low and high execution rates).
    letters->setCurrentIndex(letters->findData(4));
    directions->setCurrentIndex(directions->findData(0));
    const RuleSettings s = dialog.settings();
    QCOMPARE(s.reviewFrom(u"letter"_qs), 4);
    QCOMPARE(s.reviewFrom(u"direction"_qs), 0);
    QCOMPARE(TestSupport::suggestedIds(*m_db, s)->size(), before - 1);
    QVERIFY(dialog.countText() != countBefore);
    QVERIFY2(ReviewRules::saveSettings(*m_db, s, &error), qPrintable(error));
    QCOMPARE(ReviewRules::loadSettings(*m_db), s);
    ReviewSettingsDialog again;
    again.setSettings(ReviewRules::loadSettings(*m_db));
    QCOMPARE(again.findChild<QComboBox *>(u"letterReviewFromCombo"_qs)->currentData().toInt(), 4);
    QCOMPARE(again.settings(), s);
}

QTEST_MAIN(tst_Scales)
#include "tst_scales.moc"

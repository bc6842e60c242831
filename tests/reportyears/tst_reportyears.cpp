// The report's changes since last year (docs/charts-and-report.md): on a database of
// two fiscal years, each bureau's page lists the projects new, ended, rated worse and
// below target again (YearChanges, asserted by name), with its money per year as a
// chart (HyokaChart::Kind::YearTrend); a report over one fiscal year has no such page;
// `hyoka report` of two files has it too. With HYOKA_SNAPSHOT_DIR set, the two-year
// report is also rendered there page by page.
#include "chartfixture.h"
#include "chartpanel.h"
#include "hyokachart.h"
#include "hyokaprocess.h"
#include "../shareddb/pgtestserver.h"
#include "recordstore.h"
#include "reportwriter.h"
#include "reviewdatabase.h"
#include "testrecords.h"
#include "twoyears.h"
#include "yearchanges.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Hyoka;
using namespace Hyoka::TestSupport;

namespace {

const QString kodomo = QStringLiteral("こども未来局");
const QString somu = QStringLiteral("総務企画局");

// Fiscal 2022 from kawasaki2021(). こども未来局: 20103040 below target again, 20104020 worse
// (3 → 4, budget +50 %), 20104040 worse (2 → 3), 20101040 ended, 20109999 new.
// 総務企画局: 50101060 ended, 10109999 new, 40205030 renamed under a new code (a
// similar name: the same project, neither new nor ended).
QList<Record> year2022()
{
    QList<Record> records = inYear(kawasaki2021(), 2022);
    Record *worse = findRecord(records, QStringLiteral("20104020"));
    setLevel(*worse, 4);
    worse->budget = *worse->budget * 3 / 2;
    setLevel(*findRecord(records, QStringLiteral("20104040")), 3);
    Record *renamed = findRecord(records, QStringLiteral("40205030"));
    *renamed = recoded(*renamed, QStringLiteral("40205099"), QStringLiteral("電子申請推進事業（拡充）"));
    const Record childNew = recoded(*findRecord(records, QStringLiteral("20101010")),
                                    QStringLiteral("20109999"), QStringLiteral("こども食堂支援事業"));
    const Record somuNew = recoded(*findRecord(records, QStringLiteral("10101070")),
                                   QStringLiteral("10109999"), QStringLiteral("庁内デジタル人材育成事業"));
    records.removeIf([](const Record &r) { return r.code == u"50101060" || r.code == u"20101040"; });
    records << childNew << somuNew;
    return records;
}

QStringList names(const YearChanges::List &list)
{
    QStringList n;
    for (const YearChanges::Item &item : list.items)
        n << item.name;
    n.sort();
    return n;
}

} // namespace

class tst_ReportYears : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void changesByBureau_data();
    void changesByBureau();
    void listsAreCapped();
    void postgresqlAgrees();
    void trendChart();
    void chartPanelShowsTheYears();
    void pageListsTheChanges_data();
    void pageListsTheChanges();
    void oneYearHasNoPage_data();
    void oneYearHasNoPage();
    void commandLineReport();

private:
    static QString tool(const QString &name);
    static QString run(const QString &program, const QStringList &args);
    static QString text(const QString &pdf);
    // The text of the changes section (between its heading and the review list's).
    static QString changesSection(const QString &body);
    const YearChanges::Bureau *bureau(const QString &name) const;

    QTemporaryDir m_dir;
    ReviewDatabase m_twoYears;
    ReviewDatabase m_oneYear;
    QList<YearChanges::Bureau> m_changes;
    QString m_body; // the two-year report's text
};

void tst_ReportYears::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (tool(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils (pdftotext) is not installed");
    QString error;
    QVERIFY2(m_twoYears.open(m_dir.filePath(QStringLiteral("two.sqlite")), &error), qPrintable(error));
    RecordStore store(m_twoYears);
    ImportResult r = store.importRecords(kawasaki2021(), QStringLiteral("kawasaki_r3.md"));
    QVERIFY2(r.ok, qPrintable(r.error));
    r = store.importRecords(year2022(), QStringLiteral("kawasaki_r4.md"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY2(m_oneYear.open(m_dir.filePath(QStringLiteral("one.sqlite")), &error), qPrintable(error));
    r = RecordStore(m_oneYear).importRecords(kawasaki2021(), QStringLiteral("kawasaki_r3.md"));
    QVERIFY2(r.ok, qPrintable(r.error));

    const std::optional<QList<YearChanges::Bureau>> read = YearChanges(m_twoYears).read({}, 100, 4, &error);
    QVERIFY2(read, qPrintable(error));
    m_changes = *read;

    const QString pdf = m_dir.filePath(QStringLiteral("two.pdf"));
    ReportOptions options;
    options.date = QDate(2023, 3, 31);
    QVERIFY2(ReportWriter::writePdf(m_twoYears, options, pdf, &error), qPrintable(error));
    m_body = text(pdf);
    const QString dir = qEnvironmentVariable("HYOKA_SNAPSHOT_DIR");
    const QString pdftoppm = tool(QStringLiteral("pdftoppm"));
    if (!dir.isEmpty() && !pdftoppm.isEmpty()) {
        QDir().mkpath(dir);
        QFile::remove(QDir(dir).filePath(QStringLiteral("report-years.pdf")));
        QFile::copy(pdf, QDir(dir).filePath(QStringLiteral("report-years.pdf")));
        run(pdftoppm, { QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"), pdf,
                        QDir(dir).filePath(QStringLiteral("report-years")) });
    }
}

void tst_ReportYears::cleanupTestCase()
{
    m_twoYears.close();
    m_oneYear.close();
}

QString tst_ReportYears::tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

QString tst_ReportYears::run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString tst_ReportYears::text(const QString &pdf)
{
    return run(tool(QStringLiteral("pdftotext")), { pdf, QStringLiteral("-") });
}

QString tst_ReportYears::changesSection(const QString &body)
{
    const qsizetype start = body.indexOf(QStringLiteral("3. Changes since the previous fiscal year"));
    // (The cover's contents name both too, on wrapped lines.)
    const qsizetype end = body.indexOf(QStringLiteral("4. Flagged and suggested projects"), start);
    if (start < 0 || end < start)
        return QString();
    return body.mid(start, end - start);
}

const YearChanges::Bureau *tst_ReportYears::bureau(const QString &name) const
{
    for (const YearChanges::Bureau &b : m_changes) {
        if (b.bureau == name)
            return &b;
    }
    return nullptr;
}

void tst_ReportYears::changesByBureau_data()
{
    QTest::addColumn<QString>("bureauName");
    QTest::addColumn<QStringList>("added");
    QTest::addColumn<QStringList>("ended");
    QTest::addColumn<QStringList>("worse");
    QTest::addColumn<QStringList>("repeated");
    QTest::newRow("こども未来局")
            << kodomo << QStringList { QStringLiteral("こども食堂支援事業") }
            << QStringList { QStringLiteral("児童福祉施設等の指導・監査") }
            << QStringList { QStringLiteral("児童相談所運営事業"), QStringLiteral("児童養護施設等運営事業") }
            << QStringList { QStringLiteral("こども文化センター運営事業") };
    // The renamed 電子申請推進事業 continues its project: neither new nor ended.
    QTest::newRow("総務企画局") << somu << QStringList { QStringLiteral("庁内デジタル人材育成事業") }
                           << QStringList { QStringLiteral("地方分権改革推進事業") } << QStringList()
                           << QStringList();
}

void tst_ReportYears::changesByBureau()
{
    QFETCH(QString, bureauName);
    QFETCH(QStringList, added);
    QFETCH(QStringList, ended);
    QFETCH(QStringList, worse);
    QFETCH(QStringList, repeated);
    const YearChanges::Bureau *b = bureau(bureauName);
    QVERIFY(b);
    QCOMPARE(b->year, 2022);
    QCOMPARE(b->prevYear, 2021);
    QCOMPARE(names(b->added), added);
    QCOMPARE(names(b->ended), ended);
    QCOMPARE(names(b->worse), worse);
    QCOMPARE(names(b->repeated), repeated);
    QCOMPARE(b->added.total, qint64(added.size()));
    QCOMPARE(b->worse.total, qint64(worse.size()));
    // The numbers behind them: the worse project's ratings and budgets of both years.
    for (const YearChanges::Item &item : b->worse.items) {
        if (item.code != u"20104020")
            continue;
        QCOMPARE(item.prevYear, 2021);
        QCOMPARE(item.prevRating, QStringLiteral("3"));
        QCOMPARE(item.rating, QStringLiteral("4"));
        QVERIFY(item.prevBudget && item.budget);
        QCOMPARE(*item.budget, *item.prevBudget * 3 / 2);
    }
    // An ended project's figures are those of its last year.
    for (const YearChanges::Item &item : b->ended.items)
        QCOMPARE(item.fiscalYear, 2021);
}

void tst_ReportYears::listsAreCapped()
{
    QString error;
    const std::optional<QList<YearChanges::Bureau>> read = YearChanges(m_twoYears).read({}, 1, 4, &error);
    QVERIFY2(read, qPrintable(error));
    const YearChanges::Bureau &b = read->constFirst();
    QCOMPARE(b.bureau, kodomo);
    QCOMPARE(b.worse.items.size(), 1);
    QCOMPARE(b.worse.total, 2);
    QCOMPARE(b.worse.more(), 1);
    // Largest budget first: 児童養護施設等運営事業's (3,641,946) before 児童相談所運営事業's
    // (914,959 after its rise).
    QCOMPARE(b.worse.items.constFirst().code, QStringLiteral("20104040"));
    // A database that cannot answer: nothing, and why.
    const ReviewDatabase closed;
    error.clear();
    QVERIFY(!YearChanges(closed).read({}, 1, 4, &error));
    QVERIFY(!error.isEmpty());

    ReportOptions options;
    options.maxChangeEntries = 1;
    const QString pdf = m_dir.filePath(QStringLiteral("capped.pdf"));
    QVERIFY2(ReportWriter::writePdf(m_twoYears, options, pdf, &error), qPrintable(error));
    const QString section = changesSection(text(pdf));
    QVERIFY(section.contains(QStringLiteral("and 1 more")));
    QVERIFY(section.contains(QStringLiteral("児童養護施設等運営事業")));
    QVERIFY(!section.contains(QStringLiteral("児童相談所運営事業")));
}

// The same statements on PostgreSQL (window functions, NULLs last, CTEs) give the
// same lists and the same money per year.
void tst_ReportYears::postgresqlAgrees()
{
    PgTestServer server;
    QString error;
    if (!server.start(&error))
        QSKIP(qPrintable(QStringLiteral("no PostgreSQL server: ") + error));
    ReviewDatabase pg;
    QVERIFY2(pg.open(server.url(), &error), qPrintable(error));
    RecordStore store(pg);
    ImportResult r = store.importRecords(kawasaki2021(), QStringLiteral("kawasaki_r3.md"));
    QVERIFY2(r.ok, qPrintable(r.error));
    r = store.importRecords(year2022(), QStringLiteral("kawasaki_r4.md"));
    QVERIFY2(r.ok, qPrintable(r.error));
    const std::optional<QList<YearChanges::Bureau>> read = YearChanges(pg).read({}, 100, 4, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->size(), m_changes.size());
    for (qsizetype i = 0; i < read->size(); ++i) {
        const YearChanges::Bureau &a = read->at(i);
        const YearChanges::Bureau &b = m_changes.at(i);
        QCOMPARE(a.bureau, b.bureau);
        QCOMPARE(a.prevYear, b.prevYear);
        QCOMPARE(names(a.added), names(b.added));
        QCOMPARE(names(a.ended), names(b.ended));
        QCOMPARE(names(a.worse), names(b.worse));
        QCOMPARE(names(a.repeated), names(b.repeated));
    }
    const std::optional<QList<ChartData::YearTotals>> pgYears = ChartData(pg).bureauYearTotals({}, &error);
    QVERIFY2(pgYears, qPrintable(error));
    const std::optional<QList<ChartData::YearTotals>> years = ChartData(m_twoYears).bureauYearTotals({});
    QVERIFY(years);
    QCOMPARE(pgYears->size(), years->size());
    for (qsizetype i = 0; i < years->size(); ++i) {
        QCOMPARE(pgYears->at(i).totals.bureau, years->at(i).totals.bureau);
        QCOMPARE(pgYears->at(i).fiscalYear, years->at(i).fiscalYear);
        QCOMPARE(pgYears->at(i).totals.budget, years->at(i).totals.budget);
    }
    pg.close();
}

void tst_ReportYears::trendChart()
{
    const std::optional<QList<ChartData::YearTotals>> years = ChartData(m_twoYears).bureauYearTotals({});
    QVERIFY(years);
    QList<ChartData::YearTotals> kodomoYears;
    for (const ChartData::YearTotals &y : *years) {
        if (y.totals.bureau == kodomo)
            kodomoYears << y;
    }
    QCOMPARE(kodomoYears.size(), 2);
    QCOMPARE(kodomoYears.at(0).fiscalYear, 2021);
    QCOMPARE(kodomoYears.at(1).fiscalYear, 2022);
    // The seed's こども未来局 total, then 2022's: 20104020 up by half, 20101040 gone,
    // 20109999 (20101010's figures) added.
    QCOMPARE(kodomoYears.at(0).totals.budget, Q_INT64_C(122523602));
    QCOMPARE(kodomoYears.at(0).totals.projects, 30);
    QCOMPARE(kodomoYears.at(1).totals.projects, 30);
    QVERIFY(kodomoYears.at(1).totals.budget > kodomoYears.at(0).totals.budget);

    HyokaChart chart;
    chart.resize(700, 400);
    chart.showYearTrend(kodomo, kodomoYears);
    QCOMPARE(chart.kind(), HyokaChart::Kind::YearTrend);
    QVERIFY(chart.title().contains(kodomo));
    const QString texts = chart.texts().join(u'\n');
    QVERIFY2(texts.contains(QStringLiteral("FY2021")) && texts.contains(QStringLiteral("FY2022")),
             qPrintable(texts));
    // The oldest year on top: its budget bar above the newer year's.
    QVERIFY(chart.itemPosition(0).y() < chart.itemPosition(1).y());
    QVERIFY(chart.requiredHeight() > 0);
}

// The window's chart panel offers the same chart for the bureau chosen.
void tst_ReportYears::chartPanelShowsTheYears()
{
    const auto shown = TestSupport::shownChartPanel(&m_twoYears, ChartPanel::Chart::YearTrend,
                                                    QSize(900, 640));
    QVERIFY(shown);
    ChartPanel &panel = *shown;
    QCOMPARE(panel.chart()->kind(), HyokaChart::Kind::YearTrend);
    QCOMPARE(panel.currentBureau(), kodomo);
    QVERIFY(panel.chart()->title().contains(kodomo));
    QVERIFY(panel.chart()->texts().join(u'\n').contains(QStringLiteral("FY2022")));
    const QString dir = qEnvironmentVariable("HYOKA_SNAPSHOT_DIR");
    if (!dir.isEmpty())
        panel.grab().save(QDir(dir).filePath(QStringLiteral("chart-years.png")));
    panel.setCurrentBureau(somu);
    QVERIFY(TestSupport::waitForFigures(panel));
    QVERIFY(panel.chart()->title().contains(somu));
    // One year chosen in the filter: one pair of bars.
    RecordFilter filter;
    filter.fiscalYears = { 2021 };
    panel.setFilter(filter);
    QVERIFY(TestSupport::waitForFigures(panel));
    const QString texts = panel.chart()->texts().join(u'\n');
    QVERIFY(texts.contains(QStringLiteral("FY2021")));
    QVERIFY(!texts.contains(QStringLiteral("FY2022")));
}

void tst_ReportYears::pageListsTheChanges_data()
{
    QTest::addColumn<QString>("bureauName");
    QTest::addColumn<QString>("list");    // the title the list starts with
    QTest::addColumn<QString>("project");
    QTest::newRow("new こども") << kodomo << QStringLiteral("New in") << QStringLiteral("こども食堂支援事業");
    QTest::newRow("ended こども") << kodomo << QStringLiteral("Ended:") << QStringLiteral("児童福祉施設等の指導・監査");
    QTest::newRow("worse 3→4") << kodomo << QStringLiteral("Rated worse") << QStringLiteral("児童相談所運営事業");
    QTest::newRow("worse 2→3") << kodomo << QStringLiteral("Rated worse") << QStringLiteral("児童養護施設等運営事業");
    QTest::newRow("repeated") << kodomo << QStringLiteral("Below target again")
                              << QStringLiteral("こども文化センター運営事業");
    QTest::newRow("new 総務") << somu << QStringLiteral("New in") << QStringLiteral("庁内デジタル人材育成事業");
    QTest::newRow("ended 総務") << somu << QStringLiteral("Ended:") << QStringLiteral("地方分権改革推進事業");
}

void tst_ReportYears::pageListsTheChanges()
{
    QFETCH(QString, bureauName);
    QFETCH(QString, list);
    QFETCH(QString, project);
    const QString section = changesSection(m_body);
    QVERIFY2(!section.isEmpty(), qPrintable(m_body.left(3000)));
    // The bureau's part: from its heading to the next bureau's.
    const QString heading = bureauName + QStringLiteral(": FY2022");
    const qsizetype start = section.indexOf(heading);
    QVERIFY2(start >= 0, qPrintable(section.left(2000)));
    const qsizetype next = section.indexOf(QStringLiteral(": FY2022"), start + heading.size());
    const QString part = section.mid(start, next < 0 ? -1 : next - start);
    // The project between its list's title and the next list's.
    const QStringList titles { QStringLiteral("New in"), QStringLiteral("Ended:"),
                               QStringLiteral("Rated worse"), QStringLiteral("Below target again") };
    const qsizetype from = part.indexOf(list);
    QVERIFY2(from >= 0, qPrintable(part));
    const qsizetype to = titles.indexOf(list) + 1 < titles.size()
            ? part.indexOf(titles.at(titles.indexOf(list) + 1), from)
            : part.size();
    QVERIFY2(to > from, qPrintable(part));
    QVERIFY2(part.mid(from, to - from).contains(project), qPrintable(part));
    // Only there among the bureau's lists.
    QCOMPARE(part.count(project), 1);
}

void tst_ReportYears::oneYearHasNoPage_data()
{
    QTest::addColumn<bool>("twoYearDatabase");
    QTest::newRow("one-year database") << false;
    QTest::newRow("two-year database, one year chosen") << true;
}

void tst_ReportYears::oneYearHasNoPage()
{
    QFETCH(bool, twoYearDatabase);
    ReportOptions options;
    if (twoYearDatabase)
        options.filter.fiscalYears = { 2022 };
    const QString pdf = m_dir.filePath(QStringLiteral("one-%1.pdf").arg(int(twoYearDatabase)));
    QString error;
    QVERIFY2(ReportWriter::writePdf(twoYearDatabase ? m_twoYears : m_oneYear, options, pdf, &error),
             qPrintable(error));
    const QString body = text(pdf);
    QVERIFY(body.contains(kodomo));
    QVERIFY(!body.contains(QStringLiteral("Changes since the previous fiscal year")));
    QVERIFY(!body.contains(QStringLiteral("by fiscal year")));
    QVERIFY(body.contains(QStringLiteral("3. Flagged and suggested projects")));
}

void tst_ReportYears::commandLineReport()
{
    // The seed as 令和4年度 beside the bundled 令和3年度: 地方分権改革推進事業 replaced
    // by a new project.
    QFile seed(QStringLiteral(HYOKA_SEED_FILE));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    QString markdown = QString::fromUtf8(seed.readAll());
    markdown.replace(QStringLiteral("令和3年度"), QStringLiteral("令和4年度"));
    const QString before = QStringLiteral("| 50101060 | 地方分権改革推進事業 |");
    QVERIFY(markdown.contains(before));
    markdown.replace(before, QStringLiteral("| 10109999 | 庁内デジタル人材育成事業 |"));
    const QString r4 = m_dir.filePath(QStringLiteral("kawasaki_r4_evaluation.md"));
    QFile out(r4);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(markdown.toUtf8());
    out.close();

    const QString pdf = m_dir.filePath(QStringLiteral("cli-years.pdf"));
    const TestSupport::HyokaRun run = TestSupport::runHyoka(
            { QStringLiteral("report"), QStringLiteral(HYOKA_SEED_FILE), r4, QStringLiteral("--pdf"), pdf });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString section = changesSection(text(pdf));
    QVERIFY2(section.contains(somu + QStringLiteral(": FY2022")), qPrintable(section.left(2000)));
    QVERIFY(section.contains(QStringLiteral("庁内デジタル人材育成事業")));
    QVERIFY(section.contains(QStringLiteral("地方分権改革推進事業")));
    QVERIFY(section.contains(QStringLiteral("Budget and settlement of %1 by fiscal year").arg(somu)));
}

QTEST_MAIN(tst_ReportYears)
#include "tst_reportyears.moc"

// Chart figures (ChartData) against the records they sum, the filter followed, money
// labels and level colours. The chart panel that shows them: tst_chartpanel.
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
#include <iterator>

using namespace Hyoka;

class tst_Charts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void bureauSumsEqualRecordSums();
    void seedTotals();
    void levelCountsPerBureau_data();
    void levelCountsPerBureau();
    void filterIsFollowed_data();
    void filterIsFollowed();
    void projectsSortedByBudget();
    void scatterPointsAndFlags();
    void bureauIdsOfAClickedBar();
    void emptyAndMissingValues();
    void failedQueriesSayWhy_data();
    void failedQueriesSayWhy();

    void moneyLabels_data();
    void moneyLabels();
    void levelBrushesDifferInGrey();

private:
    ChartData::BureauTotals bureau(const RecordFilter &filter, const QString &name) const;

    QTemporaryDir m_dir;
    ReviewDatabase m_db;
    QList<Record> m_records;
};

static const QString kodomo = QStringLiteral("こども未来局");
static const QString somu = QStringLiteral("総務企画局");

void tst_Charts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(TestSupport::openSeeded(m_db, m_dir.filePath(QStringLiteral("charts.sqlite")), &m_records, &error),
             qPrintable(error));
    QCOMPARE(m_records.size(), 38);
}

// Every figure fails with the database's reason when its query cannot run (a
// connection that is not open), and the reason may be left unasked.
void tst_Charts::failedQueriesSayWhy_data()
{
    QTest::addColumn<int>("which");
    const char *names[] = { "bureauTotals", "overallTotals", "ratingMix", "bureauProjects", "scatterPoints",
                            "projects", "bureauIds", "flaggedIds", "bureauYearTotals", "fiscalYears" };
    for (int i = 0; i < int(std::size(names)); ++i)
        QTest::newRow(names[i]) << i;
}

void tst_Charts::failedQueriesSayWhy()
{
    QFETCH(int, which);
    const auto ask = [which](const ChartData &data, QString *error) -> bool {
        switch (which) {
        case 0: return data.bureauTotals({}, error).has_value();
        case 1: return data.overallTotals({}, error).has_value();
        case 2: return data.ratingMix({}, error).has_value();
        case 3: return data.bureauProjects({}, somu, 10, error).has_value();
        case 4: return data.scatterPoints({}, {}, 10, error).has_value();
        case 5: return data.projects({ 1, 2 }, error).has_value();
        case 6: return data.bureauIds({}, somu, error).has_value();
        case 7: return data.flaggedIds({}, { QStringLiteral("flagged") }, error).has_value();
        case 8: return data.bureauYearTotals({}, error).has_value();
        default: return data.fiscalYears({}, error).has_value();
        }
    };
    const ReviewDatabase closed;
    QString error;
    QVERIFY(!ask(ChartData(closed), &error));
    QVERIFY2(!error.isEmpty(), "no reason given");
    QVERIFY(!ask(ChartData(closed), nullptr));
    // The same question on the open database is answered, and says nothing.
    error.clear();
    QVERIFY(ask(ChartData(m_db), &error));
    QCOMPARE(error, QString());
}

void tst_Charts::cleanupTestCase()
{
    m_db.close();
}

ChartData::BureauTotals tst_Charts::bureau(const RecordFilter &filter, const QString &name) const
{
    const auto totals = ChartData(m_db).bureauTotals(filter);
    if (!totals)
        return {};
    for (const ChartData::BureauTotals &t : *totals) {
        if (t.bureau == name)
            return t;
    }
    return {};
}

void tst_Charts::bureauSumsEqualRecordSums()
{
    const auto totals = ChartData(m_db).bureauTotals({});
    QVERIFY(totals);
    QCOMPARE(totals->size(), 2);
    // Bureaus in the order of the file.
    QCOMPARE(totals->at(0).bureau, kodomo);
    QCOMPARE(totals->at(1).bureau, somu);
    for (const ChartData::BureauTotals &t : *totals) {
        qint64 projects = 0, budget = 0, settlement = 0, pairedBudget = 0, pairedSettlement = 0;
        for (const Record &r : std::as_const(m_records)) {
            if (r.bureau != t.bureau)
                continue;
            ++projects;
            budget += r.budget.value_or(0);
            settlement += r.settlement.value_or(0);
            if (r.budget && r.settlement) {
                pairedBudget += *r.budget;
                pairedSettlement += *r.settlement;
            }
        }
        QCOMPARE(t.projects, projects);
        QCOMPARE(t.budget, budget);
        QCOMPARE(t.settlement, settlement);
        QCOMPARE(t.pairedBudget, pairedBudget);
        QCOMPARE(t.pairedSettlement, pairedSettlement);
        QVERIFY(t.executionRate());
        QCOMPARE(*t.executionRate(), double(pairedSettlement) / double(pairedBudget));
    }
    const auto overall = ChartData(m_db).overallTotals({});
    QVERIFY(overall);
    QCOMPARE(overall->projects, totals->at(0).projects + totals->at(1).projects);
    QCOMPARE(overall->budget, totals->at(0).budget + totals->at(1).budget);
    QCOMPARE(overall->settlement, totals->at(0).settlement + totals->at(1).settlement);
    // The report sums the bureaus instead of asking again: the same figures.
    const ChartData::BureauTotals summed = ChartData::sum(*totals);
    QCOMPARE(summed.projects, overall->projects);
    QCOMPARE(summed.budget, overall->budget);
    QCOMPARE(summed.settlement, overall->settlement);
    QCOMPARE(summed.pairedBudget, overall->pairedBudget);
    QCOMPARE(summed.pairedSettlement, overall->pairedSettlement);
    for (int level = 0; level <= 5; ++level)
        QCOMPARE(summed.levelCount(level), overall->levelCount(level));
}

void tst_Charts::seedTotals()
{
    const ChartData::BureauTotals k = bureau({}, kodomo);
    QCOMPARE(k.projects, 30);
    QCOMPARE(k.budget, Q_INT64_C(122523602));
    QCOMPARE(k.settlement, Q_INT64_C(135455487));
    const ChartData::BureauTotals s = bureau({}, somu);
    QCOMPARE(s.projects, 8);
    QCOMPARE(s.budget, Q_INT64_C(6852989));
    QCOMPARE(s.settlement, Q_INT64_C(6584629));
}

void tst_Charts::levelCountsPerBureau_data()
{
    QTest::addColumn<QString>("bureau");
    QTest::addColumn<QList<qint64>>("counts"); // levels 1–5

    QTest::newRow("こども未来局") << kodomo << QList<qint64> { 0, 0, 25, 5, 0 };
    QTest::newRow("総務企画局") << somu << QList<qint64> { 0, 1, 3, 4, 0 };
}

void tst_Charts::levelCountsPerBureau()
{
    QFETCH(QString, bureau);
    QFETCH(QList<qint64>, counts);
    const ChartData::BureauTotals t = this->bureau({}, bureau);
    for (int level = 1; level <= 5; ++level) {
        qint64 fromRecords = 0;
        for (const Record &r : std::as_const(m_records))
            fromRecords += r.bureau == bureau && r.level == level;
        QCOMPARE(t.levelCount(level), fromRecords);
        QCOMPARE(t.levelCount(level), counts.at(level - 1));
    }
    QCOMPARE(t.noLevel, 0);
    QCOMPARE(t.underperforming(), counts.at(3) + counts.at(4));
}

void tst_Charts::filterIsFollowed_data()
{
    QTest::addColumn<RecordFilter>("filter");
    QTest::addColumn<QStringList>("bureaus");
    QTest::addColumn<qint64>("projects");

    RecordFilter byBureau;
    byBureau.bureaus = QStringList { somu };
    QTest::newRow("bureau") << byBureau << QStringList { somu } << qint64(8);

    RecordFilter otherYear;
    otherYear.fiscalYears = { 2020 };
    QTest::newRow("year without records") << otherYear << QStringList() << qint64(0);

    RecordFilter seedYear;
    seedYear.fiscalYears = { 2021 };
    QTest::newRow("the seed's year") << seedYear << QStringList { kodomo, somu } << qint64(38);

    RecordFilter under;
    under.underperformingOnly = true;
    QTest::newRow("underperforming") << under << QStringList { kodomo, somu } << qint64(9);

    RecordFilter level2;
    level2.levels = { 2 };
    QTest::newRow("level 2") << level2 << QStringList { somu } << qint64(1);

    RecordFilter search;
    search.searchText = QStringLiteral("保育");
    const qint64 matches = [&] {
        qint64 n = 0;
        for (const Record &r : std::as_const(m_records))
            n += (r.name + r.summary + r.achievements.join(QString())).contains(QStringLiteral("保育"));
        return n;
    }();
    QTest::newRow("search") << search << QStringList { kodomo } << matches;
}

void tst_Charts::filterIsFollowed()
{
    QFETCH(RecordFilter, filter);
    QFETCH(QStringList, bureaus);
    QFETCH(qint64, projects);
    const auto totals = ChartData(m_db).bureauTotals(filter);
    QVERIFY(totals);
    QStringList names;
    qint64 count = 0;
    qint64 budget = 0;
    for (const ChartData::BureauTotals &t : *totals) {
        names << t.bureau;
        count += t.projects;
        budget += t.budget;
    }
    QCOMPARE(names, bureaus);
    QCOMPARE(count, projects);
    const auto overall = ChartData(m_db).overallTotals(filter);
    QVERIFY(overall);
    QCOMPARE(overall->projects, projects);
    QCOMPARE(overall->budget, budget);
}

void tst_Charts::projectsSortedByBudget()
{
    ChartData data(m_db);
    const auto list = data.bureauProjects({}, kodomo, 1000);
    QVERIFY(list);
    QCOMPARE(list->total, 30);
    QCOMPARE(list->projects.size(), 30);
    QCOMPARE(*list->projects.first().budget, Q_INT64_C(59353314)); // the largest of the seed
    for (int i = 1; i < list->projects.size(); ++i)
        QVERIFY(*list->projects.at(i - 1).budget >= *list->projects.at(i).budget);
    for (const ChartData::Project &p : list->projects)
        QCOMPARE(p.bureau, kodomo);

    const auto top = data.bureauProjects({}, kodomo, 5);
    QVERIFY(top);
    QCOMPARE(top->total, 30);
    QCOMPARE(top->projects.size(), 5);
    QVERIFY(top->isTruncated());

    const auto small = data.bureauProjects({}, somu, 100);
    QVERIFY(small);
    QCOMPARE(*small->projects.last().budget, Q_INT64_C(724)); // the smallest of the seed

    RecordFilter under;
    under.underperformingOnly = true;
    const auto filtered = data.bureauProjects(under, kodomo, 100);
    QVERIFY(filtered);
    QCOMPARE(filtered->total, 5);
}

void tst_Charts::scatterPointsAndFlags()
{
    ChartData data(m_db);
    RecordStore store(m_db);
    const qint64 flaggedId = store.recordId(2021, QStringLiteral("20101010"));
    QVERIFY(flaggedId > 0);
    const auto points = data.scatterPoints({}, { flaggedId });
    QVERIFY(points);
    QCOMPARE(points->total, 38);
    int flagged = 0;
    for (const ChartData::Project &p : points->projects) {
        QVERIFY(p.budget && *p.budget > 0 && p.settlement);
        flagged += p.flagged;
        QCOMPARE(p.flagged, p.id == flaggedId);
    }
    QCOMPARE(flagged, 1);

    // Flags stored by the review workflow are found by flaggedIds().
    FlagStore flags(m_db);
    Flag f;
    f.status = QStringLiteral("flagged");
    f.note = QStringLiteral("chart test");
    QVERIFY(flags.setFlag(2021, QStringLiteral("20101010"), f).ok());
    const auto ids = data.flaggedIds({});
    QVERIFY(ids);
    QCOMPARE(*ids, QSet<qint64> { flaggedId });
    RecordFilter other;
    other.bureaus = QStringList { somu };
    QVERIFY(data.flaggedIds(other)->isEmpty());
    f.status = Flag::noneStatus();
    QVERIFY(flags.setFlag(2021, QStringLiteral("20101010"), f).ok());
    QVERIFY(data.flaggedIds({})->isEmpty());
}

void tst_Charts::bureauIdsOfAClickedBar()
{
    ChartData data(m_db);
    const auto ids = data.bureauIds({}, somu);
    QVERIFY(ids);
    QCOMPARE(ids->size(), 8);
    const auto projects = data.projects(*ids);
    QVERIFY(projects);
    QCOMPARE(projects->size(), 8);
    for (const ChartData::Project &p : *projects)
        QCOMPARE(p.bureau, somu);
    RecordFilter level4;
    level4.levels = { 4 };
    QCOMPARE(data.bureauIds(level4, somu)->size(), 4);
}

void tst_Charts::emptyAndMissingValues()
{
    // A record without a budget or level counts as a project, not as money or a level.
    QTemporaryDir dir;
    ReviewDatabase db;
    QString error;
    QVERIFY(db.open(dir.filePath(QStringLiteral("x.sqlite")), &error));
    Record a;
    a.fiscalYear = 2022;
    a.code = QStringLiteral("00000001");
    a.bureau = QStringLiteral("A局");
    a.budget = 100;
    a.settlement = 90;
    a.level = 4;
    Record b = a;
    b.code = QStringLiteral("00000002");
    b.budget.reset();
    b.settlement = 50;
    b.level.reset();
    Record c = a;
    c.code = QStringLiteral("00000003");
    c.bureau.clear();
    QVERIFY(RecordStore(db).importRecords({ a, b, c }, QStringLiteral("memory")).ok);
    const auto totals = ChartData(db).bureauTotals({});
    QVERIFY(totals);
    QCOMPARE(totals->size(), 2);
    const ChartData::BureauTotals &t = totals->at(0);
    QCOMPARE(t.projects, 2);
    QCOMPARE(t.budget, 100);
    QCOMPARE(t.settlement, 140);
    QCOMPARE(t.pairedSettlement, 90);
    QCOMPARE(*t.executionRate(), 0.9);
    QCOMPARE(t.levelCount(4), 1);
    QCOMPARE(t.noLevel, 1);
    QCOMPARE(totals->at(1).bureau, QString());
    const auto projects = ChartData(db).bureauProjects({}, QStringLiteral("A局"));
    QCOMPARE(projects->projects.last().code, QStringLiteral("00000002")); // no budget: last
    const auto points = ChartData(db).scatterPoints({});
    QCOMPARE(points->total, 2);
    QCOMPARE(ChartData(db).bureauIds({}, QString())->size(), 1);
    RecordFilter nothing;
    nothing.searchText = QStringLiteral("nothing-like-this");
    QVERIFY(ChartData(db).bureauTotals(nothing)->isEmpty());
}

void tst_Charts::moneyLabels_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("thousandYen");
    QTest::addColumn<QString>("readable");
    QTest::addColumn<int>("decade");
    QTest::addColumn<QString>("decadeLabel");

    QTest::newRow("ja large") << QStringLiteral("ja_JP") << Q_INT64_C(59353314)
                              << QStringLiteral("593億5,331万円") << 5 << QStringLiteral("1億円");
    QTest::newRow("ja small") << QStringLiteral("ja_JP") << Q_INT64_C(724)
                              << QStringLiteral("72万円") << 2 << QStringLiteral("10万円");
    QTest::newRow("ja even") << QStringLiteral("ja_JP") << Q_INT64_C(100000)
                             << QStringLiteral("1億円") << 8 << QStringLiteral("1,000億円");
    QTest::newRow("en large") << QStringLiteral("en_US") << Q_INT64_C(59353314)
                              << QStringLiteral("¥59.4 billion") << 6 << QStringLiteral("¥1 billion");
    QTest::newRow("en small") << QStringLiteral("en_US") << Q_INT64_C(724)
                              << QStringLiteral("¥724,000") << 3 << QStringLiteral("¥1 million");
}

void tst_Charts::moneyLabels()
{
    QFETCH(QString, locale);
    QFETCH(qint64, thousandYen);
    QFETCH(QString, readable);
    QFETCH(int, decade);
    QFETCH(QString, decadeLabel);
    const QLocale saved;
    QLocale::setDefault(QLocale(locale));
    QCOMPARE(MoneyFormat::readable(thousandYen), readable);
    QCOMPARE(MoneyFormat::decade(decade), decadeLabel);
    QVERIFY(MoneyFormat::thousandYen(thousandYen).contains(QLocale().toString(thousandYen)));
    QLocale::setDefault(saved);
}

void tst_Charts::levelBrushesDifferInGrey()
{
    // Each level's fill differs from the others in grey value or in pattern, so that
    // a black-and-white print still tells them apart.
    auto grey = [](const QBrush &brush) {
        const QImage tile = brush.textureImage().isNull() ? QImage() : brush.textureImage();
        if (tile.isNull())
            return qGray(brush.color().rgb());
        qint64 sum = 0;
        for (int y = 0; y < tile.height(); ++y)
            for (int x = 0; x < tile.width(); ++x)
                sum += qGray(tile.pixel(x, y));
        return int(sum / (tile.width() * tile.height()));
    };
    QList<int> greys;
    for (int level = 1; level <= 5; ++level)
        greys << grey(LevelColors::brush(level));
    for (int i = 0; i < greys.size(); ++i) {
        for (int j = i + 1; j < greys.size(); ++j) {
            const bool patterned = !LevelColors::brush(i + 1).textureImage().isNull()
                    || !LevelColors::brush(j + 1).textureImage().isNull();
            QVERIFY2(qAbs(greys.at(i) - greys.at(j)) >= 25 || patterned,
                     qPrintable(QStringLiteral("levels %1 and %2").arg(i + 1).arg(j + 1)));
        }
    }
    QVERIFY(LevelColors::background(4).isValid());
    QVERIFY(LevelColors::background(5).isValid());
    QVERIFY(!LevelColors::background(3).isValid());
}

QTEST_MAIN(tst_Charts)
#include "tst_charts.moc"

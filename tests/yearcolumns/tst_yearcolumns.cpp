// The grid's year-on-year columns and its "new / gone" facet (docs/years.md, "In the
// grid"): the values RecordQuery::rows() carries, sorting by them (the whole list and
// the first rows asked of the index agree), the facet's counts and its filter, on
// SQLite and PostgreSQL.
#include "testrecords.h"
#include "twoyears.h"
#include "../shareddb/pgtestserver.h"

#include "recordquery.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "reviewlist.h"
#include "reviewrules.h"
#include "yearrules.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Hyoka;

using Key = std::pair<int, QString>;
using KeyList = QList<Key>;
Q_DECLARE_METATYPE(KeyList)

class tst_YearColumns : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rowsCarryThePreviousYear_data();
    void rowsCarryThePreviousYear();
    void sortByYearColumns_data();
    void sortByYearColumns();
    void newAndGoneFacet_data();
    void newAndGoneFacet();
    void yearRulesAreSuggestions_data();
    void yearRulesAreSuggestions();

private:
    ReviewDatabase &twoYears(const QString &backend);
    static KeyList keysOf(const RecordQuery &query, const QList<qint64> &ids);
    static RecordRow rowOf(const RecordQuery &query, int year, const QString &code);

    QTemporaryDir m_dir;
    PgTestServer m_server;
    // One two-year database per backend, made once: the tests only read.
    std::map<QString, std::unique_ptr<ReviewDatabase>> m_dbs;
};

void tst_YearColumns::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

ReviewDatabase &tst_YearColumns::twoYears(const QString &backend)
{
    auto &db = m_dbs[backend];
    if (db)
        return *db;
    db = std::make_unique<ReviewDatabase>();
    QString error;
    const QString spec = backend == u"postgresql" ? m_server.freshDatabase(QStringLiteral("yearcolumns"))
                                                  : m_dir.filePath(QStringLiteral("two.sqlite"));
    if (spec.isEmpty() || !db->open(spec, &error))
        qFatal("cannot open %s: %s", qPrintable(spec), qPrintable(error));
    RecordStore store(*db);
    for (const auto &[records, file] : { std::pair { TestSupport::kawasaki2021(), QStringLiteral("r3.md") },
                                         std::pair { TestSupport::kawasaki2022(), QStringLiteral("r4.md") } }) {
        const ImportResult r = store.importRecords(records, file);
        if (!r.ok)
            qFatal("%s", qPrintable(r.error));
    }
    return *db;
}

KeyList tst_YearColumns::keysOf(const RecordQuery &query, const QList<qint64> &ids)
{
    KeyList keys;
    const auto rows = query.rows(ids);
    for (const RecordRow &r : rows.value_or(QList<RecordRow>()))
        keys.append({ r.fiscalYear, r.code });
    return keys;
}

RecordRow tst_YearColumns::rowOf(const RecordQuery &query, int year, const QString &code)
{
    RecordFilter filter;
    filter.fiscalYears = { year };
    const auto ids = query.ids(filter);
    const auto rows = query.rows(ids.value_or(QList<qint64>()));
    for (const RecordRow &r : rows.value_or(QList<RecordRow>()))
        if (r.code == code)
            return r;
    return {};
}

void tst_YearColumns::rowsCarryThePreviousYear_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("prevYear");
    QTest::addColumn<QString>("prevRating");
    QTest::addColumn<double>("budgetChange"); // -1: none
    QTest::addColumn<int>("yearsBelow");
    QTest::addColumn<bool>("isNew");
    QTest::addColumn<bool>("isGone");
    for (const char *backend : { "sqlite", "postgresql" }) {
        auto row = [&](const char *name) -> QTestData & {
            return QTest::addRow("%s %s", backend, name) << QString::fromLatin1(backend);
        };
        // Level 3 → 4, budget up by half: one year below target (2022's).
        row("worse, budget +50%") << 2022 << u"20104020"_qs << 2021 << u"3"_qs << 0.5 << 1 << false << false;
        // Level 4 both years.
        row("below target twice") << 2022 << u"20103040"_qs << 2021 << u"4"_qs << 0.0 << 2 << false << false;
        row("budget doubled") << 2022 << u"20102010"_qs << 2021 << u"2"_qs << 1.0 << 0 << false << false;
        row("renamed, linked by name") << 2022 << u"40205099"_qs << 2021 << u"2"_qs << 0.0 << 0 << false << false;
        row("new this year") << 2022 << u"10109999"_qs << 0 << QString() << -1.0 << 0 << true << false;
        row("gone the year after") << 2021 << u"50101060"_qs << 0 << QString() << -1.0 << 0 << false << true;
        row("first year, continued") << 2021 << u"20104020"_qs << 0 << QString() << -1.0 << 0 << false << false;
    }
}

void tst_YearColumns::rowsCarryThePreviousYear()
{
    QFETCH(QString, backend);
    QFETCH(int, year);
    QFETCH(QString, code);
    QFETCH(int, prevYear);
    QFETCH(QString, prevRating);
    QFETCH(double, budgetChange);
    QFETCH(int, yearsBelow);
    QFETCH(bool, isNew);
    QFETCH(bool, isGone);
    const RecordQuery query(twoYears(backend));
    const RecordRow r = rowOf(query, year, code);
    QCOMPARE(r.code, code);
    QCOMPARE(r.prevYear, prevYear);
    QCOMPARE(r.prevRatingLabel, prevRating);
    QCOMPARE(r.prevRatingRank, prevRating.isEmpty() ? 0 : prevRating.toInt());
    if (budgetChange < 0) {
        QVERIFY(!r.budgetChange);
        QVERIFY(!r.prevBudget);
    } else {
        QVERIFY(r.budgetChange);
        // Exactly budget / previous budget − 1; the fixture's figures are rounded to the
        // thousand yen, so the change is the named one to 0.01 %.
        QVERIFY(r.prevBudget && *r.prevBudget > 0);
        QVERIFY(qAbs(double(*r.budget) / double(*r.prevBudget) - 1.0 - *r.budgetChange) < 1e-12);
        QVERIFY2(qAbs(*r.budgetChange - budgetChange) < 1e-4, qPrintable(QString::number(*r.budgetChange)));
    }
    QCOMPARE(r.yearsBelowTarget, yearsBelow);
    QCOMPARE(r.newThisYear, isNew);
    QCOMPARE(r.goneNextYear, isGone);

    // The years below target follow the review settings: from level 3, 20104020 has two.
    RuleSettings from3;
    from3.belowTargetLevel = 3;
    if (code == u"20104020" && year == 2022)
        QCOMPARE(query.rows({ r.id }, from3)->value(0).yearsBelowTarget, 2);
}

void tst_YearColumns::sortByYearColumns_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("column");
    QTest::addColumn<KeyList>("firstDescending");
    for (const char *backend : { "sqlite", "postgresql" }) {
        auto row = [&](const char *name, RecordQuery::Column column) -> QTestData & {
            return QTest::addRow("%s %s", backend, name) << QString::fromLatin1(backend) << int(column);
        };
        row("budget change", RecordQuery::Column::BudgetChange)
                << KeyList { { 2022, u"20102010"_qs }, { 2022, u"20104020"_qs }, { 2022, u"20104040"_qs } };
        row("years below target", RecordQuery::Column::YearsBelowTarget)
                << KeyList { { 2022, u"20103040"_qs } };
        row("previous rating", RecordQuery::Column::PrevRating)
                << KeyList { { 2022, u"20103040"_qs }, { 2022, u"20104020"_qs } };
    }
}

void tst_YearColumns::sortByYearColumns()
{
    QFETCH(QString, backend);
    QFETCH(int, column);
    QFETCH(KeyList, firstDescending);
    const RecordQuery query(twoYears(backend));
    const auto c = RecordQuery::Column(column);
    RecordFilter filter;
    QString error;
    const auto descending = query.ids(filter, c, Qt::DescendingOrder, &error);
    QVERIFY2(descending, qPrintable(error));
    QCOMPARE(descending->size(), 76);
    QCOMPARE(keysOf(query, descending->mid(0, firstDescending.size())), firstDescending);
    // The first rows asked of the index are the whole list's first rows, both ways and
    // under a filter (a search term and a year).
    for (const bool filtered : { false, true }) {
        if (filtered) {
            filter.searchText = u"事業"_qs;
            filter.fiscalYears = { 2022 };
        }
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            const auto all = query.ids(filter, c, order, &error);
            QVERIFY2(all, qPrintable(error));
            QVERIFY(all->size() > 5);
            const auto first = query.firstIds(filter, c, order, 5, RecordQuery::firstRowsWalk, &error);
            QVERIFY2(first, qPrintable(error));
            QCOMPARE(*first, all->mid(0, 5));
        }
    }
}

void tst_YearColumns::newAndGoneFacet_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_qs;
    QTest::newRow("postgresql") << u"postgresql"_qs;
}

void tst_YearColumns::newAndGoneFacet()
{
    QFETCH(QString, backend);
    const RecordQuery query(twoYears(backend));
    RecordFilter filter;
    QList<RecordQuery::FacetValue> values = *query.facet(RecordQuery::Facet::YearChange, filter);
    QCOMPARE(values,
             (QList<RecordQuery::FacetValue> { { RecordFilter::yearChangeNew(), 1, {} },
                                               { RecordFilter::yearChangeGone(), 1, {} },
                                               { RecordFilter::yearChangeOther(), 74, {} } }));
    filter.yearChanges = { RecordFilter::yearChangeNew() };
    QCOMPARE(keysOf(query, *query.ids(filter)), (KeyList { { 2022, u"10109999"_qs } }));
    filter.yearChanges = { RecordFilter::yearChangeGone(), RecordFilter::yearChangeNew() };
    QCOMPARE(keysOf(query, *query.ids(filter, RecordQuery::Column::FiscalYear)),
             (KeyList { { 2021, u"50101060"_qs }, { 2022, u"10109999"_qs } }));
    filter.yearChanges = { RecordFilter::yearChangeOther() };
    QCOMPARE(query.ids(filter)->size(), 74);
    // The facet's own selection does not narrow its counts; the others' do.
    filter.fiscalYears = { 2021 };
    values = *query.facet(RecordQuery::Facet::YearChange, filter);
    QCOMPARE(values, (QList<RecordQuery::FacetValue> { { RecordFilter::yearChangeGone(), 1, {} },
                                                       { RecordFilter::yearChangeOther(), 37, {} } }));
    // With a search, counted from the evaluated hits.
    filter.fiscalYears.clear();
    filter.searchText = u"人材育成"_qs;
    values = *query.facet(RecordQuery::Facet::YearChange, filter);
    QVERIFY(!values.isEmpty());
    QCOMPARE(values.constFirst(), (RecordQuery::FacetValue { RecordFilter::yearChangeNew(), 1, {} }));
}

void tst_YearColumns::yearRulesAreSuggestions_data()
{
    newAndGoneFacet_data();
}

// The year-on-year rules count as suggestions: in the grid's rows, the Suggested facet,
// the sort by number of rules and the review list, all agreeing.
void tst_YearColumns::yearRulesAreSuggestions()
{
    QFETCH(QString, backend);
    ReviewDatabase &db = twoYears(backend);
    const RecordQuery query(db);
    RuleSettings settings;
    settings.disabledRules = ReviewRules::ruleIds(); // the year rules alone
    QCOMPARE(settings.years, YearRuleSettings());
    const QHash<Key, QStringList> expected {
        { { 2022, u"20103040"_qs }, { u"below_target_repeated"_qs } },
        { { 2022, u"20104020"_qs }, { u"rating_worse"_qs, u"budget_up_rating_down"_qs } },
        { { 2022, u"20104040"_qs }, { u"rating_worse"_qs } },
        { { 2021, u"50101060"_qs }, { u"project_disappeared"_qs } },
    };
    RecordFilter all;
    all.ruleSettings = settings;
    const auto ids = query.ids(all);
    QVERIFY(ids);
    QHash<Key, QStringList> fired;
    const auto rows = query.rows(*ids, settings);
    QVERIFY(rows);
    for (const RecordRow &r : *rows) {
        if (!r.suggestions.isEmpty())
            fired.insert({ r.fiscalYear, r.code }, r.suggestions);
    }
    QCOMPARE(fired, expected);

    // The Suggested facet and its filter.
    const auto facet = query.facet(RecordQuery::Facet::Suggested, all);
    QVERIFY(facet && !facet->isEmpty());
    QCOMPARE(facet->constFirst(), (RecordQuery::FacetValue { true, 4, {} }));
    RecordFilter suggested = all;
    suggested.suggested = { true };
    QCOMPARE(query.ids(suggested)->size(), 4);
    // Sorted by the number of rules, 20104020 (two) comes first.
    const auto byRules = query.ids(all, RecordQuery::Column::Suggestions, Qt::DescendingOrder);
    QCOMPARE(keysOf(query, byRules->mid(0, 1)), (KeyList { { 2022, u"20104020"_qs } }));
    // A switched-off year rule is left out everywhere.
    settings.years.disabledRules = { u"rating_worse"_qs };
    suggested.ruleSettings = settings;
    QCOMPARE(query.ids(suggested)->size(), 3);

    // The review list explains them with the numbers behind each.
    QString error;
    const auto list = ReviewList::load(db, all.ruleSettings, &error);
    QVERIFY2(list, qPrintable(error));
    QHash<Key, QStringList> listed;
    for (const ReviewList::Entry &e : *list) {
        QStringList ids;
        for (const ReviewRules::Finding &f : e.findings) {
            ids << f.ruleId;
            QVERIFY2(!f.details.isEmpty(), qPrintable(f.ruleId));
        }
        listed.insert({ e.record.fiscalYear, e.record.identityKey() }, ids);
    }
    QCOMPARE(listed, expected);
}

QTEST_GUILESS_MAIN(tst_YearColumns)
#include "tst_yearcolumns.moc"

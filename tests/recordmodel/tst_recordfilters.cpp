// The review window's browser on the seed in a temporary SQLite database: search (the
// FTS5 index, docs/search.md) with user text always bound, hostile search text, facets
// with counts, filters combined and cleared, totals, a refresh under the same search, and
// the same answers from PostgreSQL. The grid models themselves are in tst_recordmodel.
// The browser answers on its worker thread: each change is waited for (browsertest.h).
#include "facetmodel.h"
#include "queryworker.h"
#include "recordbrowser.h"
#include "recordquery.h"
#include "recordstore.h"
#include "recordtablemodel.h"
#include "reviewdatabase.h"
#include "searchindex.h"
#include "textnormaliser.h"

#include "seededbrowser.h"

#include "../shareddb/pgtestserver.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Hyoka;
using namespace Hyoka::TestSupport;

namespace {

// The seed in `dir`, then `table` dropped: a database whose reads of it fail.
bool openSeededWithout(ReviewDatabase &db, const QTemporaryDir &dir, const QString &table, QString *error)
{
    if (!db.open(dir.filePath(QStringLiteral("broken.sqlite")), error))
        return false;
    if (!RecordStore(db).importFile(QStringLiteral(HYOKA_SEED_FILE)).ok) {
        *error = QStringLiteral("the seed did not import");
        return false;
    }
    QSqlQuery drop(db.database());
    if (drop.exec(QStringLiteral("DROP TABLE %1").arg(table)))
        return true;
    *error = drop.lastError().text();
    return false;
}

} // namespace

class tst_RecordFilters : public QObject, private SeededBrowserFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void searchTerms_data();
    void searchTerms();
    void conditionBindsUserText();
    void searchUsesTheFullTextIndexForEveryTerm();
    void searchHoiku();
    void search_data();
    void search();
    void hostileSearchIsHarmless();
    void bureauFacetLeavesEight();
    void underperformingLeavesNineLevelFour();
    void facetCounts();
    void facetCountsIgnoreTheirOwnSelection();
    void filtersCombineAndClear();
    void totalsMatchRecords();
    void refreshSeesNewRecordsUnderTheSameSearch();
    void failedReadsSayWhy_data();
    void failedReadsSayWhy();
    void rowsThatCannotBeReadSayWhy();
    void postgresGivesTheSameAnswers();

private:
    QStringList visibleCodes() const;
    QSet<QString> codesWhere(const std::function<bool(const Record &)> &pred) const;
    // The codes of the records whose full text holds every search term of `text`.
    QSet<QString> codesMatching(const QString &text) const;
    static QString fullText(const Record &r);
};

void tst_RecordFilters::initTestCase()
{
    openSeeded();
}

void tst_RecordFilters::cleanupTestCase()
{
    close();
}

void tst_RecordFilters::init()
{
    freshBrowser();
}

QStringList tst_RecordFilters::visibleCodes() const
{
    const RecordTableModel *model = m_browser->tableModel();
    QStringList codes;
    for (int row = 0; row < model->rowCount(); ++row)
        codes.append(model->index(row, RecordTableModel::CodeColumn).data().toString());
    return codes;
}

QSet<QString> tst_RecordFilters::codesWhere(const std::function<bool(const Record &)> &pred) const
{
    QSet<QString> codes;
    for (const Record &r : m_records) {
        if (pred(r))
            codes.insert(r.code);
    }
    return codes;
}

QSet<QString> tst_RecordFilters::codesMatching(const QString &text) const
{
    const QStringList terms = RecordQuery::searchTerms(text);
    return codesWhere([&](const Record &r) {
        const QString key = TextNormaliser::searchKey(fullText(r));
        return std::all_of(terms.cbegin(), terms.cend(),
                           [&](const QString &t) { return key.contains(t); });
    });
}

QString tst_RecordFilters::fullText(const Record &r)
{
    return r.name + u'\n' + r.summary + u'\n' + r.achievements.join(u'\n');
}

void tst_RecordFilters::searchTerms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");
    QTest::newRow("kanji") << QStringLiteral("保育") << QStringList { QStringLiteral("保育") };
    QTest::newRow("katakana folds to hiragana")
            << QStringLiteral("ケア") << QStringList { QStringLiteral("けあ") };
    QTest::newRow("full-width and case fold")
            << QStringLiteral("ＷＥＢ会議") << QStringList { QStringLiteral("web会議") };
    QTest::newRow("ideographic space splits")
            << QStringLiteral("子育て　支援 ") << QStringList { QStringLiteral("子育て"), QStringLiteral("支援") };
    QTest::newRow("blank") << QStringLiteral("  \t ") << QStringList();
    // A lone surrogate (half of 𠮷) splits like a space; a whole pair stays.
    QTest::newRow("lone surrogate")
            << (QStringLiteral("保") + QChar(0xD842) + QStringLiteral("育 ") + QChar(0xDFB7))
            << QStringList { QStringLiteral("保"), QStringLiteral("育") };
    QTest::newRow("surrogate pair") << QStringLiteral("𠮷野") << QStringList { QStringLiteral("𠮷野") };
}

void tst_RecordFilters::searchTerms()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    QCOMPARE(RecordQuery::searchTerms(text), terms);
}

void tst_RecordFilters::conditionBindsUserText()
{
    RecordQuery query(*m_db);
    RecordFilter filter;
    filter.searchText = QStringLiteral("x'; DROP TABLE records; -- %_");
    filter.bureaus = { QStringLiteral("総務企画局'") };
    filter.fiscalYears = { 2021 };
    const RecordQuery::Condition c = query.condition(filter);
    QVERIFY(!c.sql.contains(QStringLiteral("DROP")));
    QVERIFY(!c.sql.contains(QStringLiteral("総務企画局")));
    QVERIFY(c.values.contains(QVariant(QStringLiteral("総務企画局'"))));
    QVERIFY(c.values.contains(QVariant(2021)));
    // The terms reach the index as quoted character pairs (quotes doubled), never as
    // query syntax; the terms of three or more characters are checked by LIKE as well.
    if (m_db->hasFullTextIndex()) {
        QVERIFY(c.values.contains(QVariant(QStringLiteral(
            "\"x'\" \"';\" \"dr\" \"ro\" \"op\" \"ta\" \"ab\" \"bl\" \"le\" \"re\" \"ec\" \"co\""
            " \"or\" \"rd\" \"ds\" \"s;\" \"--\" \"%_\""))));
        QVERIFY(c.values.contains(QVariant(QStringLiteral("%records;%"))));
    }
    QCOMPARE(SearchIndex::ftsPhrase(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"\" \"\"\"b\""));
    // LIKE wildcards in a term are escaped, not wildcards.
    QCOMPARE(SearchIndex::likePattern(QStringLiteral("%_\\")), QStringLiteral("%\\%\\_\\\\%"));
}

void tst_RecordFilters::searchUsesTheFullTextIndexForEveryTerm()
{
    if (!m_db->hasFullTextIndex())
        QSKIP("this SQLite has no FTS5");
    RecordQuery query(*m_db);
    RecordFilter filter;
    filter.searchText = QStringLiteral("保育所");
    QVERIFY(query.condition(filter).sql.contains(QStringLiteral("records_fts MATCH ?")));
    // The index holds pairs without positions: a longer term's candidates are checked.
    QVERIFY(query.condition(filter).sql.contains(QStringLiteral("LIKE")));
    // Shorter terms too (docs/search.md), exactly, without a check.
    for (const QString &term : { QStringLiteral("保育"), QStringLiteral("保") }) {
        filter.searchText = term;
        QVERIFY(query.condition(filter).sql.contains(QStringLiteral("records_fts MATCH ?")));
        QVERIFY(!query.condition(filter).sql.contains(QStringLiteral("LIKE")));
    }
}

void tst_RecordFilters::searchHoiku()
{
    QSignalSpy filterSpy(m_browser.get(), &RecordBrowser::filterChanged);
    m_browser->setSearchText(QStringLiteral("保育"));
    QVERIFY(answered());
    QCOMPARE(filterSpy.count(), 1);
    const QSet<QString> expected = codesWhere([](const Record &r) {
        if (r.name.contains(u"保育") || r.summary.contains(u"保育"))
            return true;
        for (const QString &a : r.achievements) {
            if (a.contains(u"保育"))
                return true;
        }
        return false;
    });
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < 38);
    const QStringList codes = visibleCodes();
    QCOMPARE(QSet<QString>(codes.cbegin(), codes.cend()), expected);
    QCOMPARE(codes.size(), expected.size()); // no duplicates
    QCOMPARE(m_browser->totals().count, qint64(expected.size()));
}

void tst_RecordFilters::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("two kanji (LIKE)") << QStringLiteral("保育");
    QTest::newRow("three kanji (FTS)") << QStringLiteral("保育所");
    QTest::newRow("two terms, both FTS") << QStringLiteral("子育て 支援事業");
    QTest::newRow("FTS and LIKE mixed") << QStringLiteral("保育士 研修");
    QTest::newRow("katakana typed as hiragana") << QStringLiteral("まっちんぐ");
    QTest::newRow("full-width latin") << QStringLiteral("ＷＥＢ会議");
    QTest::newRow("half-width katakana") << QStringLiteral("ｺｰﾃﾞｨﾈｰﾀｰ");
    QTest::newRow("one character") << QStringLiteral("園");
    QTest::newRow("no match") << QStringLiteral("存在しない語句");
}

void tst_RecordFilters::search()
{
    QFETCH(QString, text);
    m_browser->setSearchText(text);
    QVERIFY(answered());
    const QStringList codes = visibleCodes();
    QCOMPARE(QSet<QString>(codes.cbegin(), codes.cend()), codesMatching(text));
}

void tst_RecordFilters::hostileSearchIsHarmless()
{
    QSignalSpy failed(m_browser.get(), &RecordBrowser::queryFailed);
    for (const QString &text : { QStringLiteral("x'); DROP TABLE records; --"),
                                 QStringLiteral("\"保育\" OR 1"), QStringLiteral("NEAR(保育 事業)"),
                                 QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("\\"),
                                 QStringLiteral("\"\"\"") }) {
        m_browser->setSearchText(text);
        QVERIFY(answered());
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        // Quotes, operators and wildcards are searched for as text, nothing more.
        const QStringList codes = visibleCodes();
        QCOMPARE(QSet<QString>(codes.cbegin(), codes.cend()), codesMatching(text));
    }
    QCOMPARE(QSqlQuery(m_db->database()).exec(QStringLiteral("SELECT count(*) FROM records")), true);
    m_browser->setSearchText(QString());
    QVERIFY(answered());
    QCOMPARE(m_browser->tableModel()->rowCount(), 38);
}

void tst_RecordFilters::bureauFacetLeavesEight()
{
    FacetModel *bureaus = m_browser->facetModel(RecordQuery::Facet::Bureau);
    const int row = bureaus->rowOf(QStringLiteral("総務企画局"));
    QVERIFY(row >= 0);
    QSignalSpy selectionSpy(bureaus, &FacetModel::selectionChanged);
    QSignalSpy filterSpy(m_browser.get(), &RecordBrowser::filterChanged);
    QVERIFY(bureaus->setData(bureaus->index(row), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(selectionSpy.count(), 1);
    QVERIFY(answered());
    QCOMPARE(selectionSpy.count(), 1);
    QCOMPARE(filterSpy.count(), 1);
    QCOMPARE(m_browser->tableModel()->rowCount(), 8);
    for (int r = 0; r < 8; ++r)
        QCOMPARE(m_browser->tableModel()->index(r, RecordTableModel::BureauColumn).data().toString(),
                 QStringLiteral("総務企画局"));
    QCOMPARE(bureaus->index(bureaus->rowOf(QStringLiteral("総務企画局"))).data(Qt::CheckStateRole).toInt(),
             int(Qt::Checked));
    QCOMPARE(m_browser->totals().count, 8);
}

void tst_RecordFilters::underperformingLeavesNineLevelFour()
{
    QSignalSpy totalsSpy(m_browser.get(), &RecordBrowser::totalsChanged);
    m_browser->setUnderperformingOnly(true);
    QVERIFY(answered());
    QCOMPARE(totalsSpy.count(), 1);
    const RecordTableModel *model = m_browser->tableModel();
    QCOMPARE(model->rowCount(), 9);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, 0).data(RecordTableModel::LevelRole).toInt(), 4);
        QVERIFY(model->index(row, 0).data(RecordTableModel::UnderperformingRole).toBool());
    }
    const QStringList codes = visibleCodes();
    QCOMPARE(QSet<QString>(codes.cbegin(), codes.cend()),
             codesWhere([](const Record &r) { return r.isUnderperforming(); }));
}

void tst_RecordFilters::facetCounts()
{
    const auto countsOf = [](FacetModel *m) {
        QMap<QString, qint64> counts;
        for (int row = 0; row < m->rowCount(); ++row) {
            const QModelIndex i = m->index(row);
            counts.insert(i.data(FacetModel::ValueRole).toString(), i.data(FacetModel::CountRole).toLongLong());
        }
        return counts;
    };
    QMap<QString, qint64> years, bureaus, categories, levels;
    for (const Record &r : std::as_const(m_records)) {
        ++years[QString::number(r.fiscalYear)];
        ++bureaus[r.bureau];
        ++categories[r.category];
        ++levels[r.level ? QString::number(*r.level) : QString()];
    }
    QCOMPARE(countsOf(m_browser->facetModel(RecordQuery::Facet::FiscalYear)), years);
    QCOMPARE(countsOf(m_browser->facetModel(RecordQuery::Facet::Bureau)), bureaus);
    QCOMPARE(countsOf(m_browser->facetModel(RecordQuery::Facet::Category)), categories);
    QCOMPARE(countsOf(m_browser->facetModel(RecordQuery::Facet::Level)), levels);
    QCOMPARE(bureaus.value(QStringLiteral("こども未来局")), 30);
    QCOMPARE(bureaus.value(QStringLiteral("総務企画局")), 8);
    QCOMPARE(years.value(QStringLiteral("2021")), 38);
    QCOMPARE(levels.value(QStringLiteral("4")), 9);

    // The display text carries the count.
    FacetModel *bureauModel = m_browser->facetModel(RecordQuery::Facet::Bureau);
    const QString text = bureauModel->index(bureauModel->rowOf(QStringLiteral("総務企画局"))).data().toString();
    QVERIFY2(text.contains(QStringLiteral("総務企画局")) && text.contains(u'8'), qPrintable(text));
}

void tst_RecordFilters::facetCountsIgnoreTheirOwnSelection()
{
    FacetModel *bureaus = m_browser->facetModel(RecordQuery::Facet::Bureau);
    FacetModel *levels = m_browser->facetModel(RecordQuery::Facet::Level);
    bureaus->setSelectedValues({ QStringLiteral("総務企画局") });
    QVERIFY(answered());
    // The bureau facet still offers the other bureau with its full count…
    QCOMPARE(bureaus->rowCount(), 2);
    QCOMPARE(bureaus->index(bureaus->rowOf(QStringLiteral("こども未来局"))).data(FacetModel::CountRole).toLongLong(), 30);
    // …while the level facet counts only what the bureau selection leaves.
    qint64 total = 0;
    for (int row = 0; row < levels->rowCount(); ++row) {
        const QModelIndex i = levels->index(row);
        const QVariant level = i.data(FacetModel::ValueRole);
        const qint64 expected = codesWhere([&](const Record &r) {
                                    return r.bureau == u"総務企画局"
                                            && (r.level ? QVariant(*r.level) : QVariant()) == level;
                                }).size();
        QCOMPARE(i.data(FacetModel::CountRole).toLongLong(), expected);
        total += expected;
    }
    QCOMPARE(total, 8);
}

void tst_RecordFilters::filtersCombineAndClear()
{
    FacetModel *bureaus = m_browser->facetModel(RecordQuery::Facet::Bureau);
    bureaus->setSelectedValues({ QStringLiteral("こども未来局") });
    m_browser->setUnderperformingOnly(true);
    m_browser->setSearchText(QStringLiteral("保育"));
    QVERIFY(answered());
    const QSet<QString> expected = codesWhere([](const Record &r) {
        return r.bureau == u"こども未来局" && r.isUnderperforming()
                && TextNormaliser::searchKey(fullText(r)).contains(u"保育");
    });
    QStringList codes = visibleCodes();
    QCOMPARE(QSet<QString>(codes.cbegin(), codes.cend()), expected);

    QSignalSpy filterSpy(m_browser.get(), &RecordBrowser::filterChanged);
    const quint64 requests = m_browser->readService()->generation();
    m_browser->clearFilters();
    // One re-query, not one per facet: one request asked of the worker, one answer.
    QCOMPARE(m_browser->readService()->generation(), requests + 1);
    QVERIFY(answered());
    QCOMPARE(filterSpy.count(), 1);
    QVERIFY(m_browser->filter().isEmpty());
    QVERIFY(!bureaus->hasSelection());
    QCOMPARE(m_browser->tableModel()->rowCount(), 38);
}

void tst_RecordFilters::totalsMatchRecords()
{
    qint64 budget = 0, settlement = 0;
    for (const Record &r : std::as_const(m_records)) {
        budget += r.budget.value_or(0);
        settlement += r.settlement.value_or(0);
    }
    QCOMPARE(m_browser->totals().count, 38);
    QCOMPARE(m_browser->totals().budget, budget);
    QCOMPARE(m_browser->totals().settlement, settlement);
    QCOMPARE(m_browser->recordCount(), 38);
}

void tst_RecordFilters::refreshSeesNewRecordsUnderTheSameSearch()
{
    // The search is evaluated once into a temporary table; an import in between
    // must not leave the window showing the old result.
    QTemporaryDir dir;
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("refresh.sqlite")), &error), qPrintable(error));
    RecordStore store(db);
    QVERIFY(store.importFile(QStringLiteral(HYOKA_SEED_FILE)).ok);
    RecordBrowser browser;
    browser.setDatabase(&db);
    browser.setSearchText(QStringLiteral("保育所"));
    QVERIFY(waitForBrowser(&browser));
    const int before = browser.tableModel()->rowCount();
    QVERIFY(before > 0);
    FacetModel *bureaus = browser.facetModel(RecordQuery::Facet::Bureau);
    bureaus->setSelectedValues({ QStringLiteral("こども未来局") }); // facets read the same result
    QVERIFY(waitForBrowser(&browser));
    QCOMPARE(browser.tableModel()->rowCount(), before);

    const Record extra = projectRecord(2022, QStringLiteral("こども未来局"), 1, QStringLiteral("99999999"),
                                       QStringLiteral("新しい保育所整備事業"), QStringLiteral("その他"));
    QVERIFY(store.importRecords({ extra }, QStringLiteral("extra")).ok);
    browser.refresh();
    QVERIFY(waitForBrowser(&browser));
    QCOMPARE(browser.tableModel()->rowCount(), before + 1);
    QCOMPARE(browser.totals().count, qint64(before + 1));
    FacetModel *years = browser.facetModel(RecordQuery::Facet::FiscalYear);
    QCOMPARE(years->index(years->rowOf(2022)).data(FacetModel::CountRole).toLongLong(), 1);
}

// Every read of RecordQuery fails with the database's reason when a table it reads is
// gone (the reason names it), and the reason may be left unasked; on the seed the same
// read is answered and says nothing.
void tst_RecordFilters::failedReadsSayWhy_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("table"); // dropped
    QTest::addColumn<QString>("search");
    const QString records = QStringLiteral("records");
    const QString hoiku = QStringLiteral("保育");
    QTest::newRow("ids") << 0 << records << QString();
    QTest::newRow("ids of a search") << 0 << records << hoiku;
    QTest::newRow("firstIds") << 1 << records << QString();
    QTest::newRow("firstIds of a search") << 1 << QStringLiteral("records_fts") << hoiku;
    QTest::newRow("rows") << 2 << records << QString();
    QTest::newRow("rows, their links") << 2 << QStringLiteral("project_links") << QString();
    QTest::newRow("fiscal year facet") << 3 << records << QString();
    QTest::newRow("bureau facet of a search") << 4 << records << hoiku;
    QTest::newRow("flag status facet") << 5 << QStringLiteral("flags") << QString();
    QTest::newRow("suggested facet") << 6 << records << QString();
    QTest::newRow("rating facet") << 7 << records << QString();
    QTest::newRow("year change facet") << 8 << QStringLiteral("project_links") << QString();
    QTest::newRow("totals") << 9 << records << QString();
    QTest::newRow("totals of a search") << 9 << records << hoiku;
    QTest::newRow("recordCount") << 10 << records << QString();
    QTest::newRow("fewSearchHits") << 11 << QStringLiteral("records_fts") << hoiku;
}

void tst_RecordFilters::failedReadsSayWhy()
{
    QFETCH(int, which);
    QFETCH(QString, table);
    QFETCH(QString, search);
    if (table == u"records_fts" && !m_db->hasFullTextIndex())
        QSKIP("this SQLite has no FTS5");
    RecordFilter filter;
    filter.searchText = search;
    const auto ask = [which, &filter](const RecordQuery &query, QString *error) -> bool {
        using Facet = RecordQuery::Facet;
        switch (which) {
        case 0: return query.ids(filter, RecordQuery::Column::Id, Qt::AscendingOrder, error).has_value();
        case 1:
            return query.firstIds(filter, RecordQuery::Column::Budget, Qt::DescendingOrder, 10,
                                  RecordQuery::firstRowsWalk, error)
                    .has_value();
        case 2: return query.rows({ 1, 2, 3 }, {}, error).has_value();
        case 3: return query.facet(Facet::FiscalYear, filter, error).has_value();
        case 4: return query.facet(Facet::Bureau, filter, error).has_value();
        case 5: return query.facet(Facet::FlagStatus, filter, error).has_value();
        case 6: return query.facet(Facet::Suggested, filter, error).has_value();
        case 7: return query.facet(Facet::Rating, filter, error).has_value();
        case 8: return query.facet(Facet::YearChange, filter, error).has_value();
        case 9: return query.totals(filter, error).has_value();
        case 10: return query.recordCount(error).has_value();
        default: return query.fewSearchHits(filter, error).has_value();
        }
    };
    QTemporaryDir dir;
    ReviewDatabase broken;
    QString error;
    QVERIFY2(openSeededWithout(broken, dir, table, &error), qPrintable(error));
    QVERIFY(!ask(RecordQuery(broken), &error));
    QVERIFY2(error.contains(table), qPrintable(error));
    QVERIFY(!ask(RecordQuery(broken), nullptr));
    // The same read of the seed is answered, and says nothing.
    error.clear();
    QVERIFY(ask(RecordQuery(*m_db), &error));
    QCOMPARE(error, QString());
}

// A block of the grid's rows that cannot be read stays blank, and the browser says why.
void tst_RecordFilters::rowsThatCannotBeReadSayWhy()
{
    QTemporaryDir dir;
    ReviewDatabase broken;
    QString error;
    QVERIFY2(openSeededWithout(broken, dir, QStringLiteral("project_links"), &error), qPrintable(error));
    RecordBrowser browser;
    RecordTableModel *model = browser.tableModel();
    QSignalSpy failed(&browser, &RecordBrowser::queryFailed);
    QSignalSpy rowsFailed(model, &RecordTableModel::readFailed);
    browser.setDatabase(&broken); // the first block is read at once
    QVERIFY(waitForBrowser(&browser));
    QCOMPARE(model->rowCount(), 38); // the ids need no links
    QCOMPARE(rowsFailed.size(), 1);
    const QString reason = rowsFailed.at(0).at(0).toString();
    QVERIFY2(reason.contains(u"project_links"), qPrintable(reason));
    // Said by the browser too (besides the year-change facet's failure).
    bool said = false;
    for (const QList<QVariant> &args : std::as_const(failed))
        said = said || args.at(0).toString() == reason;
    QVERIFY(said);
    QCOMPARE(model->index(0, RecordTableModel::NameColumn).data().toString(), QString());
    QVERIFY(model->recordId(0) > 0);
}

void tst_RecordFilters::postgresGivesTheSameAnswers()
{
    // The same filters on a shared PostgreSQL database (no FTS there: LIKE, and the
    // temporary search table in pg_temp) give the same records as on SQLite.
    // A throw-away server of its own (or HYOKA_TEST_PG_URL's), never skipped.
    PgTestServer server;
    QString serverError;
    QVERIFY2(server.start(&serverError), qPrintable(serverError));
    const QUrl ownUrl(server.freshDatabase(QStringLiteral("hyoka_recordmodel")));
    QVERIFY(!ownUrl.isEmpty());

    QList<QStringList> answers[2];
    const QStringList searches = { QString(), QStringLiteral("保育"), QStringLiteral("保育所"),
                                   QStringLiteral("子育て 支援事業"), QStringLiteral("100%_") };
    QTemporaryDir dir;
    for (int side = 0; side < 2; ++side) {
        ReviewDatabase db;
        QString error;
        QVERIFY2(db.open(side == 0 ? dir.filePath(QStringLiteral("parity.sqlite")) : ownUrl.toString(),
                         &error),
                 qPrintable(error));
        QCOMPARE(db.isSqlite(), side == 0);
        {
            const ImportResult r = RecordStore(db).importFile(QStringLiteral(HYOKA_SEED_FILE));
            QVERIFY2(r.ok, qPrintable(r.error));
        }
        // A record without budget or level on both sides: unknown values sort alike.
        Record blank;
        blank.fiscalYear = 2021;
        blank.bureau = QStringLiteral("総務企画局");
        blank.code = QStringLiteral("99999990");
        blank.name = QStringLiteral("予算未定の保育事業");
        QVERIFY(RecordStore(db).importRecords({ blank }, QStringLiteral("blank")).ok);
        RecordBrowser browser;
        QSignalSpy failed(&browser, &RecordBrowser::queryFailed);
        browser.setDatabase(&db);
        RecordTableModel *model = browser.tableModel();
        for (const QString &text : searches) {
            browser.setSearchText(text);
            for (bool under : { false, true }) {
                browser.setUnderperformingOnly(under);
                QVERIFY(waitForBrowser(&browser));
                QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
                // Sorted by budget both ways, ties by id: the code order is the answer.
                QStringList codes;
                for (const Qt::SortOrder order : { Qt::DescendingOrder, Qt::AscendingOrder }) {
                    model->sort(RecordTableModel::BudgetColumn, order);
                    QVERIFY(waitForBrowser(&browser));
                    QCOMPARE(model->sortOrder(), order);
                    for (int row = 0; row < model->rowCount(); ++row)
                        codes << model->index(row, RecordTableModel::CodeColumn).data().toString();
                }
                codes << QString::number(browser.totals().budget);
                FacetModel *bureaus = browser.facetModel(RecordQuery::Facet::Bureau);
                for (int row = 0; row < bureaus->rowCount(); ++row)
                    codes << bureaus->index(row).data(FacetModel::CountRole).toString();
                answers[side].append(codes);
            }
        }
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        browser.setDatabase(nullptr);
    }
    QCOMPARE(answers[1], answers[0]);
}

QTEST_MAIN(tst_RecordFilters)
#include "tst_recordfilters.moc"

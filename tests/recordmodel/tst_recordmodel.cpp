// The review window's models on the seed in a temporary SQLite database: SQL-side
// sort and filter, search (the FTS5 index, docs/search.md), facets with counts, totals, the
// row-block cache on more rows than one block, and QAbstractItemModelTester on each.
#include "facetmodel.h"
#include "indicatortablemodel.h"
#include "recordbrowser.h"
#include "recordquery.h"
#include "searchindex.h"
#include "recordstore.h"
#include "recordtablemodel.h"
#include "reviewdatabase.h"
#include "testrecords.h"
#include "textnormaliser.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Hyoka;

class tst_RecordModel : public QObject
{
    Q_OBJECT

private slots:
    void numberColumnEmptyWithoutNumber();
    void initTestCase();
    void cleanupTestCase();
    void init();

    void searchTerms_data();
    void searchTerms();
    void conditionBindsUserText();
    void searchUsesTheFullTextIndexForEveryTerm();
    void modelsPassTheTester();
    void sortByBudgetDescending();
    void sortKeepsPersistentIndexes();
    void sortOnEveryColumn();
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
    void rolesAndFormatting();
    void indicatorModel();
    void rowCacheOnManyRecords();
    void refreshSeesNewRecordsUnderTheSameSearch();
    void postgresGivesTheSameAnswers();

private:
    QStringList visibleCodes() const;
    QSet<QString> codesWhere(const std::function<bool(const Record &)> &pred) const;
    static QString fullText(const Record &r);

    QTemporaryDir m_dir;
    std::unique_ptr<ReviewDatabase> m_db;
    std::unique_ptr<RecordBrowser> m_browser;
    QList<Record> m_records;
};

void tst_RecordModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<ReviewDatabase>();
    QString error;
    QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("review.sqlite")), &error), qPrintable(error));
    RecordStore store(*m_db);
    const ImportResult result = store.importFile(QStringLiteral(HYOKA_SEED_FILE));
    QVERIFY2(result.ok, qPrintable(result.error));
    m_records = TestSupport::allRecords(store);
    QCOMPARE(m_records.size(), 38);
}

void tst_RecordModel::cleanupTestCase()
{
    m_browser.reset();
    m_db.reset();
}

void tst_RecordModel::init()
{
    // A fresh browser per test: no filter left over from the one before.
    m_browser.reset();
    m_browser = std::make_unique<RecordBrowser>();
    m_browser->setDatabase(m_db.get());
}

QStringList tst_RecordModel::visibleCodes() const
{
    const RecordTableModel *model = m_browser->tableModel();
    QStringList codes;
    for (int row = 0; row < model->rowCount(); ++row)
        codes.append(model->index(row, RecordTableModel::CodeColumn).data().toString());
    return codes;
}

QSet<QString> tst_RecordModel::codesWhere(const std::function<bool(const Record &)> &pred) const
{
    QSet<QString> codes;
    for (const Record &r : m_records) {
        if (pred(r))
            codes.insert(r.code);
    }
    return codes;
}

QString tst_RecordModel::fullText(const Record &r)
{
    return r.name + u'\n' + r.summary + u'\n' + r.achievements.join(u'\n');
}

void tst_RecordModel::searchTerms_data()
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

void tst_RecordModel::searchTerms()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    QCOMPARE(RecordQuery::searchTerms(text), terms);
}

void tst_RecordModel::conditionBindsUserText()
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

void tst_RecordModel::searchUsesTheFullTextIndexForEveryTerm()
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

void tst_RecordModel::modelsPassTheTester()
{
    RecordTableModel *table = m_browser->tableModel();
    QAbstractItemModelTester tableTester(table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<std::shared_ptr<QAbstractItemModelTester>> facetTesters;
    for (FacetModel *facet : m_browser->facetModels())
        facetTesters.append(std::make_shared<QAbstractItemModelTester>(
                facet, QAbstractItemModelTester::FailureReportingMode::QtTest));

    // Drive every kind of change under the testers.
    m_browser->setSearchText(QStringLiteral("保育"));
    table->sort(RecordTableModel::BudgetColumn, Qt::DescendingOrder);
    FacetModel *bureaus = m_browser->facetModel(RecordQuery::Facet::Bureau);
    QVERIFY(bureaus->setData(bureaus->index(0), Qt::Checked, Qt::CheckStateRole));
    m_browser->setUnderperformingOnly(true);
    table->sort(RecordTableModel::NameColumn, Qt::AscendingOrder);
    m_browser->clearFilters();
    table->sort(-1);
    m_browser->refresh();

    IndicatorTableModel indicators;
    QAbstractItemModelTester indicatorTester(&indicators,
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const Record &r : std::as_const(m_records))
        indicators.setIndicators(r.indicators);
    indicators.retranslate();
}

void tst_RecordModel::sortByBudgetDescending()
{
    RecordTableModel *model = m_browser->tableModel();
    QSignalSpy layoutSpy(model, &RecordTableModel::layoutChanged);
    QSignalSpy resetSpy(model, &RecordTableModel::modelReset);
    model->sort(RecordTableModel::BudgetColumn, Qt::DescendingOrder);
    QCOMPARE(layoutSpy.count(), 1);
    QCOMPARE(resetSpy.count(), 0);
    QCOMPARE(model->rowCount(), 38);
    QCOMPARE(model->index(0, RecordTableModel::NameColumn).data().toString(),
             QStringLiteral("民間保育所運営事業"));
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QVariant budget = model->index(row, RecordTableModel::BudgetColumn)
                                        .data(RecordTableModel::RawValueRole);
        if (budget.isNull())
            continue;
        QVERIFY(budget.toLongLong() <= previous);
        previous = budget.toLongLong();
    }
}

void tst_RecordModel::sortKeepsPersistentIndexes()
{
    RecordTableModel *model = m_browser->tableModel();
    const QPersistentModelIndex kept = model->index(5, RecordTableModel::NameColumn);
    const QString name = kept.data().toString();
    model->sort(RecordTableModel::BudgetColumn, Qt::AscendingOrder);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data().toString(), name);
    QCOMPARE(kept.column(), int(RecordTableModel::NameColumn));
}

void tst_RecordModel::sortOnEveryColumn()
{
    RecordTableModel *model = m_browser->tableModel();
    for (int column = 0; column < RecordTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            model->sort(column, order);
            QCOMPARE(model->rowCount(), 38);
            QCOMPARE(model->sortColumn(), column);
            // The database sorted: raw values are monotonic (nulls at one end).
            QVariant previous;
            for (int row = 0; row < model->rowCount(); ++row) {
                const QVariant v = model->index(row, column).data(RecordTableModel::RawValueRole);
                if (v.isNull() || previous.isNull()) {
                    previous = v;
                    continue;
                }
                const int cmp = QVariant::compare(previous, v) == QPartialOrdering::Less ? -1
                        : QVariant::compare(previous, v) == QPartialOrdering::Greater   ? 1
                                                                                        : 0;
                QVERIFY2(order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0,
                         qPrintable(QStringLiteral("column %1 row %2").arg(column).arg(row)));
                previous = v;
            }
        }
    }
}

void tst_RecordModel::searchHoiku()
{
    QSignalSpy filterSpy(m_browser.get(), &RecordBrowser::filterChanged);
    m_browser->setSearchText(QStringLiteral("保育"));
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

void tst_RecordModel::search_data()
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

void tst_RecordModel::search()
{
    QFETCH(QString, text);
    m_browser->setSearchText(text);
    const QStringList terms = RecordQuery::searchTerms(text);
    const QSet<QString> expected = codesWhere([&](const Record &r) {
        const QString key = TextNormaliser::searchKey(fullText(r));
        return std::all_of(terms.cbegin(), terms.cend(),
                           [&](const QString &t) { return key.contains(t); });
    });
    const QStringList codes = visibleCodes();
    QCOMPARE(QSet<QString>(codes.cbegin(), codes.cend()), expected);
}

void tst_RecordModel::hostileSearchIsHarmless()
{
    for (const QString &text : { QStringLiteral("x'); DROP TABLE records; --"),
                                 QStringLiteral("\"保育\" OR 1"), QStringLiteral("NEAR(保育 事業)"),
                                 QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("\\"),
                                 QStringLiteral("\"\"\"") }) {
        m_browser->setSearchText(text);
        QVERIFY2(m_browser->tableModel()->query()->lastError().isEmpty(),
                 qPrintable(m_browser->tableModel()->query()->lastError()));
        // Quotes, operators and wildcards are searched for as text, nothing more.
        const QStringList terms = RecordQuery::searchTerms(text);
        const QSet<QString> expected = codesWhere([&](const Record &r) {
            const QString key = TextNormaliser::searchKey(fullText(r));
            return std::all_of(terms.cbegin(), terms.cend(),
                               [&](const QString &t) { return key.contains(t); });
        });
        const QStringList codes = visibleCodes();
        QCOMPARE(QSet<QString>(codes.cbegin(), codes.cend()), expected);
    }
    QCOMPARE(QSqlQuery(m_db->database()).exec(QStringLiteral("SELECT count(*) FROM records")), true);
    m_browser->setSearchText(QString());
    QCOMPARE(m_browser->tableModel()->rowCount(), 38);
}

void tst_RecordModel::bureauFacetLeavesEight()
{
    FacetModel *bureaus = m_browser->facetModel(RecordQuery::Facet::Bureau);
    const int row = bureaus->rowOf(QStringLiteral("総務企画局"));
    QVERIFY(row >= 0);
    QSignalSpy selectionSpy(bureaus, &FacetModel::selectionChanged);
    QSignalSpy filterSpy(m_browser.get(), &RecordBrowser::filterChanged);
    QVERIFY(bureaus->setData(bureaus->index(row), Qt::Checked, Qt::CheckStateRole));
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

void tst_RecordModel::underperformingLeavesNineLevelFour()
{
    QSignalSpy totalsSpy(m_browser.get(), &RecordBrowser::totalsChanged);
    m_browser->setUnderperformingOnly(true);
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

void tst_RecordModel::facetCounts()
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

void tst_RecordModel::facetCountsIgnoreTheirOwnSelection()
{
    FacetModel *bureaus = m_browser->facetModel(RecordQuery::Facet::Bureau);
    FacetModel *levels = m_browser->facetModel(RecordQuery::Facet::Level);
    bureaus->setSelectedValues({ QStringLiteral("総務企画局") });
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

void tst_RecordModel::filtersCombineAndClear()
{
    FacetModel *bureaus = m_browser->facetModel(RecordQuery::Facet::Bureau);
    bureaus->setSelectedValues({ QStringLiteral("こども未来局") });
    m_browser->setUnderperformingOnly(true);
    m_browser->setSearchText(QStringLiteral("保育"));
    const QSet<QString> expected = codesWhere([](const Record &r) {
        return r.bureau == u"こども未来局" && r.isUnderperforming()
                && TextNormaliser::searchKey(fullText(r)).contains(u"保育");
    });
    QStringList codes = visibleCodes();
    QCOMPARE(QSet<QString>(codes.cbegin(), codes.cend()), expected);

    QSignalSpy filterSpy(m_browser.get(), &RecordBrowser::filterChanged);
    m_browser->clearFilters();
    QCOMPARE(filterSpy.count(), 1); // one re-query, not one per facet
    QVERIFY(m_browser->filter().isEmpty());
    QVERIFY(!bureaus->hasSelection());
    QCOMPARE(m_browser->tableModel()->rowCount(), 38);
}

void tst_RecordModel::totalsMatchRecords()
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

void tst_RecordModel::rolesAndFormatting()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const RecordTableModel *model = m_browser->tableModel();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, RecordTableModel::NameColumn).data().toString() == u"地域子育て支援事業")
            row = r;
    }
    QVERIFY(row >= 0);
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model->index(row, column).data(role);
    };
    QVERIFY(cell(0, RecordTableModel::RecordIdRole).toLongLong() > 0);
    QCOMPARE(cell(RecordTableModel::BudgetColumn).toString(), QStringLiteral("548,333"));
    QCOMPARE(cell(RecordTableModel::BudgetColumn, RecordTableModel::RawValueRole).toLongLong(), 548333);
    QVERIFY(cell(RecordTableModel::BudgetColumn, Qt::TextAlignmentRole).toInt() & Qt::AlignRight);
    QVERIFY(cell(RecordTableModel::SettlementColumn).toString().startsWith(QStringLiteral("521,252")));
    QVERIFY(cell(RecordTableModel::SettlementColumn, RecordTableModel::SettlementEstimatedRole).toBool());
    QCOMPARE(cell(RecordTableModel::ExecutionRateColumn).toString(), QStringLiteral("95.1%"));
    QCOMPARE(cell(RecordTableModel::LevelColumn).toString(), QStringLiteral("4"));
    QVERIFY(!cell(RecordTableModel::LevelColumn, Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(cell(RecordTableModel::LevelColumn, Qt::BackgroundRole).value<QColor>().isValid());
    QCOMPARE(cell(RecordTableModel::CodeColumn).toString(), QStringLiteral("20101010"));
    QCOMPARE(cell(RecordTableModel::RefPageColumn).toString(), QStringLiteral("1"));
    QCOMPARE(model->headerData(RecordTableModel::BudgetColumn, Qt::Horizontal).toString(),
             RecordTableModel::columnTitle(RecordTableModel::BudgetColumn));

    // An execution rate outside 80–120% is highlighted, one inside is not.
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex rate = model->index(r, RecordTableModel::ExecutionRateColumn);
        const QVariant value = rate.data(RecordTableModel::RawValueRole);
        if (value.isNull())
            continue;
        const bool unusual = value.toDouble() < 0.8 || value.toDouble() > 1.2;
        QCOMPARE(rate.data(Qt::BackgroundRole).value<QColor>().isValid(), unusual);
    }
}

void tst_RecordModel::indicatorModel()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto it = std::find_if(m_records.cbegin(), m_records.cend(),
                                 [](const Record &r) { return r.name == u"地域子育て支援事業"; });
    QVERIFY(it != m_records.cend());
    IndicatorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIndicators(it->indicators);
    QVERIFY(model.rowCount() >= 1);
    const auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(0, column).data(role); };
    QCOMPARE(cell(IndicatorTableModel::ActualColumn).toString(), QStringLiteral("147,832"));
    QCOMPARE(cell(IndicatorTableModel::TargetColumn).toString(), QStringLiteral("224,664"));
    QCOMPARE(cell(IndicatorTableModel::UnitColumn).toString(), QStringLiteral("人"));
    QCOMPARE(cell(IndicatorTableModel::AttainmentColumn).toString(), QStringLiteral("65.8%"));
    QVERIFY(cell(IndicatorTableModel::AttainmentColumn, IndicatorTableModel::LowAttainmentRole).toBool());
    QVERIFY(qAbs(cell(0, IndicatorTableModel::RatioRole).toDouble() - 147832.0 / 224664.0) < 1e-9);
}

void tst_RecordModel::numberColumnEmptyWithoutNumber()
{
    // Another city's table has no 番号 column: its records' number is 0, shown as nothing.
    QTemporaryDir dir;
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("numbers.sqlite")), &error), qPrintable(error));
    QList<Record> records;
    for (int no : { 0, 5 }) {
        Record r;
        r.fiscalYear = 2025;
        r.bureau = QStringLiteral("企画経営部");
        r.no = no;
        r.name = QStringLiteral("事業%1").arg(no);
        records.append(r);
    }
    QVERIFY(RecordStore(db).importRecords(records, QStringLiteral("numbers.csv")).ok);
    RecordBrowser browser;
    browser.setDatabase(&db);
    RecordTableModel *model = browser.tableModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 2);
    QStringList numbers;
    for (int row = 0; row < 2; ++row)
        numbers << model->index(row, RecordTableModel::NameColumn).data().toString() + u'='
                        + model->index(row, RecordTableModel::NoColumn).data().toString();
    numbers.sort();
    QCOMPARE(numbers, (QStringList { QStringLiteral("事業0="), QStringLiteral("事業5=5") }));
}

void tst_RecordModel::rowCacheOnManyRecords()
{
    // More rows than a handful of blocks, so that fetching, eviction and sorting
    // across blocks are exercised.
    QTemporaryDir dir;
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("many.sqlite")), &error), qPrintable(error));
    QList<Record> records;
    const int n = RecordTableModel::blockSize * (RecordTableModel::maxCachedBlocks + 6) + 17;
    for (int i = 0; i < n; ++i) {
        Record r;
        r.fiscalYear = 2020 + i % 3;
        r.bureau = i % 2 ? QStringLiteral("総務企画局") : QStringLiteral("こども未来局");
        r.no = i + 1;
        r.code = QStringLiteral("%1").arg(10000000 + i);
        r.name = QStringLiteral("事業%1").arg(i);
        r.category = QStringLiteral("その他");
        r.budget = qint64(i) * 7 % 1000;
        r.settlement = r.budget;
        r.level = 1 + i % 5;
        r.achievements = { QStringLiteral("実績%1").arg(i) };
        records.append(r);
    }
    RecordStore store(db);
    const ImportResult result = store.importRecords(records, QStringLiteral("generated"));
    QVERIFY2(result.ok, qPrintable(result.error));

    RecordBrowser browser;
    browser.setDatabase(&db);
    RecordTableModel *model = browser.tableModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), n);
    // Every row read, in storage order, through a bounded cache.
    for (int row = 0; row < n; row += 97) {
        QCOMPARE(model->index(row, RecordTableModel::NameColumn).data().toString(),
                 QStringLiteral("事業%1").arg(row));
        QVERIFY(model->cachedBlockCount() <= RecordTableModel::maxCachedBlocks);
    }
    QCOMPARE(model->index(n - 1, RecordTableModel::NoColumn).data().toString(), QString::number(n));

    model->sort(RecordTableModel::NoColumn, Qt::DescendingOrder);
    QCOMPARE(model->index(0, RecordTableModel::NoColumn).data().toString(), QString::number(n));
    QCOMPARE(model->index(n - 1, RecordTableModel::NoColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(model->rowOfRecord(model->recordId(1234)), 1234);

    browser.setSearchText(QStringLiteral("実績%1").arg(n - 1));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, RecordTableModel::NameColumn).data().toString(),
             QStringLiteral("事業%1").arg(n - 1));
    browser.setSearchText(QStringLiteral("実績1234"));
    QCOMPARE(model->rowCount(), 11); // 1234 and 12340–12349
    browser.setDatabase(nullptr);
    QCOMPARE(model->rowCount(), 0);
}

void tst_RecordModel::refreshSeesNewRecordsUnderTheSameSearch()
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
    const int before = browser.tableModel()->rowCount();
    QVERIFY(before > 0);
    FacetModel *bureaus = browser.facetModel(RecordQuery::Facet::Bureau);
    bureaus->setSelectedValues({ QStringLiteral("こども未来局") }); // facets read the same result
    QCOMPARE(browser.tableModel()->rowCount(), before);

    Record extra;
    extra.fiscalYear = 2022;
    extra.bureau = QStringLiteral("こども未来局");
    extra.no = 1;
    extra.code = QStringLiteral("99999999");
    extra.name = QStringLiteral("新しい保育所整備事業");
    extra.category = QStringLiteral("その他");
    QVERIFY(store.importRecords({ extra }, QStringLiteral("extra")).ok);
    browser.refresh();
    QCOMPARE(browser.tableModel()->rowCount(), before + 1);
    QCOMPARE(browser.totals().count, qint64(before + 1));
    FacetModel *years = browser.facetModel(RecordQuery::Facet::FiscalYear);
    QCOMPARE(years->index(years->rowOf(2022)).data(FacetModel::CountRole).toLongLong(), 1);
}

void tst_RecordModel::postgresGivesTheSameAnswers()
{
    // The same filters on a shared PostgreSQL database (no FTS there: LIKE, and the
    // temporary search table in pg_temp) give the same records as on SQLite.
    const QString url = qEnvironmentVariable("HYOKA_TEST_PG_URL");
    if (url.isEmpty())
        QSKIP("HYOKA_TEST_PG_URL is not set (tools/pg-test-server.sh start prints one)");
    const QUrl parsed(url);
    const QString dbName = QStringLiteral("hyoka_recordmodel_%1").arg(QCoreApplication::applicationPid());
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        admin.setHostName(parsed.host());
        admin.setPort(parsed.port(5432));
        admin.setUserName(parsed.userName());
        admin.setDatabaseName(parsed.path().mid(1));
        QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
        QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE %1").arg(dbName));
        admin.close();
    }
    const auto dropDatabase = qScopeGuard([&] {
        QSqlDatabase admin = QSqlDatabase::database(QStringLiteral("admin"));
        if (admin.open())
            QSqlQuery(admin).exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(dbName));
        admin.close();
    });
    QUrl ownUrl = parsed;
    ownUrl.setPath(u'/' + dbName);

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
        browser.setDatabase(&db);
        RecordTableModel *model = browser.tableModel();
        for (const QString &text : searches) {
            browser.setSearchText(text);
            for (bool under : { false, true }) {
                browser.setUnderperformingOnly(under);
                QVERIFY2(model->query()->lastError().isEmpty(), qPrintable(model->query()->lastError()));
                // Sorted by budget both ways, ties by id: the code order is the answer.
                QStringList codes;
                for (const Qt::SortOrder order : { Qt::DescendingOrder, Qt::AscendingOrder }) {
                    model->sort(RecordTableModel::BudgetColumn, order);
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
        browser.setDatabase(nullptr);
    }
    QCOMPARE(answers[1], answers[0]);
}

QTEST_MAIN(tst_RecordModel)
#include "tst_recordmodel.moc"

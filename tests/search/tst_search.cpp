// The search index answers terms of every length exactly as LIKE over the folded
// search text does (docs/search.md), on SQLite (FTS5, character pairs) and
// PostgreSQL (GIN over characters and pairs): random terms over generated records
// whose text mixes kanji, hiragana, full- and half-width katakana and letters,
// characters outside the BMP and the characters LIKE and FTS5 treat specially.
#include "recordquery.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "searchindex.h"
#include "textnormaliser.h"

#include "../shareddb/pgtestserver.h"
#include "searchtexts.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Hyoka;
using namespace SearchTexts;


class tst_Search : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void indexFindsWhatLikeFinds_data();
    void indexFindsWhatLikeFinds();
    void everyTermLengthGoesThroughTheIndex_data();
    void everyTermLengthGoesThroughTheIndex();
    void olderIndexIsReplacedOnUpgrade_data();
    void olderIndexIsReplacedOnUpgrade();
    void indexFollowsUpdatesAndDeletes();
    void searchResultIsKeptForFacetsAndTotals_data();
    void searchResultIsKeptForFacetsAndTotals();
    void sortsWalkAnIndex_data();
    void sortsWalkAnIndex();
    void postgresGramsAreStoredOnUpgrade();
    void postgresGramsAreEveryCharacterAndPair();

private:
    static void backends();
    ReviewDatabase &database(const QString &backend);

    PgTestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<ReviewDatabase> m_sqlite;
    std::unique_ptr<ReviewDatabase> m_pg;
    quint32 m_seed = 0;
};

void tst_Search::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("SQLite") << u"sqlite"_qs;
    QTest::newRow("PostgreSQL") << u"postgresql"_qs;
}

void tst_Search::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_dir.isValid());
    m_seed = testSeed();
}

ReviewDatabase &tst_Search::database(const QString &backend)
{
    std::unique_ptr<ReviewDatabase> &db = backend == u"sqlite" ? m_sqlite : m_pg;
    if (!db)
        db = databaseWith(backend == u"sqlite" ? m_dir.filePath(u"search.sqlite"_qs) : m_server.freshDatabase(u"search"_qs),
                          generatedRecords(m_seed, 1500));
    return *db;
}

void tst_Search::indexFindsWhatLikeFinds_data()
{
    backends();
}

void tst_Search::indexFindsWhatLikeFinds()
{
    QFETCH(QString, backend);
    ReviewDatabase &db = database(backend);
    QVERIFY(db.hasFullTextIndex() || db.hasSearchGrams());

    // The reference: every record's stored search text, read once, searched in C++.
    QHash<qint64, QString> texts;
    QSqlQuery q(db.database());
    QVERIFY2(q.exec(u"SELECT id, search_text FROM records"_qs), qPrintable(q.lastError().text()));
    while (q.next())
        texts.insert(q.value(0).toLongLong(), q.value(1).toString());
    QCOMPARE(texts.size(), 1500);

    // Every single character, then random terms of two to five characters, then pairs of terms.
    QStringList queries = alphabet;
    queries << u"鬱"_qs << u"𠮷𠮷"_qs;
    QRandomGenerator random(m_seed + 1);
    for (int i = 0; i < 120; ++i)
        queries << randomText(random, 2 + (i % 4 == 0 ? random.bounded(4) : 0));
    for (int i = 0; i < 20; ++i)
        queries << randomText(random, 1 + random.bounded(2)) + u' ' + randomText(random, 1 + random.bounded(3));

    RecordQuery query(db);
    int nonEmpty = 0;
    int notAll = 0;
    for (const QString &text : std::as_const(queries)) {
        RecordFilter filter;
        filter.searchText = text;
        const QStringList terms = RecordQuery::searchTerms(text);
        QList<qint64> expected;
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            if (std::all_of(terms.cbegin(), terms.cend(), [&](const QString &t) { return it.value().contains(t); }))
                expected << it.key();
        }
        std::sort(expected.begin(), expected.end());
        // LIKE itself agrees with the reference.
        QString likeSql = u"SELECT id FROM records WHERE "_qs;
        QVariantList likeValues;
        for (qsizetype i = 0; i < terms.size(); ++i) {
            likeSql += (i ? u" AND "_qs : QString()) + u"search_text LIKE ? ESCAPE '\\'"_qs;
            likeValues << SearchIndex::likePattern(terms.at(i));
        }
        QSqlQuery like(db.database());
        QVERIFY(like.prepare(likeSql + u" ORDER BY id"_qs));
        for (const QVariant &v : std::as_const(likeValues))
            like.addBindValue(v);
        QVERIFY2(like.exec(), qPrintable(like.lastError().text()));
        QList<qint64> likeIds;
        while (like.next())
            likeIds << like.value(0).toLongLong();
        QVERIFY2(likeIds == expected, qPrintable(u"LIKE, term "_qs + text));

        QString error;
        const auto ids = query.ids(filter, RecordQuery::Column::Id, Qt::AscendingOrder, &error);
        QVERIFY2(ids, qPrintable(error));
        QVERIFY2(*ids == expected,
                 qPrintable(u"term «%1» (folded «%2»): %3 found, %4 expected"_qs.arg(
                         text, terms.join(u' '), QString::number(ids->size()), QString::number(expected.size()))));
        nonEmpty += !expected.isEmpty();
        notAll += expected.size() < texts.size();
    }
    // The generated data makes both kinds of answer common: the comparison means something.
    QVERIFY2(nonEmpty > queries.size() / 3, qPrintable(QString::number(nonEmpty)));
    QVERIFY2(notAll > queries.size() * 9 / 10, qPrintable(QString::number(notAll)));
}

void tst_Search::everyTermLengthGoesThroughTheIndex_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("term");
    for (const char *backend : { "sqlite", "postgresql" }) {
        for (const QString &term : { u"保"_qs, u"保育"_qs, u"保育所"_qs, u"w"_qs, u"wi"_qs, u"wi-fi"_qs })
            QTest::addRow("%s %s", backend, qPrintable(term)) << QString::fromLatin1(backend) << term;
    }
}

void tst_Search::everyTermLengthGoesThroughTheIndex()
{
    QFETCH(QString, backend);
    QFETCH(QString, term);
    ReviewDatabase &db = database(backend);
    RecordFilter filter;
    filter.searchText = term;
    const RecordQuery::Condition c = RecordQuery(db).condition(filter);
    if (backend == u"sqlite") {
        // The index leads; LIKE only checks the candidates of a term of three or more
        // characters (the index keeps no positions), and records are found by id.
        QVERIFY2(c.sql.startsWith(u"id IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ?)"_qs),
                 qPrintable(c.sql));
        QCOMPARE(c.sql.contains(u"LIKE"_qs), term.size() > 2);
        QSqlQuery q(db.database());
        QVERIFY(q.prepare(u"EXPLAIN QUERY PLAN SELECT id FROM records WHERE "_qs + c.sql));
        for (const QVariant &v : c.values)
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + u'\n';
        QVERIFY2(plan.contains(u"VIRTUAL TABLE INDEX"_qs), qPrintable(plan));
        QVERIFY2(plan.contains(u"SEARCH records USING INTEGER PRIMARY KEY"_qs), qPrintable(plan));
        return;
    }
    // PostgreSQL: the plan reads the GIN index (a sequential scan forbidden, since the
    // planner may rightly prefer one for 1,500 rows).
    QSqlQuery q(db.database());
    QVERIFY(q.exec(u"SET enable_seqscan = off"_qs));
    // EXPLAIN cannot be prepared: the values go in as literals (standard strings).
    QString sql = u"EXPLAIN SELECT id FROM records WHERE "_qs;
    qsizetype value = 0;
    for (const QChar ch : c.sql) {
        if (ch == u'?')
            sql += u'\'' + c.values.at(value++).toString().replace(u'\'', u"''"_qs) + u'\'';
        else
            sql += ch;
    }
    QCOMPARE(value, c.values.size());
    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    QString plan;
    while (q.next())
        plan += q.value(0).toString() + u'\n';
    QVERIFY(q.exec(u"RESET enable_seqscan"_qs));
    QVERIFY2(plan.contains(u"records_search_grams"_qs), qPrintable(plan));
}

void tst_Search::olderIndexIsReplacedOnUpgrade_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("tokenizer");
    // Versions 1-5: trigrams, which cannot look up terms of one or two characters.
    QTest::newRow("trigrams, version 5") << 5 << u"trigram"_qs;
    // Version 6: character pairs with their positions (a bigger, slower index).
    QTest::newRow("pairs with positions, version 6") << 6 << u"hyoka_bigram"_qs;
}

void tst_Search::olderIndexIsReplacedOnUpgrade()
{
    QFETCH(int, version);
    QFETCH(QString, tokenizer);
    // A file of that version, with the index that version made.
    const QString path = m_dir.filePath(u"upgrade%1.sqlite"_qs.arg(version));
    {
        ReviewDatabase old;
        QString error;
        QVERIFY2(old.openAtVersionForTests(path, version, &error), qPrintable(error));
        QVERIFY(RecordStore(old).importRecords(generatedRecords(m_seed + 2, 300), u"old"_qs).error.isEmpty());
        QSqlQuery q(old.database());
        QVERIFY(q.exec(u"DROP TABLE records_fts"_qs));
        QVERIFY(q.exec(u"CREATE VIRTUAL TABLE records_fts USING fts5(search_text, content='records',"
                       " content_rowid='id', tokenize='%1')"_qs.arg(tokenizer)));
        QVERIFY(q.exec(u"INSERT INTO records_fts (records_fts) VALUES ('rebuild')"_qs));
        QCOMPARE(old.schemaVersion(), version);
    }
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), ReviewDatabase::currentSchemaVersion);
    QSqlQuery q(db.database());
    QVERIFY(q.exec(u"SELECT sql FROM sqlite_master WHERE name = 'records_fts'"_qs) && q.next());
    QVERIFY2(q.value(0).toString().contains(u"hyoka_bigram"_qs), qPrintable(q.value(0).toString()));
    QVERIFY2(q.value(0).toString().contains(u"detail=none"_qs), qPrintable(q.value(0).toString()));
    q.finish();
    // Filled: a two-character term finds what the text holds.
    const QString term = RecordQuery::searchTerms(generatedRecords(m_seed + 2, 1).constFirst().name).constFirst();
    RecordFilter filter;
    // Two characters (three UTF-16 units when the second is outside the BMP).
    filter.searchText = firstCharacters(term, 2);
    QVERIFY(q.prepare(u"SELECT count(*) FROM records WHERE search_text LIKE ? ESCAPE '\\'"_qs));
    q.addBindValue(SearchIndex::likePattern(filter.searchText));
    QVERIFY(q.exec() && q.next());
    const qint64 expected = q.value(0).toLongLong();
    QVERIFY2(expected > 0, qPrintable(filter.searchText));
    const auto ids = RecordQuery(db).ids(filter);
    QVERIFY(ids);
    QCOMPARE(ids->size(), expected);
    // And the trigram table's backup was kept (the upgrade copy).
    QVERIFY(!db.migrationBackupPath().isEmpty());
}

void tst_Search::indexFollowsUpdatesAndDeletes()
{
    // Re-importing a record with a new text moves it from one term to the other;
    // deleting it takes it out of the index (the triggers and the deferred index).
    const QString path = m_dir.filePath(u"updates.sqlite"_qs);
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QList<Record> records = generatedRecords(m_seed + 3, 3);
    records[0].name = u"鬱蒼"_qs;
    records[0].summary.clear();
    records[0].achievements.clear();
    RecordStore store(db);
    QVERIFY(store.importRecords(records, u"first"_qs).error.isEmpty());
    const auto count = [&](const QString &text) {
        RecordFilter filter;
        filter.searchText = text;
        const auto ids = RecordQuery(db).ids(filter);
        return ids ? ids->size() : -1;
    };
    QCOMPARE(count(u"鬱"_qs), 1);
    QCOMPARE(count(u"蒼"_qs), 1);
    QCOMPARE(count(u"鬱蒼"_qs), 1);
    records[0].name = u"薔薇"_qs;
    QVERIFY(store.importRecords(records, u"second"_qs).error.isEmpty());
    QCOMPARE(count(u"鬱"_qs), 0);
    QCOMPARE(count(u"薇"_qs), 1);
    QCOMPARE(count(u"薔薇"_qs), 1);
    QSqlQuery q(db.database());
    QVERIFY(q.exec(u"DELETE FROM records WHERE name = '薔薇'"_qs));
    QCOMPARE(count(u"薇"_qs), 0);
    QVERIFY(q.exec(u"INSERT INTO records_fts (records_fts) VALUES ('integrity-check')"_qs));
}

void tst_Search::searchResultIsKeptForFacetsAndTotals_data()
{
    backends();
}

// A search is run once into a temporary table, and the facets and totals read that
// table instead of searching again (docs/search.md). On PostgreSQL that table could not
// be made at all: QPSQL prepared DROP and CREATE TABLE, which the server refuses.
void tst_Search::searchResultIsKeptForFacetsAndTotals()
{
    QFETCH(QString, backend);
    ReviewDatabase &db = database(backend);
    RecordQuery query(db);
    RecordFilter filter;
    filter.searchText = firstCharacters(RecordQuery::searchTerms(generatedRecords(m_seed, 1).constFirst().name).constFirst(), 2);
    QString error;
    const auto ids = query.ids(filter, RecordQuery::Column::Id, Qt::AscendingOrder, &error);
    QVERIFY2(ids, qPrintable(error));
    QVERIFY(!ids->isEmpty());

    const std::optional<RecordQuery::Totals> totals = query.totals(filter, &error);
    QVERIFY2(totals, qPrintable(error));
    QCOMPARE(totals->count, qint64(ids->size()));

    const QString hits = backend == u"sqlite" ? u"temp.hyoka_hits"_qs : u"pg_temp.hyoka_hits"_qs;
    QSqlQuery q(db.database());
    QVERIFY2(q.exec(u"SELECT count(*) FROM "_qs + hits), qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(ids->size()));
}

void tst_Search::sortsWalkAnIndex_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    using Column = RecordQuery::Column;
    const std::pair<const char *, Column> columns[] = {
        { "budget", Column::Budget },       { "settlement", Column::Settlement },
        { "rate", Column::ExecutionRate },  { "name", Column::Name },
        { "code", Column::Code },           { "level", Column::Level },
        { "year", Column::FiscalYear },     { "bureau", Column::Bureau },
        { "category", Column::Category },
    };
    for (const char *backend : { "sqlite", "postgresql" }) {
        for (const auto &[name, column] : columns) {
            for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder })
                QTest::addRow("%s %s %s", backend, name, order == Qt::AscendingOrder ? "asc" : "desc")
                        << QString::fromLatin1(backend) << int(column) << int(order);
        }
    }
}

void tst_Search::sortsWalkAnIndex()
{
    // The grid's sort of every record reads an index in order, never sorts the table
    // (a million rows sorted take seconds). On PostgreSQL sorting is forbidden, so that
    // a plan without a fitting index shows as a Sort node.
    QFETCH(QString, backend);
    QFETCH(int, column);
    QFETCH(int, order);
    ReviewDatabase &db = database(backend);
    const QString orderBy = RecordQuery(db).orderBy(RecordQuery::Column(column), Qt::SortOrder(order));
    QSqlQuery q(db.database());
    QString plan;
    if (backend == u"sqlite") {
        QVERIFY2(q.exec(u"EXPLAIN QUERY PLAN SELECT id FROM records ORDER BY "_qs + orderBy),
                 qPrintable(q.lastError().text()));
        while (q.next())
            plan += q.value(3).toString() + u'\n';
        QVERIFY2(plan.contains(u"USING"_qs) && plan.contains(u"INDEX"_qs), qPrintable(plan));
        QVERIFY2(!plan.contains(u"TEMP B-TREE"_qs), qPrintable(plan));
        return;
    }
    QVERIFY(q.exec(u"SET enable_sort = off"_qs));
    QVERIFY2(q.exec(u"EXPLAIN SELECT id FROM records ORDER BY "_qs + orderBy), qPrintable(q.lastError().text()));
    while (q.next())
        plan += q.value(0).toString() + u'\n';
    QVERIFY(q.exec(u"RESET enable_sort"_qs));
    QVERIFY2(plan.contains(u"Index"_qs), qPrintable(plan));
    QVERIFY2(!plan.contains(u"Sort"_qs), qPrintable(plan));
}

void tst_Search::postgresGramsAreStoredOnUpgrade()
{
    // A version 6 database (grams computed by the index's expression) gets the stored
    // column, filled for the records it already holds, and the sort indexes.
    const QString spec = m_server.freshDatabase(u"upgrade6"_qs);
    QVERIFY(!spec.isEmpty());
    const QList<Record> records = generatedRecords(m_seed + 5, 200);
    {
        ReviewDatabase old;
        QString error;
        QVERIFY2(old.openAtVersionForTests(spec, 6, &error), qPrintable(error));
        QVERIFY(RecordStore(old).importRecords(records, u"old"_qs).error.isEmpty());
        QCOMPARE(old.schemaVersion(), 6);
    }
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(spec, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), ReviewDatabase::currentSchemaVersion);
    QSqlQuery q(db.database());
    QVERIFY(q.exec(u"SELECT count(*) FROM records WHERE search_grams IS NULL"_qs) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(u"SELECT indexdef FROM pg_indexes WHERE indexname = 'records_search_grams'"_qs) && q.next());
    QVERIFY2(q.value(0).toString().contains(u"gin (search_grams)"_qs), qPrintable(q.value(0).toString()));
    QVERIFY(q.exec(u"SELECT indexdef FROM pg_indexes WHERE indexname = 'records_budget'"_qs) && q.next());
    QVERIFY2(q.value(0).toString().contains(u"budget NULLS FIRST, id"_qs), qPrintable(q.value(0).toString()));
    q.finish();
    // The search answers as LIKE does over the stored records.
    const QString name = RecordQuery::searchTerms(records.constFirst().name).constFirst();
    const QString term = firstCharacters(name, 2);
    RecordFilter filter;
    filter.searchText = term;
    QVERIFY(q.prepare(u"SELECT count(*) FROM records WHERE search_text LIKE ? ESCAPE '\\'"_qs));
    q.addBindValue(SearchIndex::likePattern(term));
    QVERIFY(q.exec() && q.next());
    const qint64 expected = q.value(0).toLongLong();
    QVERIFY(expected > 0);
    const auto ids = RecordQuery(db).ids(filter, RecordQuery::Column::Id, Qt::AscendingOrder, &error);
    QVERIFY2(ids, qPrintable(error));
    QCOMPARE(ids->size(), expected);
}

void tst_Search::postgresGramsAreEveryCharacterAndPair()
{
    // hyoka_search_grams() (docs/search.md) against the definition: the distinct
    // characters (code points, a surrogate pair is one) and pairs of neighbours.
    ReviewDatabase &db = database(u"postgresql"_qs);
    QRandomGenerator random(m_seed + 9);
    QStringList texts = { QString(), u"保"_qs, u"𠮷"_qs, u"𠮷𠮷𠮷"_qs, u"ab\nc"_qs, u"ほほほ"_qs };
    for (int i = 0; i < 200; ++i)
        texts << TextNormaliser::searchKey(randomText(random, random.bounded(40)));
    QSqlQuery q(db.database());
    // An empty QString binds as NULL.
    QVERIFY(q.prepare(u"SELECT hyoka_search_grams(coalesce(?, ''))"_qs));
    for (const QString &text : std::as_const(texts)) {
        QStringList characters;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size();
            characters << text.mid(i, pair ? 2 : 1);
            i += pair ? 1 : 0;
        }
        QSet<QString> expected(characters.cbegin(), characters.cend());
        for (qsizetype i = 0; i + 1 < characters.size(); ++i)
            expected.insert(characters.at(i) + characters.at(i + 1));
        q.addBindValue(text);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        // A text[] reads as {a,b,"c d"}: the grams here hold no comma, quote or space
        // unless the text does, so the elements are parsed rather than split.
        QStringList got;
        const QString array = q.value(0).toString();
        QVERIFY2(array.startsWith(u'{') && array.endsWith(u'}'), qPrintable(array));
        QString element;
        bool quoted = false, any = false;
        for (qsizetype i = 1; i + 1 < array.size(); ++i) {
            const QChar c = array.at(i);
            if (quoted && c == u'\\') {
                element += array.at(++i);
            } else if (c == u'"') {
                quoted = !quoted;
                any = true;
            } else if (c == u',' && !quoted) {
                got << std::exchange(element, QString());
                any = false;
            } else {
                element += c;
                any = true;
            }
        }
        if (any || !element.isEmpty())
            got << element;
        const QSet<QString> gotSet(got.cbegin(), got.cend());
        QCOMPARE(got.size(), gotSet.size()); // distinct
        QCOMPARE(gotSet, expected);
    }
}

QTEST_GUILESS_MAIN(tst_Search)


#include "tst_search.moc"

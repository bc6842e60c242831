// An import into PostgreSQL (docs/storage.md "Writing an import"): new records are
// written a batch at a time with the search grams computed by Hyoka
// (SearchIndex::postgresGrams), which must be exactly the server's
// hyoka_search_grams(); a first load builds the search index once at its end, and
// whatever goes wrong leaves the index as it was; any other writer still gets its
// grams from the trigger; a version 7 database (generated grams) is upgraded.
#include "bureaupermissions.h"
#include "recordquery.h"
#include "recordsink.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "searchindex.h"
#include "textnormaliser.h"

#include "../shareddb/pgtestserver.h"
#include "searchtexts.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Hyoka;
using namespace SearchTexts;

class tst_PgImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gramsAreTheServers();
    void importStoresTheServersGrams_data();
    void importStoresTheServersGrams();
    void failedFirstLoadKeepsTheIndex_data();
    void failedFirstLoadKeepsTheIndex();
    void indexStaysForWhoDoesNotOwnIt();
    void otherWritersGetTheirGrams();
    void upgradeFromGeneratedGrams();
    void largeImportsAreVacuumed();

private:
    // The records whose stored grams are not the server's for their text.
    static qint64 wrongGrams(ReviewDatabase &db);
    // records_search_grams's identity (a new one after it was built again), 0 if none.
    static qint64 indexOid(ReviewDatabase &db);
    // The search for `typed` answers as LIKE does for it folded.
    static void searchAnswersAsLike(ReviewDatabase &db, const QString &typed);

    PgTestServer m_server;
    quint32 m_seed = 0;
};

void tst_PgImport::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_seed = qEnvironmentVariableIsSet("HYOKA_SEARCH_SEED")
            ? quint32(qEnvironmentVariableIntValue("HYOKA_SEARCH_SEED"))
            : QRandomGenerator::global()->generate();
    qInfo("HYOKA_SEARCH_SEED=%u", m_seed);
}

qint64 tst_PgImport::wrongGrams(ReviewDatabase &db)
{
    QSqlQuery q(db.database());
    if (!q.exec(u"SELECT count(*) FROM records"
                u" WHERE search_grams IS DISTINCT FROM hyoka_search_grams(search_text)"_qs)
        || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 tst_PgImport::indexOid(ReviewDatabase &db)
{
    QSqlQuery q(db.database());
    if (!q.exec(u"SELECT c.oid FROM pg_class c JOIN pg_index i ON i.indexrelid = c.oid"
                u" WHERE c.relname = 'records_search_grams' AND i.indisvalid"_qs)
        || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

void tst_PgImport::searchAnswersAsLike(ReviewDatabase &db, const QString &typed)
{
    const QString term = TextNormaliser::searchKey(typed);
    QSqlQuery q(db.database());
    QVERIFY(q.prepare(u"SELECT count(*) FROM records WHERE search_text LIKE ? ESCAPE '\\'"_qs));
    q.addBindValue(SearchIndex::likePattern(term));
    QVERIFY(q.exec() && q.next());
    RecordFilter filter;
    filter.searchText = term;
    QString error;
    const auto ids = RecordQuery(db).ids(filter, RecordQuery::Column::Id, Qt::AscendingOrder, &error);
    QVERIFY2(ids, qPrintable(error));
    QCOMPARE(ids->size(), q.value(0).toLongLong());
}

void tst_PgImport::gramsAreTheServers()
{
    PgTestServer &server = m_server;
    const QString spec = server.freshDatabase(u"pgimport_grams"_qs);
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(spec, &error), qPrintable(error));
    // Besides the search alphabet: what PostgreSQL's array syntax quotes or trims
    // (braces, comma, quote, backslash, the six white-space characters), letters of
    // NULL, a lone surrogate (sent by Qt as '?').
    QStringList extra = alphabet;
    extra << u"{"_qs << u"}"_qs << u","_qs << u" "_qs << u"\t"_qs << u"\n"_qs << u"\v"_qs << u"\f"_qs
          << u"\r"_qs << u"N"_qs << u"U"_qs << u"L"_qs << QString(QChar(0xd800)) << u"\u3000"_qs;
    QRandomGenerator random(m_seed);
    QStringList texts = { QString(), u"保"_qs, u"𠮷"_qs, u"NULL"_qs, u"\"\\"_qs, u"{,}"_qs, u" a "_qs };
    for (int i = 0; i < 300; ++i) {
        QString text;
        const int length = random.bounded(30);
        for (int k = 0; k < length; ++k)
            text += extra.at(random.bounded(int(extra.size())));
        texts << text;
    }
    QSqlQuery q(db.database());
    // An empty QString binds as NULL.
    QVERIFY(q.prepare(u"SELECT hyoka_search_grams(coalesce(?, '')) = ?::text[],"
                      u" hyoka_search_grams(coalesce(?, ''))::text"_qs));
    for (const QString &text : std::as_const(texts)) {
        const QString grams = SearchIndex::postgresGrams(text);
        q.addBindValue(text);
        q.addBindValue(grams);
        q.addBindValue(text);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QVERIFY2(q.value(0).toBool(), qPrintable(u"text «%1»: here %2, the server %3"_qs.arg(
                                                 text, grams, q.value(1).toString())));
    }
}

void tst_PgImport::importStoresTheServersGrams_data()
{
    QTest::addColumn<bool>("firstLoad");
    QTest::newRow("first load: the index built at the end") << true;
    QTest::newRow("into stored records: the index written row by row") << false;
}

void tst_PgImport::importStoresTheServersGrams()
{
    QFETCH(bool, firstLoad);
    const QString spec = m_server.freshDatabase(firstLoad ? u"pgimport_first"_qs : u"pgimport_more"_qs);
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(spec, &error), qPrintable(error));
    // More than one batch (500 records), and one project twice in the file.
    QList<Record> records = generatedRecords(m_seed + 1, 1200);
    Record twice = records.at(600);
    twice.name += u"後"_qs;
    records << twice;
    if (!firstLoad) {
        QList<Record> earlier = generatedRecords(m_seed + 2, 300);
        for (Record &r : earlier)
            r.code.prepend(u"E"_qs);
        QVERIFY(RecordStore(db).importRecords(earlier, u"earlier"_qs).error.isEmpty());
    }
    const qint64 before = indexOid(db);
    QVERIFY(before);

    ImportResult result = RecordStore(db).importRecords(records, u"generated"_qs);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.inserted, 1200);
    QCOMPARE(wrongGrams(db), 0);
    QCOMPARE(RecordStore(db).recordCount().value_or(-1), firstLoad ? 1200 : 1500);
    QCOMPARE(RecordStore(db).record(twice.fiscalYear, twice.code)->name, twice.name);
    // A first load built the index again; otherwise it is the one that was there.
    const qint64 after = indexOid(db);
    QVERIFY(after);
    QCOMPARE(after != before, firstLoad);
    for (const QString &term : { firstCharacters(twice.name, 1), firstCharacters(twice.name, 2),
                                 u"保育"_qs, u"w"_qs, u"𠮷"_qs, u"\""_qs })
        searchAnswersAsLike(db, term);

    // Imported again with other texts: the updated records' grams follow.
    for (Record &r : records)
        r.summary += u"児童"_qs;
    result = RecordStore(db).importRecords(records, u"again"_qs);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.updated, 1200);
    QCOMPARE(wrongGrams(db), 0);
    QCOMPARE(indexOid(db), after);
    searchAnswersAsLike(db, u"児童"_qs);
    // The stored projects were replaced a batch at a time: each has the achievements
    // of its last row in the file, none left from before.
    QHash<QString, qsizetype> achievements;
    for (const Record &r : std::as_const(records))
        achievements.insert(r.code, r.achievements.size());
    qsizetype expected = 0;
    for (const qsizetype n : std::as_const(achievements))
        expected += n;
    QSqlQuery q(db.database());
    QVERIFY(q.exec(u"SELECT count(*) FROM achievements a JOIN records r ON r.id = a.record_id"
                   u" WHERE r.code NOT LIKE 'E%'"_qs)
            && q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(expected));
    const Record &last = records.constLast(); // the project's second row
    const std::optional<Record> kept = RecordStore(db).record(last.fiscalYear, last.code);
    QVERIFY(kept);
    QCOMPARE(kept->name, last.name);
    QCOMPARE(kept->summary, last.summary);
    QCOMPARE(kept->achievements, last.achievements);
}

void tst_PgImport::failedFirstLoadKeepsTheIndex_data()
{
    QTest::addColumn<bool>("failAtCommit");
    QTest::newRow("reading fails half-way") << false;
    QTest::newRow("fails after the index was built") << true;
}

void tst_PgImport::failedFirstLoadKeepsTheIndex()
{
    QFETCH(bool, failAtCommit);
    const QString spec = m_server.freshDatabase(u"pgimport_failed"_qs);
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(spec, &error), qPrintable(error));
    const qint64 before = indexOid(db);
    QVERIFY(before);
    const QList<Record> records = generatedRecords(m_seed + 3, 900);
    const auto feed = [&](RecordSink &sink, QString *readError) {
        for (Record r : records) {
            if (!sink.addRecord(std::move(r)))
                return false;
        }
        if (failAtCommit)
            return true;
        *readError = u"broken.csv:901: the file ends in the middle of a row"_qs;
        return false;
    };
    const auto hook = [&](QString *hookError) {
        if (!failAtCommit)
            return true;
        *hookError = u"the flags could not be copied"_qs;
        return false;
    };
    const ImportResult result = RecordStore(db).importFrom(u"broken.csv"_qs, feed, hook);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(RecordStore(db).recordCount().value_or(-1), 0);
    QCOMPARE(indexOid(db), before);
    // The database takes the next import as if nothing had happened.
    QVERIFY(RecordStore(db).importRecords(records, u"good"_qs).error.isEmpty());
    QCOMPARE(wrongGrams(db), 0);
    QVERIFY(indexOid(db));
    searchAnswersAsLike(db, firstCharacters(records.constFirst().name, 2));
}

void tst_PgImport::indexStaysForWhoDoesNotOwnIt()
{
    // An administrator who does not own the tables imports into an empty database:
    // the index cannot be dropped by it, so it is written row by row, and the import
    // goes through.
    const QString spec = m_server.freshDatabase(u"pgimport_admin"_qs);
    qint64 before = 0;
    {
        ReviewDatabase owner;
        QString error;
        QVERIFY2(owner.open(spec, &error), qPrintable(error));
        QSqlQuery q(owner.database());
        q.exec(u"DROP ROLE IF EXISTS pgimport_boss"_qs);
        QVERIFY2(q.exec(u"CREATE ROLE pgimport_boss LOGIN"_qs), qPrintable(q.lastError().text()));
        QVERIFY2(BureauPermissions::install(owner, &error), qPrintable(error));
        QVERIFY2(BureauPermissions::grant(owner, u"pgimport_boss"_qs, BureauPermissions::Kind::Admin, {}, &error),
                 qPrintable(error));
        before = indexOid(owner);
        QVERIFY(before);
    }
    QUrl url(spec);
    url.setUserName(u"pgimport_boss"_qs);
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(url.toString(), &error), qPrintable(error));
    const QList<Record> records = generatedRecords(m_seed + 4, 700);
    const ImportResult result = RecordStore(db).importRecords(records, u"boss"_qs);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.inserted, 700);
    QCOMPARE(indexOid(db), before);
    QCOMPARE(wrongGrams(db), 0);
    searchAnswersAsLike(db, firstCharacters(records.constLast().name, 2));
}

void tst_PgImport::otherWritersGetTheirGrams()
{
    // A writer that is not Hyoka's import (psql, an older Hyoka's copy) leaves the
    // grams out or changes the text alone: the trigger computes them.
    const QString spec = m_server.freshDatabase(u"pgimport_others"_qs);
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(spec, &error), qPrintable(error));
    QSqlQuery q(db.database());
    QVERIFY2(q.exec(u"INSERT INTO records (fiscal_year, code, name, search_text)"
                    u" VALUES (2021, 'X1', '保育所', '保育所')"_qs),
             qPrintable(q.lastError().text()));
    QCOMPARE(wrongGrams(db), 0);
    QVERIFY(q.exec(u"UPDATE records SET search_text = '児童' WHERE code = 'X1'"_qs));
    QCOMPARE(wrongGrams(db), 0);
    QVERIFY(q.exec(u"SELECT search_grams::text FROM records WHERE code = 'X1'"_qs) && q.next());
    QCOMPARE(q.value(0).toString(), u"{児,児童,童}"_qs);
    // Grams given with the text are kept as given (Hyoka's import computes them).
    QVERIFY(q.exec(u"UPDATE records SET search_text = '公園', search_grams = '{公,公園,園}' WHERE code = 'X1'"_qs));
    QCOMPARE(wrongGrams(db), 0);
    searchAnswersAsLike(db, u"公園"_qs);
    searchAnswersAsLike(db, u"児"_qs);
}

void tst_PgImport::upgradeFromGeneratedGrams()
{
    // Version 7 generated the grams in the table; version 8 keeps the stored ones and
    // takes them from the import.
    const QString spec = m_server.freshDatabase(u"pgimport_upgrade"_qs);
    const QList<Record> records = generatedRecords(m_seed + 5, 400);
    {
        ReviewDatabase old;
        QString error;
        QVERIFY2(old.openAtVersionForTests(spec, 7, &error), qPrintable(error));
        QVERIFY(RecordStore(old).importRecords(records.mid(0, 200), u"old"_qs).error.isEmpty());
        QCOMPARE(old.schemaVersion(), 7);
    }
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(spec, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), ReviewDatabase::currentSchemaVersion);
    QSqlQuery q(db.database());
    QVERIFY(q.exec(u"SELECT attgenerated FROM pg_attribute WHERE attrelid = 'records'::regclass"
                   u" AND attname = 'search_grams'"_qs)
            && q.next());
    QCOMPARE(q.value(0).toString(), QString());
    QCOMPARE(wrongGrams(db), 0);
    const ImportResult result = RecordStore(db).importRecords(records, u"new"_qs);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.inserted, 200);
    QCOMPARE(result.updated, 200);
    QCOMPARE(wrongGrams(db), 0);
    searchAnswersAsLike(db, firstCharacters(records.constLast().name, 2));
}

void tst_PgImport::largeImportsAreVacuumed()
{
    // A tenth of the table or more is vacuumed after the commit (the sort indexes then
    // answer from the index alone); a small import is not.
    const QString spec = m_server.freshDatabase(u"pgimport_vacuum"_qs);
    ReviewDatabase db;
    QString error;
    QVERIFY2(db.open(spec, &error), qPrintable(error));
    auto vacuums = [&db] {
        QSqlQuery q(db.database());
        return q.exec(u"SELECT vacuum_count FROM pg_stat_user_tables WHERE relname = 'records'"_qs) && q.next()
                ? q.value(0).toLongLong()
                : -1;
    };
    auto allVisiblePages = [&db] {
        QSqlQuery q(db.database());
        return q.exec(u"SELECT relallvisible FROM pg_class WHERE oid = 'records'::regclass"_qs) && q.next()
                ? q.value(0).toLongLong()
                : -1;
    };
    QCOMPARE(vacuums(), 0);
    auto import = [&db](quint32 seed, int count, const QString &prefix) {
        QList<Record> records = generatedRecords(seed, count);
        for (Record &r : records)
            r.code.prepend(prefix);
        return RecordStore(db).importRecords(records, prefix);
    };
    ImportResult r = import(m_seed + 7, 600, u"A"_qs);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(vacuums(), 1);
    QVERIFY(allVisiblePages() > 0);

    r = import(m_seed + 8, 50, u"B"_qs); // 50 of 650: under a tenth
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.inserted, 50);
    QCOMPARE(vacuums(), 1);

    r = import(m_seed + 9, 100, u"C"_qs); // 100 of 750
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(vacuums(), 2);
}

QTEST_GUILESS_MAIN(tst_PgImport)

#include "tst_pgimport.moc"

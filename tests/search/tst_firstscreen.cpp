// The first screen of a search (docs/search.md, "The first screen of a search"): the
// first 256 ids asked before the whole answer are the whole answer's first 256, on
// SQLite and PostgreSQL, whichever way they are found: through the search index, by
// walking the records in the grid's order and testing the index per row, or (SQLite,
// a word of one character) testing each walked record with LIKE.
#include "recordquery.h"
#include "recordstore.h"
#include "reviewdatabase.h"

#include "../shareddb/pgtestserver.h"
#include "searchtexts.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Hyoka;
using namespace SearchTexts;

class tst_FirstScreen : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void firstRowsBeginTheWholeAnswer_data();
    void firstRowsBeginTheWholeAnswer();
    void oneCharacterWordIsWalkedWithLike_data();
    void oneCharacterWordIsWalkedWithLike();

private:
    ReviewDatabase &database(const QString &backend);

    PgTestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<ReviewDatabase> m_sqlite, m_pg;
    quint32 m_seed = 0;
};

void tst_FirstScreen::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_dir.isValid());
    m_seed = testSeed();
}

// Generated records of which four in five hold 保 and 育 (more hits than
// RecordQuery::fewHits) and the second half 鳥 (the first records in id order have
// none); many equal budgets, so that the id's tie-break counts; every level.
ReviewDatabase &tst_FirstScreen::database(const QString &backend)
{
    std::unique_ptr<ReviewDatabase> &db = backend == u"sqlite" ? m_sqlite : m_pg;
    if (db)
        return *db;
    QList<Record> records = generatedRecords(m_seed + 3, RecordQuery::fewHits * 3 / 2);
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (i % 5 != 0)
            records[i].name += u"保育"_qs;
        if (i >= records.size() / 2)
            records[i].summary += u"鳥"_qs;
        records[i].budget = (i * 7919) % 1000;
        records[i].level = 1 + int(i % 5);
    }
    db = databaseWith(backend == u"sqlite" ? m_dir.filePath(u"many.sqlite"_qs) : m_server.freshDatabase(u"search_many"_qs),
                      records);
    return *db;
}

void tst_FirstScreen::firstRowsBeginTheWholeAnswer_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("term");
    QTest::addColumn<bool>("few");
    for (const char *backend : { "sqlite", "postgresql" }) {
        const QString b = QString::fromLatin1(backend);
        QTest::addRow("%s: many hits, walked in order", backend) << b << u"保"_qs << false;
        QTest::addRow("%s: many hits, two terms", backend) << b << u"保 育"_qs << false;
        QTest::addRow("%s: hits in the later half only", backend) << b << u"鳥"_qs << true;
        QTest::addRow("%s: few hits", backend) << b << u"童児"_qs << true;
        QTest::addRow("%s: few hits, one character", backend) << b << u"𠮷"_qs << true;
        QTest::addRow("%s: no hit", backend) << b << u"鬱"_qs << true;
    }
}

void tst_FirstScreen::firstRowsBeginTheWholeAnswer()
{
    QFETCH(QString, backend);
    QFETCH(QString, term);
    QFETCH(bool, few);
    RecordQuery query(database(backend));
    RecordFilter filter;
    filter.searchText = term;
    QString error;
    if (backend == u"sqlite")
        QCOMPARE(query.fewSearchHits(filter, &error), std::optional<bool>(few));
    QCOMPARE(error, QString());
    // (The flag status is computed per record: no index gives its order, the walk is not tried.)
    for (const auto column : { RecordQuery::Column::Id, RecordQuery::Column::Budget, RecordQuery::Column::Name,
                               RecordQuery::Column::FlagStatus }) {
        for (const auto order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            const auto all = query.ids(filter, column, order, &error);
            QVERIFY2(all, qPrintable(error));
            if (!few)
                QVERIFY(all->size() >= RecordQuery::fewHits);
            // PostgreSQL tries the first records in the sort order first: all of them
            // (the default), or too few to hold the first screen of 鳥 in id order.
            for (const int walkRows : { RecordQuery::firstRowsWalk, 1000 }) {
                const auto first = query.firstIds(filter, column, order, 256, walkRows, &error);
                QVERIFY2(first, qPrintable(error));
                QCOMPARE(*first, all->mid(0, 256));
            }
        }
    }
}

void tst_FirstScreen::oneCharacterWordIsWalkedWithLike_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<int>("walkRows");
    QTest::addColumn<bool>("filled");       // the walk finds the whole first screen
    QTest::addColumn<bool>("noneAtFirst");  // and none in id order, unfiltered
    const int walk = RecordQuery::sqliteFirstRowsWalk;
    QTest::newRow("common character") << u"保"_qs << walk << true << false;
    QTest::newRow("two common characters") << u"保 育"_qs << walk << true << false;
    QTest::newRow("a character and a pair") << u"保 保育"_qs << walk << true << false;
    QTest::newRow("hits in the later half, a short walk") << u"鳥"_qs << 1000 << false << true;
    QTest::newRow("no hit") << u"鬱"_qs << walk << false << true;
    QTest::newRow("LIKE's wildcard") << u"%"_qs << walk << false << false;
    QTest::newRow("LIKE's one-character wildcard") << u"_"_qs << walk << false << false;
}

// What the walk finds is always the whole answer's beginning, in every sort order and
// under the facets and the underperforming toggle; for a word most records hold it is
// the whole first screen.
void tst_FirstScreen::oneCharacterWordIsWalkedWithLike()
{
    QFETCH(QString, term);
    QFETCH(int, walkRows);
    QFETCH(bool, filled);
    QFETCH(bool, noneAtFirst);
    const RecordQuery query(database(u"sqlite"_qs));
    QString error;
    for (const bool filtered : { false, true }) {
        RecordFilter filter;
        filter.searchText = term;
        if (filtered) {
            filter.levels = { 3, 4, 5 };
            filter.underperformingOnly = true; // 4 and 5 of those
        }
        for (const auto column : { RecordQuery::Column::Id, RecordQuery::Column::Budget, RecordQuery::Column::Name }) {
            for (const auto order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                const auto all = query.ids(filter, column, order, &error);
                QVERIFY2(all, qPrintable(error));
                const auto walked = query.walkFirstIds(filter, column, order, 256, walkRows, &error);
                QVERIFY2(walked, qPrintable(error));
                QCOMPARE(*walked, all->mid(0, walked->size()));
                if (filled)
                    QCOMPARE(walked->size(), 256);
                if (noneAtFirst && !filtered && column == RecordQuery::Column::Id && order == Qt::AscendingOrder)
                    QCOMPARE(walked->size(), 0);
            }
        }
    }
}

QTEST_MAIN(tst_FirstScreen)
#include "tst_firstscreen.moc"

// A real table of another city (品川区, 令和7年度): recognised with --year alone,
// stored, and re-imported without losing the reviewers' flags (tests/shinagawa/data).
#include "testrecords.h"
#include "flagstore.h"
#include "flagwrites.h"
#include "recordquery.h"
#include "recordstore.h"
#include "reviewdatabase.h"

#include <QTemporaryDir>
#include <algorithm>
#include <QTest>

using namespace Hyoka;

class tst_Shinagawa : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void records();
    void reimportKeepsFlags();

private:
    // Imports the table into the test's database with --year 2025 alone.
    ImportResult importTable(ReviewDatabase &db)
    {
        QString err;
        if (!db.isOpen() && !db.open(m_dir.filePath(QStringLiteral("a.sqlite")), &err))
            qFatal("cannot open the database: %s", qPrintable(err));
        ReadOptions options;
        options.defaultYear = 2025;
        return RecordStore(db).importFile(csvPath(), options);
    }
    QString csvPath() const
    {
        return QStringLiteral(HYOKA_SOURCE_DIR "/tests/shinagawa/data/shinagawa_r7.csv");
    }
    QTemporaryDir m_dir;
    QList<Record> m_records;
};

void tst_Shinagawa::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ReviewDatabase db;
    const ImportResult r = importTable(db);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.skippedRows, 0);
    // Seven projects appear twice under the same department, section and name (once
    // per account): without a code each copy is numbered, a record of its own
    // (docs/storage.md), and named in a warning; the empty R7 budget column is no error.
    QCOMPARE(r.inserted, 652);
    QCOMPARE(r.warnings.size(), 7);
    for (const ImportWarning &w : r.warnings)
        QVERIFY2(w.message.contains(u"appears more than once"), qPrintable(w.toString()));
    m_records = TestSupport::allRecords(RecordStore(db));
}

void tst_Shinagawa::records()
{
    QCOMPARE(m_records.size(), 652);
    QList<int> ranks(5);
    int withPurpose = 0; // summaries of 【目的】 and 【概要】 blocks, their lines kept
    for (const Record &r : std::as_const(m_records)) {
        QVERIFY2(!r.bureau.isEmpty(), qPrintable(r.name));
        QVERIFY2(!r.division.isEmpty(), qPrintable(r.name));
        QVERIFY(!r.name.isEmpty());
        QVERIFY(r.code.isEmpty());
        QVERIFY(r.refPage);
        QCOMPARE(r.fiscalYear, 2025);
        QVERIFY(!r.budget);      // R7 budget column empty: no amount
        QVERIFY(!r.settlement);  // the settlement is of 2024, not the record's year
        for (const Amount &a : r.amounts) {
            QCOMPARE(a.kind, AmountKind::Settlement);
            QCOMPARE(a.fiscalYear, 2024);
        }
        QVERIFY2(r.rating, qPrintable(r.name));
        QCOMPARE(r.rating->ranks, 4);
        QCOMPARE(r.rating->scale, QStringLiteral("letter"));
        QVERIFY(r.rating->rank >= 1 && r.rating->rank <= 4);
        ++ranks[r.rating->rank];
        QVERIFY2(!r.summary.isEmpty(), qPrintable(r.name));
        withPurpose += r.summary.startsWith(u"【目的】") && r.summary.contains(u'\n') ? 1 : 0;
        QCOMPARE(r.sourceFile, csvPath());
        QVERIFY(r.sourceLine > 1);
    }
    QVERIFY2(withPurpose > 600, qPrintable(QString::number(withPurpose)));
    for (int rank = 1; rank <= 4; ++rank)
        QVERIFY2(ranks.at(rank) > 0, qPrintable(QString::number(rank)));

    const Record &first = m_records.first();
    QCOMPARE(first.refPage, std::optional<int>(1));
    QCOMPARE(first.name, QStringLiteral("全庁共通プロジェクト推進経費"));
    QCOMPARE(first.bureau, QStringLiteral("企画経営部"));
    QCOMPARE(first.division, QStringLiteral("企画課"));
    QCOMPARE(first.amounts, (QList<Amount> { { AmountKind::Settlement, 2024, 57181 } }));
    QCOMPARE(first.rating->label, QStringLiteral("C 改善・見直しする事業"));
    QCOMPARE(first.rating->rank, 3);
    QVERIFY(first.summary.contains(QStringLiteral("\n【概要】\n◆活用方針未定")));
    QCOMPARE(first.sourceLine, 2);
}

void tst_Shinagawa::reimportKeepsFlags()
{
    ReviewDatabase db;
    QVERIFY(importTable(db).ok); // opens it; the same table again
    const Record &target = m_records.at(10);
    // The second 審査支払手数料 of 高齢者福祉課 (page 324), numbered in file order.
    const auto second = std::find_if(m_records.cbegin(), m_records.cend(), [](const Record &r) {
        return r.refPage == 324;
    });
    QVERIFY(second != m_records.cend());
    QCOMPARE(second->name, QStringLiteral("審査支払手数料"));
    QCOMPARE(second->occurrence, 2);
    FlagStore flags(db);
    Flag flag;
    flag.status = QStringLiteral("flagged");
    flag.note = QStringLiteral("確認する");
    QVERIFY(flags.setFlag(target.fiscalYear, target.identityKey(), flag).ok());
    flag.note = QStringLiteral("二つ目");
    QVERIFY(flags.setFlag(second->fiscalYear, second->identityKey(), flag).ok());
    // The grid's row names the same project, the flag key its flag action uses.
    const qint64 secondId = RecordStore(db).recordId(second->fiscalYear, second->identityKey());
    QVERIFY(secondId > 0);
    const QList<RecordRow> rows = RecordQuery(db).rows({ secondId }, RuleSettings()).value_or(QList<RecordRow>());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().occurrence, 2);
    QCOMPARE(rows.first().identityKey(), second->identityKey());
    QCOMPARE(rows.first().flagStatus, QStringLiteral("flagged"));

    const ImportResult again = importTable(db);
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.inserted, 0);
    QCOMPARE(again.updated, 652);
    QCOMPARE(TestSupport::allRecords(RecordStore(db)).size(), 652);
    const Flag kept = *flags.flag(target.fiscalYear, target.identityKey());
    QCOMPARE(kept.status, QStringLiteral("flagged"));
    QCOMPARE(kept.note, QStringLiteral("確認する"));
    QCOMPARE(flags.flag(second->fiscalYear, second->identityKey())->note, QStringLiteral("二つ目"));

    // A review session's write names a record without a code by its name and bureau
    // (the undo text, the conflict dialog), not by its identity key.
    flag.note = QStringLiteral("三つ目");
    const QList<FlagWrites::Answer> answers = FlagWrites::run(
            &db, { { second->fiscalYear, second->identityKey(), flag, Flag(),
                     flags.flag(second->fiscalYear, second->identityKey())->version } });
    QCOMPARE(answers.size(), 1);
    QVERIFY(answers.first().result.ok());
    QCOMPARE(answers.first().recordId, secondId);
    QCOMPARE(answers.first().name, QStringLiteral("審査支払手数料"));
    QCOMPARE(answers.first().shownCode, second->bureau);
}

QTEST_GUILESS_MAIN(tst_Shinagawa)
#include "tst_shinagawa.moc"

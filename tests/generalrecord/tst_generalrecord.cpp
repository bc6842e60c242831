// The generalised record in storage (issue 13, docs/storage.md): schema 3 migration,
// records without codes identified by organisation and name, division, rating,
// amounts and provenance through the store, JSON, CSV and XLSX, column profiles.
#include "testrecords.h"
#include "generalrecords.h"

#include "databasecopier.h"
#include "flagstore.h"
#include "jsonrecordwriter.h"
#include "profilestore.h"
#include "recordquery.h"
#include "recordreader.h"
#include "recordsink.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "tabularexport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Hyoka;

class tst_GeneralRecord : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void version2MigratesKeepingRecordsFlagsAndAudit();
    void recordsWithoutCodeKeepIdentityAndFlags();
    void newFieldsRoundTripThroughTheStore();
    void jsonCarriesNewFields();
    void gridRowsCarryDivisionAndRating();
    void executionRateOnlyFromItsOwnYear();
    void tabularExportCarriesNewColumns_data();
    void tabularExportCarriesNewColumns();
    void copyKeepsNewFieldsAndProfiles();
    void profilesSaveLoadMatchRemove();

private:
    static QJsonObject jsonOf(const Record &r);

    QTemporaryDir *m_dir = nullptr;
    ReviewDatabase *m_db = nullptr;
};

void tst_GeneralRecord::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_db = new ReviewDatabase;
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("review.sqlite")), &error), qPrintable(error));
}

void tst_GeneralRecord::cleanup()
{
    delete m_db;
    m_db = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

QJsonObject tst_GeneralRecord::jsonOf(const Record &r)
{
    return QJsonDocument::fromJson(JsonRecordWriter::recordObject(r, 0)).object();
}

void tst_GeneralRecord::version2MigratesKeepingRecordsFlagsAndAudit()
{
    const QString path = m_dir->filePath(QStringLiteral("v2.sqlite"));
    QString error;
    QVERIFY2(GeneralRecords::createVersion2Database(path, &error), qPrintable(error));

    ReviewDatabase db;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), ReviewDatabase::currentSchemaVersion);
    // The version-2 file was backed up before the upgrade.
    QVERIFY2(db.migrationBackupPath().startsWith(path + QStringLiteral(".v2-backup-")),
             qPrintable(db.migrationBackupPath()));
    QVERIFY(QFile::exists(db.migrationBackupPath()));
    for (const char *t : { "amounts", "profiles" })
        QVERIFY2(db.database().tables().contains(QString::fromLatin1(t)), t);

    RecordStore store(db);
    QCOMPARE(store.recordCount().value_or(-1), 2);
    const auto r = store.record(2021, QStringLiteral("50102010"));
    QVERIFY(r);
    QCOMPARE(r->name, QStringLiteral("広聴等事務"));
    QCOMPARE(r->code, QStringLiteral("50102010"));
    QCOMPARE(r->division, QString());
    QCOMPARE(r->sourceFile, QStringLiteral("old.md"));
    QCOMPARE(r->sourceLine, 12);
    // The stored level became the rating on the level scale.
    QVERIFY(r->rating);
    QCOMPARE(*r->rating, (Rating { QStringLiteral("4"), 4, 5, QStringLiteral("level"), {} }));
    QVERIFY(r->amounts.isEmpty());

    FlagStore flags(db);
    const Flag flag = *flags.flag(2021, QStringLiteral("50102010"));
    QCOMPARE(flag.status, QStringLiteral("flagged"));
    QCOMPARE(flag.note, QStringLiteral("確認する"));
    QCOMPARE(flag.version, 1);
    QVERIFY(!flags.history(2021, QStringLiteral("50102010"))->isEmpty());

    // A re-import of the same project after the upgrade keeps its flag.
    Record again = *r;
    again.settlement = 1200;
    const ImportResult result = store.importRecords({ again }, QStringLiteral("new.csv"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.updated, 1);
    QCOMPARE(flags.flag(2021, QStringLiteral("50102010"))->status, QStringLiteral("flagged"));
}

void tst_GeneralRecord::recordsWithoutCodeKeepIdentityAndFlags()
{
    RecordStore store(*m_db);
    const QList<Record> first = { GeneralRecords::withoutCode(QStringLiteral("住民記録事務"), 1234),
                                  GeneralRecords::withoutCode(QStringLiteral("戸籍事務"), 500) };
    ImportResult r = store.importRecords(first, QStringLiteral("shinagawa_r7.csv"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.inserted, 2);

    // Flagged under its identity: organisation and name.
    const QString key = first.at(0).identityKey();
    QVERIFY(key.startsWith(u'~'));
    Flag f;
    f.status = QStringLiteral("flagged");
    f.note = QStringLiteral("決算を確認");
    FlagStore flags(*m_db);
    QCOMPARE(flags.setFlag(2025, key, f, 0).outcome, FlagStore::Outcome::Saved);

    // A corrected edition: other figures, same organisation and name.
    QList<Record> corrected = first;
    corrected[0].amounts = { Amount { AmountKind::Settlement, 2024, 1300 } };
    corrected[0].summary = QStringLiteral("訂正版");
    r = store.importRecords(corrected, QStringLiteral("shinagawa_r7_corrected.csv"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.inserted, 0);
    QCOMPARE(r.updated, 2);
    QCOMPARE(store.recordCount().value_or(-1), 2);

    const auto stored = store.record(2025, key);
    QVERIFY(stored);
    QCOMPARE(stored->code, QString()); // no code is made up
    QCOMPARE(stored->identityKey(), key);
    QCOMPARE(stored->summary, QStringLiteral("訂正版"));
    QCOMPARE(stored->amounts.constFirst().amount, 1300);
    QCOMPARE(flags.flag(2025, key)->note, QStringLiteral("決算を確認"));
    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(QStringLiteral("SELECT has_code, code FROM records ORDER BY id")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(q.value(1).toString(), key);

    // Exports say there is no code.
    QVERIFY(jsonOf(*stored).value(QStringLiteral("code")).isNull());
    // Another division's project of the same name is another project.
    Record other = first.at(0);
    other.division = QStringLiteral("地域活動課");
    r = store.importRecords({ other }, QStringLiteral("other.csv"));
    QCOMPARE(r.inserted, 1);
    QCOMPARE(store.recordCount().value_or(-1), 3);
}

void tst_GeneralRecord::newFieldsRoundTripThroughTheStore()
{
    RecordStore store(*m_db);
    const Record original = GeneralRecords::everyField();
    const ImportResult r = store.importRecords({ original }, QStringLiteral("import.xlsx"));
    QVERIFY2(r.ok, qPrintable(r.error));
    const QList<Record> all = TestSupport::allRecords(store);
    QCOMPARE(all.size(), 1);
    const Record &back = all.constFirst();
    QCOMPARE(back, original); // division, rating with grades in order, amounts, indicator years
    QCOMPARE(back.rating->grades, original.rating->grades);
    QCOMPARE(back.indicators.constFirst().actualYear, 2023);
    QCOMPARE(back.indicators.constFirst().targetYear, 2024);
    QCOMPARE(back.sourceSheet, QStringLiteral("評価シート"));
    QCOMPARE(back.sourcePage, 3);
    QCOMPARE(back.sourceLine, 5);
    // The record came from another file than the import's: that is kept.
    QCOMPARE(back.sourceFile, QStringLiteral("city.xlsx"));
    const auto byKey = store.record(2024, QStringLiteral("0086"));
    QVERIFY(byKey);
    QCOMPARE(*byKey, original);
    QCOMPARE(byKey->sourceSheet, original.sourceSheet);
    // Read by id too (the review list's way): the same, indicator years included.
    const qint64 id = store.recordId(2024, QStringLiteral("0086"));
    const QHash<qint64, Record> byId = store.records({ id });
    QCOMPARE(byId.size(), 1);
    QCOMPARE(byId.value(id), original);
    QCOMPARE(byId.value(id).indicators.constFirst().actualYear, 2023);
}

void tst_GeneralRecord::jsonCarriesNewFields()
{
    RecordStore store(*m_db);
    QVERIFY(store.importRecords({ GeneralRecords::everyField() }, QStringLiteral("city.xlsx")).ok);
    const QJsonObject o = jsonOf(TestSupport::allRecords(store).constFirst());
    QCOMPARE(o.value(u"code"_qs).toString(), u"0086"_qs);
    QCOMPARE(o.value(u"division"_qs).toString(), u"市民環境課／環境保全課"_qs);
    const QJsonObject rating = o.value(u"rating"_qs).toObject();
    QCOMPARE(rating.value(u"label"_qs).toString(), u"拡充"_qs);
    QCOMPARE(rating.value(u"rank"_qs).toInt(), 1);
    QCOMPARE(rating.value(u"ranks"_qs).toInt(), 4);
    const QJsonObject grades = rating.value(u"grades"_qs).toObject();
    QCOMPARE(grades.value(u"必要性"_qs).toString(), u"A"_qs);
    QCOMPARE(grades.value(u"効率性"_qs).toString(), u"B"_qs);
    const QJsonArray amounts = o.value(u"amounts"_qs).toArray();
    QCOMPARE(amounts.size(), 4);
    const QStringList kinds = { u"settlement"_qs, u"budget"_qs, u"settlement_estimate"_qs, u"plan"_qs };
    const QList<int> years = { 2023, 2024, 2024, 2026 };
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(amounts.at(i).toObject().value(u"kind"_qs).toString(), kinds.at(i));
        QCOMPARE(amounts.at(i).toObject().value(u"fiscal_year"_qs).toInt(), years.at(i));
    }
    QCOMPARE(amounts.at(3).toObject().value(u"amount"_qs).toInt(), 1200);
    const QJsonObject source = o.value(u"source"_qs).toObject();
    QCOMPARE(source.value(u"file"_qs).toString(), u"city.xlsx"_qs);
    QCOMPARE(source.value(u"sheet"_qs).toString(), u"評価シート"_qs);
    QCOMPARE(source.value(u"line"_qs).toInt(), 5);
    QCOMPARE(source.value(u"page"_qs).toInt(), 3);
    const QJsonObject ind = o.value(u"indicators"_qs).toArray().at(0).toObject();
    QCOMPARE(ind.value(u"actual_year"_qs).toInt(), 2023);
    QCOMPARE(ind.value(u"target_year"_qs).toInt(), 2024);

    // Unknown parts are null; a record without rating or level has none.
    Record bare = GeneralRecords::withoutCode(u"x"_qs, 1);
    bare.rating.reset();
    bare.sourceFile.clear();
    bare.sourceLine = 0;
    const QJsonObject b = jsonOf(bare);
    QVERIFY(b.value(u"rating"_qs).isNull());
    QVERIFY(b.value(u"code"_qs).isNull());
    const QJsonObject bareSource = b.value(u"source"_qs).toObject();
    for (const char *k : { "file", "sheet", "line", "page" })
        QVERIFY2(bareSource.value(QString::fromLatin1(k)).isNull(), k);
    // No grades: no "grades" key.
    QVERIFY(!jsonOf(GeneralRecords::withoutCode(u"y"_qs, 1)).value(u"rating"_qs).toObject().contains(u"grades"_qs));
}

void tst_GeneralRecord::gridRowsCarryDivisionAndRating()
{
    RecordStore store(*m_db);
    QString error;
    const QList<Record> records = GeneralRecords::importTwoAndFlagOne(*m_db, &error);
    QVERIFY2(records.size() == 2, qPrintable(error));
    const QList<RecordRow> rows = RecordQuery(*m_db)
                                          .rows({ store.recordId(2024, u"0086"_qs),
                                                  store.recordId(2025, records.at(1).identityKey()) })
                                          .value_or(QList<RecordRow>());
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).code, u"0086"_qs);
    QCOMPARE(rows.at(0).division, u"市民環境課／環境保全課"_qs);
    QCOMPARE(rows.at(0).ratingLabel, u"拡充"_qs);
    QCOMPARE(rows.at(0).ratingRank, 1);
    QCOMPARE(rows.at(0).ratingRanks, 4);
    QCOMPARE(rows.at(0).ratingScale, u"direction"_qs);
    // No code shown for a table without codes; its flag is found by its identity.
    QCOMPARE(rows.at(1).code, QString());
    QCOMPARE(rows.at(1).identityKey(), records.at(1).identityKey());
    QCOMPARE(rows.at(1).flagStatus, u"flagged"_qs);
    QCOMPARE(rows.at(1).ratingLabel, u"B 継続する事業"_qs);
}

void tst_GeneralRecord::executionRateOnlyFromItsOwnYear()
{
    // Money of two years side by side (R6 settlement, R7 budget): no execution rate.
    Record r = GeneralRecords::withoutCode(u"住民記録事務"_qs, 900);
    r.amounts.append(Amount { AmountKind::Budget, 2025, 1000 });
    RecordStore store(*m_db);
    QVERIFY(store.importRecords({ r }, u"a.csv"_qs).ok);
    QVERIFY(jsonOf(r).value(u"execution_rate"_qs).isNull());
    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(u"SELECT execution_rate FROM records"_qs) && q.next());
    QVERIFY(q.value(0).isNull());
    // The record's own budget and settlement give one.
    r.budget = 1000;
    r.settlement = 900;
    QCOMPARE(jsonOf(r).value(u"execution_rate"_qs).toDouble(), 0.9);
}

void tst_GeneralRecord::tabularExportCarriesNewColumns_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << u"csv"_qs;
    QTest::newRow("xlsx") << u"xlsx"_qs;
}

void tst_GeneralRecord::tabularExportCarriesNewColumns()
{
    QFETCH(QString, format);
    const Record original = GeneralRecords::everyField();
    const QString path = m_dir->filePath(u"export."_qs + format);
    if (format == u"csv") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        CsvRecordWriter writer(file);
        QVERIFY(writer.begin() && writer.write(original) && writer.finish());
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(u",division,rating,rating_rank,rating_ranks,rating_scale,rating_grades,"
                              "amounts,source_file,source_sheet,source_line,source_page\r\n"_qs));
        QVERIFY2(text.contains(u",市民環境課／環境保全課,拡充,1,4,direction,必要性=A; 有効性=B; 効率性=B,"
                               "settlement@2023=900; budget@2024=1000; settlement_estimate@2024=950;"
                               " plan@2026=1200,city.xlsx,評価シート,5,3\r\n"_qs),
                 qPrintable(text));
    } else {
        XlsxRecordWriter writer(path);
        QVERIFY(writer.begin() && writer.write(original));
        QVERIFY2(writer.finish(), qPrintable(writer.errorString()));
    }
    // Our readers read our own export back: the fields they know are the same.
    CollectingSink sink;
    QString error;
    QVERIFY2(RecordReader::readFile(path, sink, {}, &error), qPrintable(error));
    QCOMPARE(sink.records.size(), 1);
    const Record &back = sink.records.constFirst();
    QCOMPARE(back.name, original.name);
    QCOMPARE(back.budget, original.budget);
    QCOMPARE(back.achievements, original.achievements);
    // Column recognition reads the new columns back, and keeps a code that is not
    // Kawasaki's 8 digits as published under the 事務事業コード header too.
    QCOMPARE(back.code, original.code);
    QCOMPARE(back.division, original.division);
    QCOMPARE(back.rating, original.rating);
    QCOMPARE(back.amounts, original.amounts);
}

void tst_GeneralRecord::copyKeepsNewFieldsAndProfiles()
{
    RecordStore store(*m_db);
    QString error;
    const QList<Record> records = GeneralRecords::importTwoAndFlagOne(*m_db, &error);
    QVERIFY2(records.size() == 2, qPrintable(error));
    QVERIFY2(ProfileStore(*m_db).save(u"品川区"_qs, u"shinagawa_r*.csv"_qs, u"{\"fields\": {}}"_qs, &error),
             qPrintable(error));

    ReviewDatabase target;
    QVERIFY2(target.open(m_dir->filePath(u"copy.sqlite"_qs), &error), qPrintable(error));
    const CopyResult c = DatabaseCopier::copy(*m_db, target);
    QVERIFY2(c.ok, qPrintable(c.error));
    QCOMPARE(c.records, 2);
    QCOMPARE(c.flags, 1);
    QCOMPARE(c.profiles, 1);
    const QList<Record> copied = TestSupport::allRecords(RecordStore(target));
    QCOMPARE(copied, TestSupport::allRecords(store));
    QCOMPARE(copied.at(0).sourceSheet, u"評価シート"_qs);
    QCOMPARE(copied.at(0).sourceFile, u"city.xlsx"_qs);
    QCOMPARE(copied.at(1).code, QString());
    QCOMPARE(FlagStore(target).flag(2025, records.at(1).identityKey())->status, u"flagged"_qs);
    QCOMPARE(ProfileStore(target).load(u"品川区"_qs)->pattern, u"shinagawa_r*.csv"_qs);
}

void tst_GeneralRecord::profilesSaveLoadMatchRemove()
{
    ProfileStore profiles(*m_db);
    QString error;
    QVERIFY(!profiles.match(u"shinagawa_r7.csv"_qs));
    QVERIFY2(profiles.save(u"品川区"_qs, u"shinagawa_r*.csv"_qs, u"{\"a\": 1}"_qs, &error), qPrintable(error));
    QVERIFY(profiles.save(u"any csv"_qs, u"*.csv"_qs, u"{\"b\": 2}"_qs, &error));
    QVERIFY(profiles.save(u"no pattern"_qs, QString(), u"{}"_qs, &error));
    QVERIFY(!profiles.save(u"  "_qs, u"*.x"_qs, u"{}"_qs, &error));
    QVERIFY(!error.isEmpty());

    const auto loaded = profiles.load(u"品川区"_qs);
    QVERIFY(loaded);
    QCOMPARE(loaded->profile, u"{\"a\": 1}"_qs); // stored as given
    QVERIFY(!loaded->updatedAt.isEmpty());
    error = u"stale"_qs;
    QVERIFY(!profiles.load(u"川崎市"_qs, &error));
    QCOMPARE(error, QString()); // none, not a failure
    QCOMPARE(profiles.list()->size(), 3);
    // A database that cannot answer: nothing, and why.
    ReviewDatabase closed;
    ProfileStore unreadable(closed);
    QVERIFY(!unreadable.list(&error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!unreadable.match(u"shinagawa_r7.csv"_qs, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!unreadable.load(u"品川区"_qs, &error));
    QVERIFY(!error.isEmpty());

    // The most specific pattern wins, folders and case do not matter.
    QCOMPARE(profiles.match(u"/data/in/SHINAGAWA_R8.csv"_qs)->name, u"品川区"_qs);
    QCOMPARE(profiles.match(u"minato_r7.csv"_qs)->name, u"any csv"_qs);
    QVERIFY(!profiles.match(u"shinagawa_r7.xlsx"_qs));
    // Between equally specific patterns, the most recently updated.
    QTest::qWait(5);
    QVERIFY(profiles.save(u"品川区 2"_qs, u"shinagawa_*7.csv"_qs, u"{\"c\": 3}"_qs, &error));
    QCOMPARE(profiles.match(u"shinagawa_r7.csv"_qs)->name, u"品川区 2"_qs);

    // Saving again replaces.
    QVERIFY(profiles.save(u"品川区"_qs, u"shinagawa_r7.csv"_qs, u"{\"a\": 2}"_qs, &error));
    QCOMPARE(profiles.list()->size(), 4);
    QCOMPARE(profiles.load(u"品川区"_qs)->profile, u"{\"a\": 2}"_qs);
    QCOMPARE(profiles.match(u"shinagawa_r7.csv"_qs)->name, u"品川区"_qs);

    QVERIFY2(profiles.remove(u"品川区"_qs, &error), qPrintable(error));
    QVERIFY(!profiles.load(u"品川区"_qs));
    QVERIFY(!profiles.remove(u"品川区"_qs, &error));
    QVERIFY(error.contains(u"品川区"_qs));
}

QTEST_GUILESS_MAIN(tst_GeneralRecord)
#include "tst_generalrecord.moc"

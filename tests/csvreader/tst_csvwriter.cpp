// The CSV writer: the formula guard, a round trip through the reader in each
// encoding, characters an encoding cannot hold, the layout of what it writes.
#include "columnlayout.h"
#include "recordreader.h"
#include "recordsink.h"

#include "csvread.h"
#include "levelrating.h"
#include "tabularexport.h"
#include "testrecords.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Hyoka;
using namespace Hyoka::TestSupport;

namespace {

// The writers' records (tests/support/testrecords.h), with a quoted first summary.
QList<Record> sampleRecords()
{
    return writerRecords(QStringLiteral("子育て支援の \"拠点\" を、市内に設置する"));
}

QByteArray writeCsv(const QList<Record> &records, const QByteArray &encoding, QString *error = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvRecordWriter writer(buffer, encoding);
    bool ok = writer.begin();
    for (const Record &r : records)
        ok = ok && writer.write(r);
    ok = ok && writer.finish();
    if (error)
        *error = writer.errorString();
    return ok ? buffer.data() : QByteArray();
}

} // namespace

class tst_CsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void formulaGuard_data();
    void formulaGuard();
    void writerRoundTrip_data();
    void writerRoundTrip();
    void writerRejectsUnencodable();
    void writerLayout();
};

void tst_CsvWriter::formulaGuard_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("guarded");
    QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://x\")") << true;
    QTest::newRow("+") << QStringLiteral("+1") << true;
    QTest::newRow("-") << QStringLiteral("-1+2") << true;
    QTest::newRow("@") << QStringLiteral("@SUM(A1)") << true;
    QTest::newRow("full-width ＝") << QStringLiteral("＝式") << true;
    QTest::newRow("full-width ＋") << QStringLiteral("＋式") << true;
    QTest::newRow("full-width －") << QStringLiteral("－式") << true;
    QTest::newRow("full-width ＠") << QStringLiteral("＠式") << true;
    QTest::newRow("apostrophe before =") << QStringLiteral("'=already guarded") << true;
    QTest::newRow("two apostrophes before =") << QStringLiteral("''=x") << true;
    QTest::newRow("plain apostrophe") << QStringLiteral("'quoted' name") << false;
    QTest::newRow("plain") << QStringLiteral("地域子育て支援事業") << false;
}

void tst_CsvWriter::formulaGuard()
{
    QFETCH(QString, name);
    QFETCH(bool, guarded);
    Record r = sampleRecords().at(1);
    r.name = name;
    const QByteArray csv = writeCsv({ r }, "utf-8");
    QVERIFY(!csv.isEmpty());
    const QString text = QString::fromUtf8(csv);
    QCOMPARE(text.contains(u'\'' + (name.contains(u'"') ? QString(name).replace(QStringLiteral("\""), QStringLiteral("\"\"")) : name)),
             guarded);
    // Numbers are never guarded: the negative settlement is written as it is.
    QVERIFY(text.contains(QStringLiteral(",-1234,")));
    const auto back = readCsv(csv);
    QVERIFY2(back->ok, qPrintable(back->error));
    QVERIFY2(back->sink.warnings.isEmpty(), qPrintable(warningsText(back->sink)));
    QCOMPARE(back->sink.records.size(), 1);
    QCOMPARE(back->sink.records.at(0).name, name);
    QCOMPARE(back->sink.records.at(0), r);
}

void tst_CsvWriter::writerRoundTrip_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QByteArray>("readAs");
    QTest::addColumn<bool>("bom");
    QTest::newRow("utf-8 (BOM), detected") << QByteArray("utf-8") << QByteArray() << true;
    QTest::newRow("utf-8 (BOM), declared") << QByteArray("utf-8") << QByteArray("utf-8") << true;
    QTest::newRow("shift_jis, detected") << QByteArray("shift_jis") << QByteArray() << false;
    QTest::newRow("shift_jis, declared") << QByteArray("shift_jis") << QByteArray("Shift_JIS") << false;
    QTest::newRow("cp932, declared") << QByteArray("cp932") << QByteArray("cp932") << false;
}

void tst_CsvWriter::writerRoundTrip()
{
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, readAs);
    QFETCH(bool, bom);
    const QList<Record> records = sampleRecords();
    QString error;
    const QByteArray csv = writeCsv(records, encoding, &error);
    QVERIFY2(!csv.isEmpty(), qPrintable(error));
    QCOMPARE(csv.startsWith("\xEF\xBB\xBF"), bom);
    QVERIFY(csv.contains("\r\n"));
    QVERIFY(!csv.contains("\r\n\r\n"));

    ReadOptions options;
    options.encoding = readAs;
    const auto back = readCsv(csv, QStringLiteral("export.csv"), options);
    QVERIFY2(back->ok, qPrintable(back->error));
    QVERIFY2(back->sink.warnings.isEmpty(), qPrintable(warningsText(back->sink)));
    QCOMPARE(back->sink.records.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i)
        QCOMPARE(back->sink.records.at(i), withLevelRating(records.at(i)));
    QCOMPARE(back->sink.records.at(0).code, QStringLiteral("00123456"));
    QCOMPARE(back->sink.records.at(2).sourceLine, 5); // record 1 has a two-line cell

    // Written again from what was read, the bytes are the same (apart from the
    // source columns: the records now come from export.csv).
    QList<Record> again = back->sink.records;
    for (qsizetype i = 0; i < again.size(); ++i) {
        QCOMPARE(again.at(i).sourceFile, QStringLiteral("export.csv"));
        again[i].sourceFile = records.at(i).sourceFile;
        again[i].sourceLine = records.at(i).sourceLine;
    }
    QCOMPARE(writeCsv(again, encoding), csv);
}

void tst_CsvWriter::writerRejectsUnencodable()
{
    Record r = sampleRecords().at(0);
    r.name = QStringLiteral("𠮷野家の😀事業");
    QString error;
    QVERIFY(writeCsv({ r }, "shift_jis", &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("00123456")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("𠮷")), qPrintable(error));

    QVERIFY(!writeCsv({ r }, "utf-8", &error).isEmpty());
    QVERIFY(writeCsv({ r }, "no-such-encoding", &error).isEmpty());
    QVERIFY(error.contains(u"no-such-encoding"));
}

void tst_CsvWriter::writerLayout()
{
    const QByteArray csv = writeCsv({ sampleRecords().at(0) }, "utf-8");
    const QList<QByteArray> lines = csv.mid(3).split('\n');
    QCOMPARE(QString::fromUtf8(lines.at(0)),
             QStringLiteral("年度,局名,番号,事務事業コード,事務事業名,サービス分類,事務事業の概要,"
                            "主な取組の実績,予算額(千円),決算額(千円),決算見込,達成度,参考資料掲載頁,執行率,"
                            "division,rating,rating_rank,rating_ranks,rating_scale,rating_grades,amounts,"
                            "source_file,source_sheet,source_line,source_page\r"));
    QCOMPARE(QString::fromUtf8(lines.at(1)),
             QStringLiteral("2021,こども未来局,1,00123456,'=地域子育て支援事業,その他,"
                            "\"子育て支援の \"\"拠点\"\" を、市内に設置する\","
                            "\"●延べ利用人数 147,832人※目標 224,664人以上"));
    QCOMPARE(QString::fromUtf8(lines.at(2)),
             QStringLiteral("●定員1,466人増※目標1,562人増(認可保育所等)\",548333,521252,1,4,P1,0.9506,"
                            ",4,4,5,level,,,,,,\r"));
    // 執行率 is derived: the reader's layout ignores it.
    QCOMPARE(ColumnLayout::fieldForHeader(QStringLiteral("執行率")), Field::Ignore);
}

QTEST_MAIN(tst_CsvWriter)
#include "tst_csvwriter.moc"

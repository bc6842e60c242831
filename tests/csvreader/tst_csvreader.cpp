// The CSV reader (encodings, RFC 4180 quoting, physical lines, guards) and the CSV writer.
#include "columnlayout.h"
#include "indicatorextractor.h"
#include "recordreader.h"
#include "recordsink.h"

#include "levelrating.h"
#include "tabularexport.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Hyoka;

namespace {

struct ReadResult
{
    bool ok = false;
    QString error;
    CollectingSink sink;
};

std::unique_ptr<ReadResult> readCsv(const QByteArray &bytes,
                                    const QString &fileName = QStringLiteral("t.csv"),
                                    const ReadOptions &options = {})
{
    auto result = std::make_unique<ReadResult>();
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    result->ok = CsvReader::read(buffer, fileName, result->sink, options, &result->error);
    return result;
}

QByteArray encoded(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    QByteArray bytes = encoder.encode(text);
    Q_ASSERT(!encoder.hasError());
    return bytes;
}

QString warningsText(const CollectingSink &sink)
{
    QStringList lines;
    for (const ImportWarning &w : sink.warnings)
        lines << w.toString();
    return lines.join(u'\n');
}

const QString header = QStringLiteral("年度,局名,番号,事務事業コード,事務事業名,サービス分類,事務事業の概要,"
                                      "主な取組の実績,予算額(千円),決算額(千円),達成度,参考資料掲載頁");

// A small table in the published shape; `eol` is the line end.
QString sampleTable(const QString &eol)
{
    return header + eol
            + QStringLiteral("令和3年度,こども未来局,1,20101010,地域子育て支援事業,その他,"
                             "地域の子育て支援,\"●延べ利用人数 147,832人※目標 224,664人以上\","
                             "\"548,333\",\"521,252\",4,P1")
            + eol
            + QStringLiteral("令和3年度,こども未来局,2,20101020,ひとり親家庭の生活支援事業,補助・助成金,"
                             "生活の支援,\"●相談件数 1,000件\",120,110,3,P●●")
            + eol;
}

QList<Record> sampleRecords()
{
    QList<Record> records;
    Record a;
    a.fiscalYear = 2021;
    a.bureau = QStringLiteral("こども未来局");
    a.no = 1;
    a.code = QStringLiteral("00123456");
    a.name = QStringLiteral("=地域子育て支援事業");
    a.category = QStringLiteral("その他");
    a.summary = QStringLiteral("子育て支援の \"拠点\" を、市内に設置する");
    a.achievements = { QStringLiteral("延べ利用人数 147,832人※目標 224,664人以上"),
                       QStringLiteral("定員1,466人増※目標1,562人増(認可保育所等)") };
    a.budget = 548333;
    a.settlement = 521252;
    a.settlementEstimated = true;
    a.level = 4;
    a.refPage = 1;
    records << a;

    Record b;
    b.fiscalYear = 2021;
    b.bureau = QStringLiteral("総務企画局");
    b.no = 2;
    b.code = QStringLiteral("10101010");
    b.name = QStringLiteral("+区役所@窓口 - 改善");
    b.category = QStringLiteral("施設の管理・運営");
    b.summary = QStringLiteral("-");
    b.achievements = { QStringLiteral("収納率:99.13%※目標99.18%") };
    b.budget = std::nullopt;
    b.settlement = -1234;
    b.settlementEstimated = false;
    b.level = std::nullopt;
    b.refPage = std::nullopt;
    records << b;

    Record c;
    c.fiscalYear = 2020;
    c.bureau = QStringLiteral("こども未来局");
    c.no = 0;
    c.code = QStringLiteral("20202020");
    c.name = QStringLiteral("'＝全角の式");
    c.category = QStringLiteral("イベント等");
    c.summary = QString();
    c.budget = 0;
    c.settlement = 10;
    c.level = 1;
    c.refPage = 123;
    records << c;

    for (Record &r : records)
        r.indicators = IndicatorExtractor::extract(r.achievements);
    return records;
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

// Remembers the progress calls and stops after `limit` records.
class StoppingSink : public CollectingSink
{
public:
    bool addRecord(Record &&record) override
    {
        CollectingSink::addRecord(std::move(record));
        return limit <= 0 || records.size() < limit;
    }
    void progress(qint64 bytesRead, qint64 bytesTotal) override
    {
        lastRead = bytesRead;
        lastTotal = bytesTotal;
        ++calls;
    }
    int limit = 0;
    qint64 lastRead = -1;
    qint64 lastTotal = -1;
    int calls = 0;
};

} // namespace

class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void encodings_data();
    void encodings();
    void chunkBoundary_data();
    void chunkBoundary();
    void controlCharactersAreDropped();
    void invalidUtf8_data();
    void invalidUtf8();
    void unknownEncoding();
    void quoting_data();
    void quoting();
    void headerVariants_data();
    void headerVariants();
    void twoRowHeader();
    void repeatedHeaderSkipped();
    void badRows_data();
    void badRows();
    void unterminatedQuote();
    void headerErrors_data();
    void headerErrors();
    void separators_data();
    void separators();
    void memoryGuards_data();
    void memoryGuards();
    void progressAndStop();
    void readFileDispatch();
    void formulaGuard_data();
    void formulaGuard();
    void writerRoundTrip_data();
    void writerRoundTrip();
    void writerRejectsUnencodable();
    void writerLayout();
};

void tst_CsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("declared");

    const QString lf = sampleTable(QStringLiteral("\n"));
    const QString crlf = sampleTable(QStringLiteral("\r\n"));
    QTest::newRow("utf-8 LF") << lf.toUtf8() << QByteArray();
    QTest::newRow("utf-8 CRLF") << crlf.toUtf8() << QByteArray();
    QTest::newRow("utf-8 BOM CRLF") << QByteArray("\xEF\xBB\xBF" + crlf.toUtf8()) << QByteArray();
    QTest::newRow("utf-8 BOM declared") << QByteArray("\xEF\xBB\xBF" + lf.toUtf8()) << QByteArray("utf-8");
    QTest::newRow("shift_jis detected") << encoded(crlf, "Shift_JIS") << QByteArray();
    QTest::newRow("shift_jis declared") << encoded(crlf, "Shift_JIS") << QByteArray("shift_jis");
    QTest::newRow("cp932 declared") << encoded(lf, "Shift_JIS") << QByteArray("cp932");
    QTest::newRow("utf-16le BOM") << QByteArray("\xFF\xFE" + encoded(crlf, "UTF-16LE")) << QByteArray();
}

void tst_CsvReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, declared);
    ReadOptions options;
    options.encoding = declared;
    const auto r = readCsv(bytes, QStringLiteral("t.csv"), options);
    QVERIFY2(r->ok, qPrintable(r->error));
    QVERIFY2(r->sink.warnings.isEmpty(), qPrintable(warningsText(r->sink)));
    QCOMPARE(r->sink.records.size(), 2);
    const Record &a = r->sink.records.at(0);
    QCOMPARE(a.fiscalYear, 2021);
    QCOMPARE(a.bureau, QStringLiteral("こども未来局"));
    QCOMPARE(a.code, QStringLiteral("20101010"));
    QCOMPARE(a.name, QStringLiteral("地域子育て支援事業"));
    QCOMPARE(a.achievements, QStringList { QStringLiteral("延べ利用人数 147,832人※目標 224,664人以上") });
    QCOMPARE(a.budget, std::optional<qint64>(548333));
    QCOMPARE(a.settlement, std::optional<qint64>(521252));
    QCOMPARE(a.level, std::optional<int>(4));
    QCOMPARE(a.refPage, std::optional<int>(1));
    QCOMPARE(a.sourceLine, 2);
    const Record &b = r->sink.records.at(1);
    QCOMPARE(b.name, QStringLiteral("ひとり親家庭の生活支援事業"));
    QCOMPARE(b.category, QStringLiteral("補助・助成金"));
    QCOMPARE(b.refPage, std::nullopt);
    QCOMPARE(b.sourceLine, 3);
}

void tst_CsvReader::chunkBoundary_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<int>("padding");
    for (int pad = 0; pad < 3; ++pad) {
        QTest::addRow("utf-8 pad %d", pad) << QByteArray("UTF-8") << pad;
        QTest::addRow("shift_jis pad %d", pad) << QByteArray("Shift_JIS") << pad;
    }
}

void tst_CsvReader::chunkBoundary()
{
    // A summary of 40,000 kana crosses the 64 KiB boundary; with padding 0–2 one of the
    // rows cuts a multibyte character in two there, which must neither change the
    // detected encoding nor garble the text.
    QFETCH(QByteArray, encoding);
    QFETCH(int, padding);
    const QString longText = QString(40000, u'あ');
    const QString text = QStringLiteral("事務事業コード,事務事業名,事務事業の概要,年度\n")
            + QStringLiteral("10000001,名") + QString(padding, u'x') + QStringLiteral(",") + longText
            + QStringLiteral(",2021\n10000002,次,短い,2021\n");
    const QByteArray bytes = encoded(text, encoding.constData());
    QVERIFY(bytes.size() > 65536);
    ReadOptions options;
    options.defaultBureau = QStringLiteral("局");
    const auto r = readCsv(bytes, QStringLiteral("t.csv"), options);
    QVERIFY2(r->ok, qPrintable(r->error));
    QVERIFY2(r->sink.warnings.isEmpty(), qPrintable(warningsText(r->sink)));
    QCOMPARE(r->sink.records.size(), 2);
    QCOMPARE(r->sink.records.at(0).summary, longText);
    QCOMPARE(r->sink.records.at(1).name, QStringLiteral("次"));
    QCOMPARE(r->sink.records.at(1).sourceLine, 3);
}

void tst_CsvReader::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("declared");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("records");

    const QByteArray head = "事務事業コード,事務事業名,年度,局名\n";
    QByteArray declared = head + "10000001,一,2021,局\n10000002,\"二\n\xFF\xFE\",2021,局\n10000003,三,2021,局\n";
    QTest::newRow("declared utf-8") << declared << QByteArray("utf-8") << 4 << 3;

    // Valid for the first 64 KiB, so detected as UTF-8; the bad byte comes later.
    QByteArray late = head;
    int line = 1;
    for (int i = 0; late.size() < 70000; ++i) {
        late += QByteArray::number(10000000 + i) + ",事業名,2021,局\n";
        ++line;
    }
    late += "20000000,\xE3\x81,2021,局\n20000001,\x82\xA0,2021,局\n";
    QTest::newRow("detected utf-8, bad byte after 64 KiB") << late << QByteArray() << line + 1 << line + 1;
    QTest::newRow("cut inside the last character")
            << head + "10000001,一,2021,局\n10000002,二,2021,局\xE5\xB1" << QByteArray() << 3 << 2;
}

void tst_CsvReader::invalidUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, declared);
    QFETCH(int, line);
    QFETCH(int, records);
    ReadOptions options;
    options.encoding = declared;
    const auto r = readCsv(bytes, QStringLiteral("t.csv"), options);
    QVERIFY2(r->ok, qPrintable(r->error));
    QCOMPARE(r->sink.records.size(), records);
    // One warning for the whole file, at the first bad byte.
    QCOMPARE(r->sink.warnings.size(), 1);
    QCOMPARE(r->sink.warnings.at(0).line, line);
    QVERIFY(r->sink.warnings.at(0).message.contains(u"UTF-8"));
}

void tst_CsvReader::controlCharactersAreDropped()
{
    // Debris of a conversion (a NUL, an escape) in the name and the achievements: the
    // record loads without them (a NUL would cut an exported XLSX cell short).
    QByteArray bytes("年度,局名,事務事業コード,事務事業名,主な実績\n2021,総務企画局,10101010,保育");
    bytes += '\0';
    bytes += QByteArray("事業,\x1b[31m実績");
    bytes += '\x07';
    bytes += QByteArray("あり\n");
    const auto r = readCsv(bytes, QStringLiteral("t.csv"), {});
    QVERIFY2(r->ok, qPrintable(r->error));
    QCOMPARE(r->sink.records.size(), 1);
    QCOMPARE(r->sink.records.at(0).name, QStringLiteral("保育事業"));
    QCOMPARE(r->sink.records.at(0).achievements, QStringList { QStringLiteral("[31m実績あり") });
}

void tst_CsvReader::unknownEncoding()
{
    ReadOptions options;
    options.encoding = "no-such-encoding";
    const auto r = readCsv(sampleTable(QStringLiteral("\n")).toUtf8(), QStringLiteral("t.csv"), options);
    QVERIFY(!r->ok);
    QVERIFY(r->error.contains(u"no-such-encoding"));
}

void tst_CsvReader::quoting_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("firstSummary");
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("badLine"); // physical line of the row with a non-numeric code
    QTest::addColumn<int>("firstLine");

    const QString head = QStringLiteral("事務事業コード,事務事業名,事務事業の概要,年度,局名\n");
    QTest::newRow("quoted comma") << head + QStringLiteral("10000001,\"A,B\",概要,2021,局\nX,悪い,概要,2021,局\n")
                                  << QStringLiteral("A,B") << QStringLiteral("概要") << 1 << 3 << 2;
    QTest::newRow("doubled quotes") << head + QStringLiteral("10000001,\"say \"\"hi\"\"\",\"\"\"\",2021,局\nX,悪い,,2021,局\n")
                                    << QStringLiteral("say \"hi\"") << QStringLiteral("\"") << 1 << 3 << 2;
    QTest::newRow("embedded LF") << head + QStringLiteral("10000001,名前,\"一行目\n二行目\n三行目\",2021,局\n10000002,次,,2021,局\nX,悪い,,2021,局\n")
                                 << QStringLiteral("名前") << QStringLiteral("一行目\n二行目\n三行目") << 2 << 6 << 2; // a summary keeps its lines
    QTest::newRow("embedded CRLF") << QString(head).replace(QStringLiteral("\n"), QStringLiteral("\r\n"))
                    + QStringLiteral("10000001,名前,\"one\r\ntwo\r\n\",2021,局\r\nX,悪い,,2021,局\r\n")
                                   << QStringLiteral("名前") << QStringLiteral("one\ntwo") << 1 << 5 << 2;
    QTest::newRow("embedded CR only") << head + QStringLiteral("10000001,名前,\"one\rtwo\",2021,局\nX,悪い,,2021,局\n")
                                      << QStringLiteral("名前") << QStringLiteral("one\ntwo") << 1 << 4 << 2;
    QTest::newRow("quoted newline in code cell row")
            << head + QStringLiteral("\"10000001\",\"a\n\nb\",\"\",\"2021\",\"局\"\n\nX,悪い,,2021,局\n")
            << QStringLiteral("a b") << QString() << 1 << 6 << 2;
    QTest::newRow("no final newline") << head + QStringLiteral("10000001,\"A\"\"B\",x,2021,局\nX,悪い,,2021,局")
                                      << QStringLiteral("A\"B") << QStringLiteral("x") << 1 << 3 << 2;
    QTest::newRow("text after closing quote") << head + QStringLiteral("10000001,\"A\"B,x,2021,局\nX,悪い,,2021,局\n")
                                              << QStringLiteral("AB") << QStringLiteral("x") << 1 << 3 << 2;
    QTest::newRow("quote inside unquoted cell") << head + QStringLiteral("10000001,5\" floppy,x,2021,局\nX,悪い,,2021,局\n")
                                                << QStringLiteral("5\" floppy") << QStringLiteral("x") << 1 << 3 << 2;
    QTest::newRow("blank lines counted") << head + QStringLiteral("\n\n10000001,名前,x,2021,局\n\n,,,,\nX,悪い,,2021,局\n")
                                         << QStringLiteral("名前") << QStringLiteral("x") << 1 << 7 << 4;
}

void tst_CsvReader::quoting()
{
    QFETCH(QString, csv);
    QFETCH(QString, firstName);
    QFETCH(QString, firstSummary);
    QFETCH(int, records);
    QFETCH(int, badLine);
    QFETCH(int, firstLine);
    const auto r = readCsv(csv.toUtf8());
    QVERIFY2(r->ok, qPrintable(r->error));
    QCOMPARE(r->sink.records.size(), records);
    QCOMPARE(r->sink.records.at(0).name, firstName);
    QCOMPARE(r->sink.records.at(0).summary, firstSummary);
    QCOMPARE(r->sink.records.at(0).sourceLine, firstLine);
    QCOMPARE(r->sink.skippedRows, 1);
    QCOMPARE(r->sink.warnings.size(), 1);
    QCOMPARE(r->sink.warnings.at(0).file, QStringLiteral("t.csv"));
    QCOMPARE(r->sink.warnings.at(0).line, badLine);
}

void tst_CsvReader::headerVariants_data()
{
    QTest::addColumn<QString>("headerLine");
    QTest::addColumn<QString>("row");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("bureau");
    QTest::addColumn<qint64>("budget");
    QTest::addColumn<qint64>("settlement");
    QTest::addColumn<bool>("estimated");
    QTest::addColumn<int>("level");
    QTest::addColumn<int>("page");

    QTest::newRow("published headings")
            << QStringLiteral("年度,局名,番号,事務事業コード,事務事業名,予算額(千円),決算額(千円),達成度,参考資料掲載頁")
            << QStringLiteral("令和3年度,こども未来局,1,20101010,名,\"548,333\",\"521,252\",4,P12")
            << 2021 << QStringLiteral("こども未来局") << qint64(548333) << qint64(521252) << false << 4 << 12;
    QTest::newRow("estimated settlement, western year")
            << QStringLiteral("年度,局名,事務事業コード,事務事業名,予算額,決算見込額,事業の達成度,参考資料掲載頁")
            << QStringLiteral("2021,総務企画局,20101010,名,100,90,2,P.3")
            << 2021 << QStringLiteral("総務企画局") << qint64(100) << qint64(90) << true << 2 << 3;
    QTest::newRow("決算額(見込) and full-width")
            << QStringLiteral("年度,所管局,事務事業コード,事務事業名,予算額（千円）,決算額（見込）,達成度,頁")
            << QStringLiteral("令和元年度,環境局,２０１０１０１０,名,１２３,△５,３,１")
            << 2019 << QStringLiteral("環境局") << qint64(123) << qint64(-5) << true << 3 << 1;
    QTest::newRow("plain 予算額 and 決算額")
            << QStringLiteral("局名,年度,事務事業コード,事務事業名,予算額,決算額,達成度,参考資料掲載頁")
            << QStringLiteral("まちづくり局,R3,20101010,名,\"1,000\",\"1,000\",1,")
            << 2021 << QStringLiteral("まちづくり局") << qint64(1000) << qint64(1000) << false << 1 << -1;
    QTest::newRow("english keys")
            << QStringLiteral("fiscal_year,bureau,no,code,name,budget,settlement,settlement_estimated,level,ref_page")
            << QStringLiteral("2020,港湾局,7,20101010,名,1,2,1,5,9")
            << 2020 << QStringLiteral("港湾局") << qint64(1) << qint64(2) << true << 5 << 9;
}

void tst_CsvReader::headerVariants()
{
    QFETCH(QString, headerLine);
    QFETCH(QString, row);
    QFETCH(int, year);
    QFETCH(QString, bureau);
    QFETCH(qint64, budget);
    QFETCH(qint64, settlement);
    QFETCH(bool, estimated);
    QFETCH(int, level);
    QFETCH(int, page);
    const auto r = readCsv((headerLine + u'\n' + row + u'\n').toUtf8());
    QVERIFY2(r->ok, qPrintable(r->error));
    QVERIFY2(r->sink.warnings.isEmpty(), qPrintable(warningsText(r->sink)));
    QCOMPARE(r->sink.records.size(), 1);
    const Record &rec = r->sink.records.at(0);
    QCOMPARE(rec.fiscalYear, year);
    QCOMPARE(rec.bureau, bureau);
    QCOMPARE(rec.code, QStringLiteral("20101010"));
    QCOMPARE(rec.budget, std::optional<qint64>(budget));
    QCOMPARE(rec.settlement, std::optional<qint64>(settlement));
    QCOMPARE(rec.settlementEstimated, estimated);
    QCOMPARE(rec.level, std::optional<int>(level));
    QCOMPARE(rec.refPage, page > 0 ? std::optional<int>(page) : std::nullopt);
}

void tst_CsvReader::twoRowHeader()
{
    // 事業費 (千円) spans 予算額 and 決算額 (見込), as in the published tables.
    const QString csv = QStringLiteral(
            "番号,事務事業コード,事務事業名,事業費(千円),,達成度\n"
            ",,,予算額,決算額(見込),\n"
            "1,20101010,名,\"548,333\",\"521,252\",4\n");
    ReadOptions options;
    options.defaultYear = 2021;
    options.defaultBureau = QStringLiteral("こども未来局");
    const auto r = readCsv(csv.toUtf8(), QStringLiteral("t.csv"), options);
    QVERIFY2(r->ok, qPrintable(r->error));
    QVERIFY2(r->sink.warnings.isEmpty(), qPrintable(warningsText(r->sink)));
    QCOMPARE(r->sink.records.size(), 1);
    const Record &rec = r->sink.records.at(0);
    QCOMPARE(rec.fiscalYear, 2021);
    QCOMPARE(rec.bureau, QStringLiteral("こども未来局"));
    QCOMPARE(rec.budget, std::optional<qint64>(548333));
    QCOMPARE(rec.settlement, std::optional<qint64>(521252));
    QVERIFY(rec.settlementEstimated);
    QCOMPARE(rec.sourceLine, 3);
}

void tst_CsvReader::repeatedHeaderSkipped()
{
    // Two exports concatenated: the second header is not a bad row.
    const QString one = sampleTable(QStringLiteral("\n"));
    const auto r = readCsv((one + one).toUtf8());
    QVERIFY2(r->ok, qPrintable(r->error));
    QVERIFY2(r->sink.warnings.isEmpty(), qPrintable(warningsText(r->sink)));
    QCOMPARE(r->sink.records.size(), 4);
    QCOMPARE(r->sink.records.at(2).sourceLine, 5);
}

void tst_CsvReader::badRows_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<QList<int>>("warningLines");

    const QString head = QStringLiteral("事務事業コード,事務事業名,予算額,年度,局名\n");
    QTest::newRow("non-numeric code")
            << head + QStringLiteral("10000001,一,1,2021,局\nABC,二,2,2021,局\n10000003,三,3,2021,局\n")
            << 2 << 1 << QList<int> { 3 };
    QTest::newRow("too few cells")
            << head + QStringLiteral("10000001,一,1,2021,局\n10000002,二\n10000003,三,3,2021,局\n")
            << 2 << 1 << QList<int> { 3 };
    QTest::newRow("extra non-empty cell")
            << head + QStringLiteral("10000001,一,1,2021,局,余分\n10000003,三,3,2021,局,\n")
            << 1 << 1 << QList<int> { 2 };
    QTest::newRow("budget text kept with warning")
            << head + QStringLiteral("10000001,一,未定,2021,局\n") << 1 << 0 << QList<int> { 2 };
    QTest::newRow("no year anywhere")
            << QStringLiteral("事務事業コード,事務事業名\n10000001,一\n") << 0 << 1 << QList<int> { 2 };
}

void tst_CsvReader::badRows()
{
    QFETCH(QString, csv);
    QFETCH(int, records);
    QFETCH(int, skipped);
    QFETCH(QList<int>, warningLines);
    const auto r = readCsv(csv.toUtf8());
    QVERIFY2(r->ok, qPrintable(r->error));
    QCOMPARE(r->sink.records.size(), records);
    QCOMPARE(r->sink.skippedRows, skipped);
    QList<int> lines;
    for (const ImportWarning &w : r->sink.warnings)
        lines << w.line;
    QCOMPARE(lines, warningLines);
}

void tst_CsvReader::unterminatedQuote()
{
    const QString csv = QStringLiteral("事務事業コード,事務事業名,年度,局名\n"
                                       "10000001,一,2021,局\n"
                                       "10000002,\"二,2021,局\n"
                                       "10000003,三,2021,局\n");
    const auto r = readCsv(csv.toUtf8());
    QVERIFY2(r->ok, qPrintable(r->error));
    QCOMPARE(r->sink.records.size(), 1);
    QCOMPARE(r->sink.skippedRows, 1);
    QCOMPARE(r->sink.warnings.size(), 1);
    QCOMPARE(r->sink.warnings.at(0).line, 3);
    QVERIFY(r->sink.warnings.at(0).message.contains(u"quoted"));
}

void tst_CsvReader::headerErrors_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("error");
    auto noName = [](int line, int rows) {
        return QStringLiteral("t.csv:%1: no header row names the project name column (looked at the first "
                              "%2 row(s); name it with --map name=COLUMN)")
                .arg(line)
                .arg(rows);
    };
    QTest::newRow("no name column") << QStringLiteral("\n\n番号,金額\n1,2\n") << noName(3, 2);
    QTest::newRow("title line only") << QStringLiteral("令和3年度の事務事業の評価結果一覧\n") << noName(1, 1);
    QTest::newRow("quoted header line counted") << QStringLiteral("\"a\nb\",c\n\"x\",y\n") << noName(1, 2);
    QTest::newRow("empty file") << QString() << QStringLiteral("t.csv: no header row (the file is empty)");
    QTest::newRow("blank lines only") << QStringLiteral("\r\n\r\n,,\r\n") << QStringLiteral("t.csv: no header row (the file is empty)");
}

void tst_CsvReader::headerErrors()
{
    QFETCH(QString, csv);
    QFETCH(QString, error);
    const auto r = readCsv(csv.toUtf8());
    QVERIFY(!r->ok);
    QCOMPARE(r->error, error);
    QVERIFY(r->sink.records.isEmpty());
}

void tst_CsvReader::separators_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::newRow("tsv extension")
            << QStringLiteral("t.tsv")
            << QStringLiteral("事務事業コード\t事務事業名\t年度\t局名\n10000001\tA,B\t2021\t局\n")
            << QStringLiteral("A,B");
    QTest::newRow("tabs in header")
            << QStringLiteral("t.txt")
            << QStringLiteral("\n事務事業コード\t事務事業名\t年度\t局名\n10000001\t\"A\tB\"\t2021\t局\n")
            << QStringLiteral("A B");
    QTest::newRow("commas win")
            << QStringLiteral("t.csv")
            << QStringLiteral("事務事業コード,事務事業名,年度,局名\n10000001,A\tB,2021,局\n")
            << QStringLiteral("A B");
}

void tst_CsvReader::separators()
{
    QFETCH(QString, fileName);
    QFETCH(QString, text);
    QFETCH(QString, name);
    const auto r = readCsv(text.toUtf8(), fileName);
    QVERIFY2(r->ok, qPrintable(r->error));
    QVERIFY2(r->sink.warnings.isEmpty(), qPrintable(warningsText(r->sink)));
    QCOMPARE(r->sink.records.size(), 1);
    QCOMPARE(r->sink.records.at(0).name, name);
}

void tst_CsvReader::memoryGuards_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("badLine");

    const QByteArray head = "事務事業コード,事務事業名,年度,局名\n10000001,一,2021,局\n";
    const QByteArray tail = "10000003,三,2021,局\n";
    QTest::newRow("10,001 cells") << head + "10000002" + QByteArray(10000, ',') + "\n" + tail << 3;
    QTest::newRow("cell over 16 MiB, unquoted")
            << head + "10000002," + QByteArray(16 * 1024 * 1024 + 10, 'x') + ",2021,局\n" + tail << 3;
    QTest::newRow("cell over 16 MiB, quoted with newlines")
            << head + "10000002,\"" + QByteArray(16 * 1024 * 1024, 'x') + "\n\n\",2021,局\n" + tail << 3;
}

void tst_CsvReader::memoryGuards()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, badLine);
    const auto r = readCsv(bytes);
    QVERIFY2(r->ok, qPrintable(r->error));
    QCOMPARE(r->sink.records.size(), 2);
    QCOMPARE(r->sink.records.at(1).code, QStringLiteral("10000003"));
    QCOMPARE(r->sink.skippedRows, 1);
    QCOMPARE(r->sink.warnings.size(), 1);
    QCOMPARE(r->sink.warnings.at(0).line, badLine);
}

void tst_CsvReader::progressAndStop()
{
    QByteArray bytes = "事務事業コード,事務事業名,年度,局名\n";
    for (int i = 0; i < 20000; ++i)
        bytes += QByteArray::number(10000000 + i) + ",事業,2021,局\n";

    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    StoppingSink all;
    QString error;
    QVERIFY(CsvReader::read(buffer, QStringLiteral("t.csv"), all, {}, &error));
    QCOMPARE(all.records.size(), 20000);
    QVERIFY(all.calls > 2); // one per 64 KiB chunk at least
    QCOMPARE(all.lastRead, qint64(bytes.size()));
    QCOMPARE(all.lastTotal, qint64(bytes.size()));

    buffer.seek(0);
    StoppingSink few;
    few.limit = 3;
    QVERIFY(CsvReader::read(buffer, QStringLiteral("t.csv"), few, {}, &error));
    QCOMPARE(few.records.size(), 3);
}

void tst_CsvReader::readFileDispatch()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("一覧.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(encoded(sampleTable(QStringLiteral("\r\n")), "Shift_JIS"));
    file.close();
    CollectingSink sink;
    QString error;
    QVERIFY2(RecordReader::readFile(path, sink, {}, &error), qPrintable(error));
    QCOMPARE(sink.records.size(), 2);
    QCOMPARE(sink.records.at(0).sourceFile, path);
}

void tst_CsvReader::formulaGuard_data()
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

void tst_CsvReader::formulaGuard()
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

void tst_CsvReader::writerRoundTrip_data()
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

void tst_CsvReader::writerRoundTrip()
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

void tst_CsvReader::writerRejectsUnencodable()
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

void tst_CsvReader::writerLayout()
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

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"

// The CSV reader: encodings, RFC 4180 quoting, physical lines, header variants, bad
// rows, separators. Its limits: tst_csvlimits; the CSV writer: tst_csvwriter.
#include "columnlayout.h"
#include "indicatorextractor.h"
#include "recordreader.h"
#include "recordsink.h"

#include "csvread.h"
#include "levelrating.h"
#include "tabularexport.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Hyoka;
using namespace Hyoka::TestSupport;

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

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"

// The XLSX reader: shared and inline strings, numbers, sheets, zip-bomb and XML guards,
// the zip archive underneath. The writer is in tst_xlsxwriter.
#include "recordreader.h"
#include "recordsink.h"
#include "ziparchive.h"

#include "readresult.h"
#include "xlsxbuilder.h"
#include "zipbuilder.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Hyoka;
using namespace Hyoka::TestSupport;

namespace {

std::unique_ptr<ReadResult> readXlsx(const QByteArray &bytes, const ReadOptions &options = {})
{
    auto result = std::make_unique<ReadResult>();
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    result->ok = XlsxReader::read(buffer, QStringLiteral("book.xlsx"), result->sink, options, &result->error);
    return result;
}

} // namespace

class tst_XlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void handMadeWorkbook();
    void numbers_data();
    void numbers();
    void sheetDefaults_data();
    void sheetDefaults();
    void twoRowHeader();
    void rejected_data();
    void rejected();
    void zipEntries_data();
    void zipEntries();
    void zipEntriesReadSideBySide();
    void stopsWhenSinkFull();
};

void tst_XlsxReader::handMadeWorkbook()
{
    // Shared strings with a rich-text run and a phonetic (furigana) run, and one with
    // leading spaces and an Excel _x000D_ escape.
    const QByteArray shared =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + mainNs + "\" count=\"9\" uniqueCount=\"9\">"
            "<si><t>事務事業コード</t></si>"                                        // 0
            "<si><t>事務事業名</t></si>"                                            // 1
            "<si><t>予算額(千円)</t></si>"                                          // 2
            "<si><r><t>地域子育て</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">支援 事業</t></r>"
            "<rPh sb=\"0\" eb=\"2\"><t>チイキ</t></rPh><phoneticPr fontId=\"1\"/></si>" // 3
            "<si><t>決算額(見込)</t></si>"                                          // 4
            "<si><t>'=危険な名前</t></si>"                                          // 5
            "<si><t>一行目_x000D_\n二行目</t></si>"                                 // 6
            "<si><t>令和3年度の事務事業の評価結果一覧(こども未来局)</t></si>"        // 7
            "<si><t>達成度</t></si>"                                                // 8
            "</sst>";
    const QByteArray table = sheetXml(
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>"
            "<row r=\"3\"><c r=\"B3\" t=\"s\"><v>0</v></c><c r=\"C3\" t=\"s\"><v>1</v></c>"
            "<c r=\"D3\" t=\"s\"><v>2</v></c><c r=\"E3\" t=\"s\"><v>4</v></c><c r=\"F3\" t=\"s\"><v>8</v></c></row>"
            // numbers as Excel may store them; a gap in column C is filled
            "<row r=\"4\"><c r=\"B4\"><v>20101010</v></c><c r=\"C4\" t=\"s\"><v>3</v></c>"
            "<c r=\"D4\"><v>548333.0</v></c><c r=\"E4\" t=\"n\"><v>5.21252E5</v></c><c r=\"F4\"><v>4</v></c></row>"
            // code stored as a number loses its zeros: restored with a warning
            "<row r=\"5\"><c r=\"B5\"><v>123456</v></c><c r=\"C5\" t=\"s\"><v>5</v></c>"
            "<c r=\"D5\" t=\"str\"><f>1+1</f><v>2</v></c></row>"
            // a non-numeric code: skipped, named by its row
            "<row r=\"7\"><c r=\"B7\" t=\"inlineStr\"><is><t>ABC</t></is></c><c r=\"C7\" t=\"s\"><v>6</v></c></row>"
            // cells without references follow on from the previous one
            "<row r=\"8\"><c r=\"B8\" t=\"inlineStr\"><is><t>20101030</t></is></c><c t=\"s\"><v>6</v></c>"
            "<c><v>1</v></c></row>");
    const QByteArray notes = sheetXml("<row r=\"1\">" + inlineCell("A1", QStringLiteral("この一覧の見方")) + "</row>");
    const auto r = readXlsx(workbook({ { QStringLiteral("見方"), notes }, { QStringLiteral("Sheet2"), table } }, shared));
    QVERIFY2(r->ok, qPrintable(r->error));

    QCOMPARE(r->sink.records.size(), 3);
    const Record &a = r->sink.records.at(0);
    QCOMPARE(a.fiscalYear, 2021);                        // from the title row
    QCOMPARE(a.bureau, QStringLiteral("こども未来局")); // likewise
    QCOMPARE(a.code, QStringLiteral("20101010"));
    QCOMPARE(a.name, QStringLiteral("地域子育て支援事業")); // runs joined, furigana dropped
    QCOMPARE(a.budget, std::optional<qint64>(548333));
    QCOMPARE(a.settlement, std::optional<qint64>(521252));
    QVERIFY(a.settlementEstimated);
    QCOMPARE(a.level, std::optional<int>(4));
    QCOMPARE(a.sourceFile, QStringLiteral("book.xlsx"));
    QCOMPARE(a.sourceLine, 4);
    const Record &b = r->sink.records.at(1);
    QCOMPARE(b.code, QStringLiteral("00123456"));
    QCOMPARE(b.name, QStringLiteral("=危険な名前"));
    QCOMPARE(b.budget, std::optional<qint64>(2));
    QCOMPARE(b.sourceLine, 5);
    const Record &c = r->sink.records.at(2);
    QCOMPARE(c.name, QStringLiteral("一行目二行目"));
    QCOMPARE(c.budget, std::optional<qint64>(1));
    QCOMPARE(c.sourceLine, 8);

    QCOMPARE(r->sink.skippedRows, 1);
    QCOMPARE(r->sink.warnings.size(), 3);
    QCOMPARE(r->sink.warnings.at(0).line, 0);
    QVERIFY(r->sink.warnings.at(0).message.contains(QStringLiteral("見方")));
    QCOMPARE(r->sink.warnings.at(1).line, 5); // leading zeros restored
    QCOMPARE(r->sink.warnings.at(2).line, 7); // skipped row
    QCOMPARE(r->sink.warnings.at(2).file, QStringLiteral("book.xlsx"));
    QVERIFY(r->sink.warnings.at(2).message.contains(QStringLiteral("Sheet2")));
    QVERIFY(r->sink.warnings.at(2).message.contains(QStringLiteral("ABC")));
}

void tst_XlsxReader::numbers_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<bool>("hasValue");
    QTest::addColumn<qint64>("budget");
    QTest::newRow("integer") << QByteArray("<v>548333</v>") << true << qint64(548333);
    QTest::newRow("decimal zero") << QByteArray("<v>548333.0</v>") << true << qint64(548333);
    QTest::newRow("exponent") << QByteArray("<v>5.48333E5</v>") << true << qint64(548333);
    QTest::newRow("lower-case exponent") << QByteArray("<v>5.48333e+5</v>") << true << qint64(548333);
    QTest::newRow("negative") << QByteArray("<v>-1234</v>") << true << qint64(-1234);
    QTest::newRow("float noise") << QByteArray("<v>548332.99999999994</v>") << true << qint64(548333);
    QTest::newRow("empty") << QByteArray("") << false << qint64(0);
}

void tst_XlsxReader::numbers()
{
    QFETCH(QByteArray, cell);
    QFETCH(bool, hasValue);
    QFETCH(qint64, budget);
    const QByteArray sheet = sheetXml(
            "<row r=\"1\">" + inlineCell("A1", QStringLiteral("事務事業コード"))
            + inlineCell("B1", QStringLiteral("事務事業名")) + inlineCell("C1", QStringLiteral("予算額"))
            + "</row><row r=\"2\"><c r=\"A2\"><v>10000001</v></c>" + inlineCell("B2", QStringLiteral("名"))
            + "<c r=\"C2\">" + cell + "</c></row>");
    ReadOptions options;
    options.defaultYear = 2021;
    const auto r = readXlsx(workbook({ { QStringLiteral("総務企画局"), sheet } }), options);
    QVERIFY2(r->ok, qPrintable(r->error));
    QVERIFY2(r->sink.warnings.isEmpty(), qPrintable(warningsText(r->sink)));
    QCOMPARE(r->sink.records.size(), 1);
    QCOMPARE(r->sink.records.at(0).budget, hasValue ? std::optional<qint64>(budget) : std::nullopt);
}

void tst_XlsxReader::sheetDefaults_data()
{
    QTest::addColumn<QString>("sheetName");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("optionYear");
    QTest::addColumn<QString>("optionBureau");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("bureau");
    QTest::newRow("sheet name is the bureau") << QStringLiteral("こども未来局") << QString() << 2021 << QString()
                                              << 2021 << QStringLiteral("こども未来局");
    QTest::newRow("option wins over sheet name") << QStringLiteral("こども未来局") << QString() << 2021
                                                 << QStringLiteral("環境局") << 2021 << QStringLiteral("環境局");
    QTest::newRow("title wins over option") << QStringLiteral("Sheet1")
                                            << QStringLiteral("令和2年度 主な事務事業の評価結果一覧【総務企画局】")
                                            << 2021 << QStringLiteral("環境局") << 2020 << QStringLiteral("総務企画局");
    QTest::newRow("year from sheet name") << QStringLiteral("令和3年度") << QString() << 0
                                          << QStringLiteral("港湾局") << 2021 << QStringLiteral("港湾局");
}

void tst_XlsxReader::sheetDefaults()
{
    QFETCH(QString, sheetName);
    QFETCH(QString, title);
    QFETCH(int, optionYear);
    QFETCH(QString, optionBureau);
    QFETCH(int, year);
    QFETCH(QString, bureau);
    QByteArray rows;
    if (!title.isEmpty())
        rows += "<row r=\"1\">" + inlineCell("A1", title) + "</row>";
    rows += "<row r=\"2\">" + inlineCell("A2", QStringLiteral("事務事業コード"))
            + inlineCell("B2", QStringLiteral("事務事業名")) + "</row>"
            + "<row r=\"3\"><c r=\"A3\"><v>10000001</v></c>" + inlineCell("B3", QStringLiteral("名")) + "</row>";
    ReadOptions options;
    options.defaultYear = optionYear;
    options.defaultBureau = optionBureau;
    const auto r = readXlsx(workbook({ { sheetName, sheetXml(rows) } }), options);
    QVERIFY2(r->ok, qPrintable(r->error));
    QVERIFY2(r->sink.warnings.isEmpty(), qPrintable(warningsText(r->sink)));
    QCOMPARE(r->sink.records.size(), 1);
    QCOMPARE(r->sink.records.at(0).fiscalYear, year);
    QCOMPARE(r->sink.records.at(0).bureau, bureau);
}

void tst_XlsxReader::twoRowHeader()
{
    // Merged header cells: 事業費(千円) spans 予算額 and 決算額(見込) in the row below.
    const QByteArray rows = "<row r=\"1\">" + inlineCell("A1", QStringLiteral("事務事業コード"))
            + inlineCell("B1", QStringLiteral("事務事業名")) + inlineCell("C1", QStringLiteral("事業費(千円)"))
            + "</row><row r=\"2\">" + inlineCell("C2", QStringLiteral("予算額"))
            + inlineCell("D2", QStringLiteral("決算額(見込)")) + "</row>"
            + "<row r=\"3\"><c r=\"A3\"><v>10000001</v></c>" + inlineCell("B3", QStringLiteral("名"))
            + "<c r=\"C3\"><v>100</v></c><c r=\"D3\"><v>90</v></c></row>";
    ReadOptions options;
    options.defaultYear = 2021;
    const auto r = readXlsx(workbook({ { QStringLiteral("環境局"), sheetXml(rows) } }), options);
    QVERIFY2(r->ok, qPrintable(r->error));
    QVERIFY2(r->sink.warnings.isEmpty(), qPrintable(warningsText(r->sink)));
    QCOMPARE(r->sink.records.size(), 1);
    QCOMPARE(r->sink.records.at(0).budget, std::optional<qint64>(100));
    QCOMPARE(r->sink.records.at(0).settlement, std::optional<qint64>(90));
    QVERIFY(r->sink.records.at(0).settlementEstimated);
}

namespace {

// The archive with the general-purpose flags of every entry's local and central
// headers replaced.
QByteArray withFlags(QByteArray zip, quint16 flags)
{
    for (qsizetype at = zip.indexOf("PK\x03\x04"); at >= 0; at = zip.indexOf("PK\x03\x04", at + 4))
        qToLittleEndian(flags, zip.data() + at + 6);
    for (qsizetype at = zip.indexOf("PK\x01\x02"); at >= 0; at = zip.indexOf("PK\x01\x02", at + 4))
        qToLittleEndian(flags, zip.data() + at + 8);
    return zip;
}

// The archive with the uncompressed size of entry `name` in both its headers replaced.
QByteArray withDeclaredSize(QByteArray zip, const QByteArray &name, quint32 size)
{
    for (qsizetype at = zip.indexOf(name); at >= 0; at = zip.indexOf(name, at + 1)) {
        if (at >= 46 && zip.mid(at - 46, 4) == "PK\x01\x02")
            qToLittleEndian(size, zip.data() + at - 46 + 24);
        else if (at >= 30 && zip.mid(at - 30, 4) == "PK\x03\x04")
            qToLittleEndian(size, zip.data() + at - 30 + 22);
    }
    return zip;
}

} // namespace

void tst_XlsxReader::rejected_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("errorPart");

    const QByteArray table = sheetXml("<row r=\"1\">" + inlineCell("A1", QStringLiteral("事務事業コード"))
                                      + inlineCell("B1", QStringLiteral("事務事業名")) + "</row>");
    QTest::newRow("not a zip") << QByteArray("事務事業コード,事務事業名\n") << QStringLiteral("ZIP");
    {
        ZipBuilder zip;
        zip.addUtf8(QStringLiteral("hello.txt"), "hi");
        QTest::newRow("zip without workbook") << zip.archive() << QStringLiteral("xl/workbook.xml");
    }
    QTest::newRow("no record table")
            << workbook({ { QStringLiteral("Sheet1"), sheetXml("<row r=\"1\">" + inlineCell("A1", QStringLiteral("番号")) + "</row>") } })
            << QStringLiteral("no sheet");
    // 4 MiB of spaces compress about 1000:1.
    QTest::newRow("zip bomb (ratio)")
            << workbook({ { QStringLiteral("Sheet1"), table } }, "<sst>" + QByteArray(4 * 1024 * 1024, ' ') + "</sst>")
            << QStringLiteral("zip bomb");
    // The same, claiming 1,000 bytes: reading stops there and the entry is damaged.
    QTest::newRow("zip bomb lying about its size")
            << withDeclaredSize(workbook({ { QStringLiteral("Sheet1"), sheetXml(QByteArray(4 * 1024 * 1024, ' ')) } }),
                                "xl/worksheets/sheet1.xml", 1000)
            << QStringLiteral("xl/worksheets/sheet1.xml");
    QTest::newRow("entity declarations")
            << workbook({ { QStringLiteral("Sheet1"),
                            "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">"
                            "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><worksheet xmlns=\"" + mainNs
                                    + "\"><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&b;</t></is></c></row></sheetData></worksheet>" } })
            << QStringLiteral("DOCTYPE");
    QTest::newRow("external entity")
            << workbook({ { QStringLiteral("Sheet1"),
                            "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                            "<worksheet xmlns=\"" + mainNs + "\"><sheetData><row><c t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData></worksheet>" } })
            << QStringLiteral("DOCTYPE");
    QTest::newRow("broken XML") << workbook({ { QStringLiteral("Sheet1"), "<worksheet><sheetData><row>" } })
                                << QStringLiteral("not valid XML");
    // A relationship that climbs out of the archive is never followed.
    const QByteArray climbing = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                "<Relationship Id=\"rId1\" Type=\"" + relNs + "/worksheet\" Target=\"../../../etc/passwd\"/>"
                                "</Relationships>";
    QTest::newRow("path traversal") << workbook({ { QStringLiteral("Sheet1"), table } }, {}, climbing)
                                    << QStringLiteral("no sheet");
}

void tst_XlsxReader::rejected()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, errorPart);
    const auto r = readXlsx(bytes);
    QVERIFY(!r->ok);
    QVERIFY2(r->error.startsWith(QStringLiteral("book.xlsx")), qPrintable(r->error));
    QVERIFY2(r->error.contains(errorPart), qPrintable(r->error));
    QVERIFY(r->sink.records.isEmpty());
}

// ZipArchive (minizip through the device's callbacks): good entries read back whole;
// a damaged one fails with a message naming it, never with more bytes than declared.
void tst_XlsxReader::zipEntries_data()
{
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<QByteArray>("expected"); // the entry's bytes; empty when refused
    QTest::addColumn<QString>("errorPart");

    const QByteArray text = QByteArray("評価シートの本文 ").repeated(200);
    auto archive = [](const QByteArray &data, bool deflate, std::optional<quint32> declared = std::nullopt) {
        ZipBuilder zip;
        zip.add("a.xml", data, deflate, declared);
        return zip.archive();
    };
    QTest::newRow("stored") << archive(text, false) << text << QString();
    QTest::newRow("deflated") << archive(text, true) << text << QString();
    QTest::newRow("empty entry") << archive(QByteArray(), false) << QByteArray() << QString();
    {
        QByteArray damaged = archive(text, false);
        damaged[damaged.indexOf("評価") + 1] = 'x';
        QTest::newRow("stored, CRC wrong") << damaged << QByteArray() << QStringLiteral("damaged");
    }
    {
        QByteArray damaged = archive(text, true);
        const qsizetype body = damaged.indexOf("a.xml") + 5 + 20;
        for (int i = 0; i < 8; ++i)
            damaged[body + i] = char(0xff);
        QTest::newRow("deflated, stream damaged") << damaged << QByteArray() << QStringLiteral("damaged");
    }
    QTest::newRow("declared larger than the data") << archive(text, true, quint32(text.size() + 100))
                                                   << QByteArray() << QStringLiteral("damaged");
    QTest::newRow("declared smaller than the data") << archive(text, true, quint32(text.size() - 100))
                                                    << QByteArray() << QStringLiteral("damaged");
    QTest::newRow("encrypted") << withFlags(archive(text, false), 1) << QByteArray()
                               << QStringLiteral("encrypted");
    QTest::newRow("declared 2 GiB") << archive(text, true, 0x80000000u) << QByteArray()
                                    << QStringLiteral("too large");
}

void tst_XlsxReader::zipEntries()
{
    QFETCH(QByteArray, archive);
    QFETCH(QByteArray, expected);
    QFETCH(QString, errorPart);
    QBuffer buffer(&archive);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    ZipArchive zip;
    QString error;
    QVERIFY2(zip.open(&buffer, &error), qPrintable(error));
    QCOMPARE(zip.entryNames(), QStringList { QStringLiteral("a.xml") });
    const QByteArray data = zip.readEntry(QStringLiteral("a.xml"), 1 << 20, &error);
    if (errorPart.isEmpty()) {
        QCOMPARE(data, expected);
        return;
    }
    QVERIFY(data.isEmpty());
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("a.xml")), qPrintable(error));
}

// Two entries streamed at once from one device, read in turns: each has its own handle.
void tst_XlsxReader::zipEntriesReadSideBySide()
{
    const QByteArray first = QByteArray("<row>一</row>").repeated(5000);
    const QByteArray second = QByteArray("<row>二</row>").repeated(7000);
    ZipBuilder builder;
    builder.add("first.xml", first, true);
    builder.add("second.xml", second, true);
    QByteArray bytes = builder.archive();
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    ZipArchive zip;
    QString error;
    QVERIFY2(zip.open(&buffer, &error), qPrintable(error));
    const std::unique_ptr<QIODevice> a = zip.openEntry(QStringLiteral("first.xml"), &error);
    const std::unique_ptr<QIODevice> b = zip.openEntry(QStringLiteral("second.xml"), &error);
    QVERIFY(a && b);
    QByteArray readA;
    QByteArray readB;
    while (!a->atEnd() || !b->atEnd()) {
        readA += a->read(1000);
        readB += b->read(1500);
    }
    QCOMPARE(readA, first);
    QCOMPARE(readB, second);
    QVERIFY(a->read(10).isEmpty());
}

void tst_XlsxReader::stopsWhenSinkFull()
{
    class FewSink : public CollectingSink
    {
    public:
        bool addRecord(Record &&record) override
        {
            CollectingSink::addRecord(std::move(record));
            return records.size() < 2;
        }
    };
    QByteArray rows = "<row r=\"1\">" + inlineCell("A1", QStringLiteral("事務事業コード"))
            + inlineCell("B1", QStringLiteral("事務事業名")) + "</row>";
    for (int i = 2; i < 50; ++i) {
        const QByteArray n = QByteArray::number(i);
        rows += "<row r=\"" + n + "\"><c r=\"A" + n + "\"><v>" + QByteArray::number(10000000 + i) + "</v></c>"
                + inlineCell("B" + n, QStringLiteral("名")) + "</row>";
    }
    QBuffer buffer;
    buffer.setData(workbook({ { QStringLiteral("環境局"), sheetXml(rows) }, { QStringLiteral("港湾局"), sheetXml(rows) } }));
    buffer.open(QIODevice::ReadOnly);
    FewSink sink;
    ReadOptions options;
    options.defaultYear = 2021;
    QString error;
    QVERIFY2(XlsxReader::read(buffer, QStringLiteral("book.xlsx"), sink, options, &error), qPrintable(error));
    QCOMPARE(sink.records.size(), 2);
}

QTEST_GUILESS_MAIN(tst_XlsxReader)
#include "tst_xlsxreader.moc"

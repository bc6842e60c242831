// Column recognition (docs/column-recognition.md): header rows below titles, header
// synonyms, values, organisation, codes, ratings, money, wide sheets with repeated
// blocks, overrides and profiles, through the CSV and XLSX readers.
#include "columnprofile.h"
#include "columnrecognizer.h"
#include "recordreader.h"
#include "recordsink.h"

#include "readresult.h"
#include "xlsxbuilder.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

using namespace Hyoka;
using namespace Hyoka::TestSupport;

namespace {

struct ReadResult
{
    bool ok = false;
    QString error;
    CollectingSink sink;
    QList<DetectedTable> tables;
};

std::unique_ptr<ReadResult> readBytes(const QByteArray &bytes, const QString &fileName,
                                      ReadOptions options = {})
{
    auto result = std::make_unique<ReadResult>();
    options.onTable = [r = result.get()](const DetectedTable &t) { r->tables.append(t); };
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    if (fileName.endsWith(u".xlsx"))
        result->ok = XlsxReader::read(buffer, fileName, result->sink, options, &result->error);
    else
        result->ok = CsvReader::read(buffer, fileName, result->sink, options, &result->error);
    return result;
}

std::unique_ptr<ReadResult> readCsv(const QString &text, ReadOptions options = {})
{
    return readBytes(text.toUtf8(), QStringLiteral("t.csv"), options);
}

ReadOptions withYear(int year)
{
    ReadOptions o;
    o.defaultYear = year;
    return o;
}

ColumnOverride mapOf(const QString &spec)
{
    QString err;
    const std::optional<ColumnOverride> o = ColumnProfile::parseMap(spec, &err);
    if (!o)
        qFatal("bad --map in a test: %s", qPrintable(err));
    return *o;
}

// A sheet whose rows are the given lists of texts, from row `firstRow` on.
QByteArray sheetOf(const QList<QStringList> &rows, int firstRow = 1)
{
    QByteArray xml;
    for (qsizetype i = 0; i < rows.size(); ++i)
        xml += inlineRow(firstRow + int(i), rows.at(i));
    return sheetXml(xml);
}

} // namespace

class tst_Recognition : public QObject
{
    Q_OBJECT
private slots:
    void headerBelowTitleRows();
    void xlsxHeaderInRowTwoWithFurigana();
    void headerSynonyms_data();
    void headerSynonyms();
    void organisation_data();
    void organisation();
    void codesKeptAsPublished();
    void codeFromValues();
    void yearColumn_data();
    void yearColumn();
    void ratingStyles_data();
    void ratingStyles();
    void verdictWithGrades();
    void moneyHeaders();
    void summaryColumnsJoined();
    void wideSheetBlocks();
    void shiftJisCrlf();
    void targetFirstIndicators();
    void noNameColumn();
    void overridesAndProfile();
    void columnSpecs_data();
    void columnSpecs();
};

void tst_Recognition::headerBelowTitleRows()
{
    const auto r = readCsv(QStringLiteral("令和6年度 事務事業評価結果一覧\n"
                                          "\n"
                                          "単位：千円,,\n"
                                          "事業名,担当課,予算額\n"
                                          "子育て支援,こども課,100\n"
                                          "道路補修,道路課,200\n"));
    QVERIFY2(r->ok, qPrintable(r->error));
    QCOMPARE(r->sink.records.size(), 2);
    QCOMPARE(r->sink.records.at(0).fiscalYear, 2024); // from the title row
    QCOMPARE(r->sink.records.at(0).name, QStringLiteral("子育て支援"));
    QCOMPARE(r->sink.records.at(0).division, QStringLiteral("こども課"));
    QCOMPARE(r->sink.records.at(0).budget, std::optional<qint64>(100));
    QCOMPARE(r->sink.records.at(0).sourceLine, 5);
    QCOMPARE(r->tables.size(), 1);
    QCOMPARE(r->tables.at(0).headerLine, 4);
}

void tst_Recognition::xlsxHeaderInRowTwoWithFurigana()
{
    // Header cells carry furigana runs; a notes row above; 1,400 empty formatted rows after.
    const QByteArray shared =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + mainNs + "\">"
            "<si><t>年度</t><rPh sb=\"0\" eb=\"2\"><t>ネンド</t></rPh><phoneticPr fontId=\"1\"/></si>"
            "<si><r><t>事業名</t></r><rPh sb=\"0\" eb=\"3\"><t>ジギョウメイ</t></rPh></si>"
            "<si><t>所管課</t><rPh sb=\"0\" eb=\"3\"><t>ショカンカ</t></rPh></si>"
            "</sst>";
    QByteArray rows = inlineRow(1, { QStringLiteral("※金額は千円単位。空欄は該当なし。") });
    rows += "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>1</v></c>"
            "<c r=\"C2\" t=\"s\"><v>2</v></c></row>";
    for (int i = 0; i < 400; ++i)
        rows += inlineRow(3 + i, { QStringLiteral("R6"), QStringLiteral("事業%1").arg(i), QStringLiteral("総務課") });
    for (int i = 0; i < 1400; ++i)
        rows += "<row r=\"" + QByteArray::number(403 + i) + "\" s=\"3\" customFormat=\"1\"><c r=\"A"
                + QByteArray::number(403 + i) + "\" s=\"5\"/></row>";
    const auto r = readBytes(workbook({ { QStringLiteral("一覧"), sheetXml(rows) } }, shared),
                             QStringLiteral("book.xlsx"));
    QVERIFY2(r->ok, qPrintable(r->error));
    QCOMPARE(r->sink.records.size(), 400);
    QVERIFY2(r->sink.warnings.isEmpty(), qPrintable(warningsText(r->sink)));
    QCOMPARE(r->tables.at(0).headerLine, 2);
    QCOMPARE(r->tables.at(0).layout.header(0), QStringLiteral("年度")); // never 年度ネンド
    QCOMPARE(r->tables.at(0).layout.columnOf(Field::FiscalYear), 0);
    const Record &first = r->sink.records.first();
    QCOMPARE(first.fiscalYear, 2024);
    QCOMPARE(first.division, QStringLiteral("総務課"));
    QCOMPARE(first.sourceSheet, QStringLiteral("一覧"));
    QCOMPARE(first.sourceLine, 3);
    QCOMPARE(r->sink.records.last().sourceLine, 402);
}

void tst_Recognition::headerSynonyms_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("field");
    const QList<QPair<const char16_t *, Field>> rows = {
        { u"局名", Field::Bureau },          { u"所管局", Field::Bureau },
        { u"担当部", Field::Bureau },        { u"部局", Field::Bureau },
        { u"担当部署", Field::Bureau },      { u"部署", Field::Bureau },
        { u"担当課", Field::Division },      { u"主管課", Field::Division },
        { u"課室", Field::Division },        { u"所管課", Field::Division },
        { u"部課名", Field::Organisation },  { u"担当部課", Field::Organisation },
        { u"事業番号", Field::Code },        { u"事務事業ID", Field::Code },
        { u"事業コード", Field::Code },      { u"整理番号", Field::Code },
        { u"ページ番号", Field::RefPage },   { u"頁", Field::RefPage },
        { u"page", Field::RefPage },         { u"事務事業名", Field::Name },
        { u"事業名", Field::Name },          { u"サービス分類", Field::Category },
        { u"事業分類", Field::Category },    { u"事務事業区分", Field::Category },
        { u"事業類型", Field::Category },    { u"事業区分", Field::Category },
        { u"事業概要", Field::Summary },     { u"ねらい・目的", Field::Summary },
        { u"事業の内容", Field::Summary },   { u"【目的】", Field::Summary },
        { u"主な成果", Field::Achievements }, { u"主な指標の状況", Field::Achievements },
        { u"成果指標", Field::Achievements }, { u"実績", Field::Achievements },
        { u"今後の方向性", Field::Rating },  { u"評価結果", Field::Rating },
        { u"評価", Field::Rating },          { u"見直し区分", Field::Rating },
        { u"事務事業\n名", Field::Name },    { u"年度", Field::FiscalYear },
    };
    for (const auto &row : rows)
        QTest::newRow(QString::fromUtf16(row.first).toUtf8().constData())
                << QString::fromUtf16(row.first) << int(row.second);
}

void tst_Recognition::headerSynonyms()
{
    QFETCH(QString, header);
    QFETCH(int, field);
    QCOMPARE(int(ColumnLayout::fieldForHeader(header)), field);
}

void tst_Recognition::organisation_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("bureau");
    QTest::addColumn<QString>("division");
    QTest::newRow("部課名") << QStringLiteral("部課名") << QStringLiteral("市民生活部市民環境課")
                         << QStringLiteral("市民生活部") << QStringLiteral("市民環境課");
    QTest::newRow("several 課") << QStringLiteral("担当部課") << QStringLiteral("総務部人事課／職員課")
                              << QStringLiteral("総務部") << QStringLiteral("人事課／職員課");
    QTest::newRow("局 first") << QStringLiteral("所管部課") << QStringLiteral("こども未来局保育課")
                            << QStringLiteral("こども未来局") << QStringLiteral("保育課");
    QTest::newRow("no 部") << QStringLiteral("部課名") << QStringLiteral("会計管理室")
                          << QStringLiteral("会計管理室") << QString();
    QTest::newRow("部署 holding both") << QStringLiteral("担当部署") << QStringLiteral("都市整備部道路課")
                                   << QStringLiteral("都市整備部") << QStringLiteral("道路課");
}

void tst_Recognition::organisation()
{
    QFETCH(QString, header);
    QFETCH(QString, cell);
    QFETCH(QString, bureau);
    QFETCH(QString, division);
    const auto r = readCsv(QStringLiteral("事業名,%1\n事業A,%2\n").arg(header, cell), withYear(2025));
    QVERIFY2(r->ok, qPrintable(r->error));
    QCOMPARE(r->sink.records.size(), 1);
    QCOMPARE(r->sink.records.at(0).bureau, bureau);
    QCOMPARE(r->sink.records.at(0).division, division);
}

void tst_Recognition::codesKeptAsPublished()
{
    const auto r = readCsv(QStringLiteral("事業番号,事業名,所管課\n0086,事業A,総務課\n12,事業B,総務課\n"),
                           withYear(2025));
    QVERIFY2(r->ok, qPrintable(r->error));
    QCOMPARE(r->sink.records.at(0).code, QStringLiteral("0086"));
    QCOMPARE(r->sink.records.at(1).code, QStringLiteral("12"));
    QVERIFY2(!warningsText(r->sink).contains(u"digits"), qPrintable(warningsText(r->sink)));
    QVERIFY(!r->tables.at(0).layout.padCodes());

    // Kawasaki's 8-digit 事務事業コード keeps the pad-and-warn rule.
    const auto k = readCsv(QStringLiteral("事務事業コード,事務事業名\n20101010,事業A\n123456,事業B\n"),
                           withYear(2021));
    QVERIFY(k->tables.at(0).layout.padCodes());
    QCOMPARE(k->sink.records.at(1).code, QStringLiteral("00123456"));
    QVERIFY(warningsText(k->sink).contains(u"fewer than 8 digits"));

    // No code column: the code is empty and the record is identified by organisation and name.
    const auto n = readCsv(QStringLiteral("ページ番号,事務事業名,担当部署,担当課\n1,事業A,総務部,総務課\n"),
                           withYear(2025));
    QCOMPARE(n->sink.records.at(0).code, QString());
    QCOMPARE(n->sink.records.at(0).refPage, std::optional<int>(1));
    QVERIFY(n->sink.records.at(0).identityKey().contains(u"総務課"));
    QVERIFY(n->tables.at(0).notFound().contains(QStringLiteral("code")));
}

void tst_Recognition::codeFromValues()
{
    QString csv = QStringLiteral("番号,ID欄,事業名\n");
    for (int i = 0; i < 20; ++i)
        csv += QStringLiteral("%1,%2,事業%1\n").arg(i + 1).arg(10000 + i * 7, 6, 10, QChar(u'0'));
    const auto r = readCsv(csv, withYear(2025));
    QVERIFY2(r->ok, qPrintable(r->error));
    const ColumnLayout &layout = r->tables.at(0).layout;
    QCOMPARE(layout.columnOf(Field::Code), 1);
    QVERIFY2(layout.role(1).reason.startsWith(u"values"), qPrintable(layout.role(1).reason));
    QCOMPARE(r->sink.records.at(0).code, QStringLiteral("010000"));
    QCOMPARE(layout.columnOf(Field::No), 0);
}

void tst_Recognition::yearColumn_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("year");
    QTest::newRow("7") << QStringLiteral("7") << 2025;
    QTest::newRow("R7") << QStringLiteral("R7") << 2025;
    QTest::newRow("令和7年度") << QStringLiteral("令和7年度") << 2025;
    QTest::newRow("2025") << QStringLiteral("2025") << 2025;
    QTest::newRow("full-width ６") << QStringLiteral("６") << 2024;
}

void tst_Recognition::yearColumn()
{
    QFETCH(QString, cell);
    QFETCH(int, year);
    const auto r = readCsv(QStringLiteral("年度,事業名\n%1,事業A\n").arg(cell));
    QVERIFY2(r->ok, qPrintable(r->error));
    QCOMPARE(r->sink.records.at(0).fiscalYear, year);
}

void tst_Recognition::ratingStyles_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QString>("scale");
    QTest::addColumn<QList<int>>("ranks");
    QTest::addColumn<int>("ranksOnScale");
    QTest::newRow("letters with text")
            << QStringLiteral("評価")
            << QStringList { QStringLiteral("A 拡大する事業"), QStringLiteral("B 継続する事業"),
                             QStringLiteral("C 改善・見直しする事業"), QStringLiteral("D 完了・廃止する事業") }
            << QStringLiteral("letter") << QList<int> { 1, 2, 3, 4 } << 4;
    QTest::newRow("letters with underscore, by values")
            << QStringLiteral("判定")
            << QStringList { QStringLiteral("B_現状のまま継続"), QStringLiteral("A_拡充"),
                             QStringLiteral("C_見直し"), QStringLiteral("B_現状のまま継続") }
            << QStringLiteral("letter") << QList<int> { 2, 1, 3, 2 } << -1;
    QTest::newRow("direction words")
            << QStringLiteral("今後の方向性")
            << QStringList { QStringLiteral("拡充"), QStringLiteral("現状どおり継続"),
                             QStringLiteral("縮小"), QStringLiteral("廃止") }
            << QStringLiteral("direction") << QList<int> { 1, 2, 3, 4 } << 4;
    QTest::newRow("numbered labels")
            << QStringLiteral("見直し区分")
            << QStringList { QStringLiteral("１　現状維持"), QStringLiteral("２　改革改善（縮小・統合含む）"),
                             QStringLiteral("３　終了・廃止・休止"), QStringLiteral("１　現状維持") }
            << QStringLiteral("numbered") << QList<int> { 1, 2, 3, 1 } << 3;
}

void tst_Recognition::ratingStyles()
{
    QFETCH(QString, header);
    QFETCH(QStringList, cells);
    QFETCH(QString, scale);
    QFETCH(QList<int>, ranks);
    QFETCH(int, ranksOnScale);
    QString csv = QStringLiteral("事業名,%1\n").arg(header);
    for (qsizetype i = 0; i < cells.size(); ++i)
        csv += QStringLiteral("事業%1,%2\n").arg(i).arg(cells.at(i));
    const auto r = readCsv(csv, withYear(2025));
    QVERIFY2(r->ok, qPrintable(r->error));
    QCOMPARE(r->tables.at(0).layout.columnOf(Field::Rating), 1);
    QVERIFY(r->tables.at(0).layout.ratingScale());
    QCOMPARE(r->tables.at(0).layout.ratingScale()->id, scale);
    QCOMPARE(r->sink.records.size(), cells.size());
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const Record &rec = r->sink.records.at(i);
        QVERIFY(rec.rating);
        QCOMPARE(rec.rating->scale, scale);
        QCOMPARE(rec.rating->rank, ranks.at(i));
        if (ranksOnScale > 0)
            QCOMPARE(rec.rating->ranks, ranksOnScale);
        QVERIFY(!rec.level); // only Kawasaki's achievement level fills `level`
    }
    QVERIFY2(r->sink.warnings.isEmpty(), qPrintable(warningsText(r->sink)));
}

void tst_Recognition::verdictWithGrades()
{
    // Three grades in one cell beside an overall verdict: the verdict is the rating.
    const auto r = readCsv(QStringLiteral("事業名,評価,今後の方向性\n"
                                          "事業A,必要性A・有効性B・効率性B,拡充\n"
                                          "事業B,必要性B・有効性B・効率性C,縮小\n"),
                           withYear(2025));
    QVERIFY2(r->ok, qPrintable(r->error));
    const ColumnLayout &layout = r->tables.at(0).layout;
    QCOMPARE(layout.columnOf(Field::Rating), 2);
    QCOMPARE(layout.columnOf(Field::Grades), 1);
    const Record &a = r->sink.records.at(0);
    QVERIFY(a.rating);
    QCOMPARE(a.rating->label, QStringLiteral("拡充"));
    QCOMPARE(a.rating->rank, 1);
    const QList<std::pair<QString, QString>> grades = { { QStringLiteral("必要性"), QStringLiteral("A") },
                                                         { QStringLiteral("有効性"), QStringLiteral("B") },
                                                         { QStringLiteral("効率性"), QStringLiteral("B") } };
    QCOMPARE(a.rating->grades, grades);

    // Grades alone: they are the rating.
    const auto g = readCsv(QStringLiteral("事業名,評価\n事業A,必要性A・有効性B・効率性B\n"), withYear(2025));
    QVERIFY(g->sink.records.at(0).rating);
    QCOMPARE(g->sink.records.at(0).rating->grades.size(), 3);
}

void tst_Recognition::moneyHeaders()
{
    const auto r = readCsv(QStringLiteral("事業名,R6決算(千円),R7当初予算(円),令和8年度予定(百万円),決算見込額\n"
                                          "事業A,\"1,234\",\"2,345,000\",3,500\n"
                                          "事業B,,,,\n"),
                           withYear(2025));
    QVERIFY2(r->ok, qPrintable(r->error));
    QVERIFY2(r->sink.warnings.isEmpty(), qPrintable(warningsText(r->sink)));
    const Record &a = r->sink.records.at(0);
    const QList<Amount> expected = { { AmountKind::Settlement, 2024, 1234 },
                                     { AmountKind::Budget, 2025, 2345 },
                                     { AmountKind::Plan, 2026, 3000 },
                                     { AmountKind::SettlementEstimate, 2025, 500 } };
    QCOMPARE(a.amounts, expected);
    QCOMPARE(a.budget, std::optional<qint64>(2345)); // its own year's
    QCOMPARE(a.settlement, std::optional<qint64>(500));
    QVERIFY(a.settlementEstimated);
    const Record &b = r->sink.records.at(1);
    QVERIFY(b.amounts.isEmpty()); // an empty cell is no amount and no warning
    QVERIFY(!b.budget);
}

void tst_Recognition::summaryColumnsJoined()
{
    const auto r = readCsv(QStringLiteral("事業名,ねらい・目的,担当課,事業の内容\n"
                                          "事業A,\"子育てを\n支える\",こども課,相談を受ける\n"
                                          "事業B,,こども課,講座を開く\n"),
                           withYear(2025));
    QVERIFY2(r->ok, qPrintable(r->error));
    QCOMPARE(r->sink.records.at(0).summary, QStringLiteral("子育てを\n支える\n\n相談を受ける"));
    QCOMPARE(r->sink.records.at(1).summary, QStringLiteral("講座を開く"));
    QCOMPARE(r->tables.at(0).layout.columnsOf(Field::Summary), (QList<qsizetype> { 1, 3 }));
}

void tst_Recognition::wideSheetBlocks()
{
    // A project's evaluation sheet flattened into one row: 8 common columns, then six
    // blocks of the same 32 headers, one block per year (令和2–7年度 above them).
    QStringList band(8);
    QStringList header = { QStringLiteral("事業番号"), QStringLiteral("事務事業名"),
                           QStringLiteral("部局名"), QStringLiteral("課名"), QStringLiteral("事業概要"),
                           QStringLiteral("備考1"), QStringLiteral("備考2"), QStringLiteral("備考3") };
    for (int block = 0; block < 6; ++block) {
        for (int i = 0; i < 32; ++i) {
            band.append(i == 0 ? QStringLiteral("令和%1年度").arg(block + 2) : QString());
            header.append(i == 0 ? QStringLiteral("決算額（千円）")
                                 : i == 1 ? QStringLiteral("活動指標") : QStringLiteral("項目%1").arg(i));
        }
    }
    QCOMPARE(header.size(), 200);
    QList<QStringList> rows = { { QStringLiteral("事務事業評価シート一覧") }, band, header };
    for (int p = 0; p < 3; ++p) {
        QStringList row = { QStringLiteral("%1").arg(100 + p, 4, 10, QChar(u'0')), QStringLiteral("事業%1").arg(p),
                            QStringLiteral("総務局"), QStringLiteral("総務課"), QStringLiteral("概要"),
                            QString(), QString(), QString() };
        for (int block = 0; block < 6; ++block) {
            for (int i = 0; i < 32; ++i)
                row.append(i == 0 ? QString::number((block + 1) * 1000 + p) : QStringLiteral("x"));
        }
        rows.append(row);
    }
    const QByteArray book = workbook({ { QStringLiteral("Sheet1"), sheetOf(rows) } });
    const auto r = readBytes(book, QStringLiteral("wide.xlsx"), withYear(2025));
    QVERIFY2(r->ok, qPrintable(r->error));
    const DetectedTable &t = r->tables.at(0);
    QCOMPARE(t.headerLine, 3);
    QVERIFY(!t.repeatedHeaders.isEmpty());
    QCOMPARE(t.repeatedHeaders.first().second.size(), 6);
    const Record &a = r->sink.records.at(0);
    QCOMPARE(a.code, QStringLiteral("0100"));
    QCOMPARE(a.bureau, QStringLiteral("総務局"));
    QCOMPARE(a.division, QStringLiteral("総務課"));
    // Each block's year from the band above: six settlement amounts, 2020 … 2025.
    QCOMPARE(a.amounts.size(), 6);
    QCOMPARE(a.amounts.first(), (Amount { AmountKind::Settlement, 2020, 1000 }));
    QCOMPARE(a.amounts.last(), (Amount { AmountKind::Settlement, 2025, 6000 }));
    QCOMPARE(a.fiscalYear, 2025);
    QCOMPARE(a.settlement, std::optional<qint64>(6000));

    // Without the band row the blocks repeat the very same header: the first block maps,
    // and --map picks another.
    rows.removeAt(1);
    const QByteArray flat = workbook({ { QStringLiteral("Sheet1"), sheetOf(rows) } });
    const auto d = readBytes(flat, QStringLiteral("wide.xlsx"), withYear(2025));
    QCOMPARE(d->sink.records.at(0).amounts, (QList<Amount> { { AmountKind::Settlement, 2025, 1000 } }));
    ReadOptions options = withYear(2025);
    const QString sixth = ColumnRecognizer::columnLetter(8 + 5 * 32);
    options.overrides = { mapOf(QStringLiteral("settlement=") + sixth),
                          mapOf(QStringLiteral("settlement@2024=#") + QString::number(8 + 4 * 32 + 1)) };
    const auto m = readBytes(flat, QStringLiteral("wide.xlsx"), options);
    QVERIFY2(m->ok, qPrintable(m->error));
    const Record &mapped = m->sink.records.at(0);
    QCOMPARE(mapped.settlement, std::optional<qint64>(6000));
    QVERIFY(mapped.amounts.contains(Amount { AmountKind::Settlement, 2024, 5000 }));
    QCOMPARE(m->tables.at(0).layout.role(8 + 5 * 32).reason, QStringLiteral("--map"));
}

void tst_Recognition::shiftJisCrlf()
{
    const QString text = QStringLiteral("令和7年度　事務事業一覧\r\n"
                                        "事業番号,事務事業名,部課名,評価\r\n"
                                        "0012,髙齢者見守り～支援,福祉部高齢福祉課,A 拡大する事業\r\n");
    QStringEncoder encoder("Shift_JIS");
    const QByteArray bytes = encoder.encode(text);
    QVERIFY(!encoder.hasError());
    const auto r = readBytes(bytes, QStringLiteral("sjis.csv"));
    QVERIFY2(r->ok, qPrintable(r->error));
    QCOMPARE(r->sink.records.size(), 1);
    const Record &a = r->sink.records.at(0);
    QCOMPARE(a.fiscalYear, 2025);
    QCOMPARE(a.code, QStringLiteral("0012"));
    QCOMPARE(a.bureau, QStringLiteral("福祉部"));
    QCOMPARE(a.division, QStringLiteral("高齢福祉課"));
    QCOMPARE(a.sourceLine, 3);
    QVERIFY(r->tables.at(0).encoding.startsWith(u"Shift_JIS"));
}

void tst_Recognition::targetFirstIndicators()
{
    const auto r = readCsv(QStringLiteral("事業名,主な成果\n"
                                          "事業A,\"講座参加者数 目標 2,000名(R6) 実績 2,053名(R6)\"\n"),
                           withYear(2025));
    QVERIFY2(r->ok, qPrintable(r->error));
    const Record &a = r->sink.records.at(0);
    QCOMPARE(a.indicators.size(), qsizetype(1));
    QCOMPARE(a.indicators.at(0).actual, 2053.0);
    QCOMPARE(a.indicators.at(0).target, 2000.0);
    QCOMPARE(a.indicators.at(0).unit, QStringLiteral("名"));
    QCOMPARE(a.indicators.at(0).actualYear, 2024);
    QCOMPARE(a.indicators.at(0).targetYear, 2024);
}

void tst_Recognition::noNameColumn()
{
    const auto r = readCsv(QStringLiteral("番号,金額\n1,2\n"), withYear(2025));
    QVERIFY(!r->ok);
    QVERIFY2(r->error.startsWith(QStringLiteral("t.csv:1: no header row names the project name column")),
             qPrintable(r->error));
    QVERIFY(r->error.contains(QStringLiteral("--map name=COLUMN")));
    // --map names it.
    ReadOptions options = withYear(2025);
    options.overrides = { mapOf(QStringLiteral("name=A")) };
    const auto m = readCsv(QStringLiteral("件名,金額\n事業A,2\n"), options);
    QVERIFY2(m->ok, qPrintable(m->error));
    QCOMPARE(m->sink.records.at(0).name, QStringLiteral("事業A"));
}

void tst_Recognition::overridesAndProfile()
{
    const QString csv = QStringLiteral("事業名,説明,所管課\n事業A,説明文,総務課\n");
    auto r = readCsv(csv, withYear(2025));
    QCOMPARE(r->sink.records.at(0).summary, QString());
    // The detected profile, edited by hand: 説明 (column B) is the summary.
    QJsonObject profile = ColumnProfile::toJson(r->tables.at(0), QStringLiteral("t.csv"));
    QJsonObject fields = profile.value(QStringLiteral("fields")).toObject();
    QCOMPARE(fields.value(QStringLiteral("name")).toObject().value(QStringLiteral("column")).toString(),
             QStringLiteral("A"));
    fields.insert(QStringLiteral("summary"), QJsonObject { { QStringLiteral("column"), QStringLiteral("B") } });
    profile.insert(QStringLiteral("fields"), fields);
    ReadOptions options;
    QString err;
    QVERIFY2(ColumnProfile::apply(profile, QStringLiteral("profile p"), &options, &err), qPrintable(err));
    QCOMPARE(options.defaultYear, 2025);
    r = readCsv(csv, options);
    QVERIFY2(r->ok, qPrintable(r->error));
    QCOMPARE(r->sink.records.at(0).summary, QStringLiteral("説明文"));
    QCOMPARE(r->sink.records.at(0).division, QStringLiteral("総務課"));
    QCOMPARE(r->tables.at(0).layout.role(1).reason, QStringLiteral("profile p"));

    // A column that does not exist is a clear message, never a guess.
    ReadOptions bad = withYear(2025);
    bad.overrides = { mapOf(QStringLiteral("summary=存在しない列")) };
    r = readCsv(csv, bad);
    QVERIFY(warningsText(r->sink).contains(QStringLiteral("summary=存在しない列 names no column")));
    QVERIFY(!ColumnProfile::parseMap(QStringLiteral("colour=A"), &err));
    QVERIFY(err.contains(u"unknown field"));
    QVERIFY(!ColumnProfile::parseMap(QStringLiteral("settlement@soon=A"), &err));
}

void tst_Recognition::columnSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("column");
    QTest::newRow("letter") << QStringLiteral("C") << 2;
    QTest::newRow("FP") << QStringLiteral("FP") << 171;
    QTest::newRow("#N") << QStringLiteral("#2") << 1;
    QTest::newRow("header") << QStringLiteral("事業名") << 0;
    QTest::newRow("header before letters") << QStringLiteral("ID") << 3;
    QTest::newRow("nothing") << QStringLiteral("見当たらない") << -1;
}

void tst_Recognition::columnSpecs()
{
    QFETCH(QString, spec);
    QFETCH(int, column);
    const QStringList headers = { QStringLiteral("事業名"), QStringLiteral("課"), QStringLiteral("x"),
                                  QStringLiteral("ID") };
    QCOMPARE(int(ColumnRecognizer::resolveColumn(spec, headers)), column);
    QCOMPARE(ColumnRecognizer::columnLetter(171), QStringLiteral("FP"));
}

QTEST_GUILESS_MAIN(tst_Recognition)
#include "tst_recognition.moc"

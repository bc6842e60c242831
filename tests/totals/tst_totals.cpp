// A table's own totals rows (docs/formats.md, "Totals rows"): recognised, never a
// record, and checked against the records read above them in every reader.
#include "columnlayout.h"
#include "recordreader.h"
#include "recordsink.h"
#include "statedtotals.h"

#include "readresult.h"
#include "xlsxbuilder.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace Hyoka;
using namespace Hyoka::TestSupport;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<ReadResult> readBytes(const QByteArray &bytes, const QString &fileName,
                                      const ReadOptions &options = {})
{
    auto result = std::make_unique<ReadResult>();
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    if (fileName.endsWith(QStringLiteral(".csv")))
        result->ok = CsvReader::read(buffer, fileName, result->sink, options, &result->error);
    else if (fileName.endsWith(QStringLiteral(".xlsx")))
        result->ok = XlsxReader::read(buffer, fileName, result->sink, options, &result->error);
    else
        result->ok = MarkdownReader::read(buffer, fileName, result->sink, options, &result->error);
    return result;
}

QStringList warningLines(const CollectingSink &sink)
{
    QStringList lines;
    for (const ImportWarning &w : sink.warnings)
        lines << w.toString();
    return lines;
}

QStringList names(const CollectingSink &sink)
{
    QStringList result;
    for (const Record &r : sink.records)
        result << r.name;
    return result;
}

const QString otherCityHeader = QStringLiteral("事業番号,事務事業名,担当部,担当課,予算額(千円),決算額(千円),今後の方向性");

ReadOptions year2025()
{
    ReadOptions options;
    options.defaultYear = 2025;
    return options;
}

} // namespace

class TestTotals : public QObject
{
    Q_OBJECT

private slots:
    void label_data();
    void label();
    void csv_data();
    void csv();
    void markdownTablePerBureau();
    void xlsxSheetsAreTables();
    void yenColumnsAllowRounding();
    void publishedTablesHaveNoFalseTotals_data();
    void publishedTablesHaveNoFalseTotals();
};

void TestTotals::label_data()
{
    QTest::addColumn<QStringList>("cells"); // 事業番号, 事務事業名, 担当部, 担当課
    QTest::addColumn<bool>("isTotal");
    QTest::addColumn<bool>("subtotal");
    QTest::addColumn<qint64>("count"); // -1: none stated

    QTest::newRow("合計") << QStringList { u""_s, u"合計"_s } << true << false << qint64(-1);
    QTest::newRow("spaced 合　計") << QStringList { u""_s, u"合　計"_s } << true << false << qint64(-1);
    QTest::newRow("総計 in the number column") << QStringList { u"総計"_s, u""_s } << true << false << qint64(-1);
    QTest::newRow("小計") << QStringList { u""_s, u"小計"_s } << true << true << qint64(-1);
    QTest::newRow("bureau 計") << QStringList { u""_s, u""_s, u"企画経営部 計"_s } << true << true << qint64(-1);
    QTest::newRow("bureau計 joined") << QStringList { u""_s, u"こども未来局計"_s } << true << true << qint64(-1);
    QTest::newRow("count in label") << QStringList { u""_s, u"合計（２５事業）"_s } << true << false << qint64(25);
    QTest::newRow("計 25件") << QStringList { u""_s, u"計 25件"_s } << true << false << qint64(25);
    QTest::newRow("count in its own cell") << QStringList { u"12件"_s, u"合計"_s } << true << false << qint64(12);
    QTest::newRow("English") << QStringList { u""_s, u"Subtotal"_s } << true << true << qint64(-1);
    QTest::newRow("設計 is a project") << QStringList { u"3"_s, u"施設設計"_s } << false << false << qint64(-1);
    QTest::newRow("会計 is a project") << QStringList { u"4"_s, u"会計"_s } << false << false << qint64(-1);
    QTest::newRow("計画 is a project") << QStringList { u"5"_s, u"計画策定経費"_s } << false << false << qint64(-1);
    QTest::newRow("合計 inside a name") << QStringList { u"6"_s, u"合計特殊出生率向上事業"_s } << false << false << qint64(-1);
    QTest::newRow("統計 after a space") << QStringList { u"7"_s, u"人口 統計"_s } << false << false << qint64(-1);
    QTest::newRow("total inside a name") << QStringList { u"8"_s, u"Total care project"_s } << false << false << qint64(-1);
}

void TestTotals::label()
{
    QFETCH(QStringList, cells);
    QFETCH(bool, isTotal);
    QFETCH(bool, subtotal);
    QFETCH(qint64, count);

    const ColumnLayout layout = ColumnLayout::fromHeader(otherCityHeader.split(u','));
    QVERIFY(layout.isRecordTable());
    cells.resize(7);
    const std::optional<StatedTotals::Label> label = StatedTotals::label(cells, layout);
    QCOMPARE(label.has_value(), isTotal);
    if (!label)
        return;
    QCOMPARE(label->subtotal, subtotal);
    QCOMPARE(label->count.value_or(-1), count);
}

void TestTotals::csv_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("expectedWarnings"); // each a substring of one warning, in order
    QTest::addColumn<int>("skipped");

    const QString records = QStringLiteral("1,A事業,企画部,企画課,100,90,継続\n"
                                           "2,B事業,企画部,企画課,200,180,継続\n");
    QTest::newRow("all agree")
            << records + QStringLiteral(",企画部 小計,,,300,270,\n"
                                        "3,C事業,総務部,総務課,50,40,拡充\n"
                                        ",総務部 小計,,,50,40,\n"
                                        ",合計（3事業）,,,350,310,\n")
            << QStringList {} << 0;
    QTest::newRow("a subtotal off")
            << records + QStringLiteral(",企画部 小計,,,300,270,\n"
                                        "3,C事業,総務部,総務課,50,40,拡充\n"
                                        ",総務部 小計,,,50,45,\n"
                                        ",合計,,,350,310,\n")
            << QStringList { u"t.csv:6: totals row \"総務部小計\": 決算額(千円) is 45 thousand yen, "_s
                             u"but the 1 record(s) above it add up to 40 thousand yen"_s }
            << 0;
    QTest::newRow("the total off, subtotals ignored")
            << records + QStringLiteral(",企画部 小計,,,300,270,\n"
                                        "3,C事業,総務部,総務課,50,40,拡充\n"
                                        ",合計,,,1350,310,\n")
            << QStringList { u"t.csv:6: totals row \"合計\": 予算額(千円) is 1,350 thousand yen, "_s
                             u"but the 3 record(s) above it add up to 350 thousand yen"_s }
            << 0;
    QTest::newRow("a stated count off")
            << records + QStringLiteral(",計 3件,,,300,270,\n")
            << QStringList { u"t.csv:4: totals row \"計 3件\" states 3 projects, but 2 record(s) "_s
                             u"were read above it"_s }
            << 0;
    QTest::newRow("a skipped row explains it")
            << records + QStringLiteral("9,X事業,企画部\n,合計,,,305,275,\n")
            << QStringList { u"t.csv:4: row skipped"_s,
                             u"t.csv:5: totals row \"合計\": 予算額(千円) is 305 thousand yen, but the 2 "_s
                             u"record(s) above it add up to 300 thousand yen (1 row(s) above it were skipped)"_s,
                             u"決算額(千円) is 275"_s }
            << 1;
}

void TestTotals::csv()
{
    QFETCH(QString, body);
    QFETCH(QStringList, expectedWarnings);
    QFETCH(int, skipped);

    const auto result = readBytes((otherCityHeader + u'\n' + body).toUtf8(), QStringLiteral("t.csv"),
                                  year2025());
    QVERIFY2(result->ok, qPrintable(result->error));
    // No totals row became a project, and none counts as skipped.
    for (const QString &name : names(result->sink))
        QVERIFY2(!name.contains(u'計'), qPrintable(name));
    QCOMPARE(result->sink.skippedRows, skipped);
    const QStringList warnings = warningLines(result->sink);
    QCOMPARE(warnings.size(), expectedWarnings.size());
    for (qsizetype i = 0; i < warnings.size(); ++i)
        QVERIFY2(warnings.at(i).contains(expectedWarnings.at(i)), qPrintable(warnings.at(i)));
}

void TestTotals::markdownTablePerBureau()
{
    // Kawasaki's layout, one table per bureau: each 合計 counts its own table only.
    const QString header = QStringLiteral(
            "| 番号 | 事務事業コード | 事務事業名 | サービス分類 | 事務事業の概要 | 主な取組の実績 | 予算額 | 決算額 | 事業の 達成度 | 参考資料 掲載頁 |\n"
            "|---|---|---|---|---|---|---|---|---|---|\n");
    const QString text = QStringLiteral("令和3年度の事務事業の評価結果一覧(こども未来局)\n\n") + header
            + QStringLiteral("| 1 | 20101010 | 地域子育て支援事業 | その他 | 概要 | ●実施 | 548,333 | 521,252 | 3 | P1 |\n"
                             "| 2 | 20101020 | 小児医療費助成事業 | その他 | 概要 | ●実施 | 100 | 100 | 3 | P2 |\n"
                             "| | | 合計 | | | | 548,433 | 521,352 | | |\n\n"
                             "令和3年度の事務事業の評価結果一覧(総務企画局)\n\n")
            + header
            + QStringLiteral("| 1 | 40205010 | 地域情報化推進事業 | その他 | 概要 | ●実施 | 19,815 | 18,311 | 4 | P3 |\n"
                             "| | | 合計 | | | | 19,815 | 18,000 | | |\n");
    const auto result = readBytes(text.toUtf8(), QStringLiteral("k.md"));
    QVERIFY2(result->ok, qPrintable(result->error));
    QCOMPARE(names(result->sink),
             (QStringList { u"地域子育て支援事業"_s, u"小児医療費助成事業"_s, u"地域情報化推進事業"_s }));
    QCOMPARE(result->sink.skippedRows, 0);
    const QStringList warnings = warningLines(result->sink);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().startsWith(QStringLiteral("k.md:14: totals row \"合計\": 決算額 is 18,000")),
             qPrintable(warnings.first()));
    QVERIFY2(warnings.first().contains(QStringLiteral("the 1 record(s) above it add up to 18,311")),
             qPrintable(warnings.first()));
}

void TestTotals::xlsxSheetsAreTables()
{
    const auto sheet = [](const QStringList &secondRow, const QStringList &total) {
        return sheetXml(inlineRow(1, otherCityHeader.split(u','))
                        + inlineRow(2, QStringList { u"1"_s, u"A事業"_s, u"企画部"_s, u"企画課"_s, u"100"_s, u"90"_s, u"継続"_s })
                        + inlineRow(3, secondRow) + inlineRow(4, total));
    };
    const QByteArray book = workbook(
            { { QStringLiteral("R7"),
                sheet({ u"2"_s, u"B事業"_s, u"企画部"_s, u"企画課"_s, u"200"_s, u"180"_s, u"継続"_s },
                      { u""_s, u"計"_s, u""_s, u""_s, u"300"_s, u"270"_s, u""_s }) },
              { QStringLiteral("R7その2"),
                sheet({ u"3"_s, u"C事業"_s, u"総務部"_s, u"総務課"_s, u"50"_s, u"40"_s, u"継続"_s },
                      { u""_s, u"計"_s, u""_s, u""_s, u"150"_s, u"100"_s, u""_s }) } });
    const auto result = readBytes(book, QStringLiteral("b.xlsx"), year2025());
    QVERIFY2(result->ok, qPrintable(result->error));
    QCOMPARE(result->sink.records.size(), 4);
    const QStringList warnings = warningLines(result->sink);
    // The first sheet's 計 agrees; the second's counts its own sheet's records only.
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(QStringLiteral("b.xlsx:4: sheet R7その2: totals row \"計\": 決算額(千円) is 100 thousand "
                                                     "yen, but the 2 record(s) above it add up to 130")),
             qPrintable(warnings.first()));
}

void TestTotals::yenColumnsAllowRounding()
{
    // 1,400 円 and 2,400 円 are stored as 1 and 2 thousand yen: a stated 3,800 円 (4) is
    // within rounding of 3, a stated 9,000 円 is not.
    const QString header = QStringLiteral("事業番号,事務事業名,担当部,予算額(円),決算額(円)\n");
    const QString body = QStringLiteral("1,A事業,企画部,\"1,400\",\"1,400\"\n"
                                        "2,B事業,企画部,\"2,400\",\"2,400\"\n"
                                        ",合計,,\"3,800\",\"9,000\"\n");
    const auto result = readBytes((header + body).toUtf8(), QStringLiteral("y.csv"), year2025());
    QVERIFY2(result->ok, qPrintable(result->error));
    QCOMPARE(result->sink.records.size(), 2);
    const QStringList warnings = warningLines(result->sink);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(QStringLiteral("決算額(円) is 9 thousand yen, but the 2 record(s) "
                                                     "above it add up to 3 thousand yen")),
             qPrintable(warnings.first()));
}

void TestTotals::publishedTablesHaveNoFalseTotals_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("records");
    QTest::newRow("Kawasaki R3 (seed)") << QStringLiteral(HYOKA_SEED_FILE) << 38;
    QTest::newRow("Shinagawa R7")
            << QStringLiteral(HYOKA_SOURCE_DIR "/tests/shinagawa/data/shinagawa_r7.csv") << 652;
}

void TestTotals::publishedTablesHaveNoFalseTotals()
{
    QFETCH(QString, path);
    QFETCH(int, records);
    CollectingSink sink;
    ReadOptions options;
    options.defaultYear = 2025; // Shinagawa's table names no year
    QString error;
    QVERIFY2(RecordReader::readFile(path, sink, options, &error), qPrintable(error));
    QCOMPARE(sink.records.size(), records);
    for (const ImportWarning &w : std::as_const(sink.warnings))
        QVERIFY2(!w.message.contains(QStringLiteral("totals row")), qPrintable(w.toString()));
}

QTEST_GUILESS_MAIN(TestTotals)
#include "tst_totals.moc"

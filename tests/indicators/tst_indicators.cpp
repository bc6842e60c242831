// Indicator extraction (docs/formats.md#indicators): every phrasing of the published tables, full-width
// variants, texts without a target, unit mismatches, and the whole seed document. The
// scanner against the regular expression it replaced: tst_indicatorscanner.

#include "indicatorextractor.h"
#include "indicatorreference.h"
#include "textnormaliser.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace Hyoka;
using IndicatorReference::compareWithReference;
using IndicatorReference::readSeed;
using IndicatorReference::SeedRow;

class TestIndicators : public QObject
{
    Q_OBJECT

private slots:
    void extract_data();
    void extract();
    void noTargetMeansNoIndicator_data();
    void noTargetMeansNoIndicator();
    void severalIndicatorsInOrder();
    void ratio();
    void mismatchWarningText();
    void listOverloadSetsAchievementIndex();
    void seedDocument();
    void seedIndicator_data();
    void seedIndicator();
    void seedLevel3Consistency();
    void manyTextsAreFast();
};

// ---------------------------------------------------------------------------

void TestIndicators::extract_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("index"); // which of the found indicators the next columns describe
    QTest::addColumn<QString>("label");
    QTest::addColumn<double>("actual");
    QTest::addColumn<double>("target");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("targetUnit");
    QTest::addColumn<bool>("warning");
    QTest::addColumn<int>("actualYear");
    QTest::addColumn<int>("targetYear");

    auto row = [](const char *name, const QString &text, int count, int index,
                  const QString &label, double actual, double target, const QString &unit,
                  const QString &targetUnit, bool warning = false, int actualYear = 0,
                  int targetYear = 0) {
        QTest::newRow(name) << text << count << index << label << actual << target << unit
                            << targetUnit << warning << actualYear << targetYear;
    };

    // Actual, then ※目標 target.
    row("actual-first space", u"延べ利用人数 147,832人※目標 224,664人以上"_qs, 1, 0,
        u"延べ利用人数"_qs, 147832, 224664, u"人"_qs, u"人"_qs);
    row("actual-first bracketed label",
        u"地域子育て支援センターで子育て情報の提供・相談支援等を実施(地域子育て支援センターの延べ利用人数 147,832人※目標 224,664人以上)"_qs,
        1, 0, u"地域子育て支援センターの延べ利用人数"_qs, 147832, 224664, u"人"_qs, u"人"_qs);
    row("actual-first 以上", u"ふれあい子育てサポート事業を実施(子育てヘルパー会員登録者数 737人※目標830人以上)"_qs,
        1, 0, u"子育てヘルパー会員登録者数"_qs, 737, 830, u"人"_qs, u"人"_qs);
    row("actual-first 増", u"認可保育所を整備(定員1,466人増※目標1,562人増)"_qs, 1, 0, u"定員"_qs,
        1466, 1562, u"人"_qs, u"人"_qs);
    row("actual-first 減", u"(待機者数12人減※目標20人減)"_qs, 1, 0, u"待機者数"_qs, 12, 20,
        u"人"_qs, u"人"_qs);
    row("actual-first 程度", u"(来場者数:1,200人※目標1,500人程度)"_qs, 1, 0, u"来場者数"_qs,
        1200, 1500, u"人"_qs, u"人"_qs);
    row("actual-first 以下", u"(平均待ち日数:12日※目標10日以下)"_qs, 1, 0, u"平均待ち日数"_qs, 12,
        10, u"日"_qs, u"日"_qs);
    row("actual-first colon label", u"民間保育所の受入枠を確保(定員数:30,625人※目標30,850人)"_qs, 1, 0,
        u"定員数"_qs, 30625, 30850, u"人"_qs, u"人"_qs);
    row("label before bracket", u"一時保育事業実施園数を確保(86か所※目標88か所)"_qs, 1, 0,
        u"一時保育事業実施園数"_qs, 86, 88, u"か所"_qs, u"か所"_qs);
    row("label before bracket の実施", u"研修会の実施(12回※目標15回)"_qs, 1, 0, u"研修会"_qs, 12, 15,
        u"回"_qs, u"回"_qs);
    row("percent", u"保育料滞納世帯に対し納付指導を実施(収納率:99.13%※目標99.18%)"_qs, 1, 0,
        u"収納率"_qs, 99.13, 99.18, u"%"_qs, u"%"_qs);
    row("percent no colon", u"新しい生活様式を踏まえた事業実施(わくわくプラザの登録率33.8%※目標49%)"_qs, 1,
        0, u"わくわくプラザの登録率"_qs, 33.8, 49, u"%"_qs, u"%"_qs);
    row("percent decimals", u"(現年度分償還率:86.89%※目標88.80%)"_qs, 1, 0, u"現年度分償還率"_qs,
        86.89, 88.80, u"%"_qs, u"%"_qs);
    row("second figure has target",
        u"不登校・ひきこもりへの支援を実施(個別支援活動参加者:110人、集団支援活動参加者:38人※目標 82人)"_qs,
        1, 0, u"集団支援活動参加者"_qs, 38, 82, u"人"_qs, u"人"_qs);
    row("no label inside, no text before", u"(86か所※目標88か所)"_qs, 1, 0, QString(), 86, 88,
        u"か所"_qs, u"か所"_qs);

    // Target first.
    row("target-first のところ", u"かわさきWi-Fiの利用範囲の拡張(アクセスポイント数:目標2,400か所のところ実績1,785か所)"_qs,
        1, 0, u"アクセスポイント数"_qs, 1785, 2400, u"か所"_qs, u"か所"_qs);
    row("target-first 、実績", u"(電子申請システムの利用件数:目標172,000件、実績437,158件)"_qs, 1, 0,
        u"電子申請システムの利用件数"_qs, 437158, 172000, u"件"_qs, u"件"_qs);
    row("target-first short", u"利用件数:目標172,000件、実績437,158件"_qs, 1, 0, u"利用件数"_qs,
        437158, 172000, u"件"_qs, u"件"_qs);
    row("target-first 目標:/実績:", u"(相談件数 目標:300件/実績:250件)"_qs, 1, 0, u"相談件数"_qs, 250,
        300, u"件"_qs, u"件"_qs);

    // 実績:…/目標:…
    row("slash 年", u"車座集会の実施(実績:年2回/目標:年8回)"_qs, 1, 0, u"車座集会"_qs, 2, 8, u"回"_qs,
        u"回"_qs);
    row("slash 年 one side", u"市長への手紙による市民の声の収集(実績:年4,059件/目標:1,200件)"_qs, 1, 0,
        u"市長への手紙による市民の声"_qs, 4059, 1200, u"件"_qs, u"件"_qs);
    row("slash percent", u"研修の実施(効果を感じた受講者の割合 実績:86%/目標:80%)"_qs, 1, 0,
        u"効果を感じた受講者の割合"_qs, 86, 80, u"%"_qs, u"%"_qs);
    row("slash full-width", u"割合　実績：８６％／目標：８０％"_qs, 1, 0, u"割合"_qs, 86, 80, u"%"_qs,
        u"%"_qs);
    row("slash 結果", u"(満足度 結果:4.2/目標:4.5)"_qs, 1, 0, u"満足度"_qs, 4.2, 4.5, QString(),
        QString());

    // 目標…に対し結果…
    row("に対し結果 first", u"シビックプライド指標は前年度を上回るも、「愛着」は目標6.5に対し結果5.5、「誇り」は目標5.5に対し結果4.9と、いずれも目標を下回った。"_qs,
        2, 0, u"愛着"_qs, 5.5, 6.5, QString(), QString());
    row("に対し結果 second", u"シビックプライド指標は前年度を上回るも、「愛着」は目標6.5に対し結果5.5、「誇り」は目標5.5に対し結果4.9と、いずれも目標を下回った。"_qs,
        2, 1, u"誇り"_qs, 4.9, 5.5, QString(), QString());
    row("に対し実績 with unit", u"「満足度」は目標80%に対し実績72%"_qs, 1, 0, u"満足度"_qs, 72, 80,
        u"%"_qs, u"%"_qs);

    // …(目標…)
    row("bracketed target", u"令和3年4月1日時点で横浜保育室を利用する川崎市民:12人(目標29人)"_qs, 1, 0,
        u"川崎市民"_qs, 12, 29, u"人"_qs, u"人"_qs);
    row("bracketed target full-width", u"横浜保育室を利用する川崎市民：１２人（目標２９人）"_qs, 1, 0,
        u"横浜保育室を利用する川崎市民"_qs, 12, 29, u"人"_qs, u"人"_qs);
    row("bracketed target 目標:", u"(受講者:45名(目標:60名))"_qs, 1, 0, u"受講者"_qs, 45, 60,
        u"名"_qs, u"名"_qs);

    // Full-width digits, commas, colon, brackets.
    row("full-width digits", u"（定員数：３０，６２５人※目標３０，８５０人）"_qs, 1, 0, u"定員数"_qs,
        30625, 30850, u"人"_qs, u"人"_qs);
    row("full-width decimals", u"（収納率：９９．１３％※目標９９．１８％）"_qs, 1, 0, u"収納率"_qs,
        99.13, 99.18, u"%"_qs, u"%"_qs);
    row("full-width target-first", u"（アクセスポイント数：目標２，４００ヶ所のところ実績１，７８５ヶ所）"_qs, 1,
        0, u"アクセスポイント数"_qs, 1785, 2400, u"ヶ所"_qs, u"ヶ所"_qs);

    // Units.
    row("unit 世帯", u"(支援世帯数:120世帯※目標150世帯)"_qs, 1, 0, u"支援世帯数"_qs, 120, 150,
        u"世帯"_qs, u"世帯"_qs);
    row("unit 園", u"(移行園数:12園※目標15園)"_qs, 1, 0, u"移行園数"_qs, 12, 15, u"園"_qs, u"園"_qs);
    row("unit 校", u"(実施校数:40校※目標50校)"_qs, 1, 0, u"実施校数"_qs, 40, 50, u"校"_qs, u"校"_qs);
    row("unit 団体", u"(参加団体:25団体※目標30団体)"_qs, 1, 0, u"参加団体"_qs, 25, 30, u"団体"_qs,
        u"団体"_qs);
    row("unit 部", u"(配布部数 8,000部※目標10,000部)"_qs, 1, 0, u"配布部数"_qs, 8000, 10000,
        u"部"_qs, u"部"_qs);
    row("unit 台", u"(設置台数:18台※目標20台)"_qs, 1, 0, u"設置台数"_qs, 18, 20, u"台"_qs, u"台"_qs);
    row("unit 施設", u"(導入施設:7施設※目標10施設)"_qs, 1, 0, u"導入施設"_qs, 7, 10, u"施設"_qs,
        u"施設"_qs);
    row("unit 円", u"(平均単価:1,250円※目標1,000円以下)"_qs, 1, 0, u"平均単価"_qs, 1250, 1000,
        u"円"_qs, u"円"_qs);
    row("unit 千円", u"(寄附額:12,345千円※目標20,000千円)"_qs, 1, 0, u"寄附額"_qs, 12345, 20000,
        u"千円"_qs, u"千円"_qs);
    row("unit 箇所", u"(整備箇所数:5箇所※目標6箇所)"_qs, 1, 0, u"整備箇所数"_qs, 5, 6, u"箇所"_qs,
        u"箇所"_qs);
    row("unit カ所 vs か所", u"(設置数:5カ所※目標6か所)"_qs, 1, 0, u"設置数"_qs, 5, 6, u"カ所"_qs,
        u"カ所"_qs);
    row("unit unknown word", u"(貸出冊数:900冊※目標1,000冊以上)"_qs, 1, 0, u"貸出冊数"_qs, 900, 1000,
        u"冊"_qs, u"冊"_qs);
    row("unit none", u"(満足度:3.8※目標4.0)"_qs, 1, 0, u"満足度"_qs, 3.8, 4.0, QString(), QString());
    row("unit only on actual", u"(参加者:38人※目標 82)"_qs, 1, 0, u"参加者"_qs, 38, 82, u"人"_qs,
        u"人"_qs);
    row("unit only on target", u"(参加者:38※目標 82人)"_qs, 1, 0, u"参加者"_qs, 38, 82, u"人"_qs,
        u"人"_qs);

    row("unit latin", u"公園を整備(整備面積:1.2ha※目標1.5ha)"_qs, 1, 0, u"整備面積"_qs, 1.2, 1.5,
        u"ha"_qs, u"ha"_qs);
    row("prefix 約", u"(参加者:約120人※目標150人)"_qs, 1, 0, u"参加者"_qs, 120, 150, u"人"_qs,
        u"人"_qs);
    row("に対して実績", u"(相談件数:目標300件に対して実績250件)"_qs, 1, 0, u"相談件数"_qs, 250, 300,
        u"件"_qs, u"件"_qs);
    row("nested full-width target", u"（回収率：４５．２％（目標：５０％以上））"_qs, 1, 0, u"回収率"_qs,
        45.2, 50, u"%"_qs, u"%"_qs);
    row("label with particle は", u"相談件数は120件(目標150件)"_qs, 1, 0, u"相談件数"_qs, 120, 150,
        u"件"_qs, u"件"_qs);

    // Unit mismatch: keep both, warn.
    row("mismatch", u"求人事業者と求職者のマッチング(マッチング件数:2,408件※目標3,100人)"_qs, 1, 0,
        u"マッチング件数"_qs, 2408, 3100, u"件"_qs, u"人"_qs, true);
    row("mismatch target-first", u"(実施数:目標12回のところ実績10件)"_qs, 1, 0, u"実施数"_qs, 10, 12,
        u"件"_qs, u"回"_qs, true);

    // Other cities' tables (docs/formats.md, "Indicators"): target first with year tags
    // (a target and an actual of different years are still a pair), sub-counts, notes
    // after ※, the unit 名.
    row("target first with years", u"講座参加者数 目標 2,000名(R6) 実績 2,053名(R6)"_qs, 1, 0,
        u"講座参加者数"_qs, 2053, 2000, u"名"_qs, u"名"_qs, false, 2024, 2024);
    row("target first, no space, different years", u"相談員の配置 目標 1人(R9)実績 1人(R6)"_qs, 1, 0,
        u"相談員の配置"_qs, 1, 1, u"人"_qs, u"人"_qs, false, 2024, 2027);
    row("full-width year tags", u"登録者数　目標　５００人（Ｒ６）　実績　４８０人（Ｒ６）"_qs, 1, 0,
        u"登録者数"_qs, 480, 500, u"人"_qs, u"人"_qs, false, 2024, 2024);
    row("令和 and 年度 in the tag", u"利用件数 目標 300件(令和7年度) 実績 250件(令和6年度)"_qs, 1, 0,
        u"利用件数"_qs, 250, 300, u"件"_qs, u"件"_qs, false, 2024, 2025);
    row("western year tag", u"利用件数 目標 300件(2025年度) 実績 250件(2024年度)"_qs, 1, 0,
        u"利用件数"_qs, 250, 300, u"件"_qs, u"件"_qs, false, 2024, 2025);
    row("令和元年", u"利用件数 目標 300件(R元) 実績 250件(R元)"_qs, 1, 0, u"利用件数"_qs, 250, 300,
        u"件"_qs, u"件"_qs, false, 2019, 2019);
    row("year tag on one side", u"訪問件数 目標 100件(R7) 実績 90件"_qs, 1, 0, u"訪問件数"_qs, 90, 100,
        u"件"_qs, u"件"_qs, false, 0, 2025);
    row("actual first with years", u"延べ利用者 1,200人(R6)※目標 1,500人(R7)"_qs, 1, 0,
        u"延べ利用者"_qs, 1200, 1500, u"人"_qs, u"人"_qs, false, 2024, 2025);
    row("sub-count", u"相談件数 目標 400件(R6) 実績 421(26)件(R6) ※( )内は新規相談"_qs, 1, 0,
        u"相談件数"_qs, 421, 400, u"件"_qs, u"件"_qs, false, 2024, 2024);
    row("sub-count with thousands", u"利用者 目標 2,000人 実績 2,150(120)人"_qs, 1, 0, u"利用者"_qs,
        2150, 2000, u"人"_qs, u"人"_qs, false, 0, 0);
    row("sub-count actual first", u"受講者 421(26)名※目標 400名"_qs, 1, 0, u"受講者"_qs, 421, 400,
        u"名"_qs, u"名"_qs, false, 0, 0);
    row("note after ※ is no figure", u"講座参加者数 目標 2,000名(R6) 実績 2,053名(R6) ※R5実績 1,800名、目標 1,900名"_qs,
        1, 0, u"講座参加者数"_qs, 2053, 2000, u"名"_qs, u"名"_qs, false, 2024, 2024);
    row("note, then the next indicator", u"参加者数 目標 100名(R6) 実績 90名(R6) ※うち市外 10名。相談件数 目標 50件(R6) 実績 60件(R6)"_qs,
        2, 1, u"相談件数"_qs, 60, 50, u"件"_qs, u"件"_qs, false, 2024, 2024);
    row("※目標 still introduces the target", u"(延べ利用人数 147,832人※目標 224,664人以上)"_qs, 1, 0,
        u"延べ利用人数"_qs, 147832, 224664, u"人"_qs, u"人"_qs, false, 0, 0);
    row("unit 名", u"(受講者:45名※目標60名)"_qs, 1, 0, u"受講者"_qs, 45, 60, u"名"_qs, u"名"_qs, false, 0, 0);
    row("two in one cell", u"講座数 目標 10回(R6) 実績 12回(R6)、参加者数 目標 200名(R6) 実績 180名(R6)"_qs,
        2, 1, u"参加者数"_qs, 180, 200, u"名"_qs, u"名"_qs, false, 2024, 2024);
}

void TestIndicators::extract()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(int, index);
    QFETCH(QString, label);
    QFETCH(double, actual);
    QFETCH(double, target);
    QFETCH(QString, unit);
    QFETCH(QString, targetUnit);
    QFETCH(bool, warning);
    QFETCH(int, actualYear);
    QFETCH(int, targetYear);

    QStringList warnings;
    const QList<Indicator> found = IndicatorExtractor::extract(text, &warnings);
    QCOMPARE(found.size(), count);
    const Indicator &ind = found.at(index);
    QCOMPARE(ind.label, label);
    QCOMPARE(ind.actual, actual);
    QCOMPARE(ind.target, target);
    QCOMPARE(ind.unit, unit);
    QCOMPARE(ind.targetUnit, targetUnit);
    QCOMPARE(ind.unitMismatch(), warning);
    QCOMPARE(ind.actualYear, actualYear);
    QCOMPARE(ind.targetYear, targetYear);
    QCOMPARE(warnings.isEmpty(), !warning);
    if (warning) {
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(label), qPrintable(warnings.first()));
    }
    QVERIFY(ind.ratio().has_value());
    QCOMPARE(*ind.ratio(), actual / target);
    compareWithReference(text);
}

void TestIndicators::noTargetMeansNoIndicator_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("count only") << u"児童福祉施設及び運営法人等に対する指導・監査を実施(553件)"_qs;
    QTest::newRow("labelled count") << u"(利用者:36人)"_qs;
    QTest::newRow("zero") << u"待機児童数 0人"_qs;
    QTest::newRow("実績 only") << u"(実績:年2回)"_qs;
    QTest::newRow("目標 without figure") << u"「愛着」「誇り」ともに目標を下回った。"_qs;
    QTest::newRow("target only") << u"(目標29人)"_qs;
    QTest::newRow("a bracketed number is no year tag") << u"利用件数 目標 300件(7) 実績 250件"_qs;
    QTest::newRow("empty") << QString();
    QTest::newRow("dates") << u"令和3年11月から新たに小学5年生から中学生までを対象とした事業を開始し、目標達成に向け取り組んだ"_qs;
    QTest::newRow("full-width count") << u"（利用者：３６人）"_qs;
}

void TestIndicators::noTargetMeansNoIndicator()
{
    QFETCH(QString, text);
    QStringList warnings;
    QCOMPARE(IndicatorExtractor::extract(text, &warnings).size(), 0);
    QVERIFY(warnings.isEmpty());
}

void TestIndicators::severalIndicatorsInOrder()
{
    const QString text = u"(利用者数:120人※目標150人、相談件数:目標300件のところ実績310件、満足度 実績:4.1/目標:4.0)"_qs;
    const QList<Indicator> found = IndicatorExtractor::extract(text);
    QCOMPARE(found.size(), 3);
    QCOMPARE(found[0].label, u"利用者数"_qs);
    QCOMPARE(found[0].actual, 120.0);
    QCOMPARE(found[1].label, u"相談件数"_qs);
    QCOMPARE(found[1].actual, 310.0);
    QCOMPARE(found[1].target, 300.0);
    QCOMPARE(found[2].label, u"満足度"_qs);
    QCOMPARE(found[2].actual, 4.1);
    QCOMPARE(found[2].unit, QString());
}

void TestIndicators::ratio()
{
    const QList<Indicator> found
            = IndicatorExtractor::extract(u"(延べ利用人数 147,832人※目標 224,664人以上)"_qs);
    QCOMPARE(found.size(), 1);
    QVERIFY(std::abs(*found.first().ratio() - 0.658) < 0.001);

    const QList<Indicator> zero = IndicatorExtractor::extract(u"(事故件数:0件※目標0件)"_qs);
    QCOMPARE(zero.size(), 1);
    QVERIFY(!zero.first().ratio().has_value());
}

void TestIndicators::mismatchWarningText()
{
    QStringList warnings;
    IndicatorExtractor::extract(u"(マッチング件数:2,408件※目標3,100人)"_qs, &warnings);
    QCOMPARE(warnings, QStringList { u"indicator \"マッチング件数\": actual in 件 but target in 人"_qs });
    // No warnings list: still extracted, nothing crashes.
    QCOMPARE(IndicatorExtractor::extract(u"(マッチング件数:2,408件※目標3,100人)"_qs).size(), 1);
}

void TestIndicators::listOverloadSetsAchievementIndex()
{
    const QStringList entries { u"(553件)"_qs, u"(収納率:99.13%※目標99.18%)"_qs,
                                u"(利用者70人※目標120人)、(受講者:45名(目標:60名))"_qs };
    const QList<Indicator> found = IndicatorExtractor::extract(entries);
    QCOMPARE(found.size(), 3);
    QCOMPARE(found[0].achievementIndex, 1);
    QCOMPARE(found[1].achievementIndex, 2);
    QCOMPARE(found[1].label, u"利用者"_qs);
    QCOMPARE(found[2].achievementIndex, 2);
    QCOMPARE(found[2].label, u"受講者"_qs);
}

// ---------------------------------------------------------------------------

// The seed's indicators by project name.
static QHash<QString, QList<Indicator>> seedIndicators()
{
    QHash<QString, QList<Indicator>> byName;
    for (const SeedRow &row : readSeed())
        byName[row.name] += IndicatorExtractor::extract(row.achievements);
    return byName;
}

void TestIndicators::seedDocument()
{
    const QList<SeedRow> rows = readSeed();
    QVERIFY2(rows.size() >= 30, "seed file not read");

    int total = 0;
    for (const SeedRow &row : rows) {
        QStringList warnings;
        const QList<Indicator> found = IndicatorExtractor::extract(row.achievements, &warnings);
        for (const Indicator &ind : found) {
            QVERIFY2(!ind.label.isEmpty(), qPrintable(row.name));
            QVERIFY(ind.target > 0);
        }
        // The one mismatch in the seed: マッチング件数 2,408件※目標3,100人.
        if (row.name == u"保育士確保対策事業")
            QCOMPARE(warnings.size(), 1);
        else
            QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        total += int(found.size());
    }
    QCOMPARE(total, 34);
    const QList<Indicator> chiiki = seedIndicators().value(u"地域子育て支援事業"_qs);
    QVERIFY(!chiiki.isEmpty());
    QVERIFY(std::abs(*chiiki.first().ratio() - 0.658) < 0.001);
}

// What a seed indicator is compared with: a null label or unit, a NaN figure or an
// achievement index of -1 is not compared.
struct SeedIndicator
{
    QString label;
    double actual = std::nan("");
    double target = std::nan("");
    QString unit;
    QString targetUnit;
    int achievementIndex = -1;
};
Q_DECLARE_METATYPE(SeedIndicator)

void TestIndicators::seedIndicator_data()
{
    // One indicator (`index`) of a seed project, which has `count`.
    QTest::addColumn<QString>("project");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("index");
    QTest::addColumn<SeedIndicator>("expected");
    const double any = std::nan("");
    auto row = [](const char *name, const QString &project, int count, int index, const SeedIndicator &expected) {
        QTest::newRow(name) << project << count << index << expected;
    };
    row("地域子育て 0", u"地域子育て支援事業"_qs, 2, 0,
        { u"地域子育て支援センターの延べ利用人数"_qs, 147832, 224664, u"人"_qs, {}, 0 });
    row("地域子育て 1", u"地域子育て支援事業"_qs, 2, 1, { u"子育てヘルパー会員登録者数"_qs, 737, 830, {}, {}, 1 });
    row("待機児童", u"待機児童対策事業"_qs, 1, 0, { u"川崎市民"_qs, 12, 29 });
    row("民間保育所 0", u"民間保育所運営事業"_qs, 3, 0, { u"定員数"_qs });
    row("民間保育所 2", u"民間保育所運営事業"_qs, 3, 2, { u"一時保育事業実施園数"_qs, any, any, u"か所"_qs });
    row("保育士確保", u"保育士確保対策事業"_qs, 2, 1, { u"マッチング件数"_qs, any, any, u"件"_qs, u"人"_qs });
    row("ひとり親 0", u"ひとり親家庭の生活支援事業"_qs, 2, 0, { u"自立支援プログラム策定件数"_qs });
    row("ひとり親 1", u"ひとり親家庭の生活支援事業"_qs, 2, 1, { u"高等職業訓練促進給付金新規認定"_qs });
    row("若者", u"子ども・若者支援推進事業"_qs, 1, 0, { u"集団支援活動参加者"_qs, 38, 82 });
    row("地域情報化", u"地域情報化推進事業"_qs, 1, 0, { u"アクセスポイント数"_qs, 1785, 2400 });
    row("電子申請", u"電子申請推進事業"_qs, 1, 0, { {}, 437158, 172000 });
    row("シティプロモーション 0", u"シティプロモーション推進事業"_qs, 2, 0, { u"愛着"_qs, 5.5, 6.5 });
    row("シティプロモーション 1", u"シティプロモーション推進事業"_qs, 2, 1, { u"誇り"_qs, 4.9, 5.5 });
    row("広聴 0", u"広聴等事務"_qs, 4, 0, { {}, 2, 8, u"回"_qs });
    row("広聴 1", u"広聴等事務"_qs, 4, 1, { {}, 4059, 1200 });
    row("広聴 3", u"広聴等事務"_qs, 4, 3, { u"効果を感じた受講者の割合"_qs, any, any, u"%"_qs });
}

void TestIndicators::seedIndicator()
{
    QFETCH(QString, project);
    QFETCH(int, count);
    QFETCH(int, index);
    QFETCH(SeedIndicator, expected);
    const QList<Indicator> found = seedIndicators().value(project);
    QCOMPARE(found.size(), count);
    const Indicator &ind = found.at(index);
    if (!expected.label.isNull())
        QCOMPARE(ind.label, expected.label);
    if (!std::isnan(expected.actual))
        QCOMPARE(ind.actual, expected.actual);
    if (!std::isnan(expected.target))
        QCOMPARE(ind.target, expected.target);
    if (!expected.unit.isNull())
        QCOMPARE(ind.unit, expected.unit);
    if (!expected.targetUnit.isNull())
        QCOMPARE(ind.targetUnit, expected.targetUnit);
    if (expected.achievementIndex >= 0)
        QCOMPARE(ind.achievementIndex, expected.achievementIndex);
}

void TestIndicators::seedLevel3Consistency()
{
    // Level-3 records (目標をほぼ達成) with an indicator under 80% of target: exactly
    // these six, each at 41–61% of target at its lowest (2469/4023 = 61.4%). Two of
    // them have a second indicator under 80% as well: 母子保健 4486/5950 (75.4%) and
    // 保育士 マッチング件数 2,408件/3,100人 (77.7%, a unit mismatch).
    const QHash<QString, QList<QPair<double, double>>> expected {
        { u"待機児童対策事業"_qs, { { 12, 29 } } },
        { u"認可外保育施設支援事業"_qs, { { 2469, 4023 } } },
        { u"保育士確保対策事業"_qs, { { 70, 120 }, { 2408, 3100 } } },
        { u"母子保健指導・相談事業"_qs, { { 3421, 6300 }, { 4486, 5950 } } },
        { u"ひとり親家庭の生活支援事業"_qs, { { 45, 90 }, { 14, 25 } } },
        { u"子ども・若者支援推進事業"_qs, { { 38, 82 } } },
    };
    QHash<QString, QList<QPair<double, double>>> low;
    int level3WithIndicators = 0;
    for (const SeedRow &row : readSeed()) {
        if (row.level != 3)
            continue;
        const QList<Indicator> found = IndicatorExtractor::extract(row.achievements);
        if (!found.isEmpty())
            ++level3WithIndicators;
        double lowest = 1e9;
        for (const Indicator &ind : found) {
            const double r = *ind.ratio();
            lowest = std::min(lowest, r);
            if (r < 0.80)
                low[row.name].append({ ind.actual, ind.target });
        }
        if (lowest < 0.80)
            QVERIFY2(lowest >= 0.41 && lowest <= 0.62, qPrintable(row.name));
    }
    QCOMPARE(low.size(), 6);
    QCOMPARE(low, expected);
    // The others are ≥ 0.80, e.g. 妊婦 150451/167407, 青少年活動 128/150, 母子父子 86.89/88.80.
    QVERIFY(level3WithIndicators > 6);
}

void TestIndicators::manyTextsAreFast()
{
    const QStringList texts {
        u"地域子育て支援センターで子育て情報の提供・相談支援等を実施(地域子育て支援センターの延べ利用人数 147,832人※目標 224,664人以上)"_qs,
        u"対象者への医療費助成を適正に実施(123,321人)"_qs,
        u"かわさきWi-Fiの利用範囲の拡張(アクセスポイント数:目標2,400か所のところ実績1,785か所)"_qs,
        u"「川崎市子ども・若者の未来応援プラン」に基づく取組及び年度評価を実施"_qs,
    };
    QElapsedTimer timer;
    timer.start();
    qsizetype n = 0;
    for (int i = 0; i < 50000; ++i)
        n += IndicatorExtractor::extract(texts.at(i % texts.size())).size();
    QCOMPARE(n, qsizetype(25000));
    qInfo("50000 texts in %lld ms", timer.elapsed());
    if (qEnvironmentVariableIsSet("HYOKA_DUMP_SEED_INDICATORS")) {
        for (const SeedRow &row : readSeed()) {
            for (const Indicator &ind : IndicatorExtractor::extract(row.achievements))
                qInfo("%s L%d [%d] %s: %g%s / %g%s = %.3f", qPrintable(row.name), row.level,
                      ind.achievementIndex, qPrintable(ind.label), ind.actual,
                      qPrintable(ind.unit), ind.target, qPrintable(ind.targetUnit),
                      ind.ratio().value_or(-1));
        }
    }
}

QTEST_GUILESS_MAIN(TestIndicators)
#include "tst_indicators.moc"

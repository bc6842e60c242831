// IndicatorScanner against the regular expression it replaced (indicatorreference.h):
// hand-picked phrasings, generated ones, the fuzzers' inputs and the seed document.
// The extraction's results themselves: tst_indicators.

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

class TestIndicatorScanner : public QObject
{
    Q_OBJECT

private slots:
    void scannerMatchesReference_data();
    void scannerMatchesReference();
    void scannerMatchesReferenceOnGeneratedTexts();
    void scannerMatchesReferenceOnCorpusAndSeed();
};

void TestIndicatorScanner::scannerMatchesReference_data()
{
    QTest::addColumn<QString>("text");
    auto row = [](const char *name, const QString &text) { QTest::newRow(name) << text; };

    // The phrasings of docs/formats.md#indicators and the sample.
    row("seed 以上", u"地域子育て支援センターの延べ利用人数 147,832人※目標 224,664人以上"_qs);
    row("seed 増", u"定員1,466人増※目標1,562人増"_qs);
    row("seed か所", u"(86か所※目標88か所)"_qs);
    row("seed percent", u"収納率:99.13%※目標99.18%"_qs);
    row("seed target first", u"(アクセスポイント数:目標2,400か所のところ実績1,785か所)"_qs);
    row("seed 、実績", u"利用件数:目標172,000件、実績437,158件"_qs);
    row("seed slash", u"(実績:年2回/目標:年8回)"_qs);
    row("seed slash percent", u"割合 実績:86%/目標:80%"_qs);
    row("seed に対し結果", u"「愛着」は目標6.5に対し結果5.5"_qs);
    row("seed bracketed target", u"川崎市民:12人(目標29人)"_qs);

    // Full-width digits, commas, decimals, percent, brackets, colon, space.
    row("full-width digits", u"（定員数：３０，６２５人※目標３０，８５０人）"_qs);
    row("full-width decimals", u"（収納率：９９．１３％※目標９９．１８％）"_qs);
    row("full-width target first", u"（アクセスポイント数：目標２，４００ヶ所のところ実績１，７８５ヶ所）"_qs);
    row("full-width slash", u"割合　実績：８６％／目標：８０％"_qs);
    row("mixed widths", u"利用者 1,2３4人※目標１,500人"_qs);

    // Commas and decimals that are not thousands.
    row("comma run on", u"利用者1,2345人※目標1,500人"_qs);
    row("comma not thousands", u"利用者1234,567人※目標1,500人"_qs);
    row("two commas", u"件数12,34,567件※目標100件"_qs);
    row("long thousands", u"件数1,234,567,890件※目標1,000,000,000件"_qs);
    row("decimal after thousands", u"金額1,234.56千円※目標2,000.5千円"_qs);
    row("two points", u"指数3.14.15※目標3.2"_qs);
    row("trailing point", u"指数3.※目標4."_qs);
    row("leading point", u"指数.5※目標.7"_qs);
    row("comma after target", u"件数12件※目標1,5"_qs);
    row("number after comma", u"件数,12件※目標15件"_qs);
    row("digit comma digit before", u"1,12件※目標15件"_qs);
    row("many digits", u"件数12345678901234567890件※目標98765432109876543210件"_qs);
    row("zero", u"(事故件数:0件※目標0件)"_qs);

    // 約, 年, 年間, 以上 and the other qualifiers.
    row("約", u"(参加者:約120人※目標約150人)"_qs);
    row("年間", u"(開催回数 年間12回※目標年間15回以上)"_qs);
    row("年 without unit", u"(実績年2/目標年8)"_qs);
    row("以上 on actual", u"利用者120人以上※目標150人以上"_qs);
    row("増加 減少", u"登録者120人増加※目標150人減少"_qs);
    row("程度 前後", u"来場者1,200人程度※目標1,500人前後"_qs);
    row("未満 以内 超", u"待ち日数12日未満※目標10日以内、超過3件超※目標1件超"_qs);
    row("qualifier then text", u"(登録率33.8%※目標49%以上の達成)"_qs);

    // Units: known, unknown words, Latin, mismatches, spaces before them.
    row("unit mismatch", u"(マッチング件数:2,408件※目標3,100人)"_qs);
    row("unit mismatch target first", u"(実施数:目標12回のところ実績10件)"_qs);
    row("unit か所 spellings", u"(設置数:5カ所※目標6か所、整備5箇所※目標6個所)"_qs);
    row("unit unknown word end", u"(貸出冊数:900冊※目標1,000冊以上)"_qs);
    row("unit unknown word runs on", u"(利用:900団体等※目標1,000団体等を支援)"_qs);
    row("unit unknown long word", u"(実施:9回以上実施※目標10講習会場所数)"_qs);
    row("unit word then kana", u"(実施:9講習※目標10講習です)"_qs);
    row("unit word then qualifier", u"(実施:9講習※目標10講習以上)"_qs);
    row("unit word then qualifier then kana", u"(実施:9講習※目標10講習以上です)"_qs);
    row("unit latin", u"公園を整備(整備面積:1.2ha※目標1.5ha)"_qs);
    row("unit latin long", u"距離12abcd※目標15abcd"_qs);
    row("unit latin long at end", u"距離12km※目標15abcd"_qs);
    row("unit latin three at end", u"距離12km※目標15abc"_qs);
    row("unit latin after space", u"距離12 km※目標15 km"_qs);
    row("unit latin then kanji", u"距離12km※目標15km以上"_qs);
    row("unit with spaces", u"件数 12 件 ※ 目標 15 件"_qs);
    row("unit percent full-width", u"達成率８０％※目標９０％"_qs);
    row("unit ㎡", u"面積120㎡※目標150㎡"_qs);
    row("unit ポイント", u"満足度3ポイント※目標5ポイント"_qs);
    row("unit 人日 人回", u"延べ120人日※目標150人回"_qs);
    row("unit 事業所 事業", u"参加12事業所※目標15事業"_qs);
    row("unit 店舗 店", u"参加12店舗※目標15店"_qs);
    row("unit 時間", u"研修12時間※目標15時間"_qs);
    row("unit none", u"(満足度:3.8※目標4.0)"_qs);
    row("unit only on actual", u"(参加者:38人※目標 82)"_qs);
    row("unit only on target", u"(参加者:38※目標 82人)"_qs);
    row("unit is 目標", u"件数5目標目標6件"_qs);

    // Keywords and separators.
    row("目標値 実績値", u"(実績値:120件※目標値:150件)"_qs);
    row("目標は", u"相談件数は120件、目標は150件"_qs);
    row("目標 は : spaced", u"相談件数 120件 目標 は : 150件"_qs);
    row("実績は target first", u"目標は150件に対し実績は120件"_qs);
    row("に対して", u"(相談件数:目標300件に対して実績250件)"_qs);
    row("に対する", u"(目標300件に対する実績250件)"_qs);
    row("に対しての", u"(目標300件に対しての実績250件)"_qs);
    row("のところ、", u"(目標300件のところ、実績250件)"_qs);
    row("links repeated", u"(目標300件 のところ / に対し、実績250件)"_qs);
    row("separators two", u"120件※(目標150件)"_qs);
    row("separators three", u"120件※(、目標150件)"_qs);
    row("separator after spaces", u"120件 ※ 目標150件"_qs);
    row("semicolon", u"120件;目標150件"_qs);
    row("bracketed target 目標:", u"(受講者:45名(目標:60名))"_qs);
    row("target first no actual keyword", u"目標150件のところ120件"_qs);
    row("actual keyword no number", u"実績※目標150件"_qs);

    // No target, or no figures.
    row("no target", u"児童福祉施設及び運営法人等に対する指導・監査を実施(553件)"_qs);
    row("target without figure", u"「愛着」「誇り」ともに目標を下回った。"_qs);
    row("target only", u"(目標29人)"_qs);
    row("dates", u"令和3年11月から新たに小学5年生から中学生までを対象とした事業を開始し、目標達成に向け取り組んだ"_qs);
    row("empty", QString());
    row("目 alone", u"目標"_qs);
    row("目 at end", u"120件※目"_qs);

    // Several indicators in one bullet.
    row("several", u"(利用者数:120人※目標150人、相談件数:目標300件のところ実績310件、満足度 実績:4.1/目標:4.0)"_qs);
    row("several back to back", u"120人※目標150人130人※目標160人"_qs);
    row("several sharing a number", u"120人※目標150人※目標160人"_qs);
    row("several seed", u"シビックプライド指標は前年度を上回るも、「愛着」は目標6.5に対し結果5.5、「誇り」は目標5.5に対し結果4.9と、いずれも目標を下回った。"_qs);

    // White space: ASCII white space only; no-break and ideographic spaces are text.
    row("tabs and newlines", u"件数\t120件\n※\r目標\v150件"_qs);
    row("no-break space", u"件数120件\u00A0※目標\u00A0150件"_qs);
    row("ideographic space", u"件数120件\u3000※目標\u3000150件"_qs);
    row("many spaces", u"件数120     件    ※     目標   は   :    150    件"_qs);

    // Surrogates: a pair is one character; an unpaired one makes the text invalid.
    row("surrogate pair", u"𠮷野家120件※目標150件𠮷"_qs);
    row("unpaired high surrogate", QStringLiteral("件数120件※目標150件") + QChar(char16_t(0xD842)));
    row("unpaired low surrogate", QChar(char16_t(0xDFB7)) + QStringLiteral("件数120件※目標150件"));
    row("NUL", QStringLiteral("件数120件※目標150件") + QChar(u'\0') + QStringLiteral("人"));

    // Other cities: year tags, sub-counts, notes after ※.
    row("year tags", u"目標 2,000名(R6) 実績 2,053名(R6)"_qs);
    row("year tags without space", u"目標 1人(R9)実績 1人(R6)"_qs);
    row("year tag spaced", u"目標 1人( R 9 )実績 1人(令和 6 年度)"_qs);
    row("year tag three digits", u"目標 1人(R123)実績 1人(R6)"_qs);
    row("year tag 年", u"目標 1人(2027年)実績 1人(2024)"_qs);
    row("year tag unclosed", u"目標 1人(R9実績 1人(R6"_qs);
    row("sub-count", u"目標 400件 実績 421(26)件"_qs);
    row("sub-count unclosed", u"目標 400件 実績 421(26件"_qs);
    row("sub-count empty", u"421()件※目標400件"_qs);
    row("sub-count then year", u"421(26)件(R6)※目標400件(R6)"_qs);
    row("note", u"参加者 目標 100名 実績 90名 ※R5実績 80名、目標 95名"_qs);
    row("note ended", u"参加者 90名 ※延べ、120名※目標 150名"_qs);
    row("note two ※", u"※注記 ※目標 150名 120名※目標 150名"_qs);
}

void TestIndicatorScanner::scannerMatchesReference()
{
    QFETCH(QString, text);
    compareWithReference(text);
}

// Phrasings put together from their parts, then some with characters inserted or
// removed: many more combinations than the rows above, the same every run (seeded).
void TestIndicatorScanner::scannerMatchesReferenceOnGeneratedTexts()
{
    const QStringList labels { u""_qs, u"利用者数"_qs, u"延べ利用人数 "_qs, u"定員"_qs, u"("_qs,
                               u"「愛着」は"_qs, u"アクセスポイント数:"_qs, u"川崎市民:"_qs,
                               u"収納率："_qs, u"割合 "_qs, u"相談件数は"_qs, u"Wi-Fi"_qs,
                               u"令和3年度"_qs, u"研修会の実施("_qs, u"第2期"_qs };
    const QStringList actualKeywords { u""_qs, u"実績"_qs, u"実績:"_qs, u"実績値"_qs, u"実績は"_qs,
                                       u"結果"_qs, u"結果値は "_qs, u"実績 : "_qs, u"実績："_qs,
                                       u"実績値 は："_qs };
    const QStringList prefixes { u""_qs, u""_qs, u""_qs, u"年"_qs, u"年間"_qs, u"約"_qs, u"年 "_qs };
    const QStringList numbers { u"0"_qs, u"12"_qs, u"737"_qs, u"1,466"_qs, u"147,832"_qs,
                                u"99.13"_qs, u"4.1"_qs, u"1234,567"_qs, u"1,2345"_qs, u"12."_qs,
                                u".5"_qs, u"１２３"_qs, u"１，２３４"_qs, u"１２．５"_qs,
                                u"1,234.56"_qs, u"12,34"_qs, u"3.14.15"_qs, u"00"_qs,
                                u"1,000,000"_qs, u"2,400"_qs, u"421(26)"_qs, u"1,200(3)"_qs,
                                u"12()"_qs };
    const QStringList units { u""_qs, u""_qs, u"人"_qs, u"件"_qs, u"か所"_qs, u"ヶ所"_qs,
                              u"回"_qs, u"世帯"_qs, u"園"_qs, u"%"_qs, u"％"_qs, u"千円"_qs,
                              u"事業所"_qs, u"人日"_qs, u"ポイント"_qs, u"㎡"_qs, u"ha"_qs,
                              u"km"_qs, u"t"_qs, u"abcd"_qs, u"施設数"_qs, u"団体等"_qs,
                              u"ヵ所"_qs, u"個"_qs, u"名"_qs, u" 人"_qs, u"時間"_qs,
                              u"講習会場所"_qs, u"々"_qs };
    const QStringList qualifierWords { u""_qs, u""_qs, u"以上"_qs, u"以下"_qs, u"増"_qs,
                                       u"増加"_qs, u"減"_qs, u"程度"_qs, u"前後"_qs, u"超"_qs,
                                       u"未満"_qs };
    const QStringList actualFirstSeparators { u""_qs, u"※"_qs, u"※"_qs, u"("_qs, u"（"_qs,
                                              u"/"_qs, u"／"_qs, u"、"_qs, u","_qs, u";"_qs,
                                              u" ※ "_qs, u"※("_qs, u"、 "_qs, u"  "_qs,
                                              u"※※※"_qs };
    const QStringList targetKeywords { u"目標"_qs, u"目標"_qs, u"目標:"_qs, u"目標 "_qs,
                                       u"目標値"_qs, u"目標は"_qs, u"目標値は:"_qs,
                                       u"目標 は : "_qs, u"目標："_qs };
    const QStringList targetFirstSeparators { u"のところ"_qs, u"に対し"_qs, u"に対して"_qs,
                                              u"に対する"_qs, u"、"_qs, u"/"_qs, u"("_qs,
                                              u" のところ、"_qs, u"に対しての"_qs, u","_qs,
                                              u""_qs };
    const QStringList tails { u""_qs, u")"_qs, u"。"_qs, u"を達成"_qs, u"のため"_qs,
                              u"以上)"_qs, u"人)"_qs, u"以上の"_qs, u"、"_qs, u"等"_qs,
                              u"ほか"_qs, u"km"_qs, u" ※延べ人数"_qs, u"※R5実績 80名"_qs };
    const QStringList years { u""_qs, u""_qs, u""_qs, u""_qs, u"(R6)"_qs, u" (令和6年度)"_qs,
                              u"(2024年度)"_qs, u"(Ｒ７)"_qs, u"( R 9 )"_qs, u"(H30)"_qs,
                              u"(R123)"_qs, u"(26)"_qs };
    const QStringList joiners { u"、"_qs, u"。"_qs, u" "_qs, u"●"_qs, u""_qs, u"）"_qs };
    const QList<QChar> noise { u' ', u'\t', u'目', u'標', u'実', u'績', u',', u'.', u'0', u'7',
                               u'人', u'は', u':', u'年', u'約', u'a', u'※', u'の', u'、',
                               QChar(0x00A0), QChar(0x3000), u'１', u'，', u'％' };

    QRandomGenerator random(20261128);
    auto pick = [&random](const QStringList &list) { return list.at(random.bounded(int(list.size()))); };
    auto phrase = [&]() {
        QString s = pick(labels);
        if (random.bounded(3) != 0) {
            s += pick(actualKeywords) + pick(prefixes) + pick(numbers) + pick(units)
                    + pick(qualifierWords) + pick(years) + pick(actualFirstSeparators)
                    + pick(targetKeywords) + pick(prefixes) + pick(numbers) + pick(units)
                    + pick(qualifierWords) + pick(years);
        } else {
            QString keyword = pick(actualKeywords);
            if (keyword.isEmpty() && random.bounded(4) != 0)
                keyword = u"実績"_qs;
            s += pick(targetKeywords) + pick(prefixes) + pick(numbers) + pick(units)
                    + pick(qualifierWords) + pick(years) + pick(targetFirstSeparators) + keyword
                    + pick(prefixes) + pick(numbers) + pick(units) + pick(qualifierWords)
                    + pick(years);
        }
        return s + pick(tails);
    };

    int compared = 0;
    for (int i = 0; i < 20000; ++i) {
        QString text = phrase();
        for (int more = random.bounded(3); more > 0; --more)
            text += pick(joiners) + phrase();
        if (random.bounded(3) == 0) {
            for (int edits = 1 + random.bounded(3); edits > 0; --edits) {
                const int at = random.bounded(int(text.size()) + 1);
                if (random.bounded(2) == 0 && at < text.size())
                    text.remove(at, 1);
                else
                    text.insert(at, noise.at(random.bounded(int(noise.size()))));
            }
        }
        compareWithReference(text);
        if (QTest::currentTestFailed()) {
            qWarning("generated text %d: %s", i, qPrintable(text));
            return;
        }
        ++compared;
    }
    QCOMPARE(compared, 20000);
}

// The fuzzers' seed inputs, their regressions and every achievement of the seed
// document, whole and split as the reader splits them.
void TestIndicatorScanner::scannerMatchesReferenceOnCorpusAndSeed()
{
    int compared = 0;
    for (const char *folder : { "tests/fuzz/corpus/fuzz_indicators", "tests/fuzz/corpus/fuzz_markdown",
                                "tests/fuzz/corpus/fuzz_csv", "tests/fuzz/regressions/fuzz_indicators",
                                "tests/fuzz/regressions/fuzz_markdown" }) {
        const QDir dir(QStringLiteral(HYOKA_SOURCE_DIR "/") + QLatin1String(folder));
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            compareWithReference(text);
            for (const QString &line : text.split(u'\n')) {
                const QString cleaned = TextNormaliser::cleanText(line);
                compareWithReference(cleaned);
                for (const QString &entry : TextNormaliser::splitAchievements(cleaned))
                    compareWithReference(entry);
            }
            ++compared;
        }
    }
    QVERIFY(compared >= 18);
    for (const SeedRow &row : readSeed()) {
        for (const QString &achievement : row.achievements)
            compareWithReference(achievement);
    }
}

QTEST_MAIN(TestIndicatorScanner)
#include "tst_indicatorscanner.moc"

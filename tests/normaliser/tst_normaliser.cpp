// The cell clean-up rules of docs/formats.md#normalisation, case by case.
#include "columnlayout.h"
#include "textnormaliser.h"

#include <QTest>

using namespace Hyoka;
using namespace Hyoka::TextNormaliser;

class tst_Normaliser : public QObject
{
    Q_OBJECT

private slots:
    void cleanText_data();
    void cleanText();
    void parseInteger_data();
    void parseInteger();
    void parseLevel_data();
    void parseLevel();
    void parseRefPage_data();
    void parseRefPage();
    void category_data();
    void category();
    void fiscalYear_data();
    void fiscalYear();
    void achievements_data();
    void achievements();
    void searchKey_data();
    void searchKey();
    void headerField_data();
    void headerField();
};

void tst_Normaliser::cleanText_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("wrap space in name") << QStringLiteral("ひとり親家庭の生活 支援事業")
                                        << QStringLiteral("ひとり親家庭の生活支援事業");
    // Control characters are dropped (a NUL would cut an exported XLSX cell short);
    // tabs and line breaks are white space as before.
    QTest::newRow("NUL") << QStringLiteral("保育") + QChar(0x00) + QStringLiteral("事業")
                         << QStringLiteral("保育事業");
    QTest::newRow("escape and bell")
            << QChar(0x1b) + QStringLiteral("[31mWi-Fi") + QChar(0x07) + QStringLiteral("整備")
            << QStringLiteral("[31mWi-Fi整備");
    // (U+0085, NEXT LINE, is white space.)
    QTest::newRow("DEL and C1") << QStringLiteral("A") + QChar(0x7f) + u'B' + QChar(0x85) + u'C' + QChar(0x9f) + u'D'
                                << QStringLiteral("AB CD");
    QTest::newRow("tab stays white space") << QStringLiteral("Wi-Fi\tの整備") << QStringLiteral("Wi-Fi の整備");
    QTest::newRow("category split twice") << QStringLiteral("施設の 管理・運 営")
                                          << QStringLiteral("施設の管理・運営");
    QTest::newRow("katakana and long vowel") << QStringLiteral("キャリア アップ ー研修")
                                             << QStringLiteral("キャリアアップー研修");
    QTest::newRow("kanji then digit keeps") << QStringLiteral("延べ利用人数 147,832人")
                                            << QStringLiteral("延べ利用人数 147,832人");
    QTest::newRow("digit then kana keeps") << QStringLiteral("(17 か所)") << QStringLiteral("(17 か所)");
    QTest::newRow("latin words keep") << QStringLiteral("「Stanford e-Kawasaki」")
                                      << QStringLiteral("「Stanford e-Kawasaki」");
    QTest::newRow("latin then kanji keeps") << QStringLiteral("WEB 会議") << QStringLiteral("WEB 会議");
    QTest::newRow("full-width digits are Japanese") << QStringLiteral("件 ３件") << QStringLiteral("件３件");
    QTest::newRow("punctuation") << QStringLiteral("取組を 進めます。 また、 協議")
                                 << QStringLiteral("取組を進めます。また、協議");
    QTest::newRow("ideographic space") << QStringLiteral("子ども\u3000若者") << QStringLiteral("子ども若者");
    QTest::newRow("html list") << QStringLiteral("<ul style=\"list-style-type: none\"> ●実施")
                               << QStringLiteral("●実施");
    QTest::newRow("br tag") << QStringLiteral("一行目<br>二行目") << QStringLiteral("一行目二行目");
    QTest::newRow("entities") << QStringLiteral("A&amp;B &lt;x&gt; &#12354;&#x3044;")
                              << QStringLiteral("A&B <x> あい");
    QTest::newRow("lone less-than stays") << QStringLiteral("1 < 2") << QStringLiteral("1 < 2");
    QTest::newRow("runs folded, ends trimmed") << QStringLiteral("  a \n\t b  ") << QStringLiteral("a b");
    QTest::newRow("empty") << QString() << QString();
}

void tst_Normaliser::cleanText()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QCOMPARE(TextNormaliser::cleanText(raw), expected);
}

void tst_Normaliser::parseInteger_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<bool>("hasValue");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<bool>("invalid");
    QTest::newRow("grouped") << QStringLiteral("548,333") << true << qint64(548333) << false;
    QTest::newRow("plain") << QStringLiteral("724") << true << qint64(724) << false;
    QTest::newRow("padded") << QStringLiteral("  59,353,314 ") << true << qint64(59353314) << false;
    QTest::newRow("full-width") << QStringLiteral("５４８，３３３") << true << qint64(548333) << false;
    QTest::newRow("triangle negative") << QStringLiteral("△1,234") << true << qint64(-1234) << false;
    QTest::newRow("black triangle negative") << QStringLiteral("▲1,234") << true << qint64(-1234) << false;
    QTest::newRow("minus") << QStringLiteral("-56") << true << qint64(-56) << false;
    QTest::newRow("empty") << QString() << false << qint64(0) << false;
    QTest::newRow("hyphen") << QStringLiteral("-") << false << qint64(0) << false;
    QTest::newRow("horizontal bar") << QStringLiteral("―") << false << qint64(0) << false;
    QTest::newRow("long vowel mark") << QStringLiteral("ー") << false << qint64(0) << false;
    QTest::newRow("em dash") << QStringLiteral("—") << false << qint64(0) << false;
    QTest::newRow("text") << QStringLiteral("未定") << false << qint64(0) << true;
    QTest::newRow("decimal") << QStringLiteral("12.5") << false << qint64(0) << true;
    // Plain ASCII cells take a path without copies; these pin down its rules.
    QTest::newRow("spaced digits") << QStringLiteral("1 234") << true << qint64(1234) << false;
    QTest::newRow("tab and newline") << QStringLiteral("\t12\n") << true << qint64(12) << false;
    QTest::newRow("commas only") << QStringLiteral(",") << false << qint64(0) << true;
    QTest::newRow("commas anywhere") << QStringLiteral("1,2,3") << true << qint64(123) << false;
    QTest::newRow("leading zeros") << QStringLiteral("007") << true << qint64(7) << false;
    QTest::newRow("plus") << QStringLiteral("+5") << false << qint64(0) << true;
    QTest::newRow("double minus") << QStringLiteral("--5") << false << qint64(0) << true;
    QTest::newRow("minus comma") << QStringLiteral("-,") << false << qint64(0) << true;
    QTest::newRow("largest") << QStringLiteral("9,223,372,036,854,775,807") << true
                             << qint64(9223372036854775807LL) << false;
    QTest::newRow("negative largest") << QStringLiteral("-9223372036854775807") << true
                                      << qint64(-9223372036854775807LL) << false;
    QTest::newRow("overflow") << QStringLiteral("9223372036854775808") << false << qint64(0) << true;
    QTest::newRow("control character") << QStringLiteral("1\x1f2") << false << qint64(0) << true;
    QTest::newRow("tagged") << QStringLiteral("<b>1,234</b>") << true << qint64(1234) << false;
    QTest::newRow("lone less-than") << QStringLiteral("<5") << false << qint64(0) << true;
    QTest::newRow("no-break space") << QStringLiteral("1\u00a0234") << true << qint64(1234) << false;
}

void tst_Normaliser::parseInteger()
{
    QFETCH(QString, cell);
    QFETCH(bool, hasValue);
    QFETCH(qint64, value);
    QFETCH(bool, invalid);
    const ParsedNumber n = TextNormaliser::parseInteger(cell);
    QCOMPARE(bool(n.value), hasValue);
    if (hasValue)
        QCOMPARE(*n.value, value);
    QCOMPARE(n.invalid, invalid);
}

void tst_Normaliser::parseLevel_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("expected"); // 0 = null
    QTest::addColumn<bool>("invalid");
    QTest::newRow("ascii") << QStringLiteral("4") << 4 << false;
    QTest::newRow("full-width") << QStringLiteral("４") << 4 << false;
    QTest::newRow("spaces") << QStringLiteral(" 4 ") << 4 << false;
    QTest::newRow("one") << QStringLiteral("1") << 1 << false;
    QTest::newRow("five") << QStringLiteral("5") << 5 << false;
    QTest::newRow("zero") << QStringLiteral("0") << 0 << true;
    QTest::newRow("six") << QStringLiteral("6") << 0 << true;
    QTest::newRow("text") << QStringLiteral("A") << 0 << true;
    QTest::newRow("empty") << QString() << 0 << false;
    QTest::newRow("tab and newline") << QStringLiteral("\t3\n") << 3 << false;
    QTest::newRow("plus") << QStringLiteral("+3") << 3 << false;
    QTest::newRow("leading zero") << QStringLiteral("03") << 3 << false;
    QTest::newRow("hyphen") << QStringLiteral("-") << 0 << false;
    QTest::newRow("two digits") << QStringLiteral("12") << 0 << true;
    QTest::newRow("tagged") << QStringLiteral("<b>2</b>") << 2 << false;
}

void tst_Normaliser::parseLevel()
{
    QFETCH(QString, cell);
    QFETCH(int, expected);
    QFETCH(bool, invalid);
    const ParsedNumber n = TextNormaliser::parseLevel(cell);
    QCOMPARE(n.value ? int(*n.value) : 0, expected);
    QCOMPARE(n.invalid, invalid);
}

void tst_Normaliser::parseRefPage_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("invalid");
    QTest::newRow("P1") << QStringLiteral("P1") << 1 << false;
    QTest::newRow("P.1") << QStringLiteral("P.1") << 1 << false;
    QTest::newRow("p1") << QStringLiteral("p1") << 1 << false;
    QTest::newRow("bare") << QStringLiteral("1") << 1 << false;
    QTest::newRow("P60") << QStringLiteral("P60") << 60 << false;
    QTest::newRow("full-width") << QStringLiteral("Ｐ１２") << 12 << false;
    QTest::newRow("placeholder") << QStringLiteral("P●●") << 0 << false;
    QTest::newRow("empty") << QString() << 0 << false;
    QTest::newRow("text") << QStringLiteral("別冊") << 0 << true;
    QTest::newRow("p.12") << QStringLiteral("p.12") << 12 << false;
    QTest::newRow("spaced") << QStringLiteral(" P 1 2 ") << 12 << false;
    QTest::newRow("six digits") << QStringLiteral("P123456") << 123456 << false;
    QTest::newRow("seven digits") << QStringLiteral("P1234567") << 0 << true;
    // Found by fuzz_indicators: the digits once overflowed a 64-bit integer.
    QTest::newRow("84 digits") << QString(84, u'5') << 0 << true;
    QTest::newRow("84 digits after P") << u'P' + QString(84, u'9') << 0 << true;
    QTest::newRow("dot without P") << QStringLiteral(".12") << 0 << true;
    QTest::newRow("P dot only") << QStringLiteral("P.") << 0 << true;
    QTest::newRow("P only") << QStringLiteral("P") << 0 << true;
    QTest::newRow("range") << QStringLiteral("12-14") << 12 << false;
    QTest::newRow("page word") << QStringLiteral("page3") << 3 << false;
    QTest::newRow("頁") << QStringLiteral("P12頁") << 12 << false;
    QTest::newRow("ascii placeholder") << QStringLiteral("P**") << 0 << false;
    QTest::newRow("x placeholder") << QStringLiteral("Px") << 0 << false;
    QTest::newRow("hyphen") << QStringLiteral("-") << 0 << false;
}

void tst_Normaliser::parseRefPage()
{
    QFETCH(QString, cell);
    QFETCH(int, expected);
    QFETCH(bool, invalid);
    const ParsedNumber n = TextNormaliser::parseRefPage(cell);
    QCOMPARE(n.value ? int(*n.value) : 0, expected);
    QCOMPARE(n.invalid, invalid);
}

void tst_Normaliser::category_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected"); // empty = no match
    QTest::newRow("exact") << QStringLiteral("その他") << QStringLiteral("その他");
    QTest::newRow("wrapped") << QStringLiteral("施設の 管理・運 営") << QStringLiteral("施設の管理・運営");
    QTest::newRow("wrapped subsidy") << QStringLiteral("補助・助 成金") << QStringLiteral("補助・助成金");
    QTest::newRow("half-width dot") << QStringLiteral("補助･助成金") << QStringLiteral("補助・助成金");
    QTest::newRow("long one") << QStringLiteral("公聴及び相談・苦情申し 立ての聴取等")
                              << QStringLiteral("公聴及び相談・苦情申し立ての聴取等");
    QTest::newRow("unknown") << QStringLiteral("研究開発") << QString();
    QTest::newRow("tab inside") << QStringLiteral("施設の\t管理・運営") << QStringLiteral("施設の管理・運営");
    QTest::newRow("ideographic space") << QStringLiteral("補助・助成金\u3000") << QStringLiteral("補助・助成金");
    QTest::newRow("tagged") << QStringLiteral("<b>その他</b>") << QStringLiteral("その他");
    QTest::newRow("full-width digit") << QStringLiteral("イベント等１") << QString();
}

void tst_Normaliser::category()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    const auto c = canonicalCategory(cell);
    QCOMPARE(c.value_or(QString()), expected);
    QCOMPARE(canonicalCategories().size(), 9);
}

void tst_Normaliser::fiscalYear_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("year");
    QTest::newRow("令和3年度") << QStringLiteral("令和3年度") << 2021;
    QTest::newRow("令和元年度") << QStringLiteral("令和元年度") << 2019;
    QTest::newRow("令和 ３ 年度") << QStringLiteral("令和 ３ 年度") << 2021;
    QTest::newRow("令和三年度") << QStringLiteral("令和三年度") << 2021;
    QTest::newRow("平成30年度") << QStringLiteral("平成30年度") << 2018;
    QTest::newRow("平成元年") << QStringLiteral("平成元年") << 1989;
    QTest::newRow("R4") << QStringLiteral("R4") << 2022;
    QTest::newRow("H31") << QStringLiteral("H31") << 2019;
    QTest::newRow("2021") << QStringLiteral("2021") << 2021;
    QTest::newRow("2021年度") << QStringLiteral("2021年度") << 2021;
    QTest::newRow("nonsense") << QStringLiteral("昨年") << 0;
}

void tst_Normaliser::fiscalYear()
{
    QFETCH(QString, text);
    QFETCH(int, year);
    QCOMPARE(parseFiscalYear(text), year);
}

void tst_Normaliser::achievements_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("bullets") << QStringLiteral("●一 ●二") << QStringList { QStringLiteral("一"), QStringLiteral("二") };
    QTest::newRow("lead text") << QStringLiteral("前文。 ●一 ●二")
                               << QStringList { QStringLiteral("前文。"), QStringLiteral("一"), QStringLiteral("二") };
    QTest::newRow("remark stays with last") << QStringLiteral("●一 ●二 (注記)")
                                            << QStringList { QStringLiteral("一"), QStringLiteral("二 (注記)") };
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("only bullets") << QStringLiteral("●●") << QStringList();
    QTest::newRow("spaces around") << QStringLiteral(" ●一● 二 ")
                                   << QStringList { QStringLiteral("一"), QStringLiteral("二") };
}

void tst_Normaliser::achievements()
{
    QFETCH(QString, cell);
    QFETCH(QStringList, expected);
    QCOMPARE(splitAchievements(cell), expected);
}

void tst_Normaliser::searchKey_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("width") << QStringLiteral("ＷＥＢ会議") << QStringLiteral("web会議");
    QTest::newRow("kana") << QStringLiteral("ホイク") << QStringLiteral("ほいく");
    QTest::newRow("half-width kana") << QStringLiteral("ﾎｲｸ") << QStringLiteral("ほいく");
}

void tst_Normaliser::searchKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(TextNormaliser::searchKey(a), TextNormaliser::searchKey(b));
}

void tst_Normaliser::headerField_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("field");
    QTest::newRow("番号") << QStringLiteral("番号") << int(Field::No);
    QTest::newRow("コード") << QStringLiteral("事務事業コード") << int(Field::Code);
    QTest::newRow("名") << QStringLiteral("事務事業名") << int(Field::Name);
    QTest::newRow("分類") << QStringLiteral("サービス分類") << int(Field::Category);
    QTest::newRow("概要") << QStringLiteral("事務事業の概要 (簡潔に記載)") << int(Field::Summary);
    QTest::newRow("実績") << QStringLiteral("主な取組の実績") << int(Field::Achievements);
    QTest::newRow("予算額(千円)") << QStringLiteral("予算額(千円)") << int(Field::Budget);
    QTest::newRow("決算額") << QStringLiteral("決算額") << int(Field::Settlement);
    QTest::newRow("決算見込額") << QStringLiteral("決算見込額") << int(Field::Settlement);
    QTest::newRow("達成度") << QStringLiteral("事業の 達成度") << int(Field::Level);
    QTest::newRow("頁") << QStringLiteral("参考資料 掲載頁") << int(Field::RefPage);
    QTest::newRow("年度") << QStringLiteral("年度") << int(Field::FiscalYear);
    QTest::newRow("局名") << QStringLiteral("局名") << int(Field::Bureau);
    QTest::newRow("事業費 span") << QStringLiteral("事業費 (千円)") << int(Field::Ignore);
    QTest::newRow("legend") << QStringLiteral("①一覧の見方") << int(Field::Ignore);
    QTest::newRow("english") << QStringLiteral("fiscal_year") << int(Field::FiscalYear);
}

void tst_Normaliser::headerField()
{
    QFETCH(QString, header);
    QFETCH(int, field);
    QCOMPARE(int(ColumnLayout::fieldForHeader(header)), field);
}

QTEST_APPLESS_MAIN(tst_Normaliser)
#include "tst_normaliser.moc"

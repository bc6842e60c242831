// Money headers (docs/ratings-and-money.md): kind, fiscal year and unit read from a
// column's header, and figures brought to thousand yen.
#include "moneyheader.h"

#include <QTest>

#include <limits>

using namespace Hyoka;

Q_DECLARE_METATYPE(Hyoka::AmountKind)

class tst_MoneyHeader : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void notMoney_data();
    void notMoney();
    void toThousandYen_data();
    void toThousandYen();
};

void tst_MoneyHeader::parse_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<AmountKind>("kind");
    QTest::addColumn<int>("fiscalYear");
    QTest::addColumn<int>("yearOffset");
    QTest::addColumn<int>("divisor");
    QTest::addColumn<int>("multiplier");

    const auto budget = AmountKind::Budget;
    const auto settlement = AmountKind::Settlement;
    const auto estimate = AmountKind::SettlementEstimate;
    const auto plan = AmountKind::Plan;
    QTest::newRow("予算額") << u"予算額"_qs << budget << 0 << 0 << 1 << 1;
    QTest::newRow("当初予算") << u"当初予算"_qs << budget << 0 << 0 << 1 << 1;
    QTest::newRow("予算現額") << u"予算現額"_qs << budget << 0 << 0 << 1 << 1;
    QTest::newRow("事業費") << u"事業費"_qs << budget << 0 << 0 << 1 << 1;
    QTest::newRow("総事業費 (円)") << u"総事業費（円）"_qs << budget << 0 << 0 << 1000 << 1;
    QTest::newRow("決算額") << u"決算額"_qs << settlement << 0 << 0 << 1 << 1;
    QTest::newRow("決算額（見込）") << u"決算額（見込）"_qs << estimate << 0 << 0 << 1 << 1;
    QTest::newRow("決算見込額") << u"決算見込額"_qs << estimate << 0 << 0 << 1 << 1;
    QTest::newRow("決算(見込)") << u"決算(見込)"_qs << estimate << 0 << 0 << 1 << 1;
    QTest::newRow("R7当初予算(千円)") << u"R7当初予算(千円)"_qs << budget << 2025 << 0 << 1 << 1;
    QTest::newRow("R6決算(千円)") << u"R6決算(千円)"_qs << settlement << 2024 << 0 << 1 << 1;
    QTest::newRow("R8年度予定(千円)") << u"R8年度予定(千円)"_qs << plan << 2026 << 0 << 1 << 1;
    QTest::newRow("令和6年度決算額") << u"令和6年度決算額"_qs << settlement << 2024 << 0 << 1 << 1;
    QTest::newRow("令和６年度 予算額（千円）, full-width") << u"令和６年度　予算額（千円）"_qs << budget << 2024 << 0 << 1 << 1;
    QTest::newRow("令和六年度予算額, kanji") << u"令和六年度予算額"_qs << budget << 2024 << 0 << 1 << 1;
    QTest::newRow("令和元年度決算額") << u"令和元年度決算額"_qs << settlement << 2019 << 0 << 1 << 1;
    QTest::newRow("R6年度 (line break)") << u"R6年度\n決算額\n(千円)"_qs << settlement << 2024 << 0 << 1 << 1;
    QTest::newRow("2024年度予算") << u"2024年度予算"_qs << budget << 2024 << 0 << 1 << 1;
    QTest::newRow("H30決算") << u"H30決算"_qs << settlement << 2018 << 0 << 1 << 1;
    QTest::newRow("平成30年度決算額") << u"平成30年度決算額"_qs << settlement << 2018 << 0 << 1 << 1;
    QTest::newRow("Ｒ７計画額, full-width") << u"Ｒ７計画額"_qs << plan << 2025 << 0 << 1 << 1;
    QTest::newRow("計画事業費") << u"計画事業費"_qs << plan << 0 << 0 << 1 << 1;
    QTest::newRow("予算額(円)") << u"予算額(円)"_qs << budget << 0 << 0 << 1000 << 1;
    QTest::newRow("予算額（百万円）") << u"予算額（百万円）"_qs << budget << 0 << 0 << 1 << 1000;
    QTest::newRow("事業費 万円") << u"事業費（万円）"_qs << budget << 0 << 0 << 1 << 10;
    QTest::newRow("単位:円") << u"決算額【単位：円】"_qs << settlement << 0 << 0 << 1000 << 1;
    QTest::newRow("前年度決算額") << u"前年度決算額"_qs << settlement << 0 << -1 << 1 << 1;
    QTest::newRow("前々年度決算額") << u"前々年度決算額"_qs << settlement << 0 << -2 << 1 << 1;
    QTest::newRow("当年度予算額") << u"当年度予算額"_qs << budget << 0 << 0 << 1 << 1;
    QTest::newRow("翌年度予定") << u"翌年度予定"_qs << plan << 0 << 1 << 1 << 1;
    QTest::newRow("R6見込(千円)") << u"R6見込(千円)"_qs << estimate << 2024 << 0 << 1 << 1;
    QTest::newRow("執行額") << u"執行額"_qs << settlement << 0 << 0 << 1 << 1;
}

void tst_MoneyHeader::parse()
{
    QFETCH(QString, header);
    QFETCH(AmountKind, kind);
    QFETCH(int, fiscalYear);
    QFETCH(int, yearOffset);
    QFETCH(int, divisor);
    QFETCH(int, multiplier);
    const std::optional<MoneyHeader> h = parseMoneyHeader(header);
    QVERIFY(h);
    QCOMPARE(int(h->kind), int(kind));
    QCOMPARE(h->fiscalYear, fiscalYear);
    QCOMPARE(h->yearOffset, yearOffset);
    QCOMPARE(h->thousandDivisor, divisor);
    QCOMPARE(h->thousandMultiplier, multiplier);
}

void tst_MoneyHeader::notMoney_data()
{
    QTest::addColumn<QString>("header");
    const char16_t *headers[] = { u"事務事業名", u"予算科目", u"事業計画", u"計画期間", u"予算年度",
                                  u"決算年度", u"執行率", u"執行率（％）", u"前年度比", u"増減額",
                                  u"評価", u"年度", u"R7", u"ページ番号", u"事業概要", u"実績",
                                  u"決算審査意見", u"実施予定", u"人件費", u"" };
    for (const char16_t *h : headers)
        QTest::newRow(QString::fromUtf16(h).toUtf8().constData()) << QString::fromUtf16(h);
}

void tst_MoneyHeader::notMoney()
{
    QFETCH(QString, header);
    QVERIFY(!parseMoneyHeader(header));
}

void tst_MoneyHeader::toThousandYen_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<qint64>("thousandYen");
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    QTest::newRow("千円 unchanged") << u"予算額(千円)"_qs << qint64(548333) << qint64(548333);
    QTest::newRow("no unit is 千円") << u"予算額"_qs << qint64(548333) << qint64(548333);
    QTest::newRow("円 rounded down") << u"予算額(円)"_qs << qint64(1234499) << qint64(1234);
    QTest::newRow("円 rounded half up") << u"予算額(円)"_qs << qint64(1500) << qint64(2);
    QTest::newRow("negative 円") << u"予算額(円)"_qs << qint64(-1500) << qint64(-2);
    QTest::newRow("small 円") << u"予算額(円)"_qs << qint64(499) << qint64(0);
    QTest::newRow("百万円") << u"予算額(百万円)"_qs << qint64(12) << qint64(12000);
    QTest::newRow("百万円 saturates") << u"予算額(百万円)"_qs << max / 10 << max;
    QTest::newRow("円 at the limit") << u"予算額(円)"_qs << max << max / 1000 + 1;
}

void tst_MoneyHeader::toThousandYen()
{
    QFETCH(QString, header);
    QFETCH(qint64, value);
    QFETCH(qint64, thousandYen);
    const std::optional<MoneyHeader> h = parseMoneyHeader(header);
    QVERIFY(h);
    QCOMPARE(Hyoka::toThousandYen(value, *h), thousandYen);
}

QTEST_APPLESS_MAIN(tst_MoneyHeader)
#include "tst_moneyheader.moc"

#include "moneyheader.h"

#include "textnormaliser.h"

#include <QRegularExpression>

#include <limits>

// The rules (docs/ratings-and-money.md, "Money headers"), on the header's NFKC form
// with every space and line break removed:
//   not money  a header naming something else about money: 率, 比, 科目, 名, コード,
//              番号, ID, 期間, 区分, 意見, 内容, 概要, 説明, 状況, 理由, 増減, 差, or
//              one ending in 年度 (予算年度 is a year column)
//   kind       決算/執行額/支出額/実績額 → settlement (with 見込 → settlement_estimate);
//              見込 alone → settlement_estimate; 予定/計画/見通し/見積 → plan;
//              予算/事業費/経費/当初 → budget
//   money      a kind, and a unit, a year, 額, 費, 予算 or 決算 (事業計画 alone is text)
//   year       R6, 令和6年度, 令和六年度, 元年, H30, 平成30年度, 2024年度; 前年度 → -1,
//              前々年度 → -2, 翌年度/次年度 → +1 relative to the record's year
//   unit       百万円 → ×1000, 万円 → ×10, 千円 → ×1, 円 → ÷1000; none: 千円
namespace Hyoka {

namespace {

bool containsAny(const QString &s, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *w : words) {
        if (s.contains(QString::fromUtf16(w)))
            return true;
    }
    return false;
}

std::optional<AmountKind> kindOf(const QString &h)
{
    if (containsAny(h, { u"決算", u"執行額", u"支出額", u"支出済", u"実績額" }))
        return h.contains(u"見込") ? AmountKind::SettlementEstimate : AmountKind::Settlement;
    if (h.contains(u"見込") && !h.contains(u"予算"))
        return AmountKind::SettlementEstimate;
    if (containsAny(h, { u"予定", u"計画", u"見通し", u"見積" }))
        return AmountKind::Plan;
    if (containsAny(h, { u"予算", u"事業費", u"経費", u"当初" }))
        return AmountKind::Budget;
    return std::nullopt;
}

// The fiscal year a header names, 0 when none.
int namedYear(const QString &h)
{
    static const QRegularExpression era(QStringLiteral(
            "(?<![A-Za-z])(?:令和|平成|R|H)(?:元|[0-9]{1,2}(?![0-9])|[〇一二三四五六七八九十]{1,3})"));
    static const QRegularExpression western(QStringLiteral("(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])"));
    QRegularExpressionMatch m = era.match(h);
    if (!m.hasMatch())
        m = western.match(h);
    return m.hasMatch() ? TextNormaliser::parseFiscalYear(m.captured()) : 0;
}

// 前年度 → -1 …; `found` says whether the header names a relative year at all.
int relativeYear(const QString &h, bool *found)
{
    *found = true;
    if (h.contains(u"前々年度"))
        return -2;
    if (h.contains(u"前年度"))
        return -1;
    if (h.contains(u"翌年度") || h.contains(u"次年度"))
        return 1;
    if (containsAny(h, { u"当年度", u"本年度", u"今年度" }))
        return 0;
    *found = false;
    return 0;
}

} // namespace

std::optional<MoneyHeader> parseMoneyHeader(const QString &headerText)
{
    QString h = headerText.normalized(QString::NormalizationForm_KC);
    h.removeIf([](QChar c) { return c.isSpace(); });
    if (h.isEmpty())
        return std::nullopt;

    static const QRegularExpression unitSuffix(QStringLiteral("[(\\[【]?(?:単位:)?(?:百万|千|万)?円[)\\]】]?$"));
    QString withoutUnit = h;
    withoutUnit.remove(unitSuffix);
    if (withoutUnit.endsWith(u"年度") || withoutUnit.endsWith(u"年"))
        return std::nullopt;
    if (containsAny(h, { u"率", u"比", u"科目", u"名", u"コード", u"番号", u"ID", u"期間",
                         u"区分", u"意見", u"内容", u"概要", u"説明", u"状況", u"理由",
                         u"増減", u"差" }))
        return std::nullopt;

    const std::optional<AmountKind> kind = kindOf(h);
    if (!kind)
        return std::nullopt;

    MoneyHeader money;
    money.kind = *kind;
    const bool unit = h.contains(u'円');
    if (h.contains(u"百万円"))
        money.thousandMultiplier = 1000;
    else if (h.contains(u"千円"))
        money.thousandMultiplier = 1;
    else if (h.contains(u"万円"))
        money.thousandMultiplier = 10;
    else if (unit)
        money.thousandDivisor = 1000;

    bool relative = false;
    money.fiscalYear = namedYear(h);
    if (money.fiscalYear == 0)
        money.yearOffset = relativeYear(h, &relative);

    const bool moneyNoun = containsAny(h, { u"額", u"費", u"予算", u"決算" });
    if (!unit && money.fiscalYear == 0 && !relative && !moneyNoun)
        return std::nullopt;
    return money;
}

qint64 toThousandYen(qint64 value, const MoneyHeader &h)
{
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    constexpr qint64 min = std::numeric_limits<qint64>::min();
    if (h.thousandMultiplier > 1) {
        if (value > max / h.thousandMultiplier)
            return max;
        if (value < min / h.thousandMultiplier)
            return min;
        value *= h.thousandMultiplier;
    }
    if (h.thousandDivisor > 1) {
        const qint64 d = h.thousandDivisor;
        const qint64 q = value / d;
        const qint64 r = value % d;
        if (2 * (r < 0 ? -r : r) >= d)
            return value < 0 ? q - 1 : q + 1;
        return q;
    }
    return value;
}

} // namespace Hyoka

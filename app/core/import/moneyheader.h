#pragma once

#include "record.h"

#include <QString>

#include <optional>

namespace Hyoka {

// What a money column's header says (docs/ratings-and-money.md, "Money headers"):
// the kind of amount, the fiscal year it is of, and the unit its figures are in.
struct MoneyHeader
{
    AmountKind kind = AmountKind::Budget;
    int fiscalYear = 0;          // 0: the record's own year (plus yearOffset)
    int yearOffset = 0;          // with fiscalYear 0: 前年度 → -1, 翌年度 → +1, 当年度 → 0
    int thousandDivisor = 1;     // 円 → 1000, 千円 → 1
    int thousandMultiplier = 1;  // 百万円 → 1000, 万円 → 10

    friend bool operator==(const MoneyHeader &a, const MoneyHeader &b)
    {
        return a.kind == b.kind && a.fiscalYear == b.fiscalYear && a.yearOffset == b.yearOffset
                && a.thousandDivisor == b.thousandDivisor
                && a.thousandMultiplier == b.thousandMultiplier;
    }
};

// 予算額, R7当初予算(千円), 決算見込額, R6決算(千円), R8年度予定(千円), 事業費(円) …;
// line breaks and spaces inside the header are ignored. std::nullopt when the header
// does not name an amount of money (予算科目, 事業計画, 執行率 …).
std::optional<MoneyHeader> parseMoneyHeader(const QString &headerText);

// A figure of that column in thousand yen: 円 rounded half away from zero
// (1,500 円 → 2), 百万円 multiplied; saturates instead of overflowing.
qint64 toThousandYen(qint64 value, const MoneyHeader &h);

} // namespace Hyoka

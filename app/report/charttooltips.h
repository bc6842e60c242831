#pragma once

#include "chartdata.h"

#include <QCoreApplication>
#include <QString>

namespace Hyoka {

// What HyokaChart's tooltips say (rich text): the full name, exact money in thousand
// yen with a rounded reading, execution rate, level and flag of a project; the totals
// and level mix of a bureau. No Qt Charts here: text only.
class ChartToolTips
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::ChartToolTips)
public:
    static QString project(const ChartData::Project &project);
    static QString bureau(const ChartData::BureauTotals &totals);
    // One year of a bureau's trend: the year, then bureau() of that year.
    static QString bureauYear(const ChartData::YearTotals &year);
    // One segment of the level mix: the bureau's count at `level` (0: no level).
    static QString levelCount(const ChartData::BureauTotals &totals, int level);
    // A bureau as shown: "(no bureau)" for the empty one.
    static QString bureauName(const QString &bureau);
};

} // namespace Hyoka

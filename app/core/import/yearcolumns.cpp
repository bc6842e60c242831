#include "yearcolumns.h"

#include "recordfilter.h"
#include "reviewrules.h"

namespace Hyoka::YearColumns {

QString linkValue(const QString &column)
{
    // The column names are our own constants, not input.
    return QStringLiteral("(SELECT yl.%1 FROM project_links yl"
                          " WHERE yl.fiscal_year = records.fiscal_year AND yl.code = records.code)")
            .arg(column);
}

QString yearsBelowTarget(const RuleSettings &settings, QVariantList &values, const QString &records)
{
    RuleSettings all = settings;
    all.disabledRules.removeAll(QStringLiteral("level_below_target"));
    const SqlCondition below = ReviewRules::suggestedCondition(all, QStringLiteral("level_below_target"));
    values += below.values;
    // Inside, the unqualified rating columns are yr's: project_links has only prev_ ones.
    return QStringLiteral("(SELECT COUNT(*) FROM project_links yb JOIN records yr"
                          " ON yr.fiscal_year = yb.fiscal_year AND yr.code = yb.code"
                          " WHERE yb.project = (SELECT ys.project FROM project_links ys"
                          "  WHERE ys.fiscal_year = %2.fiscal_year AND ys.code = %2.code)"
                          " AND yb.fiscal_year <= %2.fiscal_year AND %1)")
            .arg(below.sql, records);
}

QString isNew(const QString &l)
{
    return QStringLiteral("(%1.prev_year IS NULL AND %1.bureau_prev_year IS NOT NULL)").arg(l);
}

QString isGone(const QString &l)
{
    return QStringLiteral("(%1.bureau_next_year IS NOT NULL"
                          " AND (%1.next_year IS NULL OR %1.next_year > %1.bureau_next_year))")
            .arg(l);
}

SqlCondition changeCondition(const QStringList &selected)
{
    QStringList alternatives;
    const QString l = QStringLiteral("yc");
    if (selected.contains(RecordFilter::yearChangeNew()))
        alternatives << isNew(l);
    if (selected.contains(RecordFilter::yearChangeGone()))
        alternatives << isGone(l);
    if (selected.contains(RecordFilter::yearChangeOther()))
        alternatives << QStringLiteral("(NOT %1 AND NOT %2)").arg(isNew(l), isGone(l));
    if (alternatives.isEmpty())
        return { QStringLiteral("1 = 0"), {} };
    return { QStringLiteral("EXISTS (SELECT 1 FROM project_links yc WHERE yc.fiscal_year = records.fiscal_year"
                            " AND yc.code = records.code AND (%1))")
                     .arg(alternatives.join(QStringLiteral(" OR "))),
             {} };
}

} // namespace Hyoka::YearColumns

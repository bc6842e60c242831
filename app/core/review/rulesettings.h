#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace Hyoka {

// The thresholds of the year-on-year rules (YearRules), stored in the settings table
// under rules.years.* (docs/years.md).
struct YearRuleSettings
{
    // below_target_repeated: level >= belowTargetLevel this year and the year before.
    int belowTargetLevel = 4;
    // budget_up_rating_down: budget > previous budget × (1 + budgetIncrease) while the
    // rating is worse than the year before.
    double budgetIncrease = 0.20;
    QStringList disabledRules;

    bool isEnabled(const QString &ruleId) const { return !disabledRules.contains(ruleId); }
    friend bool operator==(const YearRuleSettings &a, const YearRuleSettings &b)
    {
        return a.belowTargetLevel == b.belowTargetLevel && a.budgetIncrease == b.budgetIncrease
                && a.disabledRules == b.disabledRules;
    }
};

// The thresholds of the review rules (ReviewRules), stored in the database's settings
// table; the defaults are those of issue 4.
struct RuleSettings
{
    // level_below_target, "rating in the review part of its scale"
    // (docs/ratings-and-money.md, "Review per scale"): an achievement level >=
    // belowTargetLevel, or a rating of another scale whose rank is >= that scale's
    // entry in reviewFromRank (a scale without an entry, or with 0, is never reviewed).
    int belowTargetLevel = 4;
    QMap<QString, int> reviewFromRank = defaultReviewFromRank();
    // execution_rate_low: settlement / budget < executionRateLow.
    double executionRateLow = 0.80;
    // execution_rate_high: settlement / budget > executionRateHigh.
    double executionRateHigh = 1.20;
    // self_rating_inconsistent: level < underperformingLevel while some indicator is under
    // inconsistentLowRatio of its target; or level >= underperformingLevel while the record
    // has indicators and every one reaches inconsistentHighRatio. Indicators whose actual
    // and target units differ are left out.
    int underperformingLevel = 4;
    double inconsistentLowRatio = 0.80;
    double inconsistentHighRatio = 1.00;
    // Rule ids switched off in the settings dialog.
    QStringList disabledRules;
    // The year-on-year rules' (YearRules): the grid, the facets and the review list
    // show them beside these.
    YearRuleSettings years;

    bool isEnabled(const QString &ruleId) const { return !disabledRules.contains(ruleId); }

    // Letters C–D of A–D, the contracting (見直し/縮小) and ending (廃止) direction words.
    static QMap<QString, int> defaultReviewFromRank()
    {
        return { { QStringLiteral("letter"), 3 }, { QStringLiteral("direction"), 3 } };
    }
    // The first rank of `scale`'s review part; 0 when the scale is not reviewed.
    int reviewFrom(const QString &scale) const
    {
        return scale == u"level" ? belowTargetLevel : reviewFromRank.value(scale, 0);
    }

    friend bool operator==(const RuleSettings &a, const RuleSettings &b)
    {
        return a.belowTargetLevel == b.belowTargetLevel && a.reviewFromRank == b.reviewFromRank
                && a.executionRateLow == b.executionRateLow
                && a.executionRateHigh == b.executionRateHigh
                && a.underperformingLevel == b.underperformingLevel
                && a.inconsistentLowRatio == b.inconsistentLowRatio
                && a.inconsistentHighRatio == b.inconsistentHighRatio
                && a.disabledRules == b.disabledRules && a.years == b.years;
    }
    friend bool operator!=(const RuleSettings &a, const RuleSettings &b) { return !(a == b); }
};

} // namespace Hyoka

#pragma once

#include <QStringList>

namespace Hyoka {

// The thresholds of the review rules (ReviewRules), stored in the database's settings
// table; the defaults are those of issue 4.
struct RuleSettings
{
    // level_below_target: level >= belowTargetLevel.
    int belowTargetLevel = 4;
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

    bool isEnabled(const QString &ruleId) const { return !disabledRules.contains(ruleId); }

    friend bool operator==(const RuleSettings &a, const RuleSettings &b)
    {
        return a.belowTargetLevel == b.belowTargetLevel && a.executionRateLow == b.executionRateLow
                && a.executionRateHigh == b.executionRateHigh
                && a.underperformingLevel == b.underperformingLevel
                && a.inconsistentLowRatio == b.inconsistentLowRatio
                && a.inconsistentHighRatio == b.inconsistentHighRatio
                && a.disabledRules == b.disabledRules;
    }
    friend bool operator!=(const RuleSettings &a, const RuleSettings &b) { return !(a == b); }
};

} // namespace Hyoka

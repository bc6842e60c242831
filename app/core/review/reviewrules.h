#pragma once

#include "record.h"
#include "recordrow.h"
#include "rulesettings.h"
#include "sqlcondition.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace Hyoka {

class ReviewDatabase;

// The rules that suggest records for review (issue 4): level_below_target,
// execution_rate_low, execution_rate_high, self_rating_inconsistent,
// indicator_unit_mismatch. The same rules run three ways that always agree: on a Record
// (exports, the detail panel's explanation), on the stored columns of a records row
// (grid batches) and as one SQL condition over the whole table (filters and counts).
class ReviewRules
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::ReviewRules)
public:
    // What the rules look at; the records table stores each of these as a column.
    struct Inputs
    {
        std::optional<int> level;
        // The rating on its scale (Record::rating; a level alone reads as the level scale).
        QString ratingScale;
        QString ratingLabel;
        int ratingRank = 0;
        int ratingRanks = 0;
        // settlement / budget of the record's own year (a same-year pair only).
        std::optional<double> executionRate;
        // The lowest actual/target among indicators whose units agree (none: nullopt).
        std::optional<double> minRatioSameUnit;
        bool unitMismatch = false;

        static Inputs fromRecord(const Record &record);
        // The grid row's level, rating and execution rate (no indicators).
        static Inputs fromRow(const RecordRow &row);
    };

    // Why one rule fired for one record, in words and numbers.
    struct Finding
    {
        QString ruleId;
        QString title;        // the rule's name
        QStringList details;  // one line per fact, e.g. "execution rate 75.5% < 80%"
    };

    // The rule ids, in the order they are shown and tried.
    static QStringList ruleIds();
    static QString ruleName(const QString &ruleId);
    // What the rule tests with the given thresholds ("level 4 or worse").
    static QString ruleDescription(const QString &ruleId, const RuleSettings &settings = {});

    // The ids of the rules that fire, in ruleIds() order.
    static QStringList suggestions(const Inputs &inputs, const RuleSettings &settings = {});
    static QStringList suggestions(const Record &record, const RuleSettings &settings = {});
    static QList<Finding> explain(const Record &record, const RuleSettings &settings = {});
    // Which scale and step made level_below_target fire: "letter grade C 縮小 (review
    // part C–D of A–D)"; empty when it does not fire.
    static QString reviewStep(const Inputs &inputs, const RuleSettings &settings = {});

    // A condition over the records table that holds exactly when some enabled rule fires
    // (or, with `ruleId`, when that rule fires): records columns, and for the enabled
    // year-on-year rules (settings.years, YearRules) an EXISTS on project_links'
    // primary key, which names the table `records`.
    static SqlCondition suggestedCondition(const RuleSettings &settings = {},
                                           const QString &ruleId = QString());
    // Thresholds from the settings table (defaults for every missing key), the year
    // rules' (YearRules::loadSettings()) included; saveSettings() leaves those alone.
    static RuleSettings loadSettings(const ReviewDatabase &db, QString *error = nullptr);
    // Writes all thresholds in one transaction. Refuses values that make no sense
    // (levels outside 1–5, negative or non-finite ratios) with a message.
    static bool saveSettings(ReviewDatabase &db, const RuleSettings &settings, QString *error);
    static QString validate(const RuleSettings &settings);
    // Upserts settings rows (key, value) in one transaction; saveSettings() and
    // YearRules::saveSettings() write through it.
    // The settings rows whose key starts with `prefix`, as stored.
    static QList<std::pair<QString, QString>> readSettings(const ReviewDatabase &db,
                                                          const QString &prefix, QString *error);
    static bool writeSettings(ReviewDatabase &db, const QList<std::pair<QString, QString>> &values,
                              QString *error);

    // A ratio as a percentage in the current locale: 0.755 → "75.5%".
    static QString percent(double ratio);
    // A figure in the current locale with its grouping: 1466 → "1,466", 99.13 → "99.13".
    static QString figure(double value);
};

} // namespace Hyoka

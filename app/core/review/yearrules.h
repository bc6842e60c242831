#pragma once

#include "reviewrules.h"
#include "sqlcondition.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Hyoka {

class ReviewDatabase;
class RowMapper;

// The year-on-year review rules (docs/years.md): below_target_repeated, rating_worse,
// budget_up_rating_down, project_disappeared. They compare a record with the previous
// record of its project (ProjectLinks) and run two ways that agree: on the inputs read
// for one record (the numbers behind a finding) and as one SQL condition over records.
class YearRules
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::YearRules)
public:
    struct Inputs
    {
        int fiscalYear = 0;
        std::optional<int> level;
        int ratingRank = 0;      // 0: no rating on a scale
        QString ratingScale;
        QString ratingLabel;
        std::optional<qint64> budget;
        int prevYear = 0;        // 0: the project has no earlier year
        std::optional<int> prevLevel;
        int prevRatingRank = 0;
        int prevRatingRanks = 0;
        QString prevRatingScale;
        QString prevRatingLabel;
        std::optional<qint64> prevBudget;
        std::optional<qint64> prevSettlement;
        int nextYear = 0;        // the project's next year; 0 when none
        int bureauNextYear = 0;  // the next year with records of its bureau; 0 when none

        // From the current row of a query that names these columns as project_links
        // and records do (fiscal_year, level, …, prev_rating_label, bureau_next_year).
        static Inputs fromRow(const RowMapper &row);

        bool ratingWorse() const;
        bool disappeared() const { return bureauNextYear && (!nextYear || nextYear > bureauNextYear); }
    };

    static QStringList ruleIds();
    static QString ruleName(const QString &ruleId);
    static QString ruleDescription(const QString &ruleId, const YearRuleSettings &settings = {});

    static QStringList suggestions(const Inputs &inputs, const YearRuleSettings &settings = {});
    static QList<ReviewRules::Finding> explain(const Inputs &inputs,
                                               const YearRuleSettings &settings = {});
    // The findings of the stored record (fiscalYear, identity key): inputs() and explain().
    static QList<ReviewRules::Finding> explainRecord(const ReviewDatabase &db, int fiscalYear,
                                                     const QString &key, const YearRuleSettings &settings);
    // The inputs of the record (fiscalYear, identity key); nullopt when it has no link.
    static std::optional<Inputs> inputs(const ReviewDatabase &db, int fiscalYear,
                                        const QString &key, QString *error = nullptr);

    // A condition over the records table (unaliased) that holds when an enabled year
    // rule fires (or `ruleId`): an EXISTS on project_links by its primary key.
    static SqlCondition suggestedCondition(const YearRuleSettings &settings = {},
                                           const QString &ruleId = QString());

    static YearRuleSettings loadSettings(const ReviewDatabase &db, QString *error = nullptr);
    static bool saveSettings(ReviewDatabase &db, const YearRuleSettings &settings, QString *error);
    static QString validate(const YearRuleSettings &settings);
};

} // namespace Hyoka

#include "yearrules.h"

#include "reviewdatabase.h"
#include "rowmapper.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace Hyoka {

using namespace Qt::StringLiterals;

namespace {

const char16_t belowTargetRepeated[] = u"below_target_repeated";
const char16_t ratingWorse[] = u"rating_worse";
const char16_t budgetUpRatingDown[] = u"budget_up_rating_down";
const char16_t projectDisappeared[] = u"project_disappeared";

const char16_t keyBelowTargetLevel[] = u"rules.years.below_target_repeated.min_level";
const char16_t keyBudgetIncrease[] = u"rules.years.budget_up_rating_down.above";
const char16_t keyDisabled[] = u"rules.years.disabled";

QString id(const char16_t *s)
{
    return QString::fromUtf16(s);
}

// Scales whose steps run from best to worst (docs/years.md); direction words
// (拡充, 継続, 縮小, 廃止) and bare component grades are not better or worse.
bool isOrderedScale(const QString &scale)
{
    return !scale.isEmpty() && scale != u"direction" && scale != u"grades";
}

// The SQL form of Inputs::ratingWorse(), over records and project_links y.
const char ratingWorseSql[] =
        "records.rating_rank > y.prev_rating_rank AND y.prev_rating_rank > 0"
        " AND records.rating_scale = y.prev_rating_scale"
        " AND records.rating_scale NOT IN ('direction', 'grades')";

} // namespace

bool YearRules::Inputs::ratingWorse() const
{
    return prevYear && ratingRank > 0 && prevRatingRank > 0 && ratingScale == prevRatingScale
            && isOrderedScale(ratingScale) && ratingRank > prevRatingRank;
}

QStringList YearRules::ruleIds()
{
    return { id(belowTargetRepeated), id(ratingWorse), id(budgetUpRatingDown),
             id(projectDisappeared) };
}

QString YearRules::ruleName(const QString &ruleId)
{
    if (ruleId == QStringView(belowTargetRepeated))
        return tr("Below target two years running");
    if (ruleId == QStringView(ratingWorse))
        return tr("Rating worse than last year");
    if (ruleId == QStringView(budgetUpRatingDown))
        return tr("Budget up while the rating fell");
    if (ruleId == QStringView(projectDisappeared))
        return tr("Project gone the next year");
    return ruleId;
}

QString YearRules::ruleDescription(const QString &ruleId, const YearRuleSettings &s)
{
    if (ruleId == QStringView(belowTargetRepeated))
        return tr("achievement level %1 or worse this year and the project's previous year")
                .arg(s.belowTargetLevel);
    if (ruleId == QStringView(ratingWorse))
        return tr("a worse rating than the project's previous year on the same scale");
    if (ruleId == QStringView(budgetUpRatingDown))
        return tr("budget more than %1 above the previous year's while the rating is worse")
                .arg(ReviewRules::percent(s.budgetIncrease));
    if (ruleId == QStringView(projectDisappeared))
        return tr("no record of the project in the bureau's next year in the database");
    return QString();
}

static bool budgetUp(const YearRules::Inputs &in, const YearRuleSettings &s)
{
    return in.budget && in.prevBudget && *in.prevBudget > 0
            && double(*in.budget) > double(*in.prevBudget) * (1.0 + s.budgetIncrease);
}

QStringList YearRules::suggestions(const Inputs &in, const YearRuleSettings &s)
{
    QStringList fired;
    auto check = [&](const char16_t *rule, bool fires) {
        if (fires && s.isEnabled(id(rule)))
            fired.append(id(rule));
    };
    check(belowTargetRepeated, in.prevYear && in.level && *in.level >= s.belowTargetLevel
                  && in.prevLevel && *in.prevLevel >= s.belowTargetLevel);
    check(ratingWorse, in.ratingWorse());
    check(budgetUpRatingDown, in.ratingWorse() && budgetUp(in, s));
    check(projectDisappeared, in.disappeared());
    return fired;
}

QList<ReviewRules::Finding> YearRules::explain(const Inputs &in, const YearRuleSettings &s)
{
    QList<ReviewRules::Finding> findings;
    const QString money = tr("%1 thousand yen");
    auto amount = [&](const std::optional<qint64> &v) {
        return v ? money.arg(ReviewRules::figure(double(*v))) : tr("none");
    };
    const QString ratings = tr("rating %1 in fiscal %2, %3 in fiscal %4")
                                    .arg(in.prevRatingLabel)
                                    .arg(in.prevYear)
                                    .arg(in.ratingLabel)
                                    .arg(in.fiscalYear);
    for (const QString &ruleId : suggestions(in, s)) {
        ReviewRules::Finding f { ruleId, ruleName(ruleId), {} };
        if (ruleId == QStringView(belowTargetRepeated)) {
            f.details << tr("achievement level %1 in fiscal %2 and %3 in fiscal %4 (≥ %5)")
                                 .arg(*in.prevLevel)
                                 .arg(in.prevYear)
                                 .arg(*in.level)
                                 .arg(in.fiscalYear)
                                 .arg(s.belowTargetLevel);
        } else if (ruleId == QStringView(ratingWorse)) {
            f.details << ratings;
        } else if (ruleId == QStringView(budgetUpRatingDown)) {
            const double change = double(*in.budget) / double(*in.prevBudget) - 1.0;
            f.details << tr("budget %1 in fiscal %2, %3 in fiscal %4: +%5 > %6")
                                 .arg(amount(in.prevBudget))
                                 .arg(in.prevYear)
                                 .arg(amount(in.budget))
                                 .arg(in.fiscalYear)
                                 .arg(ReviewRules::percent(change), ReviewRules::percent(s.budgetIncrease))
                      << ratings;
        } else if (ruleId == QStringView(projectDisappeared)) {
            f.details << tr("no record in fiscal %1, when its bureau has records of that year;"
                            " last budget %2")
                                 .arg(in.bureauNextYear)
                                 .arg(amount(in.budget));
        }
        findings.append(f);
    }
    return findings;
}

QList<ReviewRules::Finding> YearRules::explainRecord(const ReviewDatabase &db, int fiscalYear,
                                                    const QString &key, const YearRuleSettings &settings)
{
    const std::optional<Inputs> in = inputs(db, fiscalYear, key);
    return in ? explain(*in, settings) : QList<ReviewRules::Finding>();
}

std::optional<YearRules::Inputs> YearRules::inputs(const ReviewDatabase &db, int fiscalYear,
                                                   const QString &key, QString *error)
{
    QSqlQuery q(db.database());
    q.prepare(QStringLiteral(
            "SELECT r.fiscal_year, r.level, r.rating_rank, r.rating_scale, r.rating_label, r.budget,"
            " y.prev_year, y.prev_level, y.prev_rating_rank, y.prev_rating_scale,"
            " p.rating_label AS prev_rating_label, p.rating_ranks AS prev_rating_ranks,"
            " y.prev_budget, y.prev_settlement, y.next_year, y.bureau_next_year"
            " FROM project_links y JOIN records r ON r.fiscal_year = y.fiscal_year AND r.code = y.code"
            " LEFT JOIN records p ON p.fiscal_year = y.prev_year AND p.code = y.prev_code"
            " WHERE y.fiscal_year = ? AND y.code = ?"));
    q.addBindValue(fiscalYear);
    q.addBindValue(key);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return Inputs::fromRow(RowMapper(q));
}

YearRules::Inputs YearRules::Inputs::fromRow(const RowMapper &row)
{
    static const QList<RowField<Inputs>> fields = {
        { u"fiscal_year"_s, &Inputs::fiscalYear },
        { u"level"_s, &Inputs::level },
        { u"rating_rank"_s, &Inputs::ratingRank },
        { u"rating_scale"_s, &Inputs::ratingScale },
        { u"rating_label"_s, &Inputs::ratingLabel },
        { u"budget"_s, &Inputs::budget },
        { u"prev_year"_s, &Inputs::prevYear },
        { u"prev_level"_s, &Inputs::prevLevel },
        { u"prev_rating_rank"_s, &Inputs::prevRatingRank },
        { u"prev_rating_scale"_s, &Inputs::prevRatingScale },
        { u"prev_rating_label"_s, &Inputs::prevRatingLabel },
        { u"prev_rating_ranks"_s, &Inputs::prevRatingRanks },
        { u"prev_budget"_s, &Inputs::prevBudget },
        { u"prev_settlement"_s, &Inputs::prevSettlement },
        { u"next_year"_s, &Inputs::nextYear },
        { u"bureau_next_year"_s, &Inputs::bureauNextYear },
    };
    return row.read(fields);
}

SqlCondition YearRules::suggestedCondition(const YearRuleSettings &s, const QString &only)
{
    SqlCondition c;
    QStringList alternatives;
    auto add = [&](const char16_t *rule, const QString &sql, const QVariantList &values) {
        if (!s.isEnabled(id(rule)) || (!only.isEmpty() && only != id(rule)))
            return;
        alternatives << sql;
        c.values += values;
    };
    add(belowTargetRepeated,
        QStringLiteral("y.prev_year IS NOT NULL AND records.level >= ? AND y.prev_level >= ?"),
        { s.belowTargetLevel, s.belowTargetLevel });
    add(ratingWorse, QString::fromLatin1(ratingWorseSql), {});
    add(budgetUpRatingDown,
        QString::fromLatin1(ratingWorseSql)
                + QStringLiteral(" AND y.prev_budget > 0 AND records.budget > y.prev_budget * CAST(? AS DOUBLE PRECISION)"),
        { 1.0 + s.budgetIncrease });
    add(projectDisappeared,
        QStringLiteral("y.bureau_next_year IS NOT NULL"
                       " AND (y.next_year IS NULL OR y.next_year > y.bureau_next_year)"),
        {});
    if (alternatives.isEmpty()) {
        c.sql = QStringLiteral("1 = 0");
        return c;
    }
    c.sql = QStringLiteral("EXISTS (SELECT 1 FROM project_links y WHERE y.fiscal_year ="
                           " records.fiscal_year AND y.code = records.code AND ((")
            + alternatives.join(QStringLiteral(") OR (")) + QStringLiteral(")))");
    return c;
}

YearRuleSettings YearRules::loadSettings(const ReviewDatabase &db, QString *error)
{
    YearRuleSettings s;
    for (const auto &[key, value] : ReviewRules::readSettings(db, QStringLiteral("rules.years."), error)) {
        bool ok = false;
        const double number = value.toDouble(&ok); // stored in the C locale
        if (key == QStringView(keyDisabled))
            s.disabledRules = value.split(u',', Qt::SkipEmptyParts);
        else if (ok && std::isfinite(number) && key == QStringView(keyBelowTargetLevel))
            s.belowTargetLevel = int(number);
        else if (ok && std::isfinite(number) && key == QStringView(keyBudgetIncrease))
            s.budgetIncrease = number;
    }
    return s;
}

QString YearRules::validate(const YearRuleSettings &s)
{
    if (s.belowTargetLevel < 1 || s.belowTargetLevel > 5)
        return ReviewRules::tr("an achievement level must be between 1 and 5, not %1")
                .arg(s.belowTargetLevel);
    if (!std::isfinite(s.budgetIncrease) || s.budgetIncrease < 0)
        return ReviewRules::tr("a ratio must be a number of 0 or more");
    for (const QString &rule : s.disabledRules) {
        if (!ruleIds().contains(rule))
            return ReviewRules::tr("unknown rule \"%1\"").arg(rule);
    }
    return QString();
}

bool YearRules::saveSettings(ReviewDatabase &db, const YearRuleSettings &s, QString *error)
{
    const QString invalid = validate(s);
    if (!invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return false;
    }
    return ReviewRules::writeSettings(
            db,
            { { QString::fromUtf16(keyBelowTargetLevel), QString::number(s.belowTargetLevel) },
              { QString::fromUtf16(keyBudgetIncrease), QString::number(s.budgetIncrease, 'g', 17) },
              { QString::fromUtf16(keyDisabled), s.disabledRules.join(u',') } },
            error);
}

} // namespace Hyoka

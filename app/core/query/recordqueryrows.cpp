#include "recordquery.h"

#include "reviewdatabase.h"
#include "reviewrules.h"
#include "rowmapper.h"
#include "sqlcondition.h"
#include "yearcolumns.h"
#include "yearrules.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

// RecordQuery's grid rows (recordquery.h).

namespace Hyoka {

using namespace Qt::StringLiterals;

namespace {

// A rating's four columns (`prefix` + rating_label, _rank, _ranks, _scale), when it has a rank.
void readRating(const RowMapper &row, const QString &prefix, QString &label, int &rank, int &ranks,
                QString &scale)
{
    if (row.isNull(prefix + u"rating_rank"_s))
        return;
    label = row.text(prefix + u"rating_label"_s);
    rank = row.integer(prefix + u"rating_rank"_s);
    ranks = row.integer(prefix + u"rating_ranks"_s);
    scale = row.text(prefix + u"rating_scale"_s);
}

} // namespace

std::optional<QList<RecordRow>> RecordQuery::rows(const QList<qint64> &ids, const RuleSettings &ruleSettings,
                                                  QString *error) const
{
    QHash<qint64, RecordRow> byId;
    byId.reserve(ids.size());
    QVariantList yearsBelowValues;
    const QString yearsBelow = YearColumns::yearsBelowTarget(ruleSettings, yearsBelowValues, QStringLiteral("r"));
    QSqlQuery query(m_db.database());
    for (qsizetype start = 0; start < ids.size(); start += SqlCondition::idBatchSize) {
        const QList<qint64> batch = ids.mid(start, SqlCondition::idBatchSize);
        const QString sql =
                QStringLiteral("SELECT r.id, r.fiscal_year, r.bureau, r.no, r.code, r.name, "
                               "r.category, r.budget, r.settlement, r.settlement_estimated, "
                               "r.level, r.ref_page, r.execution_rate, r.min_ratio_same_unit, "
                               "r.unit_mismatch, f.status AS flag_status, f.reason AS flag_reason, "
                               "f.reviewer AS flag_reviewer, f.version AS flag_version, "
                               "r.has_code, r.division, r.rating_label, r.rating_rank, "
                               "r.rating_ranks, r.rating_scale, "
                               "l.prev_year, l.prev_rating_label, l.prev_rating_rank, l.prev_rating_ranks, "
                               "l.prev_rating_scale, l.prev_budget, l.budget_change, l.prev_level, l.prev_settlement, "
                               "l.next_year, l.bureau_next_year, %2 AS new_this_year, %3 AS gone_next_year, "
                               "%4 AS years_below_target "
                               "FROM records r LEFT JOIN flags f ON f.fiscal_year = r.fiscal_year "
                               "AND f.code = r.code LEFT JOIN project_links l ON l.fiscal_year = r.fiscal_year "
                               "AND l.code = r.code WHERE r.id IN (%1)")
                        .arg(SqlCondition::placeholders(batch.size()), oneWhen(YearColumns::isNew(QStringLiteral("l"))),
                             oneWhen(YearColumns::isGone(QStringLiteral("l"))), yearsBelow);
        QVariantList values = yearsBelowValues;
        values.reserve(values.size() + batch.size());
        for (qint64 id : batch)
            values.append(id);
        if (!exec(query, sql, values, error))
            return std::nullopt;
        const RowMapper row(query);
        const RecordColumns columns(row);
        while (query.next()) {
            RecordRow r;
            r.id = row.int64(u"id"_s);
            columns.read(r);
            readRating(row, QString(), r.ratingLabel, r.ratingRank, r.ratingRanks, r.ratingScale);
            r.executionRate = row.optionalDouble(u"execution_rate"_s);
            ReviewRules::Inputs inputs = ReviewRules::Inputs::fromRow(r);
            inputs.minRatioSameUnit = row.optionalDouble(u"min_ratio_same_unit"_s);
            inputs.unitMismatch = row.flag(u"unit_mismatch"_s);
            r.suggestions = ReviewRules::suggestions(inputs, ruleSettings);
            if (!row.isNull(u"flag_status"_s)) {
                r.flagStatus = row.text(u"flag_status"_s);
                r.flagReason = row.text(u"flag_reason"_s);
                r.flagReviewer = row.text(u"flag_reviewer"_s);
                r.flagVersion = row.integer(u"flag_version"_s);
            }
            if (!row.isNull(u"prev_year"_s)) {
                r.prevYear = row.integer(u"prev_year"_s);
                readRating(row, u"prev_"_s, r.prevRatingLabel, r.prevRatingRank, r.prevRatingRanks,
                           r.prevRatingScale);
                r.prevBudget = row.optionalInt64(u"prev_budget"_s);
                r.budgetChange = row.optionalDouble(u"budget_change"_s);
            }
            r.newThisYear = row.flag(u"new_this_year"_s);
            r.goneNextYear = row.flag(u"gone_next_year"_s);
            r.yearsBelowTarget = row.integer(u"years_below_target"_s);
            // The year-on-year rules on the same inputs YearRules::inputs() reads.
            if (!row.isNull(u"prev_year"_s) || !row.isNull(u"bureau_next_year"_s))
                r.suggestions += YearRules::suggestions(YearRules::Inputs::fromRow(row), ruleSettings.years);
            byId.insert(r.id, r);
        }
        if (!finishedCleanly(query, error))
            return std::nullopt;
    }
    if (!addOtherYears(byId, error))
        return std::nullopt;
    QList<RecordRow> result;
    result.reserve(ids.size());
    for (qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.cend())
            result.append(*it);
    }
    return result;
}

bool RecordQuery::addOtherYears(QHash<qint64, RecordRow> &rows, QString *error) const
{
    QVariantList ids;
    for (const RecordRow &r : std::as_const(rows)) {
        if (!r.budget || !r.settlement)
            ids << r.id;
    }
    QSqlQuery query(m_db.database());
    for (qsizetype start = 0; start < ids.size(); start += SqlCondition::idBatchSize) {
        const QVariantList batch = ids.mid(start, SqlCondition::idBatchSize);
        const QString sql = QStringLiteral("SELECT record_id, kind, fiscal_year, amount FROM amounts"
                                           " WHERE record_id IN (%1) AND amount IS NOT NULL"
                                           " AND kind IN ('budget', 'settlement', 'settlement_estimate')")
                                    .arg(SqlCondition::placeholders(batch.size()));
        if (!exec(query, sql, batch, error))
            return false;
        for (const RowMapper row(query); query.next();) {
            RecordRow &r = rows[row.int64(u"record_id"_s)];
            const bool budget = row.text(u"kind"_s) == u"budget";
            const int year = row.integer(u"fiscal_year"_s);
            if (year == r.fiscalYear || (budget ? r.budget : r.settlement))
                continue; // its own year's is in budget/settlement
            auto &latest = budget ? r.budgetOfYear : r.settlementOfYear;
            if (!latest || year > latest->first)
                latest = std::pair<int, qint64> { year, row.int64(u"amount"_s) };
        }
        if (!finishedCleanly(query, error))
            return false;
    }
    return true;
}

} // namespace Hyoka

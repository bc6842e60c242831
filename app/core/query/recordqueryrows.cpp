#include "recordquery.h"

#include "reviewdatabase.h"
#include "reviewrules.h"
#include "sqlcondition.h"
#include "yearcolumns.h"
#include "yearrules.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

// RecordQuery's grid rows (recordquery.h).

namespace Hyoka {

namespace {

std::optional<qint64> optionalInt64(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

std::optional<int> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

} // namespace

QList<RecordRow> RecordQuery::rows(const QList<qint64> &ids, const RuleSettings &ruleSettings) const
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
                               "r.unit_mismatch, f.status, f.reason, f.reviewer, f.version, "
                               "r.has_code, r.division, r.rating_label, r.rating_rank, "
                               "r.rating_ranks, r.rating_scale, "
                               "l.prev_year, l.prev_rating_label, l.prev_rating_rank, l.prev_rating_ranks, "
                               "l.prev_rating_scale, l.prev_budget, l.budget_change, l.prev_level, l.prev_settlement, "
                               "l.next_year, l.bureau_next_year, %2, %3, %4 "
                               "FROM records r LEFT JOIN flags f ON f.fiscal_year = r.fiscal_year "
                               "AND f.code = r.code LEFT JOIN project_links l ON l.fiscal_year = r.fiscal_year "
                               "AND l.code = r.code WHERE r.id IN (%1)")
                        .arg(SqlCondition::placeholders(batch.size()), oneWhen(YearColumns::isNew(QStringLiteral("l"))),
                             oneWhen(YearColumns::isGone(QStringLiteral("l"))), yearsBelow);
        QVariantList values = yearsBelowValues;
        values.reserve(values.size() + batch.size());
        for (qint64 id : batch)
            values.append(id);
        if (!exec(query, sql, values))
            return {};
        while (query.next()) {
            RecordRow r;
            r.id = query.value(0).toLongLong();
            r.fiscalYear = query.value(1).toInt();
            r.bureau = query.value(2).toString();
            r.no = query.value(3).toInt();
            // A table without codes: the stored code is the identity key, not a code.
            if (query.value(19).toInt() != 0)
                r.code = query.value(4).toString();
            r.division = query.value(20).toString();
            if (!query.value(22).isNull()) {
                r.ratingLabel = query.value(21).toString();
                r.ratingRank = query.value(22).toInt();
                r.ratingRanks = query.value(23).toInt();
                r.ratingScale = query.value(24).toString();
            }
            r.name = query.value(5).toString();
            r.category = query.value(6).toString();
            r.budget = optionalInt64(query.value(7));
            r.settlement = optionalInt64(query.value(8));
            r.settlementEstimated = query.value(9).toInt() != 0;
            r.level = optionalInt(query.value(10));
            r.refPage = optionalInt(query.value(11));
            const QVariant rate = query.value(12);
            if (!rate.isNull())
                r.executionRate = rate.toDouble();
            ReviewRules::Inputs inputs;
            inputs.level = r.level;
            inputs.ratingScale = r.ratingScale;
            inputs.ratingLabel = r.ratingLabel;
            inputs.ratingRank = r.ratingRank;
            inputs.ratingRanks = r.ratingRanks;
            inputs.executionRate = r.executionRate;
            if (!query.value(13).isNull())
                inputs.minRatioSameUnit = query.value(13).toDouble();
            inputs.unitMismatch = query.value(14).toInt() != 0;
            r.suggestions = ReviewRules::suggestions(inputs, ruleSettings);
            if (!query.value(15).isNull()) {
                r.flagStatus = query.value(15).toString();
                r.flagReason = query.value(16).toString();
                r.flagReviewer = query.value(17).toString();
                r.flagVersion = query.value(18).toInt();
            }
            if (!query.value(25).isNull()) {
                r.prevYear = query.value(25).toInt();
                if (!query.value(27).isNull()) {
                    r.prevRatingLabel = query.value(26).toString();
                    r.prevRatingRank = query.value(27).toInt();
                    r.prevRatingRanks = query.value(28).toInt();
                    r.prevRatingScale = query.value(29).toString();
                }
                r.prevBudget = optionalInt64(query.value(30));
                if (!query.value(31).isNull())
                    r.budgetChange = query.value(31).toDouble();
            }
            r.newThisYear = query.value(36).toInt() != 0;
            r.goneNextYear = query.value(37).toInt() != 0;
            r.yearsBelowTarget = query.value(38).toInt();
            // The year-on-year rules on the same inputs YearRules::inputs() reads.
            if (!query.value(25).isNull() || !query.value(35).isNull()) {
                YearRules::Inputs years;
                years.fiscalYear = r.fiscalYear;
                years.level = r.level;
                years.ratingRank = r.ratingRank;
                years.ratingScale = r.ratingScale;
                years.ratingLabel = r.ratingLabel;
                years.budget = r.budget;
                years.prevYear = r.prevYear;
                years.prevLevel = optionalInt(query.value(32));
                years.prevRatingRank = r.prevRatingRank;
                years.prevRatingRanks = r.prevRatingRanks;
                years.prevRatingScale = r.prevRatingScale;
                years.prevRatingLabel = r.prevRatingLabel;
                years.prevBudget = r.prevBudget;
                years.prevSettlement = optionalInt64(query.value(33));
                years.nextYear = query.value(34).toInt();
                years.bureauNextYear = query.value(35).toInt();
                r.suggestions += YearRules::suggestions(years, ruleSettings.years);
            }
            byId.insert(r.id, r);
        }
        if (!finishedCleanly(query))
            return {};
    }
    if (!addOtherYears(byId))
        return {};
    QList<RecordRow> result;
    result.reserve(ids.size());
    for (qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.cend())
            result.append(*it);
    }
    return result;
}

bool RecordQuery::addOtherYears(QHash<qint64, RecordRow> &rows) const
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
        if (!exec(query, sql, batch))
            return false;
        while (query.next()) {
            RecordRow &r = rows[query.value(0).toLongLong()];
            const bool budget = query.value(1).toString() == u"budget";
            const int year = query.value(2).toInt();
            if (year == r.fiscalYear || (budget ? r.budget : r.settlement))
                continue; // its own year's is in budget/settlement
            auto &latest = budget ? r.budgetOfYear : r.settlementOfYear;
            if (!latest || year > latest->first)
                latest = std::pair<int, qint64> { year, query.value(3).toLongLong() };
        }
        if (!finishedCleanly(query))
            return false;
    }
    return true;
}

} // namespace Hyoka

#include "recordquery.h"

#include "flag.h"
#include "reviewdatabase.h"
#include "reviewrules.h"
#include "rowmapper.h"
#include "scalesteps.h"
#include "sqlcondition.h"
#include "yearcolumns.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

// The reads of RecordQuery that count: facet counts and totals (the grid's rows: recordqueryrows.cpp).
namespace Hyoka {

std::optional<QList<RecordQuery::FacetValue>> RecordQuery::facet(Facet facet, const RecordFilter &filter,
                                                                 QString *error) const
{
    if (facet == Facet::FlagStatus || facet == Facet::Suggested)
        return reviewFacet(facet, filter, error);
    if (facet == Facet::Rating)
        return ratingFacet(filter, error);
    if (facet == Facet::YearChange)
        return yearChangeFacet(filter, error);
    const Source src = source(filter, facet);
    const QString column = facetColumnName(facet);
    const QString sql = QStringLiteral("SELECT %1, COUNT(*) FROM %2 WHERE %3 "
                                       "GROUP BY %1 ORDER BY %1")
                                .arg(column, src.table, src.condition.sql);
    QSqlQuery query(m_db.database());
    if (!exec(query, sql, src.condition.values, error))
        return std::nullopt;
    const bool numeric = facet == Facet::FiscalYear || facet == Facet::Level;
    QList<FacetValue> result;
    qint64 noneCount = 0;
    while (query.next()) {
        const QVariant raw = query.value(0);
        const qint64 count = query.value(1).toLongLong();
        // NULL and '' both mean "none"; it goes last whatever the driver's NULL order.
        if (raw.isNull() || (!numeric && raw.toString().isEmpty())) {
            noneCount += count;
            continue;
        }
        FacetValue v;
        v.value = numeric ? QVariant(raw.toInt()) : QVariant(raw.toString());
        v.count = count;
        result.append(v);
    }
    if (!finishedCleanly(query, error))
        return std::nullopt;
    if (facet == Facet::Bureau && !addDivisions(result, filter, error))
        return std::nullopt;
    if (noneCount > 0)
        result.append(FacetValue { QVariant(), noneCount, {} });
    return result;
}

bool RecordQuery::addDivisions(QList<FacetValue> &bureaus, const RecordFilter &filter, QString *error) const
{
    // Only divisions of a non-empty name: tables without divisions add nothing.
    const Source src = source(filter, Facet::Bureau);
    const QString sql = QStringLiteral("SELECT bureau, division, COUNT(*) FROM %1 WHERE %2"
                                       " AND division <> '' GROUP BY bureau, division"
                                       " ORDER BY bureau, division")
                                .arg(src.table, src.condition.sql);
    QSqlQuery query(m_db.database());
    if (!exec(query, sql, src.condition.values, error))
        return false;
    QHash<QString, QList<FacetValue>> byBureau;
    while (query.next()) {
        const QString bureau = query.value(0).toString();
        const QString division = query.value(1).toString();
        byBureau[bureau].append(FacetValue { RecordFilter::divisionValue(bureau, division),
                                             query.value(2).toLongLong(), division });
    }
    if (!finishedCleanly(query, error))
        return false;
    for (qsizetype i = bureaus.size() - 1; i >= 0; --i) {
        const QList<FacetValue> divisions = byBureau.value(bureaus.at(i).value.toString());
        for (qsizetype d = divisions.size() - 1; d >= 0; --d)
            bureaus.insert(i + 1, divisions.at(d));
    }
    return true;
}

std::optional<QList<RecordQuery::FacetValue>> RecordQuery::ratingFacet(const RecordFilter &filter,
                                                                       QString *error) const
{
    // Read through the (rating_scale, rating_rank) index, one row per step in use.
    const Source src = source(filter, Facet::Rating);
    const QString sql = QStringLiteral("SELECT rating_scale, rating_rank, MIN(rating_label), COUNT(*)"
                                       " FROM %1 WHERE %2 GROUP BY rating_scale, rating_rank")
                                .arg(src.table, src.condition.sql);
    QSqlQuery query(m_db.database());
    if (!exec(query, sql, src.condition.values, error))
        return std::nullopt;
    QHash<QString, QList<FacetValue>> byScale;
    qint64 noneCount = 0;
    while (query.next()) {
        const qint64 count = query.value(3).toLongLong();
        if (query.value(0).isNull() || query.value(0).toString().isEmpty()) {
            noneCount += count;
            continue;
        }
        const QString scale = query.value(0).toString();
        const int rank = query.value(1).toInt();
        byScale[scale].append(FacetValue { RecordFilter::ratingValue(scale, rank), count,
                                           query.value(2).toString() });
    }
    if (!finishedCleanly(query, error))
        return std::nullopt;
    QList<FacetValue> result;
    for (const QString &scale : ScaleSteps::ordered(byScale.keys())) {
        QList<FacetValue> steps = byScale.value(scale);
        // Steps in scale order; rank 0 (not on the scale) last.
        auto rankOf = [](const FacetValue &v) {
            const int rank = v.value.toString().section(u'\x1f', 1).toInt();
            return rank > 0 ? rank : 1000;
        };
        std::sort(steps.begin(), steps.end(),
                  [&](const FacetValue &a, const FacetValue &b) { return rankOf(a) < rankOf(b); });
        result += steps;
    }
    if (noneCount > 0)
        result.append(FacetValue { QVariant(), noneCount, {} });
    return result;
}

std::optional<QList<RecordQuery::FacetValue>> RecordQuery::reviewFacet(Facet facet, const RecordFilter &filter,
                                                                       QString *error) const
{
    // Counted without a value per row, which a million records would pay for: the
    // flags (few) joined to the records, and one pass of SUM and COUNT over the rules'
    // covering index; "none" and "not suggested" are what is left of the total.
    const Source src = source(filter, facet);
    QSqlQuery query(m_db.database());
    QList<FacetValue> result;
    if (facet == Facet::Suggested) {
        const SqlCondition rules = ReviewRules::suggestedCondition(filter.ruleSettings);
        const QString sql = QStringLiteral("SELECT COALESCE(SUM(%1), 0), COUNT(*) FROM %2 WHERE %3")
                                    .arg(oneWhen(rules.sql), src.table, src.condition.sql);
        if (!exec(query, sql, rules.values + src.condition.values, error) || !oneRow(query, error))
            return std::nullopt;
        const qint64 suggested = query.value(0).toLongLong();
        const qint64 others = query.value(1).toLongLong() - suggested;
        if (suggested > 0)
            result.append(FacetValue { true, suggested, {} });
        if (others > 0)
            result.append(FacetValue { false, others, {} });
        return result;
    }
    QHash<QString, qint64> counts;
    const QString sql = QStringLiteral("SELECT f.status, COUNT(*) FROM %1 JOIN flags f ON f.fiscal_year ="
                                       " records.fiscal_year AND f.code = records.code WHERE %2"
                                       " AND f.status <> 'none' GROUP BY f.status")
                                .arg(src.table, src.condition.sql);
    if (!exec(query, sql, src.condition.values, error))
        return std::nullopt;
    qint64 flagged = 0;
    while (query.next()) {
        counts[query.value(0).toString()] += query.value(1).toLongLong();
        flagged += query.value(1).toLongLong();
    }
    if (!finishedCleanly(query, error))
        return std::nullopt;
    if (!exec(query, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(src.table, src.condition.sql),
              src.condition.values, error)
        || !oneRow(query, error))
        return std::nullopt;
    counts[Flag::noneStatus()] = query.value(0).toLongLong() - flagged;
    // In Flag::statusIds() order; values without records are left out, as elsewhere.
    for (const QString &status : Flag::statusIds()) {
        if (counts.value(status) > 0)
            result.append(FacetValue { status, counts.value(status), {} });
    }
    return result;
}

std::optional<RecordQuery::Totals> RecordQuery::totals(const RecordFilter &filter, QString *error) const
{
    const Source src = source(filter);
    // Unfiltered, one query summing two columns reads every page of the table; each
    // sum alone is read from its column's index.
    const bool everything = src.table == u"records" && src.condition.sql == u"1=1";
    const QString sql = everything
            ? QStringLiteral("SELECT (SELECT COUNT(*) FROM records), "
                             "(SELECT COALESCE(SUM(budget), 0) FROM records), "
                             "(SELECT COALESCE(SUM(settlement), 0) FROM records)")
            : QStringLiteral("SELECT COUNT(*), COALESCE(SUM(budget), 0), "
                             "COALESCE(SUM(settlement), 0) FROM %1 WHERE %2")
                      .arg(src.table, src.condition.sql);
    QSqlQuery query(m_db.database());
    if (!exec(query, sql, src.condition.values, error) || !oneRow(query, error))
        return std::nullopt;
    Totals t;
    t.count = query.value(0).toLongLong();
    t.budget = query.value(1).toLongLong();
    t.settlement = query.value(2).toLongLong();
    return t;
}

std::optional<qint64> RecordQuery::recordCount(QString *error) const
{
    QSqlQuery query(m_db.database());
    if (!exec(query, QStringLiteral("SELECT COUNT(*) FROM records"), {}, error) || !oneRow(query, error))
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<QList<RecordQuery::FacetValue>> RecordQuery::yearChangeFacet(const RecordFilter &filter,
                                                                           QString *error) const
{
    // One pass over the records the filter leaves, each joined to its link by the
    // primary key (the filter's names stay the records': the hits are a subquery); a
    // record of one year between two counts as new and as gone.
    const Source src = source(filter, Facet::YearChange);
    const QString isNew = YearColumns::isNew(QStringLiteral("l"));
    const QString isGone = YearColumns::isGone(QStringLiteral("l"));
    const QString sql = QStringLiteral("SELECT COALESCE(SUM(%1), 0), COALESCE(SUM(%2), 0), COALESCE(SUM(%3), 0)"
                                       " FROM (SELECT fiscal_year AS hit_year, code AS hit_code FROM %4 WHERE %5) h"
                                       " JOIN project_links l ON l.fiscal_year = h.hit_year AND l.code = h.hit_code")
                                .arg(oneWhen(isNew), oneWhen(isGone),
                                     oneWhen(QStringLiteral("NOT %1 AND NOT %2").arg(isNew, isGone)),
                                     src.table, src.condition.sql);
    QSqlQuery query(m_db.database());
    if (!exec(query, sql, src.condition.values, error) || !oneRow(query, error))
        return std::nullopt;
    QList<FacetValue> result;
    const QString ids[] = { RecordFilter::yearChangeNew(), RecordFilter::yearChangeGone(),
                            RecordFilter::yearChangeOther() };
    for (int i = 0; i < 3; ++i) {
        if (const qint64 count = query.value(i).toLongLong(); count > 0)
            result.append(FacetValue { ids[i], count, {} });
    }
    return result;
}

} // namespace Hyoka

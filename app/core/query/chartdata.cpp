#include "chartdata.h"

#include "flagstore.h"
#include "recordquery.h"
#include "reviewdatabase.h"
#include "scalesteps.h"
#include "sqlcondition.h"
#include "sqlrun.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Hyoka {

namespace {

// The columns Project is read from, in this order (see readProject()); a record
// without a code (has_code 0, docs/storage.md) has an empty one.
const QLatin1String projectColumns(
        "id, fiscal_year, bureau, CASE WHEN has_code = 0 THEN '' ELSE code END, name, budget,"
        " settlement, level");

// Sums come back as integers from SQLite and as NUMERIC (text or double) from
// PostgreSQL; NULL (no row) is 0.
qint64 sumValue(const QVariant &v)
{
    return v.isNull() ? 0 : v.toLongLong();
}

ChartData::Project readProject(const QSqlQuery &query, int first = 0)
{
    ChartData::Project p;
    p.id = query.value(first).toLongLong();
    p.fiscalYear = query.value(first + 1).toInt();
    p.bureau = query.value(first + 2).toString();
    p.code = query.value(first + 3).toString();
    p.name = query.value(first + 4).toString();
    const QVariant budget = query.value(first + 5);
    if (!budget.isNull())
        p.budget = budget.toLongLong();
    const QVariant settlement = query.value(first + 6);
    if (!settlement.isNull())
        p.settlement = settlement.toLongLong();
    const QVariant level = query.value(first + 7);
    if (!level.isNull())
        p.level = level.toInt();
    return p;
}

// `bureau = ?` for one bureau ("" also matches NULL), its value appended to `values`.
QString bureauCondition(const QString &bureau, QVariantList &values)
{
    if (bureau.isEmpty())
        return QStringLiteral("(bureau IS NULL OR bureau = '')");
    values.append(bureau);
    return QStringLiteral("bureau = ?");
}

// The SELECT list of one BureauTotals (after the bureau column).
const QLatin1String totalsColumns(
        "COUNT(*), SUM(budget), SUM(settlement),"
        " SUM(CASE WHEN budget IS NOT NULL AND settlement IS NOT NULL THEN budget END),"
        " SUM(CASE WHEN budget IS NOT NULL AND settlement IS NOT NULL THEN settlement END),"
        " SUM(CASE WHEN level = 1 THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN level = 2 THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN level = 3 THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN level = 4 THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN level = 5 THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN level IS NULL OR level < 1 OR level > 5 THEN 1 ELSE 0 END)");

ChartData::BureauTotals readTotals(const QSqlQuery &query, int first)
{
    ChartData::BureauTotals t;
    t.projects = sumValue(query.value(first));
    t.budget = sumValue(query.value(first + 1));
    t.settlement = sumValue(query.value(first + 2));
    t.pairedBudget = sumValue(query.value(first + 3));
    t.pairedSettlement = sumValue(query.value(first + 4));
    for (int level = 0; level < 5; ++level)
        t.levelCounts[size_t(level)] = sumValue(query.value(first + 5 + level));
    t.noLevel = sumValue(query.value(first + 10));
    return t;
}

} // namespace

ChartData::ChartData(const ReviewDatabase &db) : m_db(db) { }

std::optional<QList<ChartData::BureauTotals>>
ChartData::bureauTotals(const RecordFilter &filter, QString *error) const
{
    const RecordQuery::Condition c = RecordQuery(m_db).condition(filter);
    // NULL and '' are the same "no bureau"; MIN(id) keeps the order of the files.
    const QString sql = QStringLiteral("SELECT COALESCE(bureau, ''), MIN(id), %1 FROM records"
                                       " WHERE %2 GROUP BY COALESCE(bureau, '')"
                                       " ORDER BY MIN(id)")
                                .arg(totalsColumns, c.sql);
    QSqlQuery query(m_db.database());
    if (!runBound(query, sql, c.values, error))
        return std::nullopt;
    QList<BureauTotals> result;
    while (query.next()) {
        BureauTotals t = readTotals(query, 2);
        t.bureau = query.value(0).toString();
        result.append(t);
    }
    if (!addOtherYears(result, c, error))
        return std::nullopt;
    return result;
}

bool ChartData::addOtherYears(QList<BureauTotals> &bureaus, const RecordQuery::Condition &c,
                              QString *error) const
{
    QHash<QString, qsizetype> unpaired;
    for (qsizetype i = 0; i < bureaus.size(); ++i) {
        if (bureaus.at(i).pairedBudget == 0 && bureaus.at(i).pairedSettlement == 0)
            unpaired.insert(bureaus.at(i).bureau, i);
    }
    if (unpaired.isEmpty())
        return true;
    // The filtered records as a subquery: the condition names records' columns unqualified.
    const QString sql = QStringLiteral(
            "SELECT r.b, CASE WHEN a.kind = 'budget' THEN 0 ELSE 1 END, a.fiscal_year, SUM(a.amount)"
            " FROM amounts a JOIN (SELECT id, COALESCE(bureau, '') AS b FROM records WHERE %1) r"
            " ON r.id = a.record_id"
            " WHERE a.kind IN ('budget', 'settlement', 'settlement_estimate') AND a.fiscal_year IS NOT NULL"
            " GROUP BY r.b, CASE WHEN a.kind = 'budget' THEN 0 ELSE 1 END, a.fiscal_year")
                                .arg(c.sql);
    QSqlQuery query(m_db.database());
    if (!runBound(query, sql, c.values, error))
        return false;
    while (query.next()) {
        const auto it = unpaired.constFind(query.value(0).toString());
        if (it == unpaired.cend())
            continue;
        BureauTotals &t = bureaus[*it];
        YearAmount &latest = query.value(1).toInt() == 0 ? t.budgetOfYear : t.settlementOfYear;
        const int year = query.value(2).toInt();
        if (year > latest.fiscalYear)
            latest = YearAmount { year, sumValue(query.value(3)) };
    }
    return true;
}

std::optional<QList<ChartData::RatingMix>> ChartData::ratingMix(const RecordFilter &filter, QString *error) const
{
    const RecordQuery::Condition c = RecordQuery(m_db).condition(filter);
    const QString sql = QStringLiteral(
            "SELECT COALESCE(bureau, ''), rating_scale, rating_rank, MAX(rating_ranks),"
            " MIN(rating_label), COUNT(*), MIN(id) FROM records WHERE %1 AND rating_scale IS NOT NULL"
            " AND rating_scale <> '' GROUP BY COALESCE(bureau, ''), rating_scale, rating_rank")
                                .arg(c.sql);
    QSqlQuery query(m_db.database());
    if (!runBound(query, sql, c.values, error))
        return std::nullopt;
    QHash<QString, qint64> firstId;             // bureau → its first record
    QHash<QString, QHash<QString, RatingMix>> mixes; // bureau → scale → mix
    while (query.next()) {
        const QString bureau = query.value(0).toString();
        const QString scale = query.value(1).toString();
        const int rank = query.value(2).toInt();
        const qint64 id = query.value(6).toLongLong();
        firstId[bureau] = firstId.contains(bureau) ? qMin(firstId.value(bureau), id) : id;
        RatingMix &m = mixes[bureau][scale];
        m.bureau = bureau;
        m.scale = scale;
        m.ranks = qMax(qMax(m.ranks, query.value(3).toInt()), qMax(rank, ScaleSteps::defaultRanks(scale)));
        while (m.counts.size() < m.ranks) {
            m.counts.append(0);
            m.labels.append(QString());
        }
        if (rank <= 0) {
            m.notOnScale += query.value(5).toLongLong();
            continue;
        }
        m.counts[rank - 1] += query.value(5).toLongLong();
        m.labels[rank - 1] = query.value(4).toString();
    }
    QStringList bureaus = firstId.keys();
    std::sort(bureaus.begin(), bureaus.end(),
              [&](const QString &a, const QString &b) { return firstId.value(a) < firstId.value(b); });
    QList<RatingMix> result;
    for (const QString &bureau : std::as_const(bureaus)) {
        const QHash<QString, RatingMix> &byScale = mixes.value(bureau);
        for (const QString &scale : ScaleSteps::ordered(byScale.keys()))
            result.append(byScale.value(scale));
    }
    return result;
}

std::optional<ChartData::BureauTotals> ChartData::overallTotals(const RecordFilter &filter, QString *error) const
{
    const RecordQuery::Condition c = RecordQuery(m_db).condition(filter);
    const QString sql = QStringLiteral("SELECT %1 FROM records WHERE %2").arg(totalsColumns, c.sql);
    QSqlQuery query(m_db.database());
    if (!runBound(query, sql, c.values, error) || !query.next())
        return std::nullopt;
    return readTotals(query, 0);
}

ChartData::BureauTotals ChartData::sum(const QList<BureauTotals> &bureaus)
{
    BureauTotals all;
    for (const BureauTotals &t : bureaus) {
        all.projects += t.projects;
        all.budget += t.budget;
        all.settlement += t.settlement;
        all.pairedBudget += t.pairedBudget;
        all.pairedSettlement += t.pairedSettlement;
        for (size_t i = 0; i < all.levelCounts.size(); ++i)
            all.levelCounts[i] += t.levelCounts[i];
        all.noLevel += t.noLevel;
    }
    return all;
}

std::optional<ChartData::ProjectList>
ChartData::bureauProjects(const RecordFilter &filter, const QString &bureau, int limit,
                          QString *error) const
{
    const RecordQuery::Condition c = RecordQuery(m_db).condition(filter);
    QVariantList values = c.values;
    const QString where = c.sql + QStringLiteral(" AND ") + bureauCondition(bureau, values);

    ProjectList list;
    QSqlQuery query(m_db.database());
    if (!runBound(query, QStringLiteral("SELECT COUNT(*) FROM records WHERE %1").arg(where), values,
             error)
        || !query.next())
        return std::nullopt;
    list.total = query.value(0).toLongLong();

    // Unknown budgets last on both drivers (their NULL order differs).
    const QString sql = QStringLiteral("SELECT %1 FROM records WHERE %2"
                                       " ORDER BY CASE WHEN budget IS NULL THEN 1 ELSE 0 END,"
                                       " budget DESC, id LIMIT %3")
                                .arg(projectColumns, where)
                                .arg(qMax(0, limit));
    QSqlQuery rows(m_db.database());
    if (!runBound(rows, sql, values, error))
        return std::nullopt;
    while (rows.next())
        list.projects.append(readProject(rows));
    return list;
}

std::optional<ChartData::ProjectList>
ChartData::scatterPoints(const RecordFilter &filter, const QSet<qint64> &flaggedIds,
                         int limit, QString *error) const
{
    const RecordQuery::Condition c = RecordQuery(m_db).condition(filter);
    const QString where =
            c.sql + QStringLiteral(" AND budget > 0 AND settlement IS NOT NULL");
    ProjectList list;
    QSqlQuery query(m_db.database());
    if (!runBound(query, QStringLiteral("SELECT COUNT(*) FROM records WHERE %1").arg(where), c.values,
             error)
        || !query.next())
        return std::nullopt;
    list.total = query.value(0).toLongLong();

    const QString sql = QStringLiteral("SELECT %1 FROM records WHERE %2"
                                       " ORDER BY budget DESC, id LIMIT %3")
                                .arg(projectColumns, where)
                                .arg(qMax(0, limit));
    QSqlQuery rows(m_db.database());
    if (!runBound(rows, sql, c.values, error))
        return std::nullopt;
    while (rows.next()) {
        Project p = readProject(rows);
        p.flagged = flaggedIds.contains(p.id);
        list.projects.append(p);
    }
    return list;
}

std::optional<QList<ChartData::Project>> ChartData::projects(const QList<qint64> &ids, QString *error) const
{
    QHash<qint64, Project> byId;
    QSqlQuery query(m_db.database());
    for (qsizetype start = 0; start < ids.size(); start += SqlCondition::idBatchSize) {
        const QList<qint64> batch = ids.mid(start, SqlCondition::idBatchSize);
        QVariantList values;
        for (qint64 id : batch)
            values << id;
        const QString sql = QStringLiteral("SELECT %1 FROM records WHERE id IN (%2)")
                                    .arg(projectColumns, SqlCondition::placeholders(batch.size()));
        if (!runBound(query, sql, values, error))
            return {};
        while (query.next()) {
            const Project p = readProject(query);
            byId.insert(p.id, p);
        }
    }
    QList<Project> result;
    for (qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.cend())
            result.append(*it);
    }
    return result;
}

std::optional<QList<qint64>> ChartData::bureauIds(const RecordFilter &filter,
                                                  const QString &bureau, QString *error) const
{
    const RecordQuery::Condition c = RecordQuery(m_db).condition(filter);
    QVariantList values = c.values;
    const QString sql = QStringLiteral("SELECT id FROM records WHERE %1 AND %2 ORDER BY id")
                                .arg(c.sql, bureauCondition(bureau, values));
    QSqlQuery query(m_db.database());
    if (!runBound(query, sql, values, error))
        return std::nullopt;
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

std::optional<QSet<qint64>> ChartData::flaggedIds(const RecordFilter &filter,
                                                  const QStringList &statuses, QString *error) const
{
    const RecordQuery::Condition c = RecordQuery(m_db).condition(filter);
    const SqlCondition flagged = FlagStore::statusCondition(statuses);
    const QString sql =
            QStringLiteral("SELECT id FROM records WHERE %1 AND %2").arg(c.sql, flagged.sql);
    QSqlQuery query(m_db.database());
    if (!runBound(query, sql, c.values + flagged.values, error))
        return std::nullopt;
    QSet<qint64> ids;
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    return ids;
}

std::optional<QList<ChartData::YearTotals>>
ChartData::bureauYearTotals(const RecordFilter &filter, QString *error) const
{
    const RecordQuery::Condition c = RecordQuery(m_db).condition(filter);
    // The bureaus' order is that of bureauTotals(): the first record of each.
    const QString sql = QStringLiteral("SELECT COALESCE(bureau, ''), fiscal_year, %1,"
                                       " MIN(MIN(id)) OVER (PARTITION BY COALESCE(bureau, '')) AS first"
                                       " FROM records WHERE %2"
                                       " GROUP BY COALESCE(bureau, ''), fiscal_year"
                                       " ORDER BY first, fiscal_year")
                                .arg(totalsColumns, c.sql);
    QSqlQuery query(m_db.database());
    if (!runBound(query, sql, c.values, error))
        return std::nullopt;
    QList<YearTotals> years;
    while (query.next()) {
        YearTotals y;
        y.fiscalYear = query.value(1).toInt();
        y.totals = readTotals(query, 2);
        y.totals.bureau = query.value(0).toString();
        years.append(y);
    }
    return years;
}

std::optional<QList<int>> ChartData::fiscalYears(const RecordFilter &filter, QString *error) const
{
    const RecordQuery::Condition c = RecordQuery(m_db).condition(filter);
    const QString sql = QStringLiteral("SELECT DISTINCT fiscal_year FROM records WHERE %1"
                                       " ORDER BY fiscal_year")
                                .arg(c.sql);
    QSqlQuery query(m_db.database());
    if (!runBound(query, sql, c.values, error))
        return std::nullopt;
    QList<int> years;
    while (query.next())
        years.append(query.value(0).toInt());
    return years;
}

} // namespace Hyoka

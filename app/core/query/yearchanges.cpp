#include "yearchanges.h"

#include "recordquery.h"
#include "reviewdatabase.h"
#include "rowmapper.h"
#include "sqlrun.h"
#include "yearrules.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Hyoka {

using namespace Qt::StringLiterals;

namespace {

// Each bureau of the filtered records (COALESCE(bureau, '') as tb), its latest year
// among them (top), its name in project_links after the organisation renames (lb)
// and its previous year in the database (py); `first` keeps the order of the files.
const QLatin1String bureauYears(
        "tops AS (SELECT COALESCE(bureau, '') AS tb, MAX(fiscal_year) AS top, MIN(id) AS first"
        "  FROM records WHERE %1 GROUP BY COALESCE(bureau, '')),"
        " prevs AS (SELECT t.tb, t.top, t.first, COALESCE(o.new_bureau, t.tb) AS lb,"
        "  (SELECT MAX(b.fiscal_year) FROM project_links b"
        "   WHERE b.bureau = COALESCE(o.new_bureau, t.tb) AND b.fiscal_year < t.top) AS py"
        "  FROM tops t LEFT JOIN organisation_renames o ON o.old_bureau = t.tb)");

// The columns an Item is read from (after the bureau, c0), over records (unaliased),
// its link l and its previous record p; see readItem().
const QLatin1String itemColumns(
        "CASE WHEN records.has_code = 0 THEN '' ELSE records.code END AS code,"
        " records.name AS name, records.fiscal_year AS fiscal_year, records.rating_label AS rating,"
        " records.level AS level, records.budget AS budget, records.settlement AS settlement,"
        " l.prev_year AS prev_year, p.rating_label AS prev_rating, p.level AS prev_level,"
        " l.prev_budget AS prev_budget, l.prev_settlement AS prev_settlement");

// The largest budgets first (unknown ones last, on SQLite and PostgreSQL alike).
const QLatin1String itemOrder("(records.budget IS NULL), records.budget DESC, records.id");

YearChanges::Item readItem(const RowMapper &row)
{
    static const QList<RowField<YearChanges::Item>> fields = {
        { u"code"_s, &YearChanges::Item::code },
        { u"name"_s, &YearChanges::Item::name },
        { u"fiscal_year"_s, &YearChanges::Item::fiscalYear },
        { u"rating"_s, &YearChanges::Item::rating },
        { u"level"_s, &YearChanges::Item::level },
        { u"budget"_s, &YearChanges::Item::budget },
        { u"settlement"_s, &YearChanges::Item::settlement },
        { u"prev_year"_s, &YearChanges::Item::prevYear },
        { u"prev_rating"_s, &YearChanges::Item::prevRating },
        { u"prev_level"_s, &YearChanges::Item::prevLevel },
        { u"prev_budget"_s, &YearChanges::Item::prevBudget },
        { u"prev_settlement"_s, &YearChanges::Item::prevSettlement },
    };
    return row.read(fields);
}

} // namespace

std::optional<QList<YearChanges::Bureau>> YearChanges::read(const RecordFilter &filter, int limit,
                                                            int belowTargetLevel, QString *error) const
{
    const RecordQuery::Condition c = RecordQuery(m_db).condition(filter);
    QSqlQuery q(m_db.database());
    if (!runBound(q,
             QStringLiteral("WITH ") + QString(bureauYears).arg(c.sql)
                     + QStringLiteral(" SELECT tb, top, py FROM prevs ORDER BY first"),
             c.values, error))
        return std::nullopt;
    QList<Bureau> bureaus;
    for (const RowMapper row(q); q.next();) {
        Bureau b;
        b.bureau = row.text(u"tb"_s);
        b.year = row.integer(u"top"_s);
        b.prevYear = row.integer(u"py"_s);
        bureaus.append(b);
    }
    q.finish();
    for (Kind kind : { Kind::Added, Kind::Ended, Kind::Worse, Kind::Repeated }) {
        if (!readList(kind, filter, qMax(0, limit), belowTargetLevel, bureaus, error))
            return std::nullopt;
    }
    return bureaus;
}

bool YearChanges::readList(Kind kind, const RecordFilter &filter, int limit,
                           int belowTargetLevel, QList<Bureau> &bureaus, QString *error) const
{
    const RecordQuery query(m_db);
    const RecordQuery::Condition c = query.condition(filter);
    YearRuleSettings rules;
    rules.belowTargetLevel = belowTargetLevel;
    QVariantList values = c.values;
    QString sql;
    if (kind == Kind::Ended) {
        // The previous year's records of each bureau, under the filter without its
        // years (they are not among the latest year's), gone in the bureau's latest year.
        const SqlCondition gone = YearRules::suggestedCondition(
                rules, QStringLiteral("project_disappeared"));
        const RecordQuery::Condition any = query.condition(filter, RecordQuery::Facet::FiscalYear);
        const bool everyRecord = any.sql == u"1=1";
        sql = QStringLiteral("WITH ") + QString(bureauYears).arg(c.sql)
                + QStringLiteral(
                        " SELECT * FROM (SELECT prevs.tb AS c0, %1,"
                        " ROW_NUMBER() OVER (PARTITION BY prevs.tb ORDER BY %2) AS rn,"
                        " COUNT(*) OVER (PARTITION BY prevs.tb) AS total"
                        " FROM prevs JOIN project_links l ON l.bureau = prevs.lb AND l.fiscal_year = prevs.py"
                        " JOIN records ON records.fiscal_year = l.fiscal_year AND records.code = l.code"
                        " LEFT JOIN records p ON p.fiscal_year = l.prev_year AND p.code = l.prev_code"
                        " WHERE l.bureau_next_year = prevs.top AND %3%4) x"
                        " WHERE x.rn <= ? ORDER BY x.c0, x.rn")
                          .arg(itemColumns, itemOrder, gone.sql,
                               everyRecord ? QString()
                                           : QStringLiteral(" AND records.id IN (SELECT id FROM records WHERE %1)")
                                                     .arg(any.sql));
        values += gone.values;
        if (!everyRecord)
            values += any.values;
    } else {
        // The records of each bureau's latest year among the filtered ones.
        SqlCondition which;
        if (kind == Kind::Added) {
            // No earlier year, in a bureau that has one.
            which.sql = QStringLiteral("l.prev_year IS NULL AND EXISTS (SELECT 1 FROM project_links b"
                                       " WHERE b.bureau = l.bureau AND b.fiscal_year < l.fiscal_year)");
        } else {
            which = YearRules::suggestedCondition(rules, kind == Kind::Worse
                                                                 ? QStringLiteral("rating_worse")
                                                                 : QStringLiteral("below_target_repeated"));
        }
        sql = QStringLiteral(
                      "WITH cur AS (SELECT w.id AS cid FROM (SELECT id, fiscal_year AS fy,"
                      " MAX(fiscal_year) OVER (PARTITION BY COALESCE(bureau, '')) AS top"
                      " FROM records WHERE %1) w WHERE w.fy = w.top)"
                      " SELECT * FROM (SELECT COALESCE(records.bureau, '') AS c0, %2,"
                      " ROW_NUMBER() OVER (PARTITION BY COALESCE(records.bureau, '') ORDER BY %3) AS rn,"
                      " COUNT(*) OVER (PARTITION BY COALESCE(records.bureau, '')) AS total"
                      " FROM cur JOIN records ON records.id = cur.cid"
                      " JOIN project_links l ON l.fiscal_year = records.fiscal_year AND l.code = records.code"
                      " LEFT JOIN records p ON p.fiscal_year = l.prev_year AND p.code = l.prev_code"
                      " WHERE %4) x WHERE x.rn <= ? ORDER BY x.c0, x.rn")
                      .arg(c.sql, itemColumns, itemOrder, which.sql);
        values += which.values;
    }
    values << limit;
    QSqlQuery q(m_db.database());
    if (!runBound(q, sql, values, error))
        return false;
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < bureaus.size(); ++i)
        index.insert(bureaus.at(i).bureau, i);
    for (const RowMapper row(q); q.next();) {
        const auto it = index.constFind(row.text(u"c0"_s));
        if (it == index.cend() || bureaus.at(*it).prevYear == 0)
            continue;
        Bureau &b = bureaus[*it];
        List &list = kind == Kind::Added ? b.added
                : kind == Kind::Ended    ? b.ended
                : kind == Kind::Worse    ? b.worse
                                         : b.repeated;
        list.items.append(readItem(row));
        list.total = row.int64(u"total"_s);
    }
    if (q.lastError().isValid()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace Hyoka

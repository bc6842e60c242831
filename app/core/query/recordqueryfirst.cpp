#include "recordquery.h"

#include "derived.h"
#include "reviewdatabase.h"
#include "searchindex.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

// The first screen of a search: RecordQuery's first ids (docs/search.md, "The first
// screen of a search").
namespace Hyoka {

namespace {

// The grid's sorts that an index of the records gives in order (tst_search's
// sortsWalkAnIndex): walkFirstIds() reads their first records without sorting the
// table. The others (flag status, suggestions, the year columns) are computed per
// record and would be sorted whole.
bool sortWalksAnIndex(RecordQuery::Column column)
{
    using Column = RecordQuery::Column;
    switch (column) {
    case Column::Id:
    case Column::FiscalYear:
    case Column::Bureau:
    case Column::Code:
    case Column::Name:
    case Column::Category:
    case Column::Budget:
    case Column::Settlement:
    case Column::ExecutionRate:
    case Column::Level:
        return true;
    default:
        return false;
    }
}

} // namespace

std::optional<bool> RecordQuery::fewSearchHits(const RecordFilter &filter, QString *error) const
{
    if (!m_db.hasFullTextIndex())
        return false;
    QStringList phrases;
    for (const QString &term : searchTerms(filter.searchText))
        phrases << SearchIndex::ftsPhrase(term);
    if (phrases.isEmpty())
        return false;
    QSqlQuery query(m_db.database());
    if (!exec(query,
              QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM records_fts"
                             " WHERE records_fts MATCH ? LIMIT ?)"),
              { phrases.join(u' '), fewHits }, error)
        || !oneRow(query, error))
        return std::nullopt;
    return query.value(0).toInt() < fewHits;
}

std::optional<QList<qint64>> RecordQuery::firstIds(const RecordFilter &filter, Column column,
                                                   Qt::SortOrder order, int limit, int walkRows,
                                                   QString *error) const
{
    // PostgreSQL estimates a word's hits from its pairs as if they were independent:
    // for 保育所 or Wi-Fi it expects a few dozen, reads the search index and sorts tens
    // of thousands of hits (0.1–0.4 s at a million records), where walking the sort
    // order finds the first screen within a few thousand records. So the first records
    // in the sort order are tried first; a word with fewer hits there is left to the
    // planner, whose index then has few hits to sort. The walk is given
    // `firstRowsWalkMs` (statement_timeout): a rare word, which the walk would look for
    // in vain, goes to the index after that.
    if (m_db.hasSearchGrams() && column != Column::BudgetChange && walkRows > 0
        && !searchTerms(filter.searchText).isEmpty()) {
        const Condition c = conjunction(searchCondition(filter, false), facetCondition(filter));
        QVariantList values;
        const QString inner = orderByClause(column, order, filter.ruleSettings, values);
        values.append(walkRows);
        values += c.values;
        const QString outer = orderByClause(column, order, filter.ruleSettings, values);
        values.append(limit);
        QSqlQuery query(m_db.database());
        query.setForwardOnly(true);
        QList<qint64> result;
        // Not through exec(): a walk stopped by its timeout is no error to report.
        if (query.exec(QStringLiteral("SET statement_timeout = %1").arg(firstRowsWalkMs))
            && query.prepare(QStringLiteral("SELECT id FROM (SELECT * FROM records ORDER BY %1 LIMIT ?)"
                                            " AS records WHERE %2 ORDER BY %3 LIMIT ?")
                                     .arg(inner, c.sql, outer))) {
            for (const QVariant &v : std::as_const(values))
                query.addBindValue(v);
            if (query.exec()) {
                result.reserve(limit);
                while (query.next())
                    result.append(query.value(0).toLongLong());
            }
        }
        query.finish();
        QSqlQuery reset(m_db.database());
        if (!reset.exec(QStringLiteral("RESET statement_timeout"))) {
            if (error)
                *error = reset.lastError().text();
            return std::nullopt;
        }
        if (result.size() >= limit)
            return result;
    }
    // A one-character word: the records first, in the grid's order, tested with LIKE.
    if (m_db.hasFullTextIndex() && sortWalksAnIndex(column) && walkRows > 0) {
        const QStringList terms = searchTerms(filter.searchText);
        if (std::any_of(terms.begin(), terms.end(), SearchIndex::ftsIsPrefix)) {
            const auto walked =
                    walkFirstIds(filter, column, order, limit, std::min(walkRows, sqliteFirstRowsWalk), error);
            if (!walked || walked->size() >= limit)
                return walked;
        }
    }
    // Many hits: the records are walked in the grid's order and the index is tested per
    // row, so that the first screen is found long before the last hit. Few hits: the
    // index leads and the hits are sorted (docs/search.md).
    bool walk = false;
    if (m_db.isSqlite()) {
        const std::optional<bool> few = fewSearchHits(filter, error);
        if (!few)
            return std::nullopt;
        walk = !*few;
    }
    const Condition c = conjunction(searchCondition(filter, walk), facetCondition(filter));
    QVariantList values = c.values;
    const QString orderBy = orderByClause(column, order, filter.ruleSettings, values);
    values.append(limit);
    QString sql = QStringLiteral("SELECT id FROM records WHERE %1 ORDER BY %2 LIMIT ?").arg(c.sql, orderBy);
    if (column == Column::BudgetChange && m_db.isSqlite()) {
        // Walked in the order of project_links' budget_change index, each record found by
        // its (fiscal_year, code): a per-record lookup would read every record first. The
        // links' columns are renamed so that the filter's unqualified names stay records'.
        const QString direction = order == Qt::DescendingOrder ? QStringLiteral("DESC") : QStringLiteral("ASC");
        values = c.values;
        values.append(limit);
        sql = QStringLiteral("SELECT records.id FROM (SELECT fiscal_year AS link_year, code AS link_code,"
                             " budget_change AS link_change FROM project_links) yl"
                             " CROSS JOIN records ON records.fiscal_year = yl.link_year AND records.code = yl.link_code"
                             " WHERE %1 ORDER BY yl.link_change %2, records.id %2 LIMIT ?")
                      .arg(c.sql, direction);
    }
    return readIds(sql, values, error);
}

std::optional<QList<qint64>> RecordQuery::walkFirstIds(const RecordFilter &filter, Column column,
                                                       Qt::SortOrder order, int limit, int walkRows,
                                                       QString *error) const
{
    // The first records in the sort order that the facets (and the underperforming
    // toggle) leave: a walk of the sort column's index, which reads a row only for
    // the facets' columns.
    Condition rest = facetCondition(filter);
    if (filter.underperformingOnly)
        rest = conjunction(rest, { Derived::underperformingSql(), {} });
    rest = conjunction({}, rest);
    QVariantList values = rest.values;
    const QString orderBy = orderByClause(column, order, filter.ruleSettings, values);
    values.append(walkRows);
    const std::optional<QList<qint64>> walked =
            readIds(QStringLiteral("SELECT id FROM records WHERE %1 ORDER BY %2 LIMIT ?").arg(rest.sql, orderBy),
                    values, error);
    if (!walked)
        return std::nullopt;

    // Each word's LIKE, a batch of those records at a time (their ids are numbers,
    // written into the statement).
    QStringList likes;
    QVariantList patterns;
    for (const QString &term : searchTerms(filter.searchText)) {
        likes << QStringLiteral("search_text LIKE ? ESCAPE '\\'");
        patterns << SearchIndex::likePattern(term);
    }
    const QString like = likes.isEmpty() ? QStringLiteral("1=1") : likes.join(QStringLiteral(" AND "));
    constexpr qsizetype batch = 512;
    QList<qint64> result;
    for (qsizetype from = 0; from < walked->size() && result.size() < limit; from += batch) {
        const QList<qint64> ids = walked->mid(from, batch);
        QStringList numbers;
        numbers.reserve(ids.size());
        for (const qint64 id : ids)
            numbers << QString::number(id);
        const std::optional<QList<qint64>> found = readIds(
                QStringLiteral("SELECT id FROM records WHERE id IN (%1) AND %2").arg(numbers.join(u','), like),
                patterns, error);
        if (!found)
            return std::nullopt;
        const QSet<qint64> hits(found->begin(), found->end());
        for (const qint64 id : ids) {
            if (hits.contains(id) && result.size() < limit)
                result.append(id);
        }
        // Given up when, at the rate found so far, the rest of the walk would not fill
        // the screen (a rare word: the index finds its few hits at once).
        const qsizetype seen = from + ids.size();
        if (result.size() < limit && qint64(result.size()) * walked->size() < qint64(limit) * seen)
            break;
    }
    return result;
}

} // namespace Hyoka

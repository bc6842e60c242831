#include "recordquery.h"

#include "derived.h"
#include "flag.h"
#include "flagstore.h"
#include "reviewdatabase.h"
#include "reviewrules.h"
#include "searchindex.h"
#include "sqlcondition.h"
#include "sqlrun.h"
#include "textnormaliser.h"
#include "yearcolumns.h"
#include "yearrules.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Hyoka {

namespace {

// `col IN (?, …)` for the non-empty values, OR-ed with `nullSql` when a "none"
// value is selected; the values are appended to `values`.
template<typename T>
QString inCondition(const QString &column, const QList<T> &selected, const T &noneValue,
                    const QString &nullSql, QVariantList &values)
{
    QStringList alternatives;
    qsizetype n = 0;
    for (const T &v : selected) {
        if (v == noneValue)
            continue;
        values.append(QVariant::fromValue(v));
        ++n;
    }
    if (n > 0)
        alternatives << QStringLiteral("%1 IN (%2)").arg(column, SqlCondition::placeholders(n));
    if (selected.contains(noneValue))
        alternatives << nullSql;
    return alternatives.size() == 1 ? alternatives.constFirst()
                                    : u'(' + alternatives.join(QStringLiteral(" OR ")) + u')';
}

// Bureaus and divisions of bureaus (RecordFilter::divisionValue()), OR-ed.
QString bureauCondition(const QStringList &selected, QVariantList &values)
{
    QStringList bureaus;
    QStringList alternatives;
    QVariantList divisionValues;
    for (const QString &v : selected) {
        const qsizetype mark = v.indexOf(u'\x1f');
        if (mark < 0) {
            bureaus << v;
            continue;
        }
        alternatives << QStringLiteral("(bureau = ? AND division = ?)");
        divisionValues << v.left(mark) << v.mid(mark + 1);
    }
    if (!bureaus.isEmpty())
        alternatives.prepend(inCondition(QStringLiteral("bureau"), QList<QString>(bureaus), QString(),
                                         QStringLiteral("(bureau IS NULL OR bureau = '')"), values));
    values += divisionValues;
    return u'(' + alternatives.join(QStringLiteral(" OR ")) + u')';
}

// Steps of rating scales (RecordFilter::ratingValue()), OR-ed; "" is no rating.
QString ratingCondition(const QStringList &selected, QVariantList &values)
{
    QStringList alternatives;
    for (const QString &v : selected) {
        const qsizetype mark = v.indexOf(u'\x1f');
        if (mark < 0) {
            alternatives << QStringLiteral("rating_scale IS NULL");
            continue;
        }
        alternatives << QStringLiteral("(rating_scale = ? AND rating_rank = ?)");
        values << v.left(mark) << v.mid(mark + 1).toInt();
    }
    return u'(' + alternatives.join(QStringLiteral(" OR ")) + u')';
}

} // namespace

RecordQuery::RecordQuery(const ReviewDatabase &db) : m_db(db) { }

QString RecordQuery::oneWhen(const QString &condition)
{
    return QStringLiteral("(CASE WHEN %1 THEN 1 ELSE 0 END)").arg(condition);
}

namespace {

// The flag status as a rank in Flag::statusIds() order (flagged first, none last).
QString flagStatusRank()
{
    QString sql = QStringLiteral("CASE ") + FlagStore::statusExpression();
    const QStringList ids = Flag::statusIds();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        // The ids are our own constants, not input.
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(ids.at(i)).arg(i);
    }
    return sql + QStringLiteral(" ELSE %1 END").arg(ids.size());
}

} // namespace

QString RecordQuery::columnExpression(Column column, const RuleSettings &settings,
                                      QVariantList &values)
{
    switch (column) {
    case Column::FlagStatus:
        return flagStatusRank();
    case Column::Suggestions: {
        // The number of rules that fire: one term per enabled rule.
        QStringList terms;
        for (const QString &rule : ReviewRules::ruleIds()) {
            if (!settings.isEnabled(rule))
                continue;
            const SqlCondition c = ReviewRules::suggestedCondition(settings, rule);
            terms << oneWhen(c.sql);
            values += c.values;
        }
        for (const QString &rule : YearRules::ruleIds()) {
            if (!settings.years.isEnabled(rule))
                continue;
            const SqlCondition c = YearRules::suggestedCondition(settings.years, rule);
            terms << oneWhen(c.sql);
            values += c.values;
        }
        return terms.isEmpty() ? QStringLiteral("0") : u'(' + terms.join(QStringLiteral(" + ")) + u')';
    }
    case Column::PrevRating: return YearColumns::linkValue(QStringLiteral("prev_rating_rank"));
    case Column::PrevBudget: return YearColumns::linkValue(QStringLiteral("prev_budget"));
    case Column::BudgetChange: return YearColumns::linkValue(QStringLiteral("budget_change"));
    case Column::YearsBelowTarget: return YearColumns::yearsBelowTarget(settings, values);
    default:
        break;
    }
    switch (column) {
    case Column::Id: return QStringLiteral("id");
    case Column::FiscalYear: return QStringLiteral("fiscal_year");
    case Column::Bureau: return QStringLiteral("bureau");
    case Column::No: return QStringLiteral("no");
    case Column::Code: return QStringLiteral("code");
    case Column::Name: return QStringLiteral("name");
    case Column::Category: return QStringLiteral("category");
    case Column::Budget: return QStringLiteral("budget");
    case Column::Settlement: return QStringLiteral("settlement");
    case Column::ExecutionRate: return QStringLiteral("execution_rate");
    case Column::Level: return QStringLiteral("level");
    case Column::RefPage: return QStringLiteral("ref_page");
    case Column::Division: return QStringLiteral("division");
    case Column::Rating: return QStringLiteral("rating_rank");
    default: return QStringLiteral("id");
    }
}

QString RecordQuery::facetColumnName(Facet facet)
{
    switch (facet) {
    case Facet::FiscalYear: return QStringLiteral("fiscal_year");
    case Facet::Bureau: return QStringLiteral("bureau");
    case Facet::Category: return QStringLiteral("category");
    case Facet::Level: return QStringLiteral("level");
    case Facet::FlagStatus: // counted by reviewFacet()
    case Facet::Suggested:
    case Facet::Rating: // ratingFacet()
    case Facet::YearChange: break; // yearChangeFacet()
    }
    return QStringLiteral("fiscal_year");
}

QStringList RecordQuery::searchTerms(const QString &searchText)
{
    static const QRegularExpression whiteSpace(QStringLiteral("\\s+"));
    // A lone surrogate (pasted from a broken text) is no character: FTS5 would refuse
    // the query it makes ("unterminated string").
    QString key = TextNormaliser::searchKey(searchText);
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (key.at(i).isHighSurrogate() && i + 1 < key.size() && key.at(i + 1).isLowSurrogate())
            ++i;
        else if (key.at(i).isSurrogate())
            key[i] = u' ';
    }
    return key.split(whiteSpace, Qt::SkipEmptyParts);
}

RecordQuery::Condition RecordQuery::searchCondition(const RecordFilter &filter, bool ftsAsSet) const
{
    QStringList parts;
    QVariantList values;

    // Search: every term through the index in one FTS5 query (implicit AND) on
    // SQLite, then LIKE for the terms of three or more characters; per term the GIN
    // index, then LIKE, on PostgreSQL; LIKE alone without an index (docs/search.md).
    const QStringList terms = searchTerms(filter.searchText);
    QStringList phrases;
    for (const QString &term : terms) {
        if (m_db.hasFullTextIndex()) {
            phrases << SearchIndex::ftsPhrase(term);
            if (!SearchIndex::ftsIsExact(term)) {
                parts << QStringLiteral("search_text LIKE ? ESCAPE '\\'");
                values << SearchIndex::likePattern(term);
            }
        } else if (m_db.hasSearchGrams()) {
            parts << SearchIndex::postgresCondition(term, values);
        } else {
            parts << QStringLiteral("search_text LIKE ? ESCAPE '\\'");
            values << SearchIndex::likePattern(term);
        }
    }
    if (!phrases.isEmpty()) {
        // First: the index's candidates, then LIKE for the terms it cannot tell exactly.
        values.prepend(phrases.join(u' '));
        parts.prepend((ftsAsSet ? QStringLiteral("+") : QString())
                      + QStringLiteral("id IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ?)"));
    }
    if (filter.underperformingOnly)
        parts << Derived::underperformingSql();
    return { parts.join(QStringLiteral(" AND ")), values };
}

RecordQuery::Condition RecordQuery::facetCondition(const RecordFilter &filter,
                                                   std::optional<Facet> ignoredFacet)
{
    QStringList parts;
    QVariantList values;
    if (!filter.fiscalYears.isEmpty() && ignoredFacet != Facet::FiscalYear)
        parts << inCondition(QStringLiteral("fiscal_year"), filter.fiscalYears, 0,
                             QStringLiteral("fiscal_year IS NULL"), values);
    if (!filter.bureaus.isEmpty() && ignoredFacet != Facet::Bureau)
        parts << bureauCondition(filter.bureaus, values);
    if (!filter.ratings.isEmpty() && ignoredFacet != Facet::Rating)
        parts << ratingCondition(filter.ratings, values);
    if (!filter.categories.isEmpty() && ignoredFacet != Facet::Category)
        parts << inCondition(QStringLiteral("category"), QList<QString>(filter.categories),
                             QString(), QStringLiteral("(category IS NULL OR category = '')"),
                             values);
    if (!filter.levels.isEmpty() && ignoredFacet != Facet::Level)
        parts << inCondition(QStringLiteral("level"), filter.levels,
                             int(RecordFilter::noLevel), QStringLiteral("level IS NULL"),
                             values);
    if (!filter.flagStatuses.isEmpty() && ignoredFacet != Facet::FlagStatus) {
        const SqlCondition c = FlagStore::statusCondition(filter.flagStatuses);
        parts << c.sql;
        values += c.values;
    }
    // Both values (or none) selected: any record.
    const bool suggested = filter.suggested.contains(true);
    const bool notSuggested = filter.suggested.contains(false);
    if (suggested != notSuggested && ignoredFacet != Facet::Suggested) {
        const SqlCondition c = ReviewRules::suggestedCondition(filter.ruleSettings);
        parts << (suggested ? c.sql : oneWhen(c.sql) + QStringLiteral(" = 0"));
        values += c.values;
    }
    if (!filter.yearChanges.isEmpty() && ignoredFacet != Facet::YearChange)
        parts << YearColumns::changeCondition(filter.yearChanges).sql;
    if (!filter.importIds.isEmpty())
        parts << inCondition(QStringLiteral("import_id"), filter.importIds, qint64(0),
                             QStringLiteral("import_id IS NULL"), values);
    return { parts.join(QStringLiteral(" AND ")), values };
}

namespace {

// The columns the temporary search result keeps: every sortable and facet column and
// what the review rules read. Queries name it `records`, so that conditions written
// for the records table (the flag status, the rules) apply to it unchanged.
const char *const materializedColumns =
        "id, fiscal_year, bureau, no, code, name, category, budget, settlement, "
        "execution_rate, level, ref_page, min_ratio_same_unit, unit_mismatch, division, "
        "rating_label, rating_rank, rating_scale";

} // namespace

RecordQuery::Condition RecordQuery::conjunction(const Condition &a, const Condition &b)
{
    Condition c;
    QStringList parts;
    if (!a.sql.isEmpty())
        parts << a.sql;
    if (!b.sql.isEmpty())
        parts << b.sql;
    c.sql = parts.isEmpty() ? QStringLiteral("1=1") : parts.join(QStringLiteral(" AND "));
    c.values = a.values + b.values;
    return c;
}

RecordQuery::Condition RecordQuery::condition(const RecordFilter &filter,
                                              std::optional<Facet> ignoredFacet) const
{
    return conjunction(searchCondition(filter), facetCondition(filter, ignoredFacet));
}

QString RecordQuery::hitsTable() const
{
    // Qualified, so that a permanent table of that name is never touched.
    return m_db.isSqlite() ? QStringLiteral("temp.hyoka_hits") : QStringLiteral("pg_temp.hyoka_hits");
}

void RecordQuery::invalidate() const
{
    m_materializedKey.reset();
}

bool RecordQuery::materialize(const RecordFilter &filter) const
{
    const QString key = searchTerms(filter.searchText).join(u'\n')
            + (filter.underperformingOnly ? QStringLiteral("\n+u") : QString());
    if (m_materializedKey == key)
        return true;
    m_materializedKey.reset();
    const Condition search = searchCondition(filter);
    QSqlQuery query(m_db.database());
    // CREATE … AS SELECT cannot take parameters on every driver; INSERT … SELECT can.
    const QStringList setup = {
        QStringLiteral("DROP TABLE IF EXISTS %1").arg(hitsTable()),
        QStringLiteral("CREATE TEMPORARY TABLE hyoka_hits (id BIGINT PRIMARY KEY, "
                       "fiscal_year INTEGER, bureau TEXT, no INTEGER, code TEXT, name TEXT, "
                       "category TEXT, budget BIGINT, settlement BIGINT, "
                       "execution_rate DOUBLE PRECISION, level INTEGER, ref_page INTEGER, "
                       "min_ratio_same_unit DOUBLE PRECISION, unit_mismatch INTEGER, "
                       "division TEXT, rating_label TEXT, rating_rank INTEGER, rating_scale TEXT)"),
    };
    // A failure is no error to report: source() reads the records instead.
    for (const QString &sql : setup) {
        if (!exec(query, sql, {}, nullptr))
            return false;
    }
    const QString columns = QString::fromLatin1(materializedColumns);
    if (!exec(query,
              QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM records WHERE %3")
                      .arg(hitsTable(), columns, search.sql),
              search.values, nullptr))
        return false;
    m_materializedKey = key;
    return true;
}

RecordQuery::Source RecordQuery::source(const RecordFilter &filter,
                                        std::optional<Facet> ignoredFacet) const
{
    if (searchCondition(filter).sql.isEmpty())
        return { QStringLiteral("records"), conjunction({}, facetCondition(filter, ignoredFacet)) };
    if (materialize(filter))
        return { hitsTable() + QStringLiteral(" AS records"),
                 conjunction({}, facetCondition(filter, ignoredFacet)) };
    // No temporary table (a read-only connection, say): ask the records directly.
    return { QStringLiteral("records"), condition(filter, ignoredFacet) };
}

bool RecordQuery::exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    if (!values.isEmpty())
        return runBound(query, sql, values, error);
    // Without values the statement runs as it is: PostgreSQL cannot prepare DROP or
    // CREATE TABLE, which QPSQL would otherwise send as PREPARE … AS.
    query.setForwardOnly(true);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

bool RecordQuery::finishedCleanly(const QSqlQuery &query, QString *error)
{
    if (!query.lastError().isValid())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

std::optional<QList<qint64>> RecordQuery::readIds(const QString &sql, const QVariantList &values,
                                                  QString *error) const
{
    QSqlQuery query(m_db.database());
    if (!exec(query, sql, values, error))
        return std::nullopt;
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    if (!finishedCleanly(query, error))
        return std::nullopt;
    return ids;
}

bool RecordQuery::oneRow(QSqlQuery &query, QString *error)
{
    if (query.next())
        return true;
    if (error) {
        *error = query.lastError().isValid() ? query.lastError().text()
                                             : tr("the database answered no row");
    }
    return false;
}

QString RecordQuery::orderByClause(Column column, Qt::SortOrder order,
                                   const RuleSettings &settings, QVariantList &values) const
{
    const QString direction =
            order == Qt::DescendingOrder ? QStringLiteral("DESC") : QStringLiteral("ASC");
    // The id tie-break runs the same way, so that an index on the column serves
    // the whole ORDER BY. Unknown values sort as the smallest, as SQLite does;
    // PostgreSQL is told so.
    QString orderBy = columnExpression(column, settings, values) + u' ' + direction;
    if (!m_db.isSqlite() && column != Column::Id)
        orderBy += order == Qt::DescendingOrder ? QStringLiteral(" NULLS LAST")
                                                : QStringLiteral(" NULLS FIRST");
    if (column != Column::Id)
        orderBy += QStringLiteral(", id ") + direction;
    return orderBy;
}

QString RecordQuery::orderBy(Column column, Qt::SortOrder order) const
{
    QVariantList values;
    return orderByClause(column, order, RuleSettings(), values);
}

std::optional<QList<qint64>> RecordQuery::ids(const RecordFilter &filter, Column column,
                                              Qt::SortOrder order, QString *error) const
{
    const Source src = source(filter);
    QVariantList values = src.condition.values;
    const QString orderBy = orderByClause(column, order, filter.ruleSettings, values);
    // Storage order is sorted here: "ORDER BY id" makes SQLite walk the table itself,
    // every page of it (1.3 GB at a million records, summaries and search texts
    // included), where without it the ids come from the narrowest covering index.
    const bool sortHere = column == Column::Id;
    const QString sql = sortHere ? QStringLiteral("SELECT id FROM %1 WHERE %2").arg(src.table, src.condition.sql)
                                 : QStringLiteral("SELECT id FROM %1 WHERE %2 ORDER BY %3")
                                           .arg(src.table, src.condition.sql, orderBy);

    std::optional<QList<qint64>> result = readIds(sql, values, error);
    if (!result)
        return std::nullopt;
    if (sortHere) {
        if (order == Qt::DescendingOrder)
            std::sort(result->begin(), result->end(), std::greater<qint64>());
        else
            std::sort(result->begin(), result->end());
    }
    return result;
}

} // namespace Hyoka

#pragma once

#include "recordfilter.h"
#include "recordrow.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>

#include <optional>

class QSqlQuery;

namespace Hyoka {

class ReviewDatabase;

// Read-only questions the review window asks of a ReviewDatabase, answered by the
// database itself so that they stay fast on a million records: the sorted ids of a
// filter, grid rows for a batch of ids, facet counts and money totals. Every value
// that comes from the user is a bound parameter; column names come from a fixed list.
//
// The costly part of a filter (the search and the underperforming toggle, which no
// index narrows) is evaluated once into a temporary table of the grid's columns,
// and ids, facets and totals are then read from it; facet selections alone go
// straight to the indexed records table. Call invalidate() when records change.
class RecordQuery
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::RecordQuery)
public:
    // The sortable columns of records (the grid's columns).
    enum class Column {
        Id, // storage order
        FiscalYear,
        Bureau,
        No,
        Code,
        Name,
        Category,
        Budget,
        Settlement,
        ExecutionRate,
        Level,
        RefPage,
        FlagStatus,  // flagged, reviewed, dismissed, none (Flag::statusIds() order)
        Suggestions, // how many review rules fire
        Division,
        Rating,      // the rank on its scale
        // Across the years (RecordRow's prev* fields, docs/years.md): the previous
        // year's rank, budget, the change of budget, the years rated below target.
        PrevRating,
        PrevBudget,
        BudgetChange,
        YearsBelowTarget,
    };
    // The columns that can be counted per value. FlagStatus values are status ids
    // (QString, "none" included); Suggested values are bool.
    // Bureau values are followed by their divisions (RecordFilter::divisionValue(), with
    // FacetValue::text the division); Rating values are RecordFilter::ratingValue()s
    // in scale order (ScaleSteps::knownScales()), then rank, text a published label.
    // YearChange values are RecordFilter::yearChange*() ids.
    enum class Facet { FiscalYear, Bureau, Category, Level, FlagStatus, Suggested, Rating, YearChange };

    struct FacetValue
    {
        QVariant value; // int for year and level, QString otherwise; null for "none"
        qint64 count = 0;
        QString text; // Bureau: the division of a division value; Rating: a label of the step
        friend bool operator==(const FacetValue &a, const FacetValue &b)
        {
            return a.value == b.value && a.count == b.count;
        }
    };

    struct Totals
    {
        qint64 count = 0;
        qint64 budget = 0;     // sum of the known budgets, thousand yen
        qint64 settlement = 0; // sum of the known settlements, thousand yen
    };

    // A WHERE clause (without the keyword; "1=1" when empty) and its values in order.
    struct Condition
    {
        QString sql;
        QVariantList values;
    };

    explicit RecordQuery(const ReviewDatabase &db);

    // The reads below answer nullopt when a query fails (`error`, when given, says why:
    // docs/architecture.md, "Errors").

    // The ids of the records `filter` accepts, ordered by `column` then id.
    std::optional<QList<qint64>> ids(const RecordFilter &filter, Column column = Column::Id,
                                     Qt::SortOrder order = Qt::AscendingOrder,
                                     QString *error = nullptr) const;
    // The first `limit` of those ids, asked of the records table directly: for an
    // unselective filter the database stops at the limit's hit while walking the sort
    // column's index, long before it could list every hit. The search index is used
    // as a set to test against, not as the way in (`+id IN …`), so that the walk is
    // in sort order. Slow when the hits are rare: QueryWorker gives it a deadline.
    // On PostgreSQL, for a search, the hits are first looked for among the first
    // `walkRows` records in the sort order, for at most `firstRowsWalkMs`; only when
    // fewer than `limit` are found there does the planner choose (docs/search.md, "The
    // first screen at a million records").
    // On SQLite, when a word is one character and an index gives the sort's order,
    // they are first looked for with walkFirstIds() among at most sqliteFirstRowsWalk
    // records (or `walkRows`, when fewer).
    static constexpr int firstRowsWalk = 20000;
    static constexpr int firstRowsWalkMs = 50;
    static constexpr int sqliteFirstRowsWalk = 4096;
    std::optional<QList<qint64>> firstIds(const RecordFilter &filter, Column column,
                                          Qt::SortOrder order, int limit,
                                          int walkRows = firstRowsWalk,
                                          QString *error = nullptr) const;
    // The first `limit` ids of `filter` in the sort order, looked for among the first
    // `walkRows` records the facets leave, each tested against every word with LIKE
    // (which is what a search finds), a batch at a time: a word most records hold is
    // found within a few hundred records, without the search index. Fewer than `limit`
    // when they are not there; it gives up early once the hits so far could not fill
    // the screen. The search index answers a one-character word as a prefix query,
    // which reads every hit before the first: tens of milliseconds at a million
    // records for a common character (docs/search.md, "The first screen of a search").
    std::optional<QList<qint64>> walkFirstIds(const RecordFilter &filter, Column column, Qt::SortOrder order,
                                              int limit, int walkRows, QString *error = nullptr) const;
    // Grid rows of `ids`, in the order given, with their flags and the rules that fire
    // under `ruleSettings`; unknown ids are left out.
    std::optional<QList<RecordRow>> rows(const QList<qint64> &ids, const RuleSettings &ruleSettings = {},
                                         QString *error = nullptr) const;
    // Value counts of `facet` among the records the filter accepts when its own
    // selection for `facet` is ignored, ordered by value.
    std::optional<QList<FacetValue>> facet(Facet facet, const RecordFilter &filter,
                                           QString *error = nullptr) const;
    std::optional<Totals> totals(const RecordFilter &filter, QString *error = nullptr) const;
    std::optional<qint64> recordCount(QString *error = nullptr) const;

    // Forgets the evaluated search (the records changed, e.g. after an import).
    void invalidate() const;

    // Builds the condition for `filter`; `ignoredFacet`'s selection is left out.
    Condition condition(const RecordFilter &filter,
                        std::optional<Facet> ignoredFacet = std::nullopt) const;
    // Its two parts: search and underperforming toggle; facet selections (flag
    // statuses and "suggested" included).
    // With `ftsAsSet`, the search index is tested per row (`+id IN`) instead of
    // being the planner's way into the table.
    Condition searchCondition(const RecordFilter &filter, bool ftsAsSet = false) const;
    static Condition facetCondition(const RecordFilter &filter,
                                    std::optional<Facet> ignoredFacet = std::nullopt);
    // Search terms: TextNormaliser::searchKey() of the text, split at white space.
    static QStringList searchTerms(const QString &searchText);
    // The SQL the records are sorted by; expressions for the flag status and the
    // suggestions, whose placeholders' values are appended to `values`.
    static QString columnExpression(Column column, const RuleSettings &settings,
                                    QVariantList &values);
    static QString facetColumnName(Facet facet);
    // The ORDER BY clause of the grid's sort (the id as tie-break; on PostgreSQL
    // unknown values first, as SQLite sorts them), for columns without placeholders.
    QString orderBy(Column column, Qt::SortOrder order) const;
    // Whether the search index finds fewer than `fewHits` records for the filter's
    // terms (false without terms or without the index): firstIds() then reads the
    // hits through the index instead of walking the records in order. nullopt when
    // the count fails (`error` says why).
    static constexpr int fewHits = 4096;
    std::optional<bool> fewSearchHits(const RecordFilter &filter, QString *error = nullptr) const;

private:
    // a AND b, either of which may be empty; "1=1" when both are.
    static Condition conjunction(const Condition &a, const Condition &b);
    // 1 when `condition` holds, else 0 (also when it is unknown).
    static QString oneWhen(const QString &condition);
    // Where a query for `filter` reads: the table and the condition left to apply.
    struct Source
    {
        QString table;
        Condition condition;
    };
    Source source(const RecordFilter &filter, std::optional<Facet> ignoredFacet = std::nullopt) const;
    // False when the temporary table cannot be made: source() then reads the records.
    bool materialize(const RecordFilter &filter) const;
    std::optional<QList<FacetValue>> reviewFacet(Facet facet, const RecordFilter &filter, QString *error) const;
    std::optional<QList<FacetValue>> ratingFacet(const RecordFilter &filter, QString *error) const;
    std::optional<QList<FacetValue>> yearChangeFacet(const RecordFilter &filter, QString *error) const;
    // Fills RecordRow::budgetOfYear/settlementOfYear of the rows without their own year's.
    bool addOtherYears(QHash<qint64, RecordRow> &rows, QString *error) const;
    bool addDivisions(QList<FacetValue> &bureaus, const RecordFilter &filter, QString *error) const;
    QString hitsTable() const;
    // runBound(), except that a statement without values runs unprepared (PostgreSQL
    // cannot prepare DROP or CREATE TABLE).
    static bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error);
    // False (and `error` set) when stepping through `query`'s rows failed, e.g. the
    // query was interrupted half-way.
    static bool finishedCleanly(const QSqlQuery &query, QString *error);
    // Steps to the one row of an aggregate query; false (and `error` set) without it.
    static bool oneRow(QSqlQuery &query, QString *error);
    // The first column of every row of `sql`, as ids, in the order given.
    std::optional<QList<qint64>> readIds(const QString &sql, const QVariantList &values, QString *error) const;
    QString orderByClause(Column column, Qt::SortOrder order, const RuleSettings &settings,
                          QVariantList &values) const;

    const ReviewDatabase &m_db;
    // The search (terms and toggle) held in the temporary table, if any.
    mutable std::optional<QString> m_materializedKey;
};

} // namespace Hyoka

#pragma once

#include "recordfilter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Hyoka {

class ReviewDatabase;

// What changed in each bureau since its previous fiscal year in the database: the
// report's "changes since last year" pages (docs/charts-and-report.md). For each
// bureau of the records a filter accepts, its latest fiscal year among them is
// compared with the bureau's previous year in the database (ProjectLinks, after the
// organisation renames):
//   added    — projects of that year with no earlier year (project_links.prev_year NULL);
//   ended    — projects of the previous year gone in that year (YearRules'
//              project_disappeared: bureau_next_year is that year, next_year is not);
//   worse    — YearRules' rating_worse;
//   repeated — YearRules' below_target_repeated at the database's threshold.
// Each list is one SQL statement over all bureaus (project_links joined to records,
// never a query per record), at most `limit` projects per bureau and list, largest
// budget first, with the full count.
class YearChanges
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::YearChanges)
public:
    // One project of a list. For `ended` the figures are those of its last year.
    struct Item
    {
        QString code;              // empty for a record without a code
        QString name;
        int fiscalYear = 0;
        QString rating;            // the rating's label ("" when none)
        std::optional<int> level;
        std::optional<qint64> budget;
        std::optional<qint64> settlement;
        int prevYear = 0;          // the project's previous year; 0 when none
        QString prevRating;
        std::optional<int> prevLevel;
        std::optional<qint64> prevBudget;
        std::optional<qint64> prevSettlement;
    };
    struct List
    {
        QList<Item> items;
        qint64 total = 0;
        qint64 more() const { return total - items.size(); }
    };
    struct Bureau
    {
        QString bureau;   // "" for records without a bureau
        int year = 0;     // the bureau's latest year among the filtered records
        int prevYear = 0; // its previous year in the database; 0: none (no lists)
        List added;
        List ended;
        List worse;
        List repeated;
    };

    explicit YearChanges(const ReviewDatabase &db) : m_db(db) { }

    // The bureaus of the records `filter` accepts, in storage order; `limit` projects
    // at most per list; `belowTargetLevel` as YearRuleSettings::belowTargetLevel.
    // nullopt when a query fails (`error`, when given, says why).
    std::optional<QList<Bureau>> read(const RecordFilter &filter, int limit, int belowTargetLevel,
                                      QString *error = nullptr) const;

private:
    enum class Kind { Added, Ended, Worse, Repeated };
    bool readList(Kind kind, const RecordFilter &filter, int limit, int belowTargetLevel,
                  QList<Bureau> &bureaus, QString *error) const;

    const ReviewDatabase &m_db;
};

} // namespace Hyoka

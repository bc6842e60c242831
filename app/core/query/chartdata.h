#pragma once

#include "derived.h"
#include "recordfilter.h"
#include "recordquery.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <array>
#include <optional>

namespace Hyoka {

class ReviewDatabase;

// The figures the charts and the printed report show, aggregated by the database
// (GROUP BY, SUM) over the records a RecordFilter accepts — the same WHERE clause
// as the grid (RecordQuery::condition()), so that charts follow what the grid shows.
// No widgets and no painting: the GUI's HyokaChart and ReportWriter draw these.
class ChartData
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::ChartData)
public:
    // The sum of one kind of amount of one fiscal year (amounts table).
    struct YearAmount
    {
        int fiscalYear = 0; // 0: none
        qint64 amount = 0;
    };

    // One bureau's totals among the filtered records.
    struct BureauTotals
    {
        QString bureau;          // "" for records without a bureau
        qint64 projects = 0;     // records
        qint64 budget = 0;       // sum of the known budgets, thousand yen
        qint64 settlement = 0;   // sum of the known settlements, thousand yen
        // Sums over the records that have both figures: the execution rate's basis.
        qint64 pairedBudget = 0;
        qint64 pairedSettlement = 0;
        std::array<qint64, 5> levelCounts {}; // records at level 1 … 5
        qint64 noLevel = 0;                   // records without a level
        // A bureau none of whose records has a budget and a settlement of one year
        // (e.g. R6決算 beside R7当初予算): its latest budget and latest settlement
        // (estimates included), each of its own year, shown side by side and never
        // divided (docs/ratings-and-money.md, "Money of two years").
        YearAmount budgetOfYear;
        YearAmount settlementOfYear;
        bool hasOtherYears() const
        {
            return pairedBudget == 0 && (budgetOfYear.fiscalYear > 0 || settlementOfYear.fiscalYear > 0);
        }

        // pairedSettlement / pairedBudget; nullopt when no record has both figures.
        std::optional<double> executionRate() const
        {
            if (pairedBudget <= 0)
                return std::nullopt;
            return Derived::executionRate(pairedBudget, pairedSettlement);
        }
        qint64 levelCount(int level) const
        {
            return level >= 1 && level <= 5 ? levelCounts[size_t(level - 1)] : noLevel;
        }
        qint64 underperforming() const
        {
            qint64 n = 0;
            for (int level = 1; level <= 5; ++level)
                n += Derived::isUnderperforming(level) ? levelCount(level) : 0;
            return n;
        }
    };

    // How one bureau's records fall on one rating scale (the rating-mix chart).
    struct RatingMix
    {
        QString bureau;
        QString scale;              // Rating::scale
        int ranks = 0;              // the scale's steps (the most any record says)
        QList<qint64> counts;       // records at rank 1 … ranks
        QStringList labels;         // a published label of each rank ("" when none)
        qint64 notOnScale = 0;      // rank 0
        qint64 total() const
        {
            qint64 n = notOnScale;
            for (qint64 c : counts)
                n += c;
            return n;
        }
    };

    // One project, for the per-project bars, the scatter and the report's lists.
    struct Project
    {
        qint64 id = 0;
        int fiscalYear = 0;
        QString bureau;
        QString code;
        QString name;
        std::optional<qint64> budget;
        std::optional<qint64> settlement;
        std::optional<int> level;
        bool flagged = false; // in the flagged set handed to scatter()

        std::optional<double> executionRate() const
        {
            return Derived::executionRate(budget, settlement);
        }
    };

    // One bureau's totals in one fiscal year (the per-bureau trend chart).
    struct YearTotals
    {
        int fiscalYear = 0;
        BureauTotals totals; // totals.bureau names the bureau
    };

    // A bounded list of projects and how many there were before the bound.
    struct ProjectList
    {
        QList<Project> projects;
        qint64 total = 0;
        bool isTruncated() const { return total > projects.size(); }
    };

    explicit ChartData(const ReviewDatabase &db);

    // Totals per bureau, bureaus in storage order (the order first imported).
    // nullopt when the query fails (`error`, when given, says why: docs/architecture.md,
    // "Errors").
    std::optional<QList<BureauTotals>> bureauTotals(const RecordFilter &filter, QString *error = nullptr) const;
    // Totals over every filtered record (bureau left empty).
    std::optional<BureauTotals> overallTotals(const RecordFilter &filter, QString *error = nullptr) const;
    // The rating mix per bureau and scale: bureaus in storage order, each bureau's
    // scales in ScaleSteps::knownScales() order; records without a rating left out.
    std::optional<QList<RatingMix>> ratingMix(const RecordFilter &filter, QString *error = nullptr) const;
    // The same totals from bureauTotals()' answer, without asking the database again.
    static BureauTotals sum(const QList<BureauTotals> &bureaus);
    // The projects of one bureau among the filtered ones, largest budget first
    // (unknown budgets last), at most `limit` of them.
    std::optional<ProjectList> bureauProjects(const RecordFilter &filter, const QString &bureau,
                                              int limit = 1000, QString *error = nullptr) const;
    // Projects with a positive budget and a known settlement (the points of the
    // execution-rate scatter), largest budget first, at most `limit`; `flaggedIds`
    // sets Project::flagged.
    std::optional<ProjectList> scatterPoints(const RecordFilter &filter,
                                             const QSet<qint64> &flaggedIds = {},
                                             int limit = 20000, QString *error = nullptr) const;
    // The given records (unknown ids are left out), in the
    // order of `ids`.
    std::optional<QList<Project>> projects(const QList<qint64> &ids, QString *error = nullptr) const;
    // The ids of the filtered records of one bureau (a clicked bar).
    std::optional<QList<qint64>> bureauIds(const RecordFilter &filter, const QString &bureau,
                                           QString *error = nullptr) const;
    // The ids of the filtered records whose flag status is one of `statuses`
    // (FlagStore ids; default: "flagged", 要確認), for the scatter's marks.
    std::optional<QSet<qint64>> flaggedIds(const RecordFilter &filter,
                                           const QStringList &statuses = { QStringLiteral(
                                                   "flagged") },
                                           QString *error = nullptr) const;
    // Totals per bureau and fiscal year: bureaus in storage order, years ascending.
    std::optional<QList<YearTotals>> bureauYearTotals(const RecordFilter &filter, QString *error = nullptr) const;
    // The distinct fiscal years among the filtered records, ascending.
    std::optional<QList<int>> fiscalYears(const RecordFilter &filter, QString *error = nullptr) const;

private:
    // Fills budgetOfYear/settlementOfYear of the bureaus without a same-year pair.
    bool addOtherYears(QList<BureauTotals> &bureaus, const RecordQuery::Condition &c, QString *error) const;

    const ReviewDatabase &m_db;
};

} // namespace Hyoka

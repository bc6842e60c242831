#pragma once

#include "derived.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Hyoka {

// The columns of one record that the grid shows: a slim, flat copy of a records
// row without summary, achievements or indicators (RecordStore::record() has those),
// with its flag's status and the review rules that fire.
struct RecordRow
{
    qint64 id = 0;
    int fiscalYear = 0;
    QString bureau;
    QString division;
    // Tables without codes: 2 for the second project of one file with the same
    // organisation and name, and so on (part of identityKey()).
    int occurrence = 1;
    int no = 0;
    QString code; // empty when the record's table gives none (see identityKey())
    QString name;
    QString category;
    std::optional<qint64> budget;
    std::optional<qint64> settlement;
    bool settlementEstimated = false;
    std::optional<int> level;
    std::optional<int> refPage;
    std::optional<double> executionRate;
    // The rating on its scale (Record::rating); ratingRanks 0 when the record has none.
    QString ratingLabel;
    int ratingRank = 0;
    int ratingRanks = 0;
    QString ratingScale;
    // A record with no budget (or settlement) of its own year: the latest of another
    // year, {fiscal year, thousand yen}, shown with its year and never divided.
    std::optional<std::pair<int, qint64>> budgetOfYear;
    std::optional<std::pair<int, qint64>> settlementOfYear;
    // The record's flag ("none" and version 0 when never flagged).
    QString flagStatus = QStringLiteral("none");
    QString flagReason;
    QString flagReviewer;
    int flagVersion = 0;
    // The ids of the review rules that fire (ReviewRules::ruleIds() order).
    QStringList suggestions;
    // Across the years (ProjectLinks): the project's previous year (0: none), its rating
    // and budget, the budget's change since then (budget / prevBudget − 1), how many of
    // the project's years up to this one were rated in the review part of their scale,
    // and whether it is new this year or not continued the next (RecordFilter::yearChanges).
    int prevYear = 0;
    QString prevRatingLabel;
    int prevRatingRank = 0;
    int prevRatingRanks = 0;
    QString prevRatingScale;
    std::optional<qint64> prevBudget;
    std::optional<double> budgetChange;
    int yearsBelowTarget = 0;
    bool newThisYear = false;
    bool goneNextYear = false;

    bool isUnderperforming() const { return Derived::isUnderperforming(level); }
    // The key its flag is stored under: Record::identityKey() of the same record.
    QString identityKey() const
    {
        return Derived::identityKey(code, bureau, division, name, occurrence);
    }
};

} // namespace Hyoka

#pragma once

#include "rulesettings.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace Hyoka {

// What the reviewer asked to see: a search text and facet selections that combine
// with AND between kinds and OR within one kind. An empty list means "any".
// RecordQuery turns it into SQL; the GUI builds it from the filter bar.
struct RecordFilter
{
    // Free text over name, summary and achievements; every whitespace-separated
    // term must occur (after TextNormaliser::searchKey()).
    QString searchText;
    QList<int> fiscalYears;
    // "" selects records without a bureau; "bureau\x1fdivision" (divisionValue()) one
    // division of a bureau.
    QStringList bureaus;
    QStringList categories; // "" selects records without a category
    QList<int> levels;      // 1–5; noLevel selects records without a level
    // Steps of rating scales, ratingValue(): "letter\x1f3" is step C of the letter
    // scale; "" selects records without a rating.
    QStringList ratings;
    bool underperformingOnly = false; // level 4 or 5
    // Flag statuses (Flag::statusIds()); "none" also selects records never flagged.
    QStringList flagStatuses;
    // true selects the records some review rule suggests, false those none suggests.
    QList<bool> suggested;
    // Across the years (docs/years.md, "In the grid"): yearChangeNew selects the projects
    // new this year (no earlier year while their bureau has one), yearChangeGone those
    // not continued in their bureau's next year, yearChangeOther the rest. A project of
    // one year between two is both new and gone.
    QStringList yearChanges;
    // The records these imports were the last to write (records.import_id; File →
    // Import History's "Show Its Records"). No facet: the window's notice names it.
    QList<qint64> importIds;
    // The thresholds that decide what "suggested" means (the database's, from
    // ReviewRules::loadSettings()); also what the grid's suggestions column shows.
    RuleSettings ruleSettings;

    static constexpr int noLevel = 0;
    static QString yearChangeNew() { return QStringLiteral("new"); }
    static QString yearChangeGone() { return QStringLiteral("gone"); }
    static QString yearChangeOther() { return QStringLiteral("other"); }

    static QString divisionValue(const QString &bureau, const QString &division)
    {
        return bureau + QChar(u'\x1f') + division;
    }
    static QString ratingValue(const QString &scale, int rank)
    {
        return scale + QChar(u'\x1f') + QString::number(rank);
    }

    bool isEmpty() const
    {
        return searchText.trimmed().isEmpty() && fiscalYears.isEmpty() && bureaus.isEmpty()
                && categories.isEmpty() && levels.isEmpty() && ratings.isEmpty() && !underperformingOnly
                && flagStatuses.isEmpty() && suggested.isEmpty() && yearChanges.isEmpty()
                && importIds.isEmpty();
    }

    friend bool operator==(const RecordFilter &a, const RecordFilter &b)
    {
        return a.searchText == b.searchText && same(a.fiscalYears, b.fiscalYears)
                && a.bureaus == b.bureaus && a.categories == b.categories
                && same(a.levels, b.levels) && a.ratings == b.ratings && a.underperformingOnly == b.underperformingOnly
                && a.flagStatuses == b.flagStatuses && same(a.suggested, b.suggested)
                && a.yearChanges == b.yearChanges && same(a.importIds, b.importIds)
                && a.ruleSettings == b.ruleSettings;
    }
    friend bool operator!=(const RecordFilter &a, const RecordFilter &b) { return !(a == b); }

private:
    // QList's == of plain values hands memcmp a null pointer when one of two empty
    // lists never had storage (undefined behaviour, caught by UBSan).
    template<typename T>
    static bool same(const QList<T> &a, const QList<T> &b)
    {
        return a.size() == b.size() && std::equal(a.cbegin(), a.cend(), b.cbegin());
    }
};

} // namespace Hyoka

#pragma once

#include "derived.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Hyoka {

// One actual-vs-target figure read out of an achievement text (docs/formats.md#indicators).
struct Indicator
{
    QString label;
    double actual = 0;
    double target = 0;
    QString unit;        // unit of the actual figure ("" when none)
    QString targetUnit;  // unit of the target; differs from unit only on a mismatch
    int achievementIndex = -1; // which achievement entry it was found in
    int actualYear = 0;  // fiscal year a tag such as (R6) gives the actual; 0 when none
    int targetYear = 0;  // likewise for the target

    // actual / target; std::nullopt when the target is 0.
    std::optional<double> ratio() const
    {
        if (target == 0)
            return std::nullopt;
        return actual / target;
    }
    bool unitMismatch() const { return unit != targetUnit; }

    friend bool operator==(const Indicator &a, const Indicator &b)
    {
        return a.label == b.label && a.actual == b.actual && a.target == b.target
                && a.unit == b.unit && a.targetUnit == b.targetUnit
                && a.actualYear == b.actualYear && a.targetYear == b.targetYear;
    }
};

// A verdict on the scale its table uses (docs/formats.md, "Ratings"): an achievement
// level 1–5, a letter A–D, a direction word, a numbered label.
struct Rating
{
    QString label;   // as published, white space normalised: "4", "B 継続する事業", "拡充"
    int rank = 0;    // 1 = the scale's first step as published; 0 when not on the scale
    int ranks = 0;   // how many steps the scale has
    QString scale;   // the scale's id: "level", "letter", "direction", "numbered", …
    // Component grades kept beside the verdict: {"必要性", "A"}, {"有効性", "B"} …
    QList<std::pair<QString, QString>> grades;

    friend bool operator==(const Rating &a, const Rating &b)
    {
        return a.label == b.label && a.rank == b.rank && a.ranks == b.ranks
                && a.scale == b.scale && a.grades == b.grades;
    }
};

// What an amount of money is (docs/formats.md, "Money").
enum class AmountKind { Budget, Settlement, SettlementEstimate, Plan };

// One amount in thousand yen, of the fiscal year its header names.
struct Amount
{
    AmountKind kind = AmountKind::Budget;
    int fiscalYear = 0;
    qint64 amount = 0;

    friend bool operator==(const Amount &a, const Amount &b)
    {
        return a.kind == b.kind && a.fiscalYear == b.fiscalYear && a.amount == b.amount;
    }
};

// One administrative project (事務事業) of one fiscal year (docs/formats.md, "The record").
struct Record
{
    int fiscalYear = 0;
    QString bureau;
    QString division;   // 課 (or 部 under a 局); empty when the table has none
    // Tables without codes: 2 for the second project of one file with the same
    // organisation and name, and so on (part of identityKey()).
    int occurrence = 1;
    int no = 0;
    QString code;       // empty when the table publishes none (see identityKey())
    QString name;
    QString category;
    QString summary;
    QStringList achievements;
    std::optional<qint64> budget;
    std::optional<qint64> settlement;
    bool settlementEstimated = false;
    std::optional<int> level;
    std::optional<int> refPage;
    QList<Indicator> indicators;
    // The verdict on its own scale; for a level-rated record {"4", 4, 5, "level"}.
    std::optional<Rating> rating;
    // Every amount of any year the table gives; budget and settlement above are the
    // record's own year's.
    QList<Amount> amounts;

    // Where the record came from: not part of its identity.
    QString sourceFile;
    QString sourceSheet; // XLSX sheet name
    int sourceLine = 0;  // 1-based physical line (markdown, CSV), row (XLSX), or a PDF row's first text line on its page
    int sourcePage = 0;  // 1-based PDF page; 0 when not from a PDF

    // What identifies the project within its fiscal year: the code, or for tables
    // without codes the organisation and name.
    QString identityKey() const
    {
        return Derived::identityKey(code, bureau, division, name, occurrence);
    }

    // docs/formats.md#derived
    std::optional<double> executionRate() const { return Derived::executionRate(budget, settlement); }
    bool isUnderperforming() const { return Derived::isUnderperforming(level); }

    // Field-by-field equality of the data (source position ignored).
    friend bool operator==(const Record &a, const Record &b)
    {
        return a.fiscalYear == b.fiscalYear && a.bureau == b.bureau && a.no == b.no
                && a.code == b.code && a.name == b.name && a.category == b.category
                && a.summary == b.summary && a.achievements == b.achievements
                && a.budget == b.budget && a.settlement == b.settlement
                && a.settlementEstimated == b.settlementEstimated && a.level == b.level
                && a.refPage == b.refPage && a.indicators == b.indicators
                && a.division == b.division && a.rating == b.rating && a.amounts == b.amounts;
    }
    friend bool operator!=(const Record &a, const Record &b) { return !(a == b); }
};

// A problem found while reading, named by file and 1-based physical line.
struct ImportWarning
{
    QString file;
    int line = 0;
    QString message;

    QString toString() const
    {
        return line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message)
                        : QStringLiteral("%1: %2").arg(file, message);
    }
    friend bool operator==(const ImportWarning &a, const ImportWarning &b)
    {
        return a.file == b.file && a.line == b.line && a.message == b.message;
    }
};

} // namespace Hyoka

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Hyoka {

// One actual-vs-target figure read out of an achievement text (SPEC §4).
struct Indicator
{
    QString label;
    double actual = 0;
    double target = 0;
    QString unit;        // unit of the actual figure ("" when none)
    QString targetUnit;  // unit of the target; differs from unit only on a mismatch
    int achievementIndex = -1; // which achievement entry it was found in

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
                && a.unit == b.unit && a.targetUnit == b.targetUnit;
    }
};

// One administrative project (事務事業) of one fiscal year (SPEC §2).
struct Record
{
    int fiscalYear = 0;
    QString bureau;
    int no = 0;
    QString code;
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

    // Where the record came from: not part of its identity.
    QString sourceFile;
    int sourceLine = 0;

    // settlement / budget; std::nullopt when either is missing or the budget is 0.
    std::optional<double> executionRate() const
    {
        if (!budget || !settlement || *budget == 0)
            return std::nullopt;
        return double(*settlement) / double(*budget);
    }
    bool isUnderperforming() const { return level && *level >= 4; }

    // Field-by-field equality of the data (source position ignored).
    friend bool operator==(const Record &a, const Record &b)
    {
        return a.fiscalYear == b.fiscalYear && a.bureau == b.bureau && a.no == b.no
                && a.code == b.code && a.name == b.name && a.category == b.category
                && a.summary == b.summary && a.achievements == b.achievements
                && a.budget == b.budget && a.settlement == b.settlement
                && a.settlementEstimated == b.settlementEstimated && a.level == b.level
                && a.refPage == b.refPage && a.indicators == b.indicators;
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

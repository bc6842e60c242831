#pragma once

#include "record.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Hyoka {

// The scale of a verdict column (docs/ratings-and-money.md, "Rating scales"): its id
// and its steps in scale order; a step's rank is its index + 1.
struct RatingScale
{
    QString id;          // "level", "letter", "direction", "numbered", "grades"
    QStringList steps;   // e.g. "A", "B", "C", "D"; the four direction words

    friend bool operator==(const RatingScale &a, const RatingScale &b)
    {
        return a.id == b.id && a.steps == b.steps;
    }
};

// Recognising and reading the verdicts of evaluation tables: achievement levels 1–5,
// letters A–F with or without text, direction words, numbered labels and component
// grades (docs/ratings-and-money.md). Pure functions, no state.
namespace RatingScales {

// The scale a column's values use ("level", "letter", "direction", "numbered",
// "grades"), with its steps; std::nullopt when the values are not ratings (free text,
// numbers above 5, a mix of scales). Blank cells and dashes are ignored; at least 90 %
// of the other cells must read on the scale.
std::optional<RatingScale> detect(const QStringList &columnValues);

// One cell read on that scale: label (white space normalised), rank (0 when the cell
// is not a step of the scale), ranks, scale id and component grades
// (必要性A・有効性B・効率性B → {"必要性","A"}, …). std::nullopt for an empty cell or a dash.
std::optional<Rating> parse(const QString &cell, const RatingScale &scale);

// True when the cell alone looks like a verdict of some scale (for recognising a column).
bool looksLikeRating(const QString &cell);

// The id of the scale the cell alone reads on, or an empty string.
QString scaleOf(const QString &cell);

} // namespace RatingScales
} // namespace Hyoka

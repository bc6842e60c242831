#pragma once

#include <QBrush>
#include <QColor>
#include <QCoreApplication>

namespace Hyoka {

// The one place that says how achievement levels 1–5 (and "no level") look, for the
// grid, the detail panel, the charts and the printed report alike: a solid colour per
// level (green for above target through amber and red for levels 4–5), a translucent
// background for table cells, and a print brush whose grey value and hatching still
// tell the levels apart on a black-and-white printer.
class LevelColors
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::LevelColors)
public:
    // Solid colour of a level (1–5); any other value is "no level" (grey).
    static QColor color(int level);
    // Translucent cell background: only levels 4 (amber) and 5 (red) are marked,
    // invalid (no background) otherwise; reads on light and dark palettes.
    static QColor background(int level);
    // Fill for chart bars and printed swatches: the solid colour, hatched for
    // levels 4 (diagonal) and 5 (cross) so that they survive greyscale printing.
    static QBrush brush(int level);
    // Outline for bars and swatches drawn with brush().
    static QColor outline(int level);

    // A fill of `color` with `pattern` (Qt::BDiagPattern, Qt::DiagCrossPattern, …)
    // drawn over it in a darker shade of the colour; Qt::SolidPattern for none.
    static QBrush hatched(const QColor &color, Qt::BrushStyle pattern);

    // A rank on any rating scale as the level whose colour it takes: level ranks are
    // themselves; a scale of n steps spreads over 1–5 (A–D: 1, 2, 4, 5; so the review
    // steps C–D and 見直し–廃止 are amber and red). noLevel for rank 0.
    static int ratingLevel(const QString &scale, int rank, int ranks);
    // Translucent cell background of every step of a rating (docs/ratings-and-money.md).
    static QColor ratingBackground(const QString &scale, int rank, int ranks);

    static constexpr int noLevel = 0;
};

} // namespace Hyoka

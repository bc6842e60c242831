#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Hyoka {

// The names of rating scales and of their steps, in the UI language, for the grid,
// the facets, the rules, the charts and the report (docs/ratings-and-money.md,
// "Review per scale"). Scale ids and ranks are those of Rating.
class ScaleSteps
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::ScaleSteps)
public:
    // The scale ids Hyoka knows, in the order screens list them.
    static QStringList knownScales();
    // `ids` sorted in knownScales() order, unknown ones last by name.
    static QStringList ordered(QStringList ids);
    // "achievement level", "letter grade", "direction", …; the id itself when unknown.
    static QString scaleName(const QString &scale);
    // The step's short name: "4", "C", "見直し"; `label` (a published label of that
    // rank) names the steps of numbered scales. "not on the scale" for rank 0.
    static QString stepName(const QString &scale, int rank, const QString &label = QString());
    // "C–D of A–D", "4–5 of 1–5", "見直し–廃止": the steps from `from` to `ranks`.
    static QString rangeName(const QString &scale, int from, int ranks);
    // How many steps a scale has when no record says (level 5, letter 4, direction 4).
    static int defaultRanks(const QString &scale);
};

} // namespace Hyoka

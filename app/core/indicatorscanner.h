#pragma once

#include <QStringView>

namespace Hyoka {

// Finds the actual-vs-target figures of SPEC §4 in an achievement text whose
// full-width figure characters are folded to ASCII (see IndicatorExtractor). A
// hand-written scanner with the exact meaning of the expression it replaced (kept as
// the reference in tests/indicators): same matches, same captures, same ends.
namespace IndicatorScanner {

// A part of the text: [start, end); start < 0 when it is not there.
struct Span
{
    qsizetype start = -1;
    qsizetype end = -1;

    bool isValid() const { return start >= 0; }
    QStringView in(QStringView text) const
    {
        return isValid() ? text.mid(start, end - start) : QStringView();
    }
};

// One pair of figures, in the order of the text.
struct Figures
{
    Span whole;        // the figures, from the first word of the phrasing to its end
    bool actualFirst = true; // 「実績 N ※目標 M」 rather than 「目標 M のところ実績 N」
    Span actual;
    Span actualUnit;
    Span target;
    Span targetUnit;
};

// Finds the first pair of figures starting at or after `from`; false when none.
// Pairs do not overlap: search on from the end of the previous one. A text with an
// unpaired surrogate (not valid UTF-16) has none.
bool findNext(QStringView folded, qsizetype from, Figures *found);

} // namespace IndicatorScanner
} // namespace Hyoka

#pragma once

#include <QStringView>

namespace Hyoka {

// Finds the actual-vs-target figures of docs/formats.md#indicators in an achievement
// text whose full-width figure characters are folded to ASCII (see IndicatorExtractor).
// A hand-written scanner with the exact meaning of the expression it replaced (kept as
// the reference in tests/indicators): same matches, same captures, same ends; plus the
// sub-counts, year tags and ※ notes of other cities' tables.
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
    Span actualYear;   // a year tag after the actual: (R6), (令和6年度), (2024年度)
    Span targetYear;   // likewise after the target
};

// Finds the pairs of figures of one text in turn, left to right; pairs do not
// overlap. A text with an unpaired surrogate (not valid UTF-16) has none.
class Finder
{
public:
    explicit Finder(QStringView folded);

    // The next pair, starting at or after the end of the previous one; false when
    // there is none.
    bool next(Figures *found);

private:
    QStringView m_text;
    qsizetype m_from = 0;
    qsizetype m_lastTarget = -1; // where the last 目標 starts: no pair starts after it
    qsizetype m_noteFloor = 0;   // end of the last pair: a note before it is no longer open
};

} // namespace IndicatorScanner
} // namespace Hyoka

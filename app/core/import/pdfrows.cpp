// Table rows from the vertical gaps of a band of lines (docs/pdf.md, "Rows").
#include "pdfrows.h"

#include <algorithm>

namespace Hyoka::PdfLayout {

namespace {

// Which column a word belongs to: its centre between two edges; -1 beyond the last
// edge (a legend column).
int columnOf(const QList<double> &edges, const QRectF &box)
{
    const double x = box.center().x();
    for (qsizetype c = 0; c + 1 < edges.size(); ++c) {
        if (x < edges.at(c + 1))
            return int(c);
    }
    return -1;
}

int anchorColumn(const ColumnLayout &layout)
{
    for (Field f : { Field::Code, Field::No, Field::Name }) {
        const qsizetype c = layout.columnOf(f);
        if (c >= 0)
            return int(c);
    }
    return 0;
}

struct Span
{
    double top, bottom;
};

// The middle of the widest vertical strip in (from, to) that no word covers, and its
// height; {to, 0} when there is none.
std::pair<double, double> widestGap(const QList<Span> &covered, double from, double to)
{
    double bestMiddle = to, bestHeight = 0;
    double cursor = from;
    for (const Span &s : covered) {
        if (s.bottom <= cursor)
            continue;
        if (s.top >= to)
            break;
        if (s.top > cursor && s.top - cursor > bestHeight) {
            bestHeight = s.top - cursor;
            bestMiddle = (cursor + s.top) / 2;
        }
        cursor = std::max(cursor, s.bottom);
    }
    if (to > cursor && to - cursor > bestHeight && cursor > from) {
        bestHeight = to - cursor;
        bestMiddle = (cursor + to) / 2;
    }
    return { bestMiddle, bestHeight };
}

bool isAsciiAlnum(QChar c)
{
    return c.unicode() < 0x80 && c.isLetterOrNumber();
}

// The line above ended short of the column's text edge by more than the next line's
// first word (or character) needs: the producer broke it there, not the width
// (docs/pdf.md, "Line breaks in summaries").
bool endsShort(double previousRight, double columnRight, const Word &next)
{
    // The text up to the next line's first break opportunity would have fitted: an
    // ASCII word moves whole, and a closing mark (、。）」) takes the character before
    // it along; Japanese may break before any other character.
    static const QString closing = QStringLiteral("、。，．）」』】〕・ーっゃゅょッャュョ々！？");
    const double h = next.box.height();
    const QString &text = next.text;
    double need = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool ascii = c.unicode() < 0x80;
        const bool glued = i == 0 || closing.contains(c) || isAsciiAlnum(c)
                || (ascii && !c.isSpace() && isAsciiAlnum(text.at(i - 1)));
        if (!glued)
            break;
        need += ascii ? 0.6 * h : h;
    }
    return columnRight - previousRight > need + 0.25 * h;
}

} // namespace

BandRows splitRows(const Page &page, const Header &header, const QList<double> &edges, int first,
                   int last, int openRowColumns)
{
    const bool openRow = openRowColumns > 0;
    const qsizetype columns = header.layout.columnCount();
    const int anchor = anchorColumn(header.layout);
    QList<Span> covered;
    // Anchor cells: [top, bottom] of each, top to bottom.
    QList<Span> anchors;
    QList<double> textRight(columns, -infinity); // per column, the rightmost text
    for (int l = first; l <= last; ++l) {
        if (page.furniture.at(l))
            continue;
        bool inAnchor = false;
        double top = infinity, bottom = -infinity;
        for (int w : page.lines.at(l).words) {
            const QRectF &box = page.words.at(w).box;
            const int c = columnOf(edges, box);
            if (c < 0)
                continue;
            covered.append(Span { box.top(), box.bottom() });
            if (c < columns)
                textRight[c] = std::max(textRight.at(c), box.right());
            if (c == anchor) {
                inAnchor = true;
                top = std::min(top, box.top());
                bottom = std::max(bottom, box.bottom());
            }
        }
        if (!inAnchor)
            continue;
        // A cell wrapped over lines goes on within a quarter line; the next row
        // starts below the cell padding and rule.
        if (!anchors.isEmpty() && top - anchors.last().bottom < 0.25 * (bottom - top))
            anchors.last().bottom = bottom;
        else
            anchors.append(Span { top, bottom });
    }
    std::sort(covered.begin(), covered.end(),
              [](const Span &a, const Span &b) { return a.top < b.top; });
    // The anchor cell itself split over the page break (2010 / 4060): the first line
    // fills few of the cells a row starts with, so it goes on the open row.
    bool anchorContinues = false;
    if (openRow && !anchors.isEmpty() && !covered.isEmpty()
        && anchors.first().top <= covered.first().top + 0.5) {
        int filled = 0;
        QList<bool> seen(columns, false);
        for (int l = first; l <= last && filled == 0; ++l) {
            if (page.furniture.at(l))
                continue;
            for (int w : page.lines.at(l).words) {
                const int c = columnOf(edges, page.words.at(w).box);
                if (c >= 0 && c < columns && !seen.at(c)) {
                    seen[c] = true;
                    ++filled;
                }
            }
        }
        anchorContinues = filled <= 0.6 * openRowColumns;
    }

    // Boundaries between rows: boundary[k] ends row k.
    QList<double> boundaries;
    QList<double> separators;
    for (qsizetype k = 0; k + 1 < anchors.size(); ++k) {
        const auto [middle, height] =
                widestGap(covered, anchors.at(k).bottom, anchors.at(k + 1).top);
        boundaries.append(height > 0 ? middle : anchors.at(k + 1).top - 0.01);
        if (height > 0)
            separators.append(height);
    }
    BandRows result;
    double continuationEnd = -infinity;
    if (anchorContinues) {
        continuationEnd = boundaries.isEmpty() ? infinity : boundaries.takeFirst();
        anchors.removeFirst();
    } else if (openRow && !covered.isEmpty()) {
        const double bandTop = covered.first().top;
        const double firstAnchor = anchors.isEmpty() ? infinity : anchors.first().top;
        if (anchors.isEmpty()) {
            continuationEnd = infinity;
        } else if (bandTop < firstAnchor) {
            std::sort(separators.begin(), separators.end());
            const double typical = separators.isEmpty() ? 3.0 : separators.at(separators.size() / 2);
            const auto [middle, height] = widestGap(covered, bandTop, firstAnchor);
            if (height >= 0.7 * typical)
                continuationEnd = middle;
        }
    }
    result.hasContinuation = continuationEnd > -infinity;
    auto newRow = [&](int line) {
        RowCells row;
        row.cells = QStringList(columns);
        row.page = page.number;
        row.line = line + 1;
        row.lineRight = QList<double>(columns, -infinity);
        return row;
    };
    result.continuation = newRow(first);
    for (qsizetype k = 0; k < std::max<qsizetype>(anchors.size(), 1); ++k)
        result.rows.append(newRow(first));
    QList<bool> started(result.rows.size(), false);
    for (int l = first; l <= last; ++l) {
        if (page.furniture.at(l))
            continue;
        // The words of this line per column, left to right (lines keep that order).
        QList<QString> texts(columns);
        QList<int> rowOf(columns, -1);
        QList<int> firstWord(columns, -1);
        QList<double> right(columns, -infinity);
        for (int w : page.lines.at(l).words) {
            const Word &word = page.words.at(w);
            const int c = columnOf(edges, word.box);
            if (c < 0 || c >= columns)
                continue;
            const double y = word.box.center().y();
            RowCells *row = nullptr;
            if (y < continuationEnd) {
                row = &result.continuation;
                rowOf[c] = -2;
            } else {
                const int r = int(std::upper_bound(boundaries.cbegin(), boundaries.cend(), y)
                                  - boundaries.cbegin());
                row = &result.rows[r];
                rowOf[c] = r;
                if (!started.at(r)) {
                    started[r] = true;
                    row->line = l + 1;
                    row->box = word.box;
                }
                row->box |= word.box;
            }
            if (firstWord.at(c) < 0)
                firstWord[c] = w;
            right[c] = std::max(right.at(c), word.box.right());
            texts[c] += word.text;
            if (word.spaceAfter)
                texts[c] += u' ';
        }
        for (qsizetype c = 0; c < columns; ++c) {
            if (rowOf.at(c) == -1)
                continue;
            RowCells &row = rowOf.at(c) == -2 ? result.continuation : result.rows[rowOf.at(c)];
            const Field field = header.layout.field(c);
            const QString text = texts.at(c).trimmed();
            const bool lineBreak = field == Field::Summary
                    && (startsParagraph(text)
                        || endsShort(row.lineRight.at(c), textRight.at(c), page.words.at(firstWord.at(c))));
            appendLine(row.cells[c], text, field, lineBreak);
            row.lineRight[c] = right.at(c);
        }
    }
    // Rows that got no word (a band of furniture only) are dropped.
    QList<RowCells> rows;
    for (qsizetype r = 0; r < result.rows.size(); ++r) {
        if (started.at(r))
            rows.append(result.rows.at(r));
    }
    result.rows = rows;
    return result;
}

} // namespace Hyoka::PdfLayout

// Words into lines, pieces, a header and columns (docs/pdf.md).
#include "pdfpage.h"

#include "textnormaliser.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace Hyoka::PdfLayout {

namespace {

// Letters only: two numbers a space apart are more often two cells (22,546,966 |
// 39,499,395) than one.
bool isAsciiWordChar(QChar c)
{
    return c.unicode() < 0x80 && c.isLetter();
}

bool isAsciiAlnum(QChar c)
{
    return c.unicode() < 0x80 && c.isLetterOrNumber();
}

double overlap(double a0, double a1, double b0, double b1)
{
    return std::min(a1, b1) - std::max(a0, b0);
}

} // namespace

void appendWrapped(QString &text, const QString &next)
{
    if (next.isEmpty())
        return;
    if (!text.isEmpty()) {
        const QChar before = text.back();
        const QChar after = next.front();
        if (isAsciiAlnum(before) && isAsciiAlnum(after))
            text += u' ';
    }
    text += next;
}

void appendToCell(QString &cell, const QString &next, Field field)
{
    switch (field) {
    case Field::No:
    case Field::Code:
    case Field::Budget:
    case Field::Settlement:
    case Field::Amount:
    case Field::Level:
    case Field::RefPage:
        cell += next;
        return;
    default:
        appendWrapped(cell, next);
    }
}

bool startsParagraph(const QString &line)
{
    static const QString markers = QStringLiteral("◆◇■□●○◎〇※【★☆▼▽▶►");
    return !line.isEmpty() && markers.contains(line.front());
}

void appendLine(QString &cell, const QString &next, Field field, bool lineBreak)
{
    if (field == Field::Summary && lineBreak && !cell.isEmpty() && !next.isEmpty()) {
        cell += u'\n';
        cell += next;
        return;
    }
    appendToCell(cell, next, field);
}

void buildLines(Page &page)
{
    QList<int> order(page.words.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return page.words.at(a).box.center().y() < page.words.at(b).box.center().y();
    });
    page.lines.clear();
    for (int w : std::as_const(order)) {
        const QRectF &box = page.words.at(w).box;
        if (!page.lines.isEmpty()) {
            // Against the line's first word, not its grown extent: a tall glyph box
            // (a Latin bracket) must not pull the next line in.
            Line &line = page.lines.last();
            const QRectF &seed = page.words.at(line.words.first()).box;
            const double h = std::min(seed.height(), box.height());
            if (overlap(seed.top(), seed.bottom(), box.top(), box.bottom()) > 0.5 * h) {
                line.words.append(w);
                line.top = std::min(line.top, box.top());
                line.bottom = std::max(line.bottom, box.bottom());
                continue;
            }
        }
        page.lines.append(Line { { w }, box.top(), box.bottom() });
    }
    page.linePieces.clear();
    for (Line &line : page.lines) {
        std::sort(line.words.begin(), line.words.end(), [&](int a, int b) {
            return page.words.at(a).box.left() < page.words.at(b).box.left();
        });
        QList<Piece> pieces;
        const Word *previous = nullptr;
        for (int w : std::as_const(line.words)) {
            const Word &word = page.words.at(w);
            const double gap = previous ? word.box.left() - previous->box.right() : infinity;
            const double h = word.box.height();
            // Touching glyphs, or an ASCII word space: the same run of text. A wider
            // gap may be the padding between two cells.
            const bool joins = previous
                    && (gap < 0.15 * h
                        || (previous->spaceAfter && gap < 0.4 * h && !previous->text.isEmpty()
                            && isAsciiWordChar(previous->text.back())
                            && isAsciiWordChar(word.text.front())));
            if (joins) {
                Piece &p = pieces.last();
                if (previous->spaceAfter)
                    p.text += u' ';
                p.text += word.text;
                p.right = std::max(p.right, word.box.right());
                p.top = std::min(p.top, word.box.top());
                p.bottom = std::max(p.bottom, word.box.bottom());
            } else {
                pieces.append(Piece { word.text, word.box.left(), word.box.right(),
                                      word.box.top(), word.box.bottom() });
            }
            previous = &word;
        }
        page.linePieces.append(pieces);
    }
    page.furniture = QList<bool>(page.lines.size(), false);
}

namespace {

QString lineText(const Page &page, int line)
{
    QString text;
    for (const Piece &p : page.linePieces.at(line)) {
        if (!text.isEmpty())
            text += u' ';
        text += p.text;
    }
    return text;
}

bool isPageNumber(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
            "^\\s*(?:[-‐－―—–ー]\\s*[0-9０-９]{1,4}\\s*[-‐－―—–ー]|(?:[Pp]\\.?|ページ|頁)?\\s*[0-9０-９]{1,4}"
            "(?:\\s*[/／]\\s*[0-9０-９]{1,4})?\\s*(?:ページ|頁)?)\\s*$"));
    return pattern.match(text).hasMatch();
}

// The text of a line with its digits blanked: a running header reads the same on
// every page except for its page number.
QString furnitureKey(const QString &text)
{
    QString key = text;
    for (QChar &c : key) {
        if (c.isDigit())
            c = u'#';
    }
    return key;
}

// The first and last `n` lines of a page that lie in its top or bottom eighth.
QList<int> marginLines(const Page &page, int n)
{
    QList<int> result;
    for (int i = 0; i < page.lines.size() && i < n; ++i) {
        if (page.lines.at(i).bottom < page.height / 8)
            result.append(i);
    }
    for (int i = int(page.lines.size()) - 1; i >= 0 && i >= page.lines.size() - n; --i) {
        if (page.lines.at(i).top > page.height * 7 / 8 && !result.contains(i))
            result.append(i);
    }
    return result;
}

} // namespace

void markFurniture(QList<Page> &pages)
{
    // key → how many pages have it at (about) that height
    QHash<QString, int> seen;
    auto keyOf = [](const Page &page, int line) {
        return furnitureKey(lineText(page, line)) + u'@'
                + QString::number(qRound(page.lines.at(line).top / 4));
    };
    for (const Page &page : std::as_const(pages)) {
        for (int line : marginLines(page, 2))
            ++seen[keyOf(page, line)];
    }
    for (Page &page : pages) {
        for (int line : marginLines(page, 2)) {
            // Set apart from the text it stands above or below by more than a line
            // (a repeated table header is not: its lines touch).
            const Line &here = page.lines.at(line);
            const bool top = here.bottom < page.height / 2;
            const int next = top ? line + 1 : line - 1;
            const double gap = next < 0 || next >= page.lines.size()
                    ? infinity
                    : (top ? page.lines.at(next).top - here.bottom
                           : here.top - page.lines.at(next).bottom);
            const bool lone = (line == 0 || line == page.lines.size() - 1);
            if ((lone && gap > 0.5 * here.height() && isPageNumber(lineText(page, line)))
                || (gap > here.height() && seen.value(keyOf(page, line)) > 1))
                page.furniture[line] = true;
        }
    }
}

namespace {

struct BandPiece
{
    Piece piece;
    int group = -1;
    bool span = false;
};

// A header text that --map or a profile names (for `field`, when given).
bool namedByOverride(const QString &text, const QList<ColumnOverride> &overrides,
                     QStringView field = {})
{
    const QString key = ColumnRecognizer::headerKey(text);
    return std::any_of(overrides.cbegin(), overrides.cend(), [&](const ColumnOverride &o) {
        return !key.isEmpty() && ColumnRecognizer::headerKey(o.column) == key
                && (field.isEmpty() || o.field == field);
    });
}

// Builds a header from the pieces of lines [first, last]; an empty layout when the
// lines do not name a record table.
Header headerFromBand(const Page &page, int first, int last, const QList<ColumnOverride> &overrides)
{
    QList<BandPiece> band;
    for (int l = first; l <= last; ++l) {
        for (const Piece &p : page.linePieces.at(l))
            band.append(BandPiece { p });
    }
    const qsizetype n = band.size();
    // Under a span: the centre within the span's text widened by a fifth each side
    // (事業費（千円） centred over the two cells, their titles in the middle of each).
    auto under = [](const Piece &span, const Piece &lower) {
        const double margin = (span.right - span.left) / 5;
        const double centre = (lower.left + lower.right) / 2;
        return lower.top >= span.bottom - 1 && centre > span.left - margin
                && centre < span.right + margin;
    };
    auto centre = [](const Piece &p) { return (p.left + p.right) / 2; };
    auto sameLine = [](const Piece &a, const Piece &b) {
        return overlap(a.top, a.bottom, b.top, b.bottom) > 0;
    };
    // A span (事業費（千円）) stands over side-by-side cells of one line (予算額,
    // 決算額（見込）): both under it, or a narrow span over the gap between them.
    QList<int> spanOf(n, -1);
    for (qsizetype i = 0; i < n; ++i) {
        const Piece &s = band[i].piece;
        for (qsizetype a = 0; a < n && !band[i].span; ++a) {
            const Piece &pa = band[a].piece;
            if (a == i || pa.top < s.bottom - 1)
                continue;
            for (qsizetype b = 0; b < n; ++b) {
                const Piece &pb = band[b].piece;
                if (b == i || b == a || !sameLine(pa, pb) || pb.left <= pa.right)
                    continue;
                const bool bothUnder = under(s, pa) && under(s, pb);
                const double w = s.right - s.left;
                const bool overGap = centre(pa) < s.left && centre(pb) > s.right
                        && centre(pa) > s.left - w && centre(pb) < s.right + w
                        && s.left < pb.left && s.right > pa.right
                        && std::none_of(band.cbegin(), band.cend(), [&](const BandPiece &o) {
                               return sameLine(o.piece, pa) && o.piece.left > pa.right
                                       && o.piece.right < pb.left;
                           });
                if (bothUnder || overGap) {
                    band[i].span = true;
                    spanOf[a] = spanOf[b] = int(i);
                    break;
                }
            }
        }
    }
    // Columns: the other pieces, joined where they overlap horizontally.
    QList<int> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](int x) {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    };
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i + 1; j < n; ++j) {
            if (!band[i].span && !band[j].span
                && overlap(band[i].piece.left, band[i].piece.right, band[j].piece.left,
                           band[j].piece.right) > 0.5)
                parent[find(int(j))] = find(int(i));
        }
    }
    struct Column
    {
        double left = infinity, right = -infinity;
        QList<int> pieces;
    };
    QHash<int, int> columnOfRoot;
    QList<Column> columns;
    for (qsizetype i = 0; i < n; ++i) {
        if (band[i].span)
            continue;
        const int root = find(int(i));
        if (!columnOfRoot.contains(root)) {
            columnOfRoot.insert(root, int(columns.size()));
            columns.append(Column {});
        }
        Column &c = columns[columnOfRoot.value(root)];
        c.pieces.append(int(i));
        c.left = std::min(c.left, band[i].piece.left);
        c.right = std::max(c.right, band[i].piece.right);
    }
    std::sort(columns.begin(), columns.end(),
              [](const Column &a, const Column &b) { return a.left < b.left; });
    Header header;
    header.topCells = QStringList(columns.size());
    header.subCells = QStringList(columns.size());
    bool anySub = false;
    QList<int> spansUsed;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        QList<int> &pieces = columns[c].pieces;
        std::sort(pieces.begin(), pieces.end(), [&](int a, int b) {
            const Piece &pa = band.at(a).piece, &pb = band.at(b).piece;
            return pa.top + 0.5 < pb.top || (qAbs(pa.top - pb.top) <= 0.5 && pa.left < pb.left);
        });
        QString text;
        for (int p : std::as_const(pieces))
            appendWrapped(text, band.at(p).piece.text);
        header.columnLeft.append(columns.at(c).left);
        header.columnRight.append(columns.at(c).right);
        int spanIndex = -1;
        for (int p : std::as_const(pieces))
            spanIndex = std::max(spanIndex, spanOf.at(p));
        if (spanIndex < 0) {
            header.topCells[c] = text;
            continue;
        }
        header.subCells[c] = text;
        anySub = true;
        // The span's text heads the first column under it, as in a markdown header.
        const auto span = band.cbegin() + spanIndex;
        if (!spansUsed.contains(spanIndex)) {
            spansUsed.append(spanIndex);
            header.topCells[c] = span->piece.text;
        }
    }
    ColumnLayout merged = ColumnLayout::fromHeader(header.topCells);
    if (anySub)
        merged.mergeSubHeader(header.subCells);
    header.cells = merged.headers();
    // The header alone, recognised as the other readers' header row is (with --map and
    // profiles); the values of its rows decide the rest once read (pdfreader.cpp).
    // A record table's header names the project (docs/column-recognition.md) and at
    // least two more fields by its own texts, or by texts --map or a profile name (a
    // column given by letter or number names no line a header: data rows hold "C").
    bool namesProject = merged.hasName();
    for (qsizetype c = 0; c < header.cells.size(); ++c) {
        const bool named = namedByOverride(header.cells.at(c), overrides);
        namesProject = namesProject || namedByOverride(header.cells.at(c), overrides, u"name");
        if (merged.field(c) != Field::Ignore || named)
            ++header.score;
    }
    if (!namesProject || header.score < 3)
        return Header {};
    const DetectedTable table = ColumnRecognizer::recognize({ SourceRow { header.cells, first + 1 } },
                                                            overrides, first + 1);
    if (!table.found)
        return Header {};
    header.layout = table.layout;
    header.firstLine = first;
    header.lastLine = last;
    return header;
}

bool shortPieces(const Page &page, int line, int maxChars)
{
    for (const Piece &p : page.linePieces.at(line)) {
        if (p.text.size() > maxChars)
            return false;
    }
    return true;
}

bool continuesTitle(const Page &page, int line)
{
    const Line &above = page.lines.at(line - 1), &here = page.lines.at(line);
    if (here.top - above.bottom >= 0.25 * here.height())
        return false;
    for (const Piece &p : page.linePieces.at(line)) {
        if (std::any_of(p.text.cbegin(), p.text.cend(), [](QChar c) { return c.isDigit(); }))
            return false;
    }
    return true;
}

} // namespace

Header findHeader(const Page &page, int start, const QList<ColumnOverride> &overrides)
{
    if (page.furniture.at(start) || !shortPieces(page, start, 16))
        return {};
    // A header's first lines may hold only the upper parts of wrapped titles
    // (事務事業の概 / 要, 参考資 / 料): one of its first six lines names a field.
    bool namesField = false;
    for (int l = start; l < page.lines.size() && l < start + 6 && !namesField; ++l) {
        if (!shortPieces(page, l, 24))
            break;
        const QList<Piece> &pieces = page.linePieces.at(l);
        namesField = std::any_of(pieces.cbegin(), pieces.cend(), [&](const Piece &p) {
            return ColumnLayout::fieldForHeader(p.text) != Field::Ignore
                    || namedByOverride(p.text, overrides);
        });
    }
    if (!namesField)
        return {};
    Header best;
    for (int last = start; last < page.lines.size() && last < start + 12; ++last) {
        if (last > start) {
            const Line &above = page.lines.at(last - 1), &line = page.lines.at(last);
            if (page.furniture.at(last) || !shortPieces(page, last, 24)
                || line.top - above.bottom > 1.5 * std::max(line.height(), above.height()))
                break;
        }
        Header h = headerFromBand(page, start, last, overrides);
        if (!h.isValid())
            continue;
        // A line that adds no field is still the header when it goes on a wrapped
        // title (決算額（見 / 込）): no gap above it, no digit in it.
        if (h.score > best.score || (h.score == best.score && last == best.lastLine + 1
                                     && continuesTitle(page, last)))
            best = h;
    }
    return best;
}

bool crossesColumns(const Piece &piece, const Header &header)
{
    int crossed = 0;
    for (qsizetype c = 0; c < header.columnLeft.size(); ++c) {
        if (overlap(piece.left, piece.right, header.columnLeft.at(c), header.columnRight.at(c)) > 1)
            ++crossed;
    }
    return crossed > 1;
}

QList<double> columnEdges(const Page &page, const Header &header, int first, int last)
{
    constexpr double step = 0.5; // points per bin
    const int bins = int(page.width / step) + 2;
    QList<int> coverage(bins, 0);
    auto bin = [&](double x) { return std::clamp(int(x / step), 0, bins - 1); };
    for (int l = first; l <= last; ++l) {
        if (page.furniture.at(l))
            continue;
        for (int w : page.lines.at(l).words) {
            const QRectF &box = page.words.at(w).box;
            for (int b = bin(box.left()), e = bin(box.right()); b <= e; ++b)
                ++coverage[b];
        }
    }
    // The middle of the longest blank run in [from, to), or -1.
    auto blankMiddle = [&](int from, int to, bool firstRun) {
        int bestStart = -1, bestLength = 0;
        for (int b = from; b < to;) {
            if (coverage.at(b) != 0) {
                ++b;
                continue;
            }
            int e = b;
            while (e < to && coverage.at(e) == 0)
                ++e;
            if (e - b > bestLength) {
                bestStart = b;
                bestLength = e - b;
            }
            if (firstRun)
                break;
            b = e;
        }
        return bestStart < 0 ? -1.0 : (bestStart + bestLength / 2.0) * step;
    };
    // Where text starts after a gap (a cell's left edge), and how often.
    QHash<int, int> starts;
    for (int l = first; l <= last; ++l) {
        if (page.furniture.at(l))
            continue;
        double previousRight = -infinity;
        for (int w : page.lines.at(l).words) {
            const QRectF &box = page.words.at(w).box;
            if (box.left() - previousRight > 2)
                ++starts[bin(box.left())];
            previousRight = box.right();
        }
    }
    const qsizetype n = header.columnLeft.size();
    QList<double> edges { -infinity };
    for (qsizetype c = 0; c + 1 < n; ++c) {
        const double from = header.columnRight.at(c), to = header.columnLeft.at(c + 1);
        // Left-aligned cells: the edge just before the place where the next column's
        // lines start; otherwise the middle of the widest blank strip.
        int aligned = -1, count = 1;
        for (int b = bin(from) + 1; b < bin(to); ++b) {
            if (starts.value(b) > count) {
                aligned = b;
                count = starts.value(b);
            }
        }
        if (aligned < 0) {
            // One row only: the rightmost place where text starts after a blank strip
            // of 2 pt.
            for (int b = bin(to) - 1; b > bin(from) && aligned < 0; --b) {
                if (starts.value(b) == 0)
                    continue;
                int blank = 0;
                for (int k = b - 1; k >= 0 && coverage.at(k) == 0; --k)
                    ++blank;
                if (blank * step >= 2)
                    aligned = b;
            }
        }
        if (aligned >= 0) {
            edges.append(aligned * step - 1);
            continue;
        }
        const double blank = from < to ? blankMiddle(bin(from), bin(to), false) : -1;
        edges.append(blank >= 0 ? blank : (from + to) / 2);
    }
    // The last column ends at the first blank strip right of its header whose other
    // side holds more words (a legend column); otherwise it runs to the page edge.
    const int minimumBlank = int(3.0 / step) + 1;
    for (int b = bin(header.columnRight.at(n - 1)); b < bins; ++b) {
        if (coverage.at(b) != 0)
            continue;
        int e = b;
        while (e < bins && coverage.at(e) == 0)
            ++e;
        if (e >= bins) {
            b = bins;
            break;
        }
        if (e - b >= minimumBlank) {
            edges.append((b + e) / 2.0 * step);
            return edges;
        }
        b = e;
    }
    edges.append(infinity);
    return edges;
}

} // namespace Hyoka::PdfLayout

#pragma once

#include "columnlayout.h"
#include "columnrecognizer.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <limits>

// The geometry the PDF reader rebuilds tables from (docs/pdf.md): words with their
// boxes, grouped into text lines and pieces; a table header found among them and the
// columns it defines.
namespace Hyoka::PdfLayout {

struct Word
{
    QString text;
    QRectF box; // points, origin top left
    bool spaceAfter = false;
};

// Words on one baseline (their vertical extents overlap), left to right.
struct Line
{
    QList<int> words; // indices into Page::words
    double top = 0;
    double bottom = 0;
    double height() const { return bottom - top; }
};

// Consecutive words of a line with no more than a space between them: a run of text
// that a table cell holds, or a prose line that crosses cells.
struct Piece
{
    QString text;
    double left = 0, right = 0, top = 0, bottom = 0;
};

struct Page
{
    int number = 0; // 1-based
    double width = 0;
    double height = 0;
    QList<Word> words;
    QList<Line> lines;                // top to bottom
    QList<QList<Piece>> linePieces;   // the pieces of each line
    QList<bool> furniture;            // per line: running header, footer or page number
};

// Sorts words into lines and pieces. Words are kept as given.
void buildLines(Page &page);

// Marks page numbers and running headers/footers (the same text, digits aside, at the
// same place on other pages) as furniture: never data.
void markFurniture(QList<Page> &pages);

// Joins two pieces of one cell: across a line wrap only two ASCII letters or digits
// get a space between them
// (docs/pdf.md, "Wrapped cells").
void appendWrapped(QString &text, const QString &next);
// Likewise for a cell of a column holding `field`: a number or code wrapped in a
// narrow column (6, / 263,976) is joined with no space at all.
void appendToCell(QString &cell, const QString &next, Field field);
// A summary keeps its line breaks as the CSV and XLSX readers do: `lineBreak` says the
// line above ended its paragraph (docs/pdf.md, "Line breaks in summaries"); every
// other field, and a soft wrap, joins as appendToCell() does.
void appendLine(QString &cell, const QString &next, Field field, bool lineBreak);
// A line that starts with a bullet or a bracketed heading (◆, ※, 【…) starts a new line.
bool startsParagraph(const QString &line);

// A table header found on a page: lines [firstLine, lastLine], the columns it
// defines (header text extents) and the layout recognised from it.
struct Header
{
    int firstLine = -1;
    int lastLine = -1;
    QList<double> columnLeft, columnRight; // header text extent of each column
    QStringList topCells, subCells;        // as a markdown header and span row
    QStringList cells;                     // one text per column, span row merged in
    ColumnLayout layout;                   // from the header texts and --map/profile
    int score = 0;
    bool isValid() const { return firstLine >= 0; }
};

// The best header starting at line `start` (up to twelve lines tall), or an invalid one.
// Its columns are recognised as the CSV and XLSX readers' are, with the user's
// overrides (--map, a profile) applied: a header text they name counts as a field.
Header findHeader(const Page &page, int start, const QList<ColumnOverride> &overrides = {});

// A piece that crosses the text of two header columns is prose, not a cell.
bool crossesColumns(const Piece &piece, const Header &header);

// Cell boundaries: columnEdge[i] .. columnEdge[i+1] is column i, from the blank
// vertical strips of the data words in lines [first, last] between the header texts
// (docs/pdf.md, "Columns"). The last edge closes the last column: words beyond it
// (a legend column) are not data.
QList<double> columnEdges(const Page &page, const Header &header, int first, int last);

constexpr double infinity = std::numeric_limits<double>::infinity();

} // namespace Hyoka::PdfLayout

#pragma once

#include "pdfpage.h"

#include <QList>
#include <QStringList>

// Rows of a table band on one page (docs/pdf.md, "Rows").
namespace Hyoka::PdfLayout {

// One table row as read so far: a cell text per column; it may go on over the
// next page.
struct RowCells
{
    QStringList cells;
    int page = 0; // 1-based page where the row starts
    int line = 0; // 1-based text line of the page where the row starts
    QRectF box;   // the row's extent on its first page
    QList<double> lineRight; // per column: where the cell's last line read so far ends
};

struct BandRows
{
    // Text that continues the row left open at the end of the previous page (the
    // part of a row split across a page break); empty when there is none.
    RowCells continuation;
    bool hasContinuation = false;
    QList<RowCells> rows;
};

// Splits lines [first, last] of `page` into rows: one row per cell of the anchor
// column (the code, else the number, else the name), the row boundary in the widest
// blank strip between two of them. `openRow` tells whether lines above the first
// anchor may continue a row of the previous page; `openRowColumns` is how many
// cells that row has filled (0 when none is open).
BandRows splitRows(const Page &page, const Header &header, const QList<double> &edges, int first,
                   int last, int openRowColumns);

} // namespace Hyoka::PdfLayout

#pragma once

#include "record.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace Hyoka {

// The page of a PDF a record was read from, rendered, with the record's row found
// again (docs/pdf.md, "In the window"). The row's box is not stored: the file is read
// again with the reader's own row reconstruction and the row is the one that starts
// at the record's page and line with the record's code and name. No widgets: the
// window renders on a worker thread.
class PdfSourcePage
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::PdfSourcePage)
public:
    enum class Status {
        Ok,          // the page, with the row
        NotPdf,      // the record was not read from a PDF
        Missing,     // the file is not where it was imported from
        Unreadable,  // not a readable PDF (any more)
        NoPage,      // the file has fewer pages now
        RowMoved,    // the file changed: the row is on another page or line (shown there)
        RowNotFound, // the file changed: the page is shown without a row
    };

    // True for a record read from a PDF (it has a page).
    static bool isPdfRecord(const Record &record) { return record.sourcePage > 0; }
    // The record's page at `dpi` (capped so the image stays under 40 megapixels). A
    // relative source file is taken from the current directory.
    static PdfSourcePage render(const Record &record, double dpi);

    Status status = Status::NotPdf;
    QString message;   // one line naming file and page; empty when Ok
    QString filePath;  // the file looked at
    int page = 0;      // 1-based page shown (0: none)
    double dpi = 0;    // of the image
    QSizeF pageSize;   // in points
    QImage image;      // null when there is no page to show
    QRectF rowRect;    // the row in image pixels, empty when not found

    bool hasImage() const { return !image.isNull(); }
    bool hasRow() const { return !rowRect.isEmpty(); }
};

} // namespace Hyoka

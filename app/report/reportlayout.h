#pragma once

#include "chartdata.h"
#include "hyokachart.h"
#include "reportdata.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>

class QPagedPaintDevice;
class QPainter;

namespace Hyoka {

// Lays the printed report out on A4 pages and paints it: a cover, the totals table,
// the bureau and level-mix charts (HyokaChart), the changes since last year by bureau
// (records of several fiscal years only), the review list by bureau; a header
// and "page n of m" on every page. Run twice, first without a painter to count the
// pages. Measures in device pixels, fonts in points, so any resolution works.
class ReportLayout
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::ReportLayout)
public:
    // Lays out on `device`; paints with `painter`, or only counts the pages when it is
    // nullptr. `totalPages` (from a counting run) goes into "page n of m".
    ReportLayout(const ReportData &data, QPagedPaintDevice *device, QPainter *painter,
                 int totalPages);

    // Pages laid out by run().
    int pages() const;
    // Cover, totals and charts, then the review list.
    void run();

private:
    // One column of a printed table.
    struct Column
    {
        QString title;
        qreal width = 0; // fraction of the content width
        Qt::Alignment align = Qt::AlignLeft;
        int swatchLevel = -1; // a level swatch drawn in the header (level columns)
    };

    // Measures and text.
    qreal mm(qreal v) const;
    QFont font(qreal scale = 1.0, bool bold = false) const;
    qreal lineHeight(const QFont &f) const;
    qreal textHeight(const QString &text, const QFont &f, qreal width) const;
    // `f`, made smaller (down to 60 %) until no word of `text` is wider than `width`:
    // numbers and Latin words cannot wrap, and a table cell must not clip them.
    QFont fitted(const QString &text, const QFont &f, qreal width) const;
    void drawText(const QRectF &rect, int flags, const QString &text, const QFont &f,
                  const QColor &color = Qt::black);

    // Pages and flow.
    void beginPage();
    void newPage();
    void ensure(qreal h);
    void heading(const QString &text, qreal scale = 1.45);
    void paragraph(const QString &text, const QFont &f, const QColor &color = Qt::black);

    // Tables. The money column headings name the source documents' terms (予算額, 決算額) in
    // every language, so that readers can match them to the published tables.
    static QString budgetHeading();
    static QString settlementHeading();
    QList<qreal> columnX(const QList<Column> &columns) const;
    // The room for text in column `i`.
    qreal cellWidth(const QList<qreal> &xs, int i) const;
    qreal rowHeight(const QList<Column> &columns, const QStringList &cells, const QFont &f) const;
    void tableHeader(const QList<Column> &columns);
    // One row of `columns`; `shade` greys the background. A page break before it
    // repeats the header of `table`, the table the row belongs to (`columns` when null:
    // a note row spans the review table but is not one of its rows).
    void tableRow(const QList<Column> &columns, const QStringList &cells, const QFont &f,
                  bool shade = false, const QList<int> &levels = {},
                  const QList<Column> *table = nullptr);

    // Sections.
    void cover();
    void totals();
    // Draws `kind` for `bureaus`, split into several charts when one page cannot
    // give every bureau a readable row.
    void chart(HyokaChart &view, HyokaChart::Kind kind,
               const QList<ChartData::BureauTotals> &bureaus);
    void charts();
    // The changes since the previous fiscal year, a page per bureau (reportchanges.cpp).
    void changes();
    void bureauChanges(HyokaChart &view, const YearChanges::Bureau &bureau);
    void yearTrend(HyokaChart &view, const QString &bureau);
    // One list of a bureau's changes; `compare` adds the previous year's rating and
    // budget (`prevYear`: the bureau's previous year, said when a project's differs).
    void changeList(const QString &title, const YearChanges::List &list, bool compare,
                    int prevYear);
    void reviewList();

    const ReportData &m_data;
    QPagedPaintDevice *m_device;
    QPainter *m_painter;
    int m_totalPages;
    int m_page = 0;
    qreal m_dpi = 300;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_headerBottom = 0;
    qreal m_bottom = 0;
    qreal m_y = 0;
    QFont m_base;
};

} // namespace Hyoka


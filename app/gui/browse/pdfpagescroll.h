#pragma once

#include <QImage>
#include <QRectF>
#include <QScrollArea>

namespace Hyoka {

// A rendered PDF page with one rectangle outlined (a record's row), scaled to the
// width of the view or zoomed, scrolled so that the outline is in view
// (docs/pdf.md, "In the window").
class PdfPageScroll : public QScrollArea
{
    Q_OBJECT
public:
    explicit PdfPageScroll(QWidget *parent = nullptr);

    // `row` in image pixels; empty for none. Scrolls to it.
    void setPage(const QImage &image, const QRectF &row);
    void clear();
    const QImage &image() const;
    // 0 fits the page to the view's width; otherwise image pixels per view pixel.
    void setZoom(double zoom);
    double zoom() const { return m_zoom; }
    // The outline as drawn, in the page widget's coordinates (empty when none).
    QRect outlineRect() const;
    // Puts the outline in the middle of the view (as far as the page allows).
    void scrollToRow();

    // Small: the view takes the room its layout leaves, and never makes the dock scroll.
    QSize sizeHint() const override { return QSize(240, 60); }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void relayout();

    class Canvas;
    Canvas *m_canvas;
    double m_zoom = 0;
    // Until the user scrolls, a resize keeps the outline in view.
    bool m_followRow = true;
};

} // namespace Hyoka

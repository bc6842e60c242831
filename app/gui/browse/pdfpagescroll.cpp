#include "pdfpagescroll.h"

#include <QPainter>
#include <QPixmap>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Hyoka {

// The page at the widget's size (a scaled copy kept per size) and the outline on it.
class PdfPageScroll::Canvas : public QWidget
{
public:
    using QWidget::QWidget;

    QImage image;
    QRectF row;

    double scale() const { return image.isNull() ? 1.0 : double(width()) / image.width(); }
    QRect outline() const
    {
        if (row.isEmpty())
            return QRect();
        const double s = scale();
        return QRectF(row.topLeft() * s, row.bottomRight() * s).toAlignedRect();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        if (image.isNull())
            return;
        const QSize pixels = size() * devicePixelRatioF();
        if (m_scaled.size() != pixels) {
            m_scaled = QPixmap::fromImage(
                    image.scaled(pixels, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
            m_scaled.setDevicePixelRatio(devicePixelRatioF());
        }
        painter.drawPixmap(0, 0, m_scaled);
        const QRect box = outline();
        if (box.isEmpty())
            return;
        // A marker's yellow over the row, framed in red: seen at any zoom.
        painter.fillRect(box, QColor(255, 214, 0, 60));
        painter.setPen(QPen(QColor(215, 25, 32), 2));
        painter.drawRect(box.adjusted(1, 1, -1, -1));
    }

public:
    void forgetScaled() { m_scaled = QPixmap(); }

private:
    QPixmap m_scaled;
};

PdfPageScroll::PdfPageScroll(QWidget *parent) : QScrollArea(parent), m_canvas(new Canvas)
{
    setWidget(m_canvas);
    setWidgetResizable(false);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setBackgroundRole(QPalette::Dark);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn); // fitting the width never loops
    for (QScrollBar *bar : { verticalScrollBar(), horizontalScrollBar() })
        connect(bar, &QAbstractSlider::actionTriggered, this, [this] { m_followRow = false; });
    relayout();
}

void PdfPageScroll::setPage(const QImage &image, const QRectF &row)
{
    m_canvas->image = image;
    m_canvas->row = row;
    m_canvas->forgetScaled();
    m_followRow = true;
    relayout();
    m_canvas->update();
    scrollToRow();
}

void PdfPageScroll::clear()
{
    setPage(QImage(), QRectF());
}

const QImage &PdfPageScroll::image() const
{
    return m_canvas->image;
}

void PdfPageScroll::setZoom(double zoom)
{
    m_zoom = std::max(0.0, zoom);
    setHorizontalScrollBarPolicy(m_zoom > 0 ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    relayout();
    scrollToRow();
}

QRect PdfPageScroll::outlineRect() const
{
    return m_canvas->outline();
}

void PdfPageScroll::relayout()
{
    const QImage &image = m_canvas->image;
    if (image.isNull()) {
        m_canvas->resize(viewport()->width(), 0);
        return;
    }
    const int width = m_zoom > 0 ? int(std::lround(image.width() * m_zoom)) : viewport()->width();
    const int height = int(std::lround(double(width) * image.height() / image.width()));
    if (m_canvas->size() != QSize(width, height))
        m_canvas->forgetScaled();
    m_canvas->resize(width, height);
}

void PdfPageScroll::scrollToRow()
{
    const QRect box = m_canvas->outline();
    if (box.isEmpty())
        return;
    verticalScrollBar()->setValue(box.center().y() - viewport()->height() / 2);
    horizontalScrollBar()->setValue(box.left() - 8);
}

void PdfPageScroll::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    relayout();
    if (m_followRow)
        scrollToRow();
}

void PdfPageScroll::wheelEvent(QWheelEvent *event)
{
    // Ctrl+wheel zooms (from the width it has when fitted).
    if (!(event->modifiers() & Qt::ControlModifier) || m_canvas->image.isNull()) {
        QScrollArea::wheelEvent(event);
        return;
    }
    const double current = m_zoom > 0 ? m_zoom : m_canvas->scale();
    const double step = event->angleDelta().y() > 0 ? 1.25 : 0.8;
    setZoom(std::clamp(current * step, 0.1, 4.0));
    event->accept();
}

} // namespace Hyoka

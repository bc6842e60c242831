#include "flowlayout.h"

#include <QWidget>

#include <algorithm>

namespace Hyoka {

FlowLayout::FlowLayout(QWidget *parent, int spacing) : QLayout(parent)
{
    setSpacing(spacing);
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One row, as wide as everything side by side.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + (width > 0 ? spacing() : 0);
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, true);
}

int FlowLayout::doLayout(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = spacing();
    // Rows first: which items go on which row.
    QList<QList<QLayoutItem *>> rows(1);
    int x = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const int w = std::min(item->sizeHint().width(), area.width());
        if (x > 0 && x + gap + w > area.width()) {
            rows.append(QList<QLayoutItem *>());
            x = 0;
        }
        x += (x > 0 ? gap : 0) + w;
        rows.last().append(item);
    }
    int y = area.top();
    for (const QList<QLayoutItem *> &row : std::as_const(rows)) {
        if (row.isEmpty())
            continue;
        int used = 0;
        int height = 0;
        QLayoutItem *expanding = nullptr;
        for (QLayoutItem *item : row) {
            used += std::min(item->sizeHint().width(), area.width()) + (used > 0 ? gap : 0);
            height = std::max(height, item->sizeHint().height());
            if (item->expandingDirections() & Qt::Horizontal)
                expanding = item;
        }
        int left = area.left();
        for (QLayoutItem *item : row) {
            int w = std::min(item->sizeHint().width(), area.width());
            if (item == expanding)
                w += std::max(0, area.width() - used);
            if (apply)
                item->setGeometry(QRect(left, y + (height - item->sizeHint().height()) / 2, w,
                                        item->sizeHint().height()));
            left += w + gap;
        }
        y += height + gap;
    }
    const QMargins m = contentsMargins();
    return y - gap - rect.top() + m.bottom();
}

} // namespace Hyoka

#include "roledelegates.h"

#include "recordformat.h"

#include <QPainter>

#include <algorithm>

namespace Hyoka {

void AttainmentDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const QVariant ratioValue = index.data(role());
    if (ratioValue.isNull()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const double ratio = ratioValue.toDouble();

    // Background and selection as usual, then the bar, then the text on top.
    const QStyleOptionViewItem opt = drawCell(painter, option, index);
    const QString text = opt.text;

    painter->save();
    // A band of one text line, centred, however tall a wrapped label made the row.
    QRect area = option.rect.adjusted(3, 3, -3, -3);
    const int band = std::min(area.height(), option.fontMetrics.height() + 4);
    area.setTop(area.center().y() - band / 2);
    area.setHeight(band);
    QColor barColor = RecordFormat::isLowAttainment(ratio) ? RecordFormat::lowAttainmentColor()
                                                            : RecordFormat::attainmentColor();
    barColor.setAlpha(150); // the text stays readable on light and dark palettes
    QRect bar = area;
    bar.setWidth(int(area.width() * std::clamp(ratio, 0.0, 1.0)));
    painter->setPen(Qt::NoPen);
    painter->setBrush(barColor);
    painter->drawRect(bar);
    if (ratio > 1.0) {
        // Over target: a tick at the right end says the bar is capped.
        painter->setBrush(barColor.darker(140));
        painter->drawRect(QRect(area.right() - 2, area.top(), 3, area.height()));
    }
    const QPalette::ColorRole textRole = (option.state & QStyle::State_Selected)
            ? QPalette::HighlightedText
            : QPalette::Text;
    painter->setPen(option.palette.color(QPalette::Active, textRole));
    painter->setFont(opt.font);
    painter->drawText(area.adjusted(2, 0, -2, 0), Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize AttainmentDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), option.fontMetrics.horizontalAdvance(QStringLiteral("000.0%")) + 40));
    return size;
}

} // namespace Hyoka

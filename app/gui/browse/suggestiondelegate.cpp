#include "roledelegates.h"

#include "reviewicons.h"

#include <QPainter>

namespace Hyoka {

namespace {
constexpr int iconGap = 3;
constexpr int sideMargin = 4;
} // namespace

int SuggestionDelegate::iconSize(const QStyleOptionViewItem &option)
{
    return qMax(12, option.fontMetrics.height() - 2);
}

void SuggestionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    drawCell(painter, option, index); // the background, selection and focus only
    const QStringList rules = index.data(role()).toStringList();
    const int size = iconSize(option);
    const QIcon::Mode mode = option.state & QStyle::State_Enabled ? QIcon::Normal : QIcon::Disabled;
    int x = option.rect.left() + sideMargin;
    const int y = option.rect.top() + (option.rect.height() - size) / 2;
    painter->save();
    painter->setClipRect(option.rect);
    for (const QString &rule : rules) {
        ReviewIcons::rule(rule).paint(painter, QRect(x, y, size, size), Qt::AlignCenter, mode);
        x += size + iconGap;
    }
    painter->restore();
}

QSize SuggestionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int n = int(index.data(role()).toStringList().size());
    const int size = iconSize(option);
    const int width = 2 * sideMargin + n * size + qMax(0, n - 1) * iconGap;
    return QSize(width, qMax(size + 4, option.fontMetrics.height() + 4));
}

} // namespace Hyoka

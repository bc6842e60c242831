#include "suggestiondelegate.h"

#include "reviewicons.h"

#include <QApplication>
#include <QPainter>

namespace Hyoka {

namespace {
constexpr int iconGap = 3;
constexpr int sideMargin = 4;
} // namespace

SuggestionDelegate::SuggestionDelegate(int rulesRole, QObject *parent)
    : QStyledItemDelegate(parent), m_rulesRole(rulesRole)
{
}

int SuggestionDelegate::iconSize(const QStyleOptionViewItem &option)
{
    return qMax(12, option.fontMetrics.height() - 2);
}

void SuggestionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background, selection and focus only
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QStringList rules = index.data(m_rulesRole).toStringList();
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
    const int n = int(index.data(m_rulesRole).toStringList().size());
    const int size = iconSize(option);
    const int width = 2 * sideMargin + n * size + qMax(0, n - 1) * iconGap;
    return QSize(width, qMax(size + 4, option.fontMetrics.height() + 4));
}

} // namespace Hyoka

#pragma once

#include <QApplication>
#include <QStyledItemDelegate>

namespace Hyoka {

// A delegate that draws one model role of its cells its own way; it reads the model
// only through that role.
class RoleDelegate : public QStyledItemDelegate
{
public:
    explicit RoleDelegate(int role, QObject *parent = nullptr) : QStyledItemDelegate(parent), m_role(role) { }

protected:
    int role() const { return m_role; }
    // Draws the cell's background, selection and focus as usual, without its text;
    // returns the cell's styled option, text included, to draw on top.
    QStyleOptionViewItem drawCell(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        QStyleOptionViewItem bare = opt;
        bare.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &bare, painter, widget);
        return opt;
    }

private:
    int m_role;
};

// Draws an attainment ratio (the role: a double, null when unknown) as a horizontal bar
// under its percentage: full width at 100 %, red below 80 %.
class AttainmentDelegate : public RoleDelegate
{
    Q_OBJECT
public:
    using RoleDelegate::RoleDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// Draws the review rules that fire for a row (the role: a QStringList of rule ids) as a
// row of small icons, one per rule; the cell's text is not drawn (it stays for copies
// and screen readers).
class SuggestionDelegate : public RoleDelegate
{
    Q_OBJECT
public:
    using RoleDelegate::RoleDelegate;
    static int iconSize(const QStyleOptionViewItem &option);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Hyoka

#pragma once

#include <QStyledItemDelegate>

namespace Hyoka {

// Draws the review rules that fire for a row (a QStringList of rule ids in the model's
// `rulesRole`) as a row of small icons, one per rule; the cell's text is not drawn
// (it stays for copies and screen readers). Reads the model only through roles.
class SuggestionDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SuggestionDelegate(int rulesRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static int iconSize(const QStyleOptionViewItem &option);

private:
    int m_rulesRole;
};

} // namespace Hyoka

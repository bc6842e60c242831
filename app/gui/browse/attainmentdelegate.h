#pragma once

#include <QStyledItemDelegate>

namespace Hyoka {

// Draws an attainment ratio (the model's ratio role) as a horizontal bar under its
// percentage: full width at 100 %, red below 80 %. Reads the model only through roles.
class AttainmentDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // `ratioRole` holds the ratio as a double (null when unknown).
    explicit AttainmentDelegate(int ratioRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_ratioRole;
};

} // namespace Hyoka

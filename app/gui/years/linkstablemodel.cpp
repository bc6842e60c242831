#include "linkstablemodel.h"

namespace Hyoka {

LinksTableModel::LinksTableModel(int columns, QObject *parent)
    : QAbstractTableModel(parent), m_columns(columns)
{
}

int LinksTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant LinksTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString title = columnTitle(section);
    return title.isEmpty() ? QVariant() : QVariant(title);
}

} // namespace Hyoka

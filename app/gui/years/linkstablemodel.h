#pragma once

#include <QAbstractTableModel>

namespace Hyoka {

// What the tables of the Project Links dialog share (BureauRenamesModel,
// NameMatchesModel): a flat table of `columns` columns, each titled by columnTitle().
class LinksTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    LinksTableModel(int columns, QObject *parent);
    // The horizontal header's text of `column`; empty when there is no such column.
    virtual QString columnTitle(int column) const = 0;

private:
    const int m_columns;
};

} // namespace Hyoka

#include "bureaurenamesmodel.h"

#include <QFont>

namespace Hyoka {

BureauRenamesModel::BureauRenamesModel(QObject *parent) : LinksTableModel(ColumnCount, parent) { }

void BureauRenamesModel::setRenames(const QList<ProjectLinks::Rename> &renames)
{
    beginResetModel();
    m_rows.clear();
    for (const ProjectLinks::Rename &r : renames)
        m_rows.append({ r.oldBureau, r.newBureau, r.newBureau, false });
    endResetModel();
}

BureauRenamesModel::Edit BureauRenamesModel::editOf(const Row &row)
{
    if (row.storedNew.isEmpty())
        return Edit::Added;
    if (row.removed)
        return Edit::Removed;
    return row.newBureau == row.storedNew ? Edit::None : Edit::Changed;
}

QList<ProjectLinks::Rename> BureauRenamesModel::renamesAfter() const
{
    QList<ProjectLinks::Rename> renames;
    for (const Row &r : m_rows) {
        if (!r.removed)
            renames.append({ r.oldBureau, r.newBureau });
    }
    return renames;
}

QString BureauRenamesModel::problemAdding(const QString &oldBureau, const QString &newBureau) const
{
    const QString from = oldBureau.trimmed();
    QList<ProjectLinks::Rename> renames = renamesAfter();
    // Adding a rename of a bureau already renamed replaces that rename.
    renames.removeIf([&](const ProjectLinks::Rename &r) { return r.oldBureau == from; });
    renames.append({ from, newBureau.trimmed() });
    return ProjectLinks::renamesProblem(renames);
}

bool BureauRenamesModel::addRename(const QString &oldBureau, const QString &newBureau)
{
    if (!problemAdding(oldBureau, newBureau).isEmpty())
        return false;
    const QString from = oldBureau.trimmed();
    const QString to = newBureau.trimmed();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).oldBureau == from) {
            m_rows[i].newBureau = to;
            m_rows[i].removed = false;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            return true;
        }
    }
    // Sorted by the old name, as ProjectLinks::organisationRenames() reads them.
    int row = 0;
    while (row < m_rows.size() && m_rows.at(row).oldBureau < from)
        ++row;
    beginInsertRows({}, row, row);
    m_rows.insert(row, { from, to, QString(), false });
    endInsertRows();
    return true;
}

void BureauRenamesModel::toggleRemoved(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    if (editOf(m_rows.at(row)) == Edit::Added) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        return;
    }
    Row &r = m_rows[row];
    r.removed = !r.removed;
    r.newBureau = r.storedNew; // a changed rename removed, then kept: as stored
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

ProjectLinks::Rename BureauRenamesModel::rename(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return { m_rows.at(row).oldBureau, m_rows.at(row).newBureau };
}

BureauRenamesModel::Edit BureauRenamesModel::edit(int row) const
{
    return row >= 0 && row < m_rows.size() ? editOf(m_rows.at(row)) : Edit::None;
}

QList<ProjectLinks::Rename> BureauRenamesModel::changes() const
{
    QList<ProjectLinks::Rename> changes;
    for (const Row &r : m_rows) {
        switch (editOf(r)) {
        case Edit::None:
            break;
        case Edit::Added:
        case Edit::Changed:
            changes.append({ r.oldBureau, r.newBureau });
            break;
        case Edit::Removed:
            changes.append({ r.oldBureau, QString() });
            break;
        }
    }
    return changes;
}

int BureauRenamesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BureauRenamesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const Edit e = editOf(r);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OldColumn:
            return r.oldBureau;
        case NewColumn:
            return r.newBureau;
        case StateColumn:
            switch (e) {
            case Edit::None:
                return tr("Stored");
            case Edit::Added:
                return tr("Added (not applied yet)");
            case Edit::Changed:
                return tr("Changed from %1 (not applied yet)").arg(r.storedNew);
            case Edit::Removed:
                return tr("Removed (not applied yet)");
            }
        }
        return {};
    case Qt::ToolTipRole:
        return tr("Records of %1 are linked across the years as if published under %2.")
                .arg(r.oldBureau, r.newBureau);
    case Qt::FontRole:
        if (e != Edit::None) {
            QFont font;
            font.setItalic(e != Edit::Removed);
            font.setStrikeOut(e == Edit::Removed && index.column() != StateColumn);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QString BureauRenamesModel::columnTitle(int column) const
{
    switch (column) {
    case OldColumn:
        return tr("Old bureau");
    case NewColumn:
        return tr("New bureau");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace Hyoka

#pragma once

#include "linkstablemodel.h"
#include "projectlinks.h"

namespace Hyoka {

// The bureau renames of the Project Links dialog (docs/years.md, "How records are
// linked"): those stored, and the edits not applied yet — a rename added or changed
// (in italics) or removed (struck out) — until the dialog applies them.
class BureauRenamesModel : public LinksTableModel
{
    Q_OBJECT
public:
    enum Column { OldColumn, NewColumn, StateColumn, ColumnCount };
    enum class Edit { None, Added, Changed, Removed };

    explicit BureauRenamesModel(QObject *parent = nullptr);

    // The renames stored; drops every edit.
    void setRenames(const QList<ProjectLinks::Rename> &renames);

    // Why renaming `oldBureau` to `newBureau` cannot be added (ProjectLinks::renamesProblem()
    // on the table as it would be), or empty.
    QString problemAdding(const QString &oldBureau, const QString &newBureau) const;
    // Adds the rename, or changes the row of `oldBureau`; false when problemAdding().
    bool addRename(const QString &oldBureau, const QString &newBureau);
    // Marks a stored rename removed (again: kept), drops an added one.
    void toggleRemoved(int row);

    ProjectLinks::Rename rename(int row) const;
    Edit edit(int row) const;
    // The edits, as ProjectLinks::Changes::renames.
    QList<ProjectLinks::Rename> changes() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString columnTitle(int column) const override;

    struct Row
    {
        QString oldBureau;
        QString newBureau;
        QString storedNew; // empty when not stored
        bool removed = false;
    };
    static Edit editOf(const Row &row);
    QList<ProjectLinks::Rename> renamesAfter() const;

    QList<Row> m_rows;
};

} // namespace Hyoka

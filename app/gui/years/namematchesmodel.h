#pragma once

#include "linkstablemodel.h"
#include "projectlinks.h"

#include <optional>

namespace Hyoka {

// The renames matched by name of the Project Links dialog (ProjectLinks::nameMatches(),
// docs/years.md): the year of the renamed record, its name before and after, how alike
// they are and the state — with the reviewer's decision not applied yet, if any.
class NameMatchesModel : public LinksTableModel
{
    Q_OBJECT
public:
    enum Column { YearColumn, OldNameColumn, NewNameColumn, SimilarityColumn, StateColumn, ColumnCount };

    explicit NameMatchesModel(QObject *parent = nullptr);

    // The matches stored; drops every decision.
    void setMatches(const QList<ProjectLinks::NameMatch> &matches);

    ProjectLinks::NameMatch match(int row) const;
    // Whether the decision can be taken for the row: an undone match stays undone (it is
    // never proposed again), so only "not the same project" is left for a confirmed one.
    bool canDecide(int row, bool sameProject) const;
    // Records the decision (undoing an earlier one when it is the stored state again).
    bool decide(int row, bool sameProject);
    // The state the row will have: matched, confirmed or rejected.
    QString state(int row) const;
    bool isDecided(int row) const;
    QList<ProjectLinks::Decision> decisions() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString columnTitle(int column) const override;

    struct Row
    {
        ProjectLinks::NameMatch match;
        std::optional<bool> sameProject;
    };
    QList<Row> m_rows;
};

} // namespace Hyoka

#include "namematchesmodel.h"

#include "projectyearsmodel.h"
#include "recordformat.h"

#include <QFont>

namespace Hyoka {

namespace {

const QString matchedState = QStringLiteral("matched");
const QString confirmedState = QStringLiteral("confirmed");
const QString rejectedState = QStringLiteral("rejected");

} // namespace

NameMatchesModel::NameMatchesModel(QObject *parent) : LinksTableModel(ColumnCount, parent) { }

void NameMatchesModel::setMatches(const QList<ProjectLinks::NameMatch> &matches)
{
    beginResetModel();
    m_rows.clear();
    for (const ProjectLinks::NameMatch &m : matches)
        m_rows.append({ m, std::nullopt });
    endResetModel();
}

ProjectLinks::NameMatch NameMatchesModel::match(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).match : ProjectLinks::NameMatch {};
}

bool NameMatchesModel::canDecide(int row, bool sameProject) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const QString stored = m_rows.at(row).match.state;
    if (stored == rejectedState)
        return false;
    return state(row) != (sameProject ? confirmedState : rejectedState);
}

bool NameMatchesModel::decide(int row, bool sameProject)
{
    if (!canDecide(row, sameProject))
        return false;
    Row &r = m_rows[row];
    // Back to what is stored: nothing to write.
    if (r.match.state == (sameProject ? confirmedState : rejectedState))
        r.sameProject.reset();
    else
        r.sameProject = sameProject;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

QString NameMatchesModel::state(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &r = m_rows.at(row);
    if (r.sameProject)
        return *r.sameProject ? confirmedState : rejectedState;
    return r.match.state;
}

bool NameMatchesModel::isDecided(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).sameProject.has_value();
}

QList<ProjectLinks::Decision> NameMatchesModel::decisions() const
{
    QList<ProjectLinks::Decision> decisions;
    for (const Row &r : m_rows) {
        if (r.sameProject)
            decisions.append({ r.match.fiscalYear, r.match.code, *r.sameProject });
    }
    return decisions;
}

int NameMatchesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant NameMatchesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const ProjectLinks::NameMatch &m = r.match;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case YearColumn:
            return ProjectYearsModel::shortYear(m.fiscalYear);
        case OldNameColumn:
            return tr("%1 (%2)").arg(m.targetName, ProjectYearsModel::shortYear(m.targetYear));
        case NewNameColumn:
            return m.name;
        case SimilarityColumn:
            return RecordFormat::percent(m.similarity, 0);
        case StateColumn: {
            const QString s = state(index.row());
            const QString text = s == confirmedState ? tr("Confirmed")
                    : s == rejectedState             ? tr("Not the same project")
                                                     : tr("Matched by name");
            return r.sameProject ? tr("%1 (not applied yet)").arg(text) : text;
        }
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SimilarityColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (r.sameProject) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("Is %1 of %2 the project %3 of %4, renamed?")
                .arg(m.name, ProjectYearsModel::shortYear(m.fiscalYear), m.targetName,
                     ProjectYearsModel::shortYear(m.targetYear));
    default:
        return {};
    }
}

QString NameMatchesModel::columnTitle(int column) const
{
    switch (column) {
    case YearColumn:
        return tr("Year");
    case OldNameColumn:
        return tr("Old name");
    case NewNameColumn:
        return tr("New name");
    case SimilarityColumn:
        return tr("Similarity");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace Hyoka

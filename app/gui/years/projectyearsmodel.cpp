#include "projectyearsmodel.h"

#include "recordformat.h"

#include <QFont>

namespace Hyoka {

ProjectYearsModel::ProjectYearsModel(QObject *parent) : QAbstractTableModel(parent) { }

void ProjectYearsModel::setYears(const QList<ProjectLinks::Year> &years, qint64 currentRecordId)
{
    beginResetModel();
    m_years = years;
    m_currentId = currentRecordId;
    endResetModel();
}

int ProjectYearsModel::currentRow() const
{
    for (int row = 0; row < m_years.size(); ++row) {
        if (m_years.at(row).recordId == m_currentId)
            return row;
    }
    return -1;
}

void ProjectYearsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_years.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ProjectYearsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_years.size());
}

int ProjectYearsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> ProjectYearsModel::budgetChange(int row) const
{
    if (row <= 0)
        return std::nullopt;
    const std::optional<qint64> &now = m_years.at(row).budget;
    const std::optional<qint64> &before = m_years.at(row - 1).budget;
    if (!now || !before || *before <= 0)
        return std::nullopt;
    return double(*now) / double(*before) - 1.0;
}

QString ProjectYearsModel::shortYear(int fiscalYear)
{
    return tr("FY%1", "short fiscal year").arg(fiscalYear);
}

QString ProjectYearsModel::linkText(const ProjectLinks::Year &year)
{
    if (year.matched == u"code")
        return tr("same code");
    if (year.matched == u"key")
        return tr("same organisation and name");
    if (year.matched == u"name") {
        const QString similar = RecordFormat::percent(year.similarity, 0);
        return year.aliasState == u"confirmed" ? tr("renamed (%1 alike, confirmed)").arg(similar)
                                               : tr("renamed (%1 alike, matched by name)").arg(similar);
    }
    return year.matched;
}

static QString signedPercent(double change)
{
    const QString text = RecordFormat::percent(change, 0);
    return change > 0 ? QStringLiteral("+") + text : text;
}

QVariant ProjectYearsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ProjectLinks::Year &y = m_years.at(index.row());
    const bool first = index.row() == 0;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case YearColumn: return shortYear(y.fiscalYear);
        case CodeColumn: return y.code.isEmpty() ? RecordFormat::missing() : y.code;
        case OrganisationColumn:
            return y.division.isEmpty() ? y.bureau : tr("%1 / %2", "bureau / division").arg(y.bureau, y.division);
        case NameColumn: return y.name;
        case RatingColumn:
            if (y.level)
                return RecordFormat::levelText(*y.level);
            return y.rating.isEmpty() ? RecordFormat::missing() : y.rating;
        case BudgetColumn: return RecordFormat::money(y.budget);
        case SettlementColumn: return RecordFormat::money(y.settlement);
        case RateColumn: return RecordFormat::percent(y.executionRate);
        case IndicatorsColumn:
            if (y.indicatorCount == 0)
                return RecordFormat::missing();
            if (!y.lowestAttainment)
                return QString::number(y.indicatorCount);
            return tr("%1 (lowest %2)", "indicators: count (lowest attainment)")
                    .arg(y.indicatorCount)
                    .arg(RecordFormat::percent(*y.lowestAttainment, 0));
        case BudgetChangeColumn: {
            const std::optional<double> change = budgetChange(index.row());
            return change ? signedPercent(*change) : RecordFormat::missing();
        }
        case LinkColumn: return first ? tr("first year") : linkText(y);
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == YearColumn)
            return RecordFormat::fiscalYear(y.fiscalYear);
        if (index.column() == NameColumn || index.column() == OrganisationColumn)
            return data(index, Qt::DisplayRole);
        if (index.column() == IndicatorsColumn && y.indicatorCount > 0) {
            const QString count = tr("%n indicator(s)", "", y.indicatorCount);
            return y.lowestAttainment ? tr("%1; the lowest reaches %2 of its target")
                                                .arg(count, RecordFormat::percent(*y.lowestAttainment, 0))
                                      : count;
        }
        if (index.column() == BudgetChangeColumn) {
            const std::optional<double> change = budgetChange(index.row());
            if (change)
                return tr("Budget %1 thousand yen in %2, %3 thousand yen in %4")
                        .arg(RecordFormat::money(m_years.at(index.row() - 1).budget),
                             shortYear(m_years.at(index.row() - 1).fiscalYear),
                             RecordFormat::money(y.budget), shortYear(y.fiscalYear));
        }
        if (y.recordId == m_currentId)
            return tr("The record shown");
        return tr("Double-click or press Enter to show this year's record");
    case Qt::FontRole:
        if (y.recordId == m_currentId) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QVariant();
    case Qt::BackgroundRole:
        if (index.column() == RatingColumn && y.level) {
            // Only the levels below target are coloured (an invalid colour paints black).
            const QColor background = RecordFormat::levelBackground(*y.level);
            return background.isValid() ? QVariant(background) : QVariant();
        }
        if (index.column() == RateColumn && y.executionRate
            && RecordFormat::isUnusualExecutionRate(*y.executionRate))
            return RecordFormat::unusualRateBackground();
        return QVariant();
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case BudgetColumn:
        case SettlementColumn:
        case RateColumn:
        case BudgetChangeColumn: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default: return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case RecordIdRole: return y.recordId;
    case FiscalYearRole: return y.fiscalYear;
    case CurrentRole: return y.recordId == m_currentId;
    case BudgetChangeRole: {
        const std::optional<double> change = budgetChange(index.row());
        return change ? QVariant(*change) : QVariant();
    }
    default: return QVariant();
    }
}

QVariant ProjectYearsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case YearColumn: return tr("Year");
    case CodeColumn: return tr("Code");
    case OrganisationColumn: return tr("Organisation");
    case NameColumn: return tr("Project");
    case RatingColumn: return tr("Rating");
    case BudgetColumn: return tr("Budget (thousand yen)");
    case SettlementColumn: return tr("Settlement (thousand yen)");
    case RateColumn: return tr("Execution rate");
    case IndicatorsColumn: return tr("Indicators");
    case BudgetChangeColumn: return tr("Budget vs year before");
    case LinkColumn: return tr("Linked by");
    }
    return QVariant();
}

} // namespace Hyoka

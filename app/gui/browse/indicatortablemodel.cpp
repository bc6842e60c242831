#include "indicatortablemodel.h"

#include "recordformat.h"

namespace Hyoka {

IndicatorTableModel::IndicatorTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void IndicatorTableModel::setIndicators(const QList<Indicator> &indicators)
{
    beginResetModel();
    m_indicators = indicators;
    endResetModel();
}

void IndicatorTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_indicators.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int IndicatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_indicators.size());
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Indicator &ind = m_indicators.at(index.row());
    const std::optional<double> ratio = ind.ratio();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case LabelColumn: return ind.label;
        case ActualColumn: return RecordFormat::number(ind.actual);
        case TargetColumn: return RecordFormat::number(ind.target);
        case UnitColumn:
            return ind.unitMismatch() ? tr("%1 / %2", "unit of actual / unit of target")
                                                .arg(ind.unit, ind.targetUnit)
                                      : ind.unit;
        case AttainmentColumn: return RecordFormat::percent(ratio);
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == LabelColumn)
            return ind.label;
        if (index.column() == UnitColumn && ind.unitMismatch())
            return tr("The actual figure is in %1 but the target in %2")
                    .arg(ind.unit, ind.targetUnit);
        if (index.column() == AttainmentColumn && ratio)
            return RecordFormat::isLowAttainment(*ratio)
                    ? tr("%1 of the target: below 80%").arg(RecordFormat::percent(*ratio))
                    : tr("%1 of the target").arg(RecordFormat::percent(*ratio));
        return QVariant();
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case LabelColumn: return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        case UnitColumn: return QVariant(Qt::AlignHCenter | Qt::AlignVCenter);
        default: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
    case RatioRole:
        return ratio ? QVariant(*ratio) : QVariant();
    case LowAttainmentRole:
        return ratio && RecordFormat::isLowAttainment(*ratio);
    default:
        return QVariant();
    }
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn: return tr("Indicator");
    case ActualColumn: return tr("Actual");
    case TargetColumn: return tr("Target");
    case UnitColumn: return tr("Unit");
    case AttainmentColumn: return tr("Attainment");
    default: return QVariant();
    }
}

Qt::ItemFlags IndicatorTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace Hyoka

#pragma once

#include "record.h"

#include <QAbstractTableModel>
#include <QList>

namespace Hyoka {

// The indicators of one record for the detail panel: label, actual, target, unit
// and attainment (actual ÷ target), which AttainmentDelegate draws as a bar.
class IndicatorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LabelColumn, ActualColumn, TargetColumn, UnitColumn, AttainmentColumn, ColumnCount };
    enum Role {
        RatioRole = Qt::UserRole, // double actual / target, or null
        LowAttainmentRole,        // bool: below 80 %
    };

    explicit IndicatorTableModel(QObject *parent = nullptr);

    void setIndicators(const QList<Indicator> &indicators);
    QList<Indicator> indicators() const { return m_indicators; }
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<Indicator> m_indicators;
};

} // namespace Hyoka

#pragma once

#include "projectlinks.h"

#include <QAbstractTableModel>
#include <QList>

namespace Hyoka {

// The years of one project for the detail panel's Years tab (docs/years.md, "In the
// window"): one row per fiscal year, oldest first, with the rating, the money, the
// budget's change from the year before and how the year was linked to the one before.
class ProjectYearsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        YearColumn,
        CodeColumn,
        OrganisationColumn,
        NameColumn,
        RatingColumn,
        BudgetColumn,
        SettlementColumn,
        RateColumn,
        IndicatorsColumn, // how many, and the lowest attainment
        BudgetChangeColumn,
        LinkColumn,
        ColumnCount
    };
    enum Role {
        RecordIdRole = Qt::UserRole, // qint64 records.id
        FiscalYearRole,              // int
        CurrentRole,                 // bool: the record the panel shows
        BudgetChangeRole,            // double: budget ÷ previous year's budget − 1, or null
    };

    explicit ProjectYearsModel(QObject *parent = nullptr);

    // `currentRecordId`: the row shown in bold.
    void setYears(const QList<ProjectLinks::Year> &years, qint64 currentRecordId);
    const QList<ProjectLinks::Year> &years() const { return m_years; }
    // The row of the current record, -1 when none.
    int currentRow() const;
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "FY2021" / "2021年度": the short form the table and the chart use.
    static QString shortYear(int fiscalYear);
    // "code", "organisation and name", "renamed (82% alike, confirmed)", in the UI language.
    static QString linkText(const ProjectLinks::Year &year);

private:
    std::optional<double> budgetChange(int row) const;

    QList<ProjectLinks::Year> m_years;
    qint64 m_currentId = 0;
};

} // namespace Hyoka

#pragma once

#include "recordquery.h"

#include <QAbstractListModel>
#include <QVariantList>

namespace Hyoka {

// The values of one facet (fiscal year, bureau, category or level) with the number
// of records each would leave, checkable to filter by them. Counts come from
// RecordQuery::facet(); the selection survives count updates, and a selected value
// whose count dropped to zero stays listed so that it can be unchecked.
class FacetModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ValueRole = Qt::UserRole, // int (year, level), QString, or null for "none"
        CountRole,                // qint64
    };

    explicit FacetModel(RecordQuery::Facet facet, QObject *parent = nullptr);

    RecordQuery::Facet facet() const { return m_facet; }
    QString title() const; // "Bureau" in the UI language

    void setValues(const QList<RecordQuery::FacetValue> &values);
    QList<RecordQuery::FacetValue> values() const { return m_values; }

    QVariantList selectedValues() const { return m_selected; }
    void setSelectedValues(const QVariantList &values);
    void clearSelection() { setSelectedValues({}); }
    bool hasSelection() const { return !m_selected.isEmpty(); }
    // Row of `value`, -1 when not listed.
    int rowOf(const QVariant &value) const;
    // The text of one value: "FY2021", "4 – below target", "(none)".
    QString valueText(const QVariant &value) const;
    // A short summary of the selection for a button: "Bureau: 総務企画局", "Bureau (2)".
    QString selectionSummary() const;

    // Texts follow the UI language: call after a language switch.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // The user (or setSelectedValues) changed which values are checked.
    void selectionChanged();

private:
    bool isSelected(const QVariant &value) const;

    RecordQuery::Facet m_facet;
    QList<RecordQuery::FacetValue> m_values;
    QVariantList m_selected;
};

} // namespace Hyoka

#include "facetmodel.h"

#include "flag.h"
#include "recordformat.h"
#include "reviewicons.h"
#include "scalesteps.h"

#include <QLocale>

#include <algorithm>

namespace Hyoka {

FacetModel::FacetModel(RecordQuery::Facet facet, QObject *parent)
    : QAbstractListModel(parent), m_facet(facet)
{
}

QString FacetModel::title() const
{
    switch (m_facet) {
    case RecordQuery::Facet::FiscalYear: return tr("Year");
    case RecordQuery::Facet::Bureau: return tr("Bureau");
    case RecordQuery::Facet::Category: return tr("Category");
    case RecordQuery::Facet::Level: return tr("Level");
    case RecordQuery::Facet::Rating: return tr("Rating");
    case RecordQuery::Facet::FlagStatus: return tr("Flag");
    case RecordQuery::Facet::Suggested: return tr("Suggested");
    case RecordQuery::Facet::YearChange: return tr("New / gone", "facet: projects new this year or gone next year");
    }
    return QString();
}

void FacetModel::setValues(const QList<RecordQuery::FacetValue> &values)
{
    QList<RecordQuery::FacetValue> list = values;
    for (const QVariant &selected : std::as_const(m_selected)) {
        const bool listed = std::any_of(list.cbegin(), list.cend(), [&](const auto &v) {
            return v.value == selected;
        });
        if (!listed)
            list.append(RecordQuery::FacetValue { selected, 0, {} });
    }

    bool sameValues = list.size() == m_values.size();
    for (qsizetype i = 0; sameValues && i < list.size(); ++i)
        sameValues = list.at(i).value == m_values.at(i).value;
    if (!sameValues) {
        beginResetModel();
        m_values = list;
        endResetModel();
        return;
    }
    if (list == m_values)
        return;
    m_values = list;
    emit dataChanged(index(0), index(rowCount() - 1),
                     { Qt::DisplayRole, Qt::AccessibleTextRole, CountRole });
}

void FacetModel::setSelectedValues(const QVariantList &values)
{
    QVariantList unique;
    for (const QVariant &v : values) {
        if (!unique.contains(v))
            unique.append(v);
    }
    if (unique == m_selected)
        return;
    m_selected = unique;
    // A selected value that is not listed yet joins the list (with no count).
    setValues(QList<RecordQuery::FacetValue>(m_values.cbegin(), m_values.cend()));
    if (!m_values.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), { Qt::CheckStateRole });
    emit selectionChanged();
}

int FacetModel::rowOf(const QVariant &value) const
{
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        if (m_values.at(i).value == value)
            return int(i);
    }
    return -1;
}

bool FacetModel::isSelected(const QVariant &value) const
{
    return m_selected.contains(value);
}

QString FacetModel::valueText(const QVariant &value) const
{
    if (value.isNull())
        return tr("(none)");
    switch (m_facet) {
    case RecordQuery::Facet::FiscalYear: return RecordFormat::fiscalYear(value.toInt());
    case RecordQuery::Facet::Level: return RecordFormat::levelText(value.toInt());
    case RecordQuery::Facet::Rating: {
        // Grouped by scale (the values come in scale order): "letter grade: C".
        const QString scale = value.toString().section(u'\x1f', 0, 0);
        const int rank = value.toString().section(u'\x1f', 1).toInt();
        const int row = rowOf(value);
        const QString label = row >= 0 ? m_values.at(row).text : QString();
        const QString step = scale == u"level" && rank >= 1 && rank <= 5
                ? RecordFormat::levelText(rank)
                : ScaleSteps::stepName(scale, rank, label);
        return tr("%1: %2", "rating scale: step").arg(ScaleSteps::scaleName(scale), step);
    }
    case RecordQuery::Facet::Bureau: {
        // A division, listed under its bureau.
        const qsizetype mark = value.toString().indexOf(u'\x1f');
        if (mark >= 0)
            return QStringLiteral("    ") + value.toString().mid(mark + 1);
        return value.toString();
    }
    case RecordQuery::Facet::FlagStatus: return Flag::statusLabel(value.toString());
    case RecordQuery::Facet::Suggested:
        return value.toBool() ? tr("Suggested by a rule") : tr("Not suggested");
    case RecordQuery::Facet::YearChange:
        if (value.toString() == RecordFilter::yearChangeNew())
            return tr("New this year");
        if (value.toString() == RecordFilter::yearChangeGone())
            return tr("Gone the year after");
        return tr("Continued");
    default: return value.toString();
    }
}

QString FacetModel::selectionSummary() const
{
    if (m_selected.isEmpty())
        return title();
    if (m_selected.size() == 1) {
        QString text = valueText(m_selected.constFirst());
        if (m_facet == RecordQuery::Facet::FiscalYear)
            text = QString::number(m_selected.constFirst().toInt());
        else if (m_facet == RecordQuery::Facet::Level && !m_selected.constFirst().isNull())
            text = QString::number(m_selected.constFirst().toInt());
        else if (m_facet == RecordQuery::Facet::Bureau)
            text = text.trimmed();
        else if (m_facet == RecordQuery::Facet::Suggested)
            text = m_selected.constFirst().toBool() ? tr("yes", "suggested: yes") : tr("no", "suggested: no");
        return tr("%1: %2", "facet title: selected value").arg(title(), text);
    }
    return tr("%1: %n selected", "facet title: number of selected values", int(m_selected.size()))
            .arg(title());
}

void FacetModel::retranslate()
{
    if (!m_values.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1),
                         { Qt::DisplayRole, Qt::AccessibleTextRole, Qt::ToolTipRole });
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_values.size());
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const RecordQuery::FacetValue &v = m_values.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1 (%2)", "facet value (number of records)")
                .arg(valueText(v.value), QLocale().toString(v.count));
    case Qt::ToolTipRole:
        return tr("%n record(s)", "", int(v.count));
    case Qt::CheckStateRole:
        return int(isSelected(v.value) ? Qt::Checked : Qt::Unchecked);
    case Qt::DecorationRole:
        if (m_facet == RecordQuery::Facet::FlagStatus)
            return ReviewIcons::status(v.value.toString());
        if (m_facet == RecordQuery::Facet::Suggested && v.value.toBool())
            return ReviewIcons::named(QStringLiteral("flag-suggested"));
        return QVariant();
    case ValueRole:
        return v.value;
    case CountRole:
        return v.count;
    default:
        return QVariant();
    }
}

bool FacetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QVariant facetValue = m_values.at(index.row()).value;
    const bool check = static_cast<Qt::CheckState>(value.toInt()) == Qt::Checked;
    if (check == isSelected(facetValue))
        return true;
    if (check)
        m_selected.append(facetValue);
    else
        m_selected.removeAll(facetValue);
    emit dataChanged(index, index, { Qt::CheckStateRole });
    emit selectionChanged();
    return true;
}

Qt::ItemFlags FacetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
            | Qt::ItemNeverHasChildren;
}

} // namespace Hyoka

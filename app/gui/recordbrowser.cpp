#include "recordbrowser.h"

#include "facetmodel.h"
#include "recordtablemodel.h"

namespace Hyoka {

namespace {

const RecordQuery::Facet allFacets[] = { RecordQuery::Facet::FiscalYear,
                                         RecordQuery::Facet::Bureau,
                                         RecordQuery::Facet::Category,
                                         RecordQuery::Facet::Level,
                                         RecordQuery::Facet::FlagStatus,
                                         RecordQuery::Facet::Suggested };

} // namespace

RecordBrowser::RecordBrowser(QObject *parent)
    : QObject(parent), m_tableModel(new RecordTableModel(this))
{
    for (const RecordQuery::Facet facet : allFacets) {
        auto *model = new FacetModel(facet, this);
        connect(model, &FacetModel::selectionChanged, this, &RecordBrowser::facetSelectionChanged);
        m_facetModels.append(model);
    }
    connect(m_tableModel, &RecordTableModel::queryFailed, this, &RecordBrowser::queryFailed);
}

RecordBrowser::~RecordBrowser()
{
    // The models read through m_query: let them forget it first.
    m_tableModel->setQuery(nullptr);
}

void RecordBrowser::setDatabase(const ReviewDatabase *db)
{
    m_tableModel->setQuery(nullptr);
    m_query.reset(db ? new RecordQuery(*db) : nullptr);
    m_tableModel->setQuery(m_query.get());
    refresh();
}

FacetModel *RecordBrowser::facetModel(RecordQuery::Facet facet) const
{
    for (FacetModel *model : m_facetModels) {
        if (model->facet() == facet)
            return model;
    }
    return nullptr;
}

void RecordBrowser::retranslate()
{
    m_tableModel->retranslate();
    for (FacetModel *model : std::as_const(m_facetModels))
        model->retranslate();
}

void RecordBrowser::setSearchText(const QString &text)
{
    if (text == m_filter.searchText)
        return;
    m_filter.searchText = text;
    apply();
}

void RecordBrowser::setUnderperformingOnly(bool on)
{
    if (on == m_filter.underperformingOnly)
        return;
    m_filter.underperformingOnly = on;
    apply();
}

void RecordBrowser::clearFilters()
{
    m_applying = true; // one apply() at the end, not one per facet
    for (FacetModel *model : std::as_const(m_facetModels))
        model->clearSelection();
    m_applying = false;
    const RuleSettings rules = m_filter.ruleSettings; // thresholds are no filter to clear
    m_filter = RecordFilter();
    m_filter.ruleSettings = rules;
    apply();
}

void RecordBrowser::refresh()
{
    if (m_query)
        m_query->invalidate(); // the records may have changed
    m_recordCount = m_query ? m_query->recordCount() : 0;
    apply();
}

void RecordBrowser::setRuleSettings(const RuleSettings &settings)
{
    if (settings == m_filter.ruleSettings)
        return;
    m_filter.ruleSettings = settings;
    apply();
}

void RecordBrowser::flagsChanged(const QList<qint64> &ids)
{
    if (!m_query)
        return;
    // A flag filter may now leave other records: ask again. Otherwise the rows stay
    // where they are and only their flags (and the flag facet's counts) change.
    if (!m_filter.flagStatuses.isEmpty()) {
        apply();
        return;
    }
    if (ids.isEmpty())
        m_tableModel->refreshAllRows();
    else
        m_tableModel->refreshRecords(ids);
    updateFacets();
    emit flagsRefreshed();
}

void RecordBrowser::facetSelectionChanged()
{
    if (m_applying)
        return;
    apply();
}

void RecordBrowser::apply()
{
    // The facet selections are part of the filter.
    m_filter.fiscalYears.clear();
    m_filter.bureaus.clear();
    m_filter.categories.clear();
    m_filter.levels.clear();
    m_filter.flagStatuses.clear();
    m_filter.suggested.clear();
    for (const QVariant &v : facetModel(RecordQuery::Facet::FiscalYear)->selectedValues())
        m_filter.fiscalYears.append(v.isNull() ? 0 : v.toInt());
    for (const QVariant &v : facetModel(RecordQuery::Facet::Bureau)->selectedValues())
        m_filter.bureaus.append(v.isNull() ? QString() : v.toString());
    for (const QVariant &v : facetModel(RecordQuery::Facet::Category)->selectedValues())
        m_filter.categories.append(v.isNull() ? QString() : v.toString());
    for (const QVariant &v : facetModel(RecordQuery::Facet::Level)->selectedValues())
        m_filter.levels.append(v.isNull() ? int(RecordFilter::noLevel) : v.toInt());
    for (const QVariant &v : facetModel(RecordQuery::Facet::FlagStatus)->selectedValues())
        m_filter.flagStatuses.append(v.toString());
    for (const QVariant &v : facetModel(RecordQuery::Facet::Suggested)->selectedValues())
        m_filter.suggested.append(v.toBool());

    m_tableModel->setFilter(m_filter);
    updateFacets();
    m_totals = m_query ? m_query->totals(m_filter) : RecordQuery::Totals();
    emit filterChanged();
    emit totalsChanged();
}

void RecordBrowser::updateFacets()
{
    m_applying = true; // setValues() may list a selected value; it is no new selection
    for (FacetModel *model : std::as_const(m_facetModels))
        model->setValues(m_query ? m_query->facet(model->facet(), m_filter)
                                 : QList<RecordQuery::FacetValue>());
    m_applying = false;
}

} // namespace Hyoka

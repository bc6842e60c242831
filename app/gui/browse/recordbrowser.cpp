#include "recordbrowser.h"

#include "facetmodel.h"
#include "queryworker.h"
#include "recordtablemodel.h"
#include "reviewdatabase.h"

#include <algorithm>

namespace Hyoka {

namespace {

const RecordQuery::Facet allFacets[] = { RecordQuery::Facet::FiscalYear,
                                         RecordQuery::Facet::Bureau,
                                         RecordQuery::Facet::Category,
                                         RecordQuery::Facet::Level,
                                         RecordQuery::Facet::Rating,
                                         RecordQuery::Facet::FlagStatus,
                                         RecordQuery::Facet::Suggested,
                                         RecordQuery::Facet::YearChange };

} // namespace

RecordBrowser::RecordBrowser(QObject *parent)
    : QObject(parent), m_worker(new QueryWorker(this)), m_tableModel(new RecordTableModel(this))
{
    QList<RecordQuery::Facet> facets;
    for (const RecordQuery::Facet facet : allFacets) {
        auto *model = new FacetModel(facet, this);
        connect(model, &FacetModel::selectionChanged, this, &RecordBrowser::facetSelectionChanged);
        m_facetModels.append(model);
        facets.append(facet);
    }
    m_worker->setFacets(facets);
    // The grid's rows too are read on the worker, never in data().
    m_tableModel->setReadService(m_worker);
    m_sortColumn = m_tableModel->sortColumn();
    m_sortOrder = m_tableModel->sortOrder();
    connect(m_tableModel, &RecordTableModel::sortRequested, this, &RecordBrowser::sortRequested);
    connect(m_tableModel, &RecordTableModel::readFailed, this, &RecordBrowser::queryFailed);
    connect(m_worker, &QueryWorker::firstIdsReady, this, &RecordBrowser::firstIdsReady);
    connect(m_worker, &QueryWorker::idsReady, this, &RecordBrowser::idsReady);
    connect(m_worker, &QueryWorker::summaryReady, this, &RecordBrowser::summaryReady);
    connect(m_worker, &QueryWorker::failed, this, &RecordBrowser::requestFailed);
    connect(m_worker, &QueryWorker::connectionOpened, this, [this](bool ok, const QString &error) {
        if (!ok)
            emit queryFailed(error);
    });
}

RecordBrowser::~RecordBrowser()
{
    m_tableModel->setReadService(nullptr);
    delete m_worker; // waits for its thread: no answer arrives half-way through this
    m_worker = nullptr;
}

void RecordBrowser::setDatabase(const ReviewDatabase *db)
{
    m_hasDatabase = db != nullptr;
    m_worker->setDatabase(db ? db->prepared() : ReviewDatabase::Prepared());
    m_firstShown = 0;
    m_tableModel->showIds(m_filter, m_sortColumn, m_sortOrder, {});
    refresh();
}

void RecordBrowser::reopen(const ReviewDatabase::Prepared &db)
{
    m_worker->setDatabase(db);
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

void RecordBrowser::setImportIds(const QList<qint64> &ids)
{
    if (ids == m_filter.importIds)
        return;
    m_filter.importIds = ids;
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
    m_invalidate = true; // the records may have changed
    m_rereadRows = true;
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
    if (!m_hasDatabase)
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
    // The flag facet's counts follow from the worker.
    m_summaryDirty = true;
    m_flagsPending = true;
    request();
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
    m_filter.ratings.clear();
    m_filter.flagStatuses.clear();
    m_filter.suggested.clear();
    m_filter.yearChanges.clear();
    for (const QVariant &v : facetModel(RecordQuery::Facet::FiscalYear)->selectedValues())
        m_filter.fiscalYears.append(v.isNull() ? 0 : v.toInt());
    for (const QVariant &v : facetModel(RecordQuery::Facet::Bureau)->selectedValues())
        m_filter.bureaus.append(v.isNull() ? QString() : v.toString());
    for (const QVariant &v : facetModel(RecordQuery::Facet::Category)->selectedValues())
        m_filter.categories.append(v.isNull() ? QString() : v.toString());
    for (const QVariant &v : facetModel(RecordQuery::Facet::Level)->selectedValues())
        m_filter.levels.append(v.isNull() ? int(RecordFilter::noLevel) : v.toInt());
    for (const QVariant &v : facetModel(RecordQuery::Facet::Rating)->selectedValues())
        m_filter.ratings.append(v.isNull() ? QString() : v.toString());
    for (const QVariant &v : facetModel(RecordQuery::Facet::FlagStatus)->selectedValues())
        m_filter.flagStatuses.append(v.toString());
    for (const QVariant &v : facetModel(RecordQuery::Facet::Suggested)->selectedValues())
        m_filter.suggested.append(v.toBool());
    for (const QVariant &v : facetModel(RecordQuery::Facet::YearChange)->selectedValues())
        m_filter.yearChanges.append(v.toString());

    m_idsDirty = true;
    m_summaryDirty = true;
    m_filterPending = true;
    request();
}

void RecordBrowser::setFacetValues(const QList<QList<RecordQuery::FacetValue>> &values)
{
    m_applying = true; // setValues() may list a selected value; it is no new selection
    for (qsizetype i = 0; i < m_facetModels.size(); ++i)
        m_facetModels.at(i)->setValues(values.value(i));
    m_applying = false;
}

void RecordBrowser::request()
{
    if (!m_hasDatabase) {
        // No database: nothing to ask, every model empty.
        m_tableModel->showIds(m_filter, m_sortColumn, m_sortOrder, {});
        setFacetValues({});
        m_totals = RecordQuery::Totals();
        m_recordCount = 0;
        m_idsDirty = m_summaryDirty = false;
        finishIfIdle();
        emit totalsChanged();
        return;
    }
    QueryRequest r;
    r.filter = m_filter;
    r.column = RecordTableModel::queryColumn(m_sortColumn);
    r.order = m_sortOrder;
    r.parts = (m_idsDirty ? QueryRequest::Ids : 0) | (m_summaryDirty ? QueryRequest::Summary : 0);
    // A new filter shows its first rows at once, and so does a new order of the same
    // records (firstIdsReady() keeps selection and scrolling); a refresh of the same
    // filter and order waits for the whole list.
    const bool newFilter = m_filter != m_tableModel->filter() || m_tableModel->ids().isEmpty();
    const bool newOrder = m_sortColumn != m_tableModel->sortColumn() || m_sortOrder != m_tableModel->sortOrder();
    r.firstRows = m_idsDirty && (newFilter || newOrder);
    r.invalidate = m_invalidate;
    m_generation = m_worker->request(r);
    m_firstShown = 0;
    if (!m_busyReported) {
        m_busyReported = true;
        emit busyChanged(true);
    }
}

void RecordBrowser::sortRequested(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    m_idsDirty = true;
    request();
}

void RecordBrowser::firstIdsReady(quint64 generation, const QList<qint64> &ids)
{
    if (generation != m_generation)
        return;
    if (m_tableModel->filter() == m_filter && !m_tableModel->ids().isEmpty()) {
        // A new order of the records shown: its first rows move to the top in place,
        // the selection and the current row follow their records; idsReady() puts
        // the rest in order.
        m_tableModel->applyFirstSortedIds(m_sortColumn, m_sortOrder, ids);
        return;
    }
    m_tableModel->showIds(m_filter, m_sortColumn, m_sortOrder, ids);
    m_firstShown = generation;
}

void RecordBrowser::idsReady(quint64 generation, const QList<qint64> &ids)
{
    if (generation != m_generation)
        return;
    const QList<qint64> &shown = m_tableModel->ids();
    if (m_firstShown == generation && ids.size() >= shown.size()
        && std::equal(shown.cbegin(), shown.cend(), ids.cbegin())) {
        // The first rows are on screen: the rest comes after them.
        m_tableModel->appendIds(ids.mid(shown.size()));
    } else if (m_tableModel->filter() == m_filter && shown.size() == ids.size()) {
        // The same records (or as many): a new order keeps selection and scrolling.
        // (std::equal: QList's == hands memcmp a null pointer for some empty lists.)
        if (std::equal(shown.cbegin(), shown.cend(), ids.cbegin()) && m_tableModel->sortColumn() == m_sortColumn
            && m_tableModel->sortOrder() == m_sortOrder) {
            if (m_rereadRows)
                m_tableModel->refreshAllRows();
        } else {
            m_tableModel->applySortedIds(m_sortColumn, m_sortOrder, ids);
        }
    } else {
        m_tableModel->showIds(m_filter, m_sortColumn, m_sortOrder, ids);
    }
    m_firstShown = 0;
    m_rereadRows = false;
    m_idsDirty = false;
    finishIfIdle();
}

void RecordBrowser::summaryReady(quint64 generation, const QuerySummary &summary)
{
    if (generation != m_generation)
        return;
    setFacetValues(summary.facets);
    m_totals = summary.totals;
    m_recordCount = summary.recordCount;
    m_summaryDirty = false;
    emit totalsChanged();
    finishIfIdle();
}

void RecordBrowser::requestFailed(quint64 generation, const QString &message)
{
    if (generation != m_generation)
        return;
    m_idsDirty = m_summaryDirty = false;
    emit queryFailed(message);
    finishIfIdle();
}

void RecordBrowser::finishIfIdle()
{
    if (isBusy())
        return;
    m_invalidate = false;
    if (m_busyReported) {
        m_busyReported = false;
        emit busyChanged(false);
    }
    if (m_filterPending) {
        m_filterPending = false;
        m_flagsPending = false;
        emit filterChanged();
    } else if (m_flagsPending) {
        m_flagsPending = false;
        emit flagsRefreshed();
    }
}

} // namespace Hyoka

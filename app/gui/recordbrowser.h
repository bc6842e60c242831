#pragma once

#include "recordfilter.h"
#include "recordquery.h"

#include <QList>
#include <QObject>

#include <memory>

namespace Hyoka {

class FacetModel;
class RecordTableModel;
class ReviewDatabase;

// What the review window shows of one database: the grid model and the facet models
// (year, bureau, category, level, flag status, suggested), kept in step with the
// current filter (search text, facet selections, underperforming toggle). No widgets: the filter bar and the tests drive it alike.
class RecordBrowser : public QObject
{
    Q_OBJECT
public:
    explicit RecordBrowser(QObject *parent = nullptr);
    ~RecordBrowser() override;

    // The database to read (not owned; nullptr empties every model).
    void setDatabase(const ReviewDatabase *db);

    RecordTableModel *tableModel() const { return m_tableModel; }
    FacetModel *facetModel(RecordQuery::Facet facet) const;
    QList<FacetModel *> facetModels() const { return m_facetModels; }

    RecordFilter filter() const { return m_filter; }
    QString searchText() const { return m_filter.searchText; }
    bool underperformingOnly() const { return m_filter.underperformingOnly; }
    RuleSettings ruleSettings() const { return m_filter.ruleSettings; }

    // Totals of the records the filter leaves, and the number of all records.
    RecordQuery::Totals totals() const { return m_totals; }
    qint64 recordCount() const { return m_recordCount; }

    // Texts follow the UI language: call after a language switch.
    void retranslate();

public slots:
    void setSearchText(const QString &text);
    void setUnderperformingOnly(bool on);
    void clearFilters();
    // Re-reads everything under the same filter, e.g. after an import.
    void refresh();
    // The review rules' thresholds: what "suggested" means in the facet, the filter
    // and the grid's suggestions column.
    void setRuleSettings(const Hyoka::RuleSettings &settings);
    // The flags of these records changed (empty: of any records): their rows, the
    // flag facet's counts and, when the filter selects flag statuses, the rows shown.
    void flagsChanged(const QList<qint64> &ids);

signals:
    // The filter changed and every model shows the result.
    void filterChanged();
    // The counts or money totals changed (after a filter change or a refresh).
    void totalsChanged();
    void queryFailed(const QString &message);
    // flagsChanged() updated rows and counts without a new filter result.
    void flagsRefreshed();

private:
    void facetSelectionChanged();
    void apply();
    void updateFacets();

    std::unique_ptr<RecordQuery> m_query;
    RecordTableModel *m_tableModel;
    QList<FacetModel *> m_facetModels;
    RecordFilter m_filter;
    RecordQuery::Totals m_totals;
    qint64 m_recordCount = 0;
    bool m_applying = false;
};

} // namespace Hyoka

#pragma once

#include "recordfilter.h"
#include "recordquery.h"
#include "reviewdatabase.h"

#include <QList>
#include <QObject>

namespace Hyoka {

class FacetModel;
class QueryWorker;
struct QuerySummary;
class RecordTableModel;
class ReviewDatabase;

// What the review window shows of one database: the grid model and the facet models
// (year, bureau, category, level, flag status, suggested), kept in step with the
// current filter (search text, facet selections, underperforming toggle). No widgets: the filter bar and the tests drive it alike.
//
// Nothing is read on the calling thread: its QueryWorker answers on its own thread
// and connection, each change supersedes the query still running for the one before,
// the grid shows the first rows as soon as they are known and the rest, the facet
// counts and the totals as they come; the GUI thread never waits for the database.
// isBusy() is true (busyChanged()) until every answer is in.
class RecordBrowser : public QObject
{
    Q_OBJECT
public:
    explicit RecordBrowser(QObject *parent = nullptr);
    ~RecordBrowser() override;

    // The window's read service: every read of the window goes through it, on its
    // thread and connection.
    QueryWorker *readService() const { return m_worker; }
    // A query is running; the models show the previous answer, or part of the new one.
    bool isBusy() const { return m_idsDirty || m_summaryDirty; }

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
    // Only the records these imports last wrote (RecordFilter::importIds); empty: any.
    void setImportIds(const QList<qint64> &ids);
    void clearFilters();
    // Re-reads everything under the same filter, e.g. after an import.
    void refresh();
    // Opens the worker thread's connection again (the server came back);
    // refresh() then reads what changed meanwhile.
    void reopen(const ReviewDatabase::Prepared &db);
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
    // A read failed (ids, counts, totals or a block of rows): the database's reason.
    void queryFailed(const QString &message);
    // flagsChanged() updated rows and counts without a new filter result.
    void flagsRefreshed();
    void busyChanged(bool busy);

private:
    void facetSelectionChanged();
    void apply();
    // Asks the worker for what is out of date.
    void request();
    void sortRequested(int column, Qt::SortOrder order);
    void firstIdsReady(quint64 generation, const QList<qint64> &ids);
    void idsReady(quint64 generation, const QList<qint64> &ids);
    void summaryReady(quint64 generation, const Hyoka::QuerySummary &summary);
    void requestFailed(quint64 generation, const QString &message);
    void setFacetValues(const QList<QList<RecordQuery::FacetValue>> &values);
    void finishIfIdle();

    QueryWorker *m_worker;
    bool m_hasDatabase = false;
    RecordTableModel *m_tableModel;
    QList<FacetModel *> m_facetModels;
    RecordFilter m_filter;
    RecordQuery::Totals m_totals;
    qint64 m_recordCount = 0;
    bool m_applying = false;

    // What was asked of the worker and what it answered.
    quint64 m_generation = 0;      // the request whose answers are taken
    quint64 m_firstShown = 0;      // the grid shows the first rows of this request
    int m_sortColumn = -1;         // the order asked for (the grid's, once answered)
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_idsDirty = false;       // the grid's ids are not those of the filter and order
    bool m_summaryDirty = false;   // nor are the facet counts and totals
    bool m_invalidate = false;     // the records changed since the last answer
    bool m_rereadRows = false;     // read the grid's rows again even if the ids stay
    bool m_filterPending = false;  // filterChanged() is owed
    bool m_flagsPending = false;   // flagsRefreshed() is owed
    bool m_busyReported = false;   // busyChanged(true) was the last said
};

} // namespace Hyoka

#pragma once

#include "recordfilter.h"
#include "recordquery.h"

#include <QList>
#include <QMetaType>
#include <QObject>

#include <atomic>

class QThread;

namespace Hyoka {

// What the review window asks of the database for one state of its filter and sort.
struct QueryRequest
{
    enum Part {
        Ids = 0x1,     // the sorted ids of the records the filter leaves
        Summary = 0x2, // facet counts, money totals and the number of all records
    };
    RecordFilter filter;
    RecordQuery::Column column = RecordQuery::Column::Id;
    Qt::SortOrder order = Qt::AscendingOrder;
    int parts = Ids | Summary;
    // Answer the first rows before the whole id list (when there are many records).
    bool firstRows = true;
    // The records changed: forget the evaluated search before answering.
    bool invalidate = false;
};

// The answer to the Summary part.
struct QuerySummary
{
    // In the order of the facets asked for (QueryWorker::facets()).
    QList<QList<RecordQuery::FacetValue>> facets;
    RecordQuery::Totals totals;
    qint64 recordCount = 0;
};

// Runs the review window's queries on a thread of its own, with its own connection to
// the database, so that no search, sort or facet count ever blocks the GUI thread.
//
// Every request() supersedes the one before: a query still running for it is stopped
// (on SQLite through a progress handler, within a few thousand virtual-machine
// steps; on PostgreSQL between two queries) and its answers are never sent. Answers
// carry the generation request() returned:
//   firstIdsReady  the first `firstRowCount` ids, asked of the records table with a
//                  deadline (an unselective search fills the first screen in a few
//                  milliseconds even when listing every hit takes a second);
//   idsReady       all ids, in order (after firstIdsReady, which they start with);
//   summaryReady   facet counts, totals, record count.
// A SQLite reader in WAL mode never waits for a writer, so answers come while an
// import runs; they show what was committed when the query started.
class QueryWorker : public QObject
{
    Q_OBJECT
public:
    static constexpr int firstRowCount = 256;
    // How long the first-rows query may look before the whole list is asked instead.
    static constexpr int defaultFirstRowsDeadlineMs = 80;

    explicit QueryWorker(QObject *parent = nullptr);
    ~QueryWorker() override;

    // Opens a connection of its own to `spec` (a file or postgresql:// URL, the
    // password included when one was typed); empty closes it. Blocks until done.
    // False, with the message, when the database cannot be opened.
    bool setDatabase(const QString &spec, QString *error = nullptr);
    // The facets the Summary part counts, in this order.
    void setFacets(const QList<RecordQuery::Facet> &facets);

    // 0 gives up on the first rows at the first look (tests).
    void setFirstRowsDeadline(int ms) { m_firstRowsDeadlineMs = ms; }

    quint64 request(const QueryRequest &request);
    // The generation of the last request; answers with another one are stale.
    quint64 generation() const { return m_generation.load(); }
    // SQLite statements stopped half-way so far: superseded, or past the deadline.
    int stoppedQueries() const { return m_stopped.load(); }

signals:
    void firstIdsReady(quint64 generation, const QList<qint64> &ids);
    void idsReady(quint64 generation, const QList<qint64> &ids);
    void summaryReady(quint64 generation, const Hyoka::QuerySummary &summary);
    void failed(quint64 generation, const QString &message);

private:
    class Runner;
    friend class Runner;

    std::atomic<quint64> m_generation { 0 };
    std::atomic<int> m_stopped { 0 };
    std::atomic<int> m_firstRowsDeadlineMs { defaultFirstRowsDeadlineMs };
    QThread *m_thread;
    Runner *m_runner;
};

} // namespace Hyoka

Q_DECLARE_METATYPE(Hyoka::QuerySummary)

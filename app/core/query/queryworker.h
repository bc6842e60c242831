#pragma once

#include "recordfilter.h"
#include "recordquery.h"
#include "reviewdatabase.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <utility>

class QThread;

namespace Hyoka {

class ReviewDatabase;

// One kind of read (the current record, the chart figures, a clicked bar, the grid's
// rows): a newer read on a channel supersedes the older ones, whose statements stop
// and whose answers never arrive. Lives on the thread that asks; the worker reads
// its generation (an atomic) to know whether a read is still wanted.
class ReadChannel
{
public:
    ReadChannel() : m_latest(std::make_shared<std::atomic<quint64>>(0)) { }
    // The reads asked so far are not wanted any more.
    void cancel() { ++*m_latest; }
    quint64 generation() const { return m_latest->load(); }

    // One read as the worker sees it: wanted while its channel has not moved on.
    struct Ticket
    {
        std::shared_ptr<const std::atomic<quint64>> latest;
        quint64 generation = 0;
        bool isCurrent() const { return latest && latest->load() == generation; }
    };
    // A new read that supersedes the ones before.
    Ticket next() { return Ticket { m_latest, ++*m_latest }; }
    // A read beside the others of this generation (the grid's row blocks), all
    // dropped together by cancel().
    Ticket beside() const { return Ticket { m_latest, m_latest->load() }; }

private:
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

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

// The review window's read service: every read the window makes (the grid's ids
// and rows, facet counts and totals, the current record, the chart figures, a
// clicked bar, the report's data) runs on this thread of its own, with one
// persistent connection to the database, so that no query ever blocks the GUI
// thread (docs/architecture.md, "Threading").
//
// The grid's ids and the summary come through request(), every other read through
// read() on a ReadChannel (the answer is handed to a function called on the GUI
// thread). Reads wait in a queue; the grid's rows and the current record go first.
//
// Every request() supersedes the one before: a query still running for it is stopped
// (on SQLite through a progress handler, within a few thousand virtual-machine
// steps; on PostgreSQL by a cancel request, sent from a second thread, QueryCanceller)
// and its answers are never sent. The same for a read() superseded on its channel. Answers
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

    // Opens a connection of its own on the worker thread, before any read asked after
    // this call; an empty spec closes it. Returns at once: connectionOpened() tells how
    // it went. A database the window opened comes with what its checks found
    // (ReviewDatabase::Prepared), so that the connection runs no check of its own; a
    // bare spec (a file or postgresql:// URL, the password included when one was
    // typed) is checked as ReviewDatabase::open() does.
    void setDatabase(const ReviewDatabase::Prepared &db);
    void setDatabase(const QString &spec) { setDatabase(ReviewDatabase::Prepared::unchecked(spec)); }
    // PostgreSQL: LISTEN on `channel` on the worker's connection, now and again after
    // each setDatabase() (a new server session knows nothing of the old one's LISTEN).
    // listening() says whether it took; notification() brings each message to this
    // object's thread, `own` when this connection sent it (its own writes). Nothing on
    // SQLite, which has no such channel (listening() says false).
    void listen(const QString &channel);
    // The facets the Summary part counts, in this order.
    void setFacets(const QList<RecordQuery::Facet> &facets);

    // 0 gives up on the first rows at the first look (tests).
    void setFirstRowsDeadline(int ms) { m_firstRowsDeadlineMs = ms; }

    quint64 request(const QueryRequest &request);
    // The generation of the last request; answers with another one are stale.
    quint64 generation() const { return m_browse.generation(); }

    // How soon a read runs among those waiting: lower first. A Figures read is a pure
    // read that may run twice: when a more urgent read is asked while it runs, its
    // statement stops and it runs again after that one (its answer is given once, by
    // the run that ends). Nothing that writes is a Figures read.
    enum class Priority { Rows = 0, Record = 1, Browse = 2, Figures = 3 };

    // Runs `work(db)` on the worker thread (db is nullptr when no database is open),
    // superseding the reads before on `channel`, then `done(answer)` on this
    // object's thread unless `channel` moved on meanwhile or `receiver` is gone.
    template<typename Work, typename Done>
    void read(ReadChannel &channel, QObject *receiver, Priority priority, Work work, Done done)
    {
        post(channel.next(), receiver, priority, std::move(work), std::move(done));
    }
    // The same beside the other reads of the channel's generation (ReadChannel::beside()).
    template<typename Work, typename Done>
    void readBeside(ReadChannel &channel, QObject *receiver, Priority priority, Work work, Done done)
    {
        post(channel.beside(), receiver, priority, std::move(work), std::move(done));
    }
    // Statements stopped half-way so far: superseded, or past the deadline (SQLite),
    // or cancelled on the server (PostgreSQL: the requests sent while one ran).
    int stoppedQueries() const { return m_stopped.load(); }

signals:
    void firstIdsReady(quint64 generation, const QList<qint64> &ids);
    void idsReady(quint64 generation, const QList<qint64> &ids);
    void summaryReady(quint64 generation, const Hyoka::QuerySummary &summary);
    void failed(quint64 generation, const QString &message);
    // After each setDatabase(): false with the message when the database could not be opened.
    void connectionOpened(bool ok, const QString &message);
    void listening(const QString &channel, bool ok);
    void notification(const QString &channel, bool own, const QVariant &payload);

private:
    class Runner;
    friend class Runner;

    template<typename Work, typename Done>
    void post(const ReadChannel::Ticket &ticket, QObject *receiver, Priority priority, Work work,
              Done done)
    {
        QPointer<QObject> guard(receiver);
        // Called on the worker thread; the answer travels back through this object,
        // which lives on the asking thread and outlives the worker thread.
        enqueue(ticket, int(priority), [this, ticket, guard, work = std::move(work), done = std::move(done)](ReviewDatabase *db) {
            auto answer = work(db);
            if (!ticket.isCurrent() || !mayAnswer())
                return;
            QMetaObject::invokeMethod(
                    this,
                    [ticket, guard, done, answer = std::move(answer)] {
                        if (ticket.isCurrent() && guard)
                            done(answer);
                    },
                    Qt::QueuedConnection);
        });
    }
    void enqueue(const ReadChannel::Ticket &ticket, int priority, std::function<void(ReviewDatabase *)> job);
    // On the worker thread, with the running read's answer: false when that read was
    // stopped for a more urgent one (a Figures read, which runs again).
    bool mayAnswer() const;

    ReadChannel m_browse;
    std::atomic<int> m_interrupts { 0 }; // setDatabase() and the destructor stop what runs
    std::atomic<int> m_stopped { 0 };
    std::atomic<int> m_firstRowsDeadlineMs { defaultFirstRowsDeadlineMs };
    QThread *m_thread;
    Runner *m_runner;
    QThread *m_cancelThread; // sends PostgreSQL's cancel requests
    QObject *m_cancelContext;
};

} // namespace Hyoka

Q_DECLARE_METATYPE(Hyoka::QuerySummary)

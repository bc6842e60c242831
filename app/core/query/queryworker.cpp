#include "queryworker.h"

#include "pgcancel.h"
#include "reviewdatabase.h"
#include "statementstopper.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSqlDriver>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <deque>
#include <memory>
#include <optional>

namespace Hyoka {

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

} // namespace

// Lives on the worker thread; owns the connection, which must be used there only.
class QueryWorker::Runner : public QObject
{
public:
    explicit Runner(QueryWorker *owner) : m_owner(owner) { }

    bool open(const ReviewDatabase::Prepared &known, QString *error)
    {
        close();
        if (known.spec.isEmpty())
            return true;
        auto db = std::make_unique<ReviewDatabase>();
        if (!db->open(known, error))
            return false;
        m_db = std::move(db);
        m_query = std::make_unique<RecordQuery>(*m_db);
        m_recordCount.reset();
        m_stopper.emplace(*m_db, [this] { return shouldStop(); });
        if (!m_db->isSqlite()) {
            {
                QMutexLocker gate(&m_cancelGate);
                m_canceller = std::make_unique<PgCanceller>(m_db->database());
                m_cancellable = m_canceller->isValid();
            }
            for (const QString &channel : std::as_const(m_channels))
                subscribe(channel); // a new server session knows nothing of the old LISTEN
        }
        return true;
    }

    // QueryWorker::listen(), on the worker thread.
    void listen(const QString &channel)
    {
        if (!m_channels.contains(channel))
            m_channels.append(channel);
        if (m_db && m_db->isPostgres())
            subscribe(channel);
        else
            QMetaObject::invokeMethod(m_owner, [owner = m_owner, channel] { emit owner->listening(channel, false); },
                                      Qt::QueuedConnection);
    }

    void close()
    {
        {
            QMutexLocker gate(&m_cancelGate);
            m_cancellable = false;
            m_canceller.reset();
        }
        m_stopper.reset();
        m_query.reset();
        m_db.reset();
    }

    // LISTEN on this connection; its notifications travel to the owner's thread (the
    // driver's socket is watched by this thread's event loop).
    void subscribe(const QString &channel)
    {
        QSqlDriver *driver = m_db->database().driver();
        bool ok = driver && driver->hasFeature(QSqlDriver::EventNotifications);
        if (ok && !driver->subscribedToNotifications().contains(channel)) {
            ok = driver->subscribeToNotification(channel);
            if (ok)
                QObject::connect(driver, &QSqlDriver::notification, m_owner,
                                 [owner = m_owner](const QString &name, QSqlDriver::NotificationSource source,
                                                   const QVariant &payload) {
                                     emit owner->notification(name, source == QSqlDriver::SelfSource, payload);
                                 });
        }
        QMetaObject::invokeMethod(m_owner, [owner = m_owner, channel, ok] { emit owner->listening(channel, ok); },
                                  Qt::QueuedConnection);
    }

    // Where cancel requests are sent from (QueryWorker's second thread).
    void setCancelContext(QObject *context) { m_cancelContext = context; }

    void post(const ReadChannel::Ticket &ticket, int priority, std::function<void(ReviewDatabase *)> run)
    {
        {
            QMutexLocker lock(&m_mutex);
            // What this read supersedes waits no longer.
            m_jobs.erase(std::remove_if(m_jobs.begin(), m_jobs.end(), [](const Job &j) { return !j.ticket.isCurrent(); }),
                         m_jobs.end());
            m_jobs.push_back(Job { ticket, priority, std::move(run) });
            // A more urgent read does not wait for a figures read to end: that one
            // stops and runs again after it.
            if (m_running.latest && m_runningPriority == int(QueryWorker::Priority::Figures)
                && priority < m_runningPriority && !m_answering)
                m_preempted = true;
            askCancel();
        }
        QMetaObject::invokeMethod(this, [this] { process(); }, Qt::QueuedConnection);
    }

    // setDatabase() or the destructor: what runs reads a database about to close.
    void interrupt()
    {
        QMutexLocker lock(&m_mutex);
        askCancel();
    }

    void setFacets(const QList<RecordQuery::Facet> &facets)
    {
        QMutexLocker lock(&m_mutex);
        m_facets = facets;
    }

    // The grid's ids and summary (QueryWorker::request()).
    void browse(quint64 generation, const QueryRequest &r);

private:
    struct Job
    {
        ReadChannel::Ticket ticket;
        int priority = 0;
        std::function<void(ReviewDatabase *)> run;
    };

    // The read running now is superseded, or its database is about to close. On the
    // worker thread, or with m_mutex held.
    bool runningUnwanted() const
    {
        return m_running.latest
                && (m_preempted || !m_running.isCurrent() || m_owner->m_interrupts.load() != m_interruptsAtStart);
    }

    // PostgreSQL runs a statement to its end unless asked to stop: when the read
    // running now is no longer wanted, its statement is cancelled from the canceller's
    // thread (the request is a connection to the server, which may hang when the
    // server is away; never the asking thread's business). With m_mutex held.
    void askCancel()
    {
        if (!m_cancellable || m_cancelAsked || !m_cancelContext || !runningUnwanted())
            return;
        m_cancelAsked = true;
        QMetaObject::invokeMethod(m_cancelContext, [this] { cancelUnwanted(); }, Qt::QueuedConnection);
    }

    // On the canceller's thread. The gate keeps the worker from starting its next read
    // until the request is through: a cancel that reached the server late would stop
    // that read instead. One that finds the connection idle does nothing, and one that
    // came before the read's statement reached the server stops nothing either: while
    // the unwanted read runs, the request goes again every cancelRetryMs.
    void cancelUnwanted()
    {
        QMutexLocker gate(&m_cancelGate);
        bool unwanted = false;
        bool first = false;
        {
            QMutexLocker lock(&m_mutex);
            m_cancelAsked = false;
            unwanted = runningUnwanted();
            first = unwanted && !m_cancelSent;
            m_cancelSent = m_cancelSent || unwanted;
        }
        if (!unwanted || !m_canceller)
            return;
        if (m_canceller->cancel() && first)
            ++m_owner->m_stopped;
        QMutexLocker lock(&m_mutex);
        if (!m_cancelRetrying) {
            m_cancelRetrying = true;
            QTimer::singleShot(cancelRetryMs, m_cancelContext, [this] {
                {
                    QMutexLocker lock(&m_mutex);
                    m_cancelRetrying = false;
                }
                cancelUnwanted();
            });
        }
    }

    // Superseded, interrupted, or past the deadline of the first rows (SQLite's
    // progress handler asks).
    bool shouldStop()
    {
        const qint64 deadline = m_deadlineNs.load();
        if (runningUnwanted() || (deadline != 0 && nowNs() > deadline)) {
            ++m_owner->m_stopped;
            return true;
        }
        return false;
    }

    bool stale(quint64 generation) const { return m_owner->m_browse.generation() != generation; }

    // Runs the most urgent read still wanted, one per event: a read posted meanwhile
    // (a newer one) is looked at before the next.
    void process()
    {
        std::optional<Job> job;
        {
            QMutexLocker gate(&m_cancelGate); // no cancel request is on its way
            QMutexLocker lock(&m_mutex);
            m_jobs.erase(std::remove_if(m_jobs.begin(), m_jobs.end(), [](const Job &j) { return !j.ticket.isCurrent(); }),
                         m_jobs.end());
            // The first of the most urgent.
            const auto best = std::min_element(m_jobs.begin(), m_jobs.end(),
                                               [](const Job &a, const Job &b) { return a.priority < b.priority; });
            if (best == m_jobs.end())
                return;
            job = std::move(*best);
            m_jobs.erase(best);
            m_running = job->ticket;
            m_runningPriority = job->priority;
            m_preempted = false;
            m_answering = false;
            m_cancelSent = false;
            m_interruptsAtStart = m_owner->m_interrupts.load();
        }
        job->run(m_db.get());
        QMutexLocker lock(&m_mutex);
        if (m_preempted && job->ticket.isCurrent()) {
            // Stopped for a more urgent read (its answer was not given): again after it.
            m_jobs.push_back(std::move(*job));
            QMetaObject::invokeMethod(this, [this] { process(); }, Qt::QueuedConnection);
        }
        m_preempted = false;
        m_running = ReadChannel::Ticket();
    }

public:
    // On the worker thread, when the running read has its answer: false when it was
    // stopped for a more urgent read (it runs again; this answer is not given), else
    // true, and it is not stopped for another any more.
    bool mayAnswer()
    {
        QMutexLocker lock(&m_mutex);
        m_answering = !m_preempted;
        return m_answering;
    }

private:
    QueryWorker *const m_owner;
    std::unique_ptr<ReviewDatabase> m_db;
    std::unique_ptr<RecordQuery> m_query;
    std::optional<StatementStopper> m_stopper; // declared after m_db: removed before it closes
    std::optional<qint64> m_recordCount;
    std::atomic<qint64> m_deadlineNs { 0 };
    // Locked before m_mutex where both are: held while a cancel request is sent, and
    // by the worker while it picks its next read; guards m_canceller.
    QMutex m_cancelGate;
    std::unique_ptr<PgCanceller> m_canceller;
    std::atomic<bool> m_cancellable { false };
    QObject *m_cancelContext = nullptr;
    QMutex m_mutex; // guards m_jobs, m_facets, m_running, m_runningPriority, m_preempted's
                    // writes, m_answering, m_interruptsAtStart, m_cancelAsked, m_cancelSent,
                    // m_cancelRetrying
    ReadChannel::Ticket m_running; // written by the worker thread
    int m_runningPriority = 0;
    // The running read stops for a more urgent one. Atomic: the progress handler reads
    // it on the worker thread without the lock (shouldStop()).
    std::atomic<bool> m_preempted { false };
    bool m_answering = false; // its answer is on its way: too late to stop it
    int m_interruptsAtStart = 0;
    bool m_cancelAsked = false; // a cancelUnwanted() is on its way
    bool m_cancelSent = false; // for the running read
    bool m_cancelRetrying = false; // a cancelUnwanted() will come again
    static constexpr int cancelRetryMs = 100;
    std::deque<Job> m_jobs;
    QList<RecordQuery::Facet> m_facets;
    QStringList m_channels; // listen(): subscribed again on each open; worker thread only
};

void QueryWorker::Runner::browse(quint64 generation, const QueryRequest &r)
{
    QList<RecordQuery::Facet> facets;
    {
        QMutexLocker lock(&m_mutex);
        facets = m_facets;
    }
    if (!m_query) {
        emit m_owner->failed(generation, QueryWorker::tr("No review database is open."));
        return;
    }
    if (r.invalidate) {
        m_query->invalidate();
        m_recordCount.reset();
    }

    // After each query (`ok` its success, `error` its reason): false when its answer
    // is not to be sent (a newer request came, or the query failed, which is then said).
    QString error;
    const auto answered = [&](bool ok) {
        if (stale(generation))
            return false;
        if (ok)
            return true;
        emit m_owner->failed(generation, error);
        return false;
    };

    if (r.parts & QueryRequest::Ids) {
        bool complete = false;
        if (r.firstRows) {
            // At least 1 ns: zero means no deadline. Only SQLite's walk can be stopped
            // (its progress handler); PostgreSQL's planner chooses between walking the
            // sort order and reading the search index, and the query runs to its end.
            if (m_db->isSqlite())
                m_deadlineNs = nowNs() + std::max<qint64>(1, qint64(m_owner->m_firstRowsDeadlineMs.load()) * 1000000);
            const auto first = m_query->firstIds(r.filter, r.column, r.order, firstRowCount);
            m_deadlineNs = 0;
            if (stale(generation))
                return;
            // Past the deadline (rare hits) the whole list answers instead.
            if (first && first->size() < firstRowCount) {
                emit m_owner->idsReady(generation, *first); // that is all of them
                complete = true;
            } else if (first) {
                emit m_owner->firstIdsReady(generation, *first);
            }
        }
        if (!complete) {
            const auto ids = m_query->ids(r.filter, r.column, r.order, &error);
            if (!answered(ids.has_value()))
                return;
            emit m_owner->idsReady(generation, *ids);
        }
    }

    if (r.parts & QueryRequest::Summary) {
        QuerySummary summary;
        if (!m_recordCount) {
            const std::optional<qint64> count = m_query->recordCount(&error);
            if (!answered(count.has_value()))
                return;
            m_recordCount = *count;
        }
        summary.recordCount = *m_recordCount;
        for (const RecordQuery::Facet facet : std::as_const(facets)) {
            const auto values = m_query->facet(facet, r.filter, &error);
            if (!answered(values.has_value()))
                return;
            summary.facets.append(*values);
        }
        const std::optional<RecordQuery::Totals> totals = m_query->totals(r.filter, &error);
        if (!answered(totals.has_value()))
            return;
        summary.totals = *totals;
        emit m_owner->summaryReady(generation, summary);
    }
}

QueryWorker::QueryWorker(QObject *parent)
    : QObject(parent),
      m_thread(new QThread),
      m_runner(new Runner(this)),
      m_cancelThread(new QThread),
      m_cancelContext(new QObject)
{
    qRegisterMetaType<Hyoka::QuerySummary>();
    m_thread->setObjectName(QStringLiteral("QueryWorker"));
    m_runner->moveToThread(m_thread);
    m_thread->start();
    m_cancelThread->setObjectName(QStringLiteral("QueryCanceller"));
    m_cancelContext->moveToThread(m_cancelThread);
    m_runner->setCancelContext(m_cancelContext);
    m_cancelThread->start();
}

QueryWorker::~QueryWorker()
{
    m_browse.cancel();
    ++m_interrupts; // stops a running query
    m_runner->interrupt();
    QMetaObject::invokeMethod(m_runner, [this] { m_runner->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    m_cancelThread->quit(); // after the worker: nothing asks for a cancel any more
    m_cancelThread->wait();
    delete m_runner;
    delete m_thread;
    delete m_cancelContext;
    delete m_cancelThread;
}

void QueryWorker::setDatabase(const ReviewDatabase::Prepared &db)
{
    m_browse.cancel();
    ++m_interrupts; // whatever runs reads the old database
    m_runner->interrupt();
    // Queued before any read asked after this call: those find the new connection.
    QMetaObject::invokeMethod(m_runner, [this, db] {
        QString message;
        const bool ok = m_runner->open(db, &message);
        QMetaObject::invokeMethod(this, [this, ok, message] { emit connectionOpened(ok, message); },
                                  Qt::QueuedConnection);
    });
}

void QueryWorker::listen(const QString &channel)
{
    QMetaObject::invokeMethod(m_runner, [this, channel] { m_runner->listen(channel); });
}

void QueryWorker::setFacets(const QList<RecordQuery::Facet> &facets)
{
    m_runner->setFacets(facets);
}

quint64 QueryWorker::request(const QueryRequest &request)
{
    const ReadChannel::Ticket ticket = m_browse.next();
    const quint64 generation = ticket.generation;
    m_runner->post(ticket, int(Priority::Browse),
                   [this, generation, request](ReviewDatabase *) { m_runner->browse(generation, request); });
    return generation;
}

bool QueryWorker::mayAnswer() const
{
    return m_runner->mayAnswer();
}

void QueryWorker::enqueue(const ReadChannel::Ticket &ticket, int priority,
                          std::function<void(ReviewDatabase *)> job)
{
    m_runner->post(ticket, priority, std::move(job));
}

} // namespace Hyoka

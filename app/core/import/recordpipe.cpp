#include "recordpipe.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace Hyoka::RecordPipe {

namespace {

// What the reader told its sink, in order.
struct Event
{
    enum Kind { AddRecord, AddWarning, RowSkipped, Progress };
    Kind kind = AddRecord;
    Record record;
    ImportWarning warning;
    qint64 done = 0;
    qint64 total = 0;
};
using Batch = std::vector<Event>;

// Events travel in batches: one lock per batch, not per record.
constexpr std::size_t batchSize = 64;
constexpr std::size_t maxQueuedBatches = 16; // about a thousand records ahead at most

// A bounded queue of batches between one producer and one consumer.
class Channel
{
public:
    // Producer: blocks while the queue is full; false once the consumer has stopped.
    bool push(Batch &&batch)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_queue.size() < maxQueuedBatches || m_stopped; });
        if (m_stopped)
            return false;
        m_queue.push_back(std::move(batch));
        m_notEmpty.notify_one();
        return true;
    }
    // Producer: nothing more will come.
    void close()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_all();
    }
    // Consumer: the next batch; false when the producer has closed and all is taken.
    bool pop(Batch &batch)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_queue.empty() || m_closed; });
        if (m_queue.empty())
            return false;
        batch = std::move(m_queue.front());
        m_queue.pop_front();
        m_notFull.notify_one();
        return true;
    }
    // Consumer: wants no more; what is queued is dropped and the producer unblocked.
    void stop()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopped = true;
        m_queue.clear();
        m_notFull.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<Batch> m_queue;
    bool m_closed = false;
    bool m_stopped = false;
};

// The reader's sink on the worker thread: collects events into batches.
class ChannelSink : public RecordSink
{
public:
    explicit ChannelSink(Channel &channel) : m_channel(channel) { m_batch.reserve(batchSize); }

    bool addRecord(Record &&record) override
    {
        Event e;
        e.kind = Event::AddRecord;
        e.record = std::move(record);
        return add(std::move(e), false);
    }
    void addWarning(const ImportWarning &warning) override
    {
        Event e;
        e.kind = Event::AddWarning;
        e.warning = warning;
        add(std::move(e), false);
    }
    void rowSkipped() override
    {
        Event e;
        e.kind = Event::RowSkipped;
        add(std::move(e), false);
    }
    void progress(qint64 bytesRead, qint64 bytesTotal) override
    {
        Event e;
        e.kind = Event::Progress;
        e.done = bytesRead;
        e.total = bytesTotal;
        add(std::move(e), true); // at once: the consumer may cancel on it
    }

    // Hands the current batch over; false once the consumer has stopped.
    bool flush()
    {
        if (m_stopped)
            return false;
        if (m_batch.empty())
            return true;
        if (!m_channel.push(std::move(m_batch)))
            m_stopped = true;
        m_batch = Batch();
        m_batch.reserve(batchSize);
        return !m_stopped;
    }

private:
    bool add(Event &&e, bool now)
    {
        if (m_stopped)
            return false;
        m_batch.push_back(std::move(e));
        return (now || m_batch.size() >= batchSize) ? flush() : true;
    }

    Channel &m_channel;
    Batch m_batch;
    bool m_stopped = false;
};

} // namespace

bool run(const Reader &reader, RecordSink &sink, QString *error)
{
    Channel channel;
    bool ok = false;
    QString readError;
    std::thread producer([&] {
        ChannelSink channelSink(channel);
        ok = reader(channelSink, &readError);
        channelSink.flush();
        channel.close();
    });

    Batch batch;
    bool stopped = false;
    while (!stopped && channel.pop(batch)) {
        for (Event &e : batch) {
            switch (e.kind) {
            case Event::AddRecord:
                stopped = !sink.addRecord(std::move(e.record));
                break;
            case Event::AddWarning:
                sink.addWarning(e.warning);
                break;
            case Event::RowSkipped:
                sink.rowSkipped();
                break;
            case Event::Progress:
                sink.progress(e.done, e.total);
                break;
            }
            if (stopped)
                break;
        }
    }
    if (stopped)
        channel.stop();
    producer.join();
    if (error)
        *error = readError;
    return ok;
}

} // namespace Hyoka::RecordPipe

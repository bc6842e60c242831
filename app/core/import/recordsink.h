#pragma once

#include "record.h"

#include <atomic>
#include <functional>

namespace Hyoka {

// Receives what a reader finds, one record or warning at a time, so that no reader
// has to hold a whole file's records. Readers stop early when addRecord() returns false.
class RecordSink
{
public:
    virtual ~RecordSink() = default;

    // Takes one record; return false to stop reading (cancel or fatal store error).
    virtual bool addRecord(Record &&record) = 0;
    virtual void addWarning(const ImportWarning &warning) = 0;
    // A malformed row was skipped; a warning naming it has been (or will be) added.
    virtual void rowSkipped() { }
    // Bytes consumed so far of the current file, for progress reporting.
    virtual void progress(qint64 bytesRead, qint64 bytesTotal)
    {
        Q_UNUSED(bytesRead);
        Q_UNUSED(bytesTotal);
    }
};

// A sink that keeps everything in memory: for tests, `check` and small exports.
class CollectingSink : public RecordSink
{
public:
    bool addRecord(Record &&record) override
    {
        records.append(std::move(record));
        return true;
    }
    void addWarning(const ImportWarning &warning) override { warnings.append(warning); }
    void rowSkipped() override { ++skippedRows; }

    QList<Record> records;
    QList<ImportWarning> warnings;
    int skippedRows = 0;
};

// A sink that keeps nothing: records are counted and dropped, each warning handed to
// `onWarning` as it comes (`hyoka check`: memory flat in the file's size).
class CountingSink : public RecordSink
{
public:
    explicit CountingSink(std::function<void(const ImportWarning &)> onWarning)
        : m_onWarning(std::move(onWarning))
    {
    }
    bool addRecord(Record &&) override
    {
        ++records;
        return true;
    }
    void addWarning(const ImportWarning &warning) override
    {
        ++warnings;
        if (m_onWarning)
            m_onWarning(warning);
    }
    void rowSkipped() override { ++skippedRows; }

    qint64 records = 0;
    int warnings = 0;
    int skippedRows = 0;

private:
    std::function<void(const ImportWarning &)> m_onWarning;
};

} // namespace Hyoka

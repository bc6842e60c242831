#pragma once

#include "recordsink.h"

namespace Hyoka {

// A sink for the fuzz targets: touches every field of what a reader produces (so
// that a bad string or a dangling reference shows up under ASan) and keeps nothing,
// so that memory stays flat over millions of runs.
class FuzzSink : public RecordSink
{
public:
    bool addRecord(Record &&record) override
    {
        qsizetype size = record.bureau.size() + record.code.size() + record.name.size()
                + record.category.size() + record.summary.size() + record.sourceFile.size();
        for (const QString &a : std::as_const(record.achievements))
            size += a.size();
        for (const Indicator &i : std::as_const(record.indicators))
            size += i.label.size() + i.unit.size() + i.targetUnit.size();
        m_chars += size;
        (void)record.executionRate();
        return ++m_records < 100000;
    }
    void addWarning(const ImportWarning &warning) override { m_chars += warning.message.size(); }
    void rowSkipped() override { ++m_skipped; }

private:
    qsizetype m_records = 0;
    qsizetype m_skipped = 0;
    qsizetype m_chars = 0;
};

} // namespace Hyoka

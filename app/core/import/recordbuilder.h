#pragma once

#include "columnlayout.h"
#include "record.h"
#include "statedtotals.h"

#include <QCoreApplication>

#include <optional>

namespace Hyoka {

class RecordSink;

// What a reader knows about the rows it is about to hand over: the file they come
// from, and the year and bureau from a heading or from the user's defaults.
struct RowContext
{
    QString fileName;
    int fiscalYear = 0;
    QString bureau;
    QString sheet; // XLSX sheet name
};

// Turns the cells of one table row into a normalised Record (docs/formats.md#normalisation), sending
// warnings for what it had to guess or drop. Shared by every reader, so the rules
// live in one place.
class RecordBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::RecordBuilder)
public:
    explicit RecordBuilder(RecordSink &sink) : m_sink(sink) { }

    // Builds the record of `cells` read at `line`, or returns nothing when the row
    // is malformed (the warning is sent and rowSkipped() called).
    std::optional<Record> build(const QStringList &cells, const ColumnLayout &layout,
                                const RowContext &context, int line);

    // Convenience: build and hand to the sink. Returns false when the sink wants no more.
    bool buildAndAdd(const QStringList &cells, const ColumnLayout &layout,
                     const RowContext &context, int line);

private:
    bool readCode(Record &r, const QStringList &cells, const ColumnLayout &layout,
                  const RowContext &context, int line);
    void readOrganisation(Record &r, const QStringList &cells, const ColumnLayout &layout);
    void readMoney(Record &r, const QStringList &cells, const ColumnLayout &layout,
                   const RowContext &context, int line);
    void readRating(Record &r, const QStringList &cells, const ColumnLayout &layout,
                    const RowContext &context, int line);
    void warn(const RowContext &context, int line, const QString &message);
    void skip(const RowContext &context, int line, const QString &message);

    RecordSink &m_sink;
    StatedTotals m_totals; // the table's own totals rows, checked (docs/formats.md)
};

} // namespace Hyoka

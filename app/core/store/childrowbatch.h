#pragma once

#include "pgarrayliteral.h"
#include "record.h"

#include <QSet>
#include <QSqlDatabase>
#include <QCoreApplication>
#include <QString>

namespace Hyoka {

// The achievements, indicators and amounts of an import's records on PostgreSQL,
// gathered and written a table at a time: one INSERT … SELECT FROM unnest(arrays) per
// table for many records, instead of a statement (and a round trip) per row
// (docs/storage.md "Writing an import"). SQLite writes its rows one by one in-process.
class ChildRowBatch
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::ChildRowBatch)

public:
    // After this many records the batch is full (RecordWriter writes it then).
    static constexpr int recordsPerBatch = 500;

    explicit ChildRowBatch(QSqlDatabase db) : m_db(std::move(db)) { }

    // Keeps `r`'s rows under `id`.
    void add(const Record &r, qint64 id);
    bool isFull() const { return m_records >= recordsPerBatch; }
    // Whether rows of `id` wait in the batch (they must be written before the record's
    // rows are deleted for an update).
    bool holds(qint64 id) const { return m_ids.contains(id); }
    // Writes what waits; nothing to write is success.
    bool flush(QString *error);

private:
    using Column = PgArrayLiteral;

    QSqlDatabase m_db;
    QSet<qint64> m_ids;
    int m_records = 0;
    Column m_achievements[3];
    Column m_indicators[11];
    Column m_amounts[5];
    int m_achievementRows = 0, m_indicatorRows = 0, m_amountRows = 0;
};

} // namespace Hyoka

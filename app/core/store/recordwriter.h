#pragma once

#include "record.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Hyoka {

class ChildRowBatch;
class DeferredFullTextIndex;
class ImportStatement;
class PgRecordBatch;

// Writes the records of one import inside the caller's transaction (RecordStore):
// upserts by (fiscal_year, Record::identityKey()) with the record's achievements,
// indicators and amounts (docs/storage.md).
class RecordWriter
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::RecordWriter)

public:
    RecordWriter(QSqlDatabase db, DeferredFullTextIndex &fullText);
    ~RecordWriter();
    RecordWriter(const RecordWriter &) = delete;
    RecordWriter &operator=(const RecordWriter &) = delete;

    // Each step that can fail says why through `error` (docs/architecture.md, "Errors").
    bool prepare(QString *error);
    // Upserts one record; `existed` tells whether its identity was there already.
    // `importFile` is the file name the import is logged under.
    bool write(const Record &r, qint64 importId, const QString &importFile, qint64 *id,
               bool *existed, QString *error);
    // Writes what is still gathered (PostgreSQL's rows of the last records) and builds
    // what was set aside (PostgreSQL's search index on a first load); call it once,
    // before the transaction's end.
    bool finish(QString *error);

private:
    bool flushBatches(QString *error);
    bool writeChildren(const Record &r, qint64 id, QString *error);

    // SQLite's statements, a row at a time.
    std::unique_ptr<ImportStatement> m_find, m_insert, m_update, m_deleteAchievements,
            m_deleteIndicators, m_deleteAmounts, m_insertAchievement, m_insertIndicator,
            m_insertAmount;
    // PostgreSQL only: the new records and the child rows, written in batches.
    std::unique_ptr<PgRecordBatch> m_newRows;
    std::unique_ptr<ChildRowBatch> m_batch;
    DeferredFullTextIndex &m_fullText;
};

} // namespace Hyoka

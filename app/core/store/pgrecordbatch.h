#pragma once

#include "pgarrayliteral.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>
#include <type_traits>
#include <vector>

namespace Hyoka {

// The records of an import on PostgreSQL, written 500 at a time: the new ones with one
// INSERT … SELECT FROM unnest(arrays), the stored ones with one UPDATE … FROM
// unnest(arrays) and one DELETE of their old rows per child table, instead of
// statements and round trips for each record (docs/storage.md "Writing an import"). Their ids are taken from the table's sequence
// ahead, a block at a time; whether a project is new is answered from the identities
// of its year, read once, so that no statement runs per record. Imports take a lock of
// their own for the transaction (pg_advisory_xact_lock), so no other import adds an
// identity meanwhile; readers are not held up.
// Into an empty table (a team database's first load) the search index is built once at
// the end instead of row by row: less than half the time. Its owner only may do that;
// meanwhile the table is locked for readers too, who have nothing to read yet.
class PgRecordBatch
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::PgRecordBatch)

public:
    static constexpr int recordsPerBatch = 500;

    explicit PgRecordBatch(QSqlDatabase db) : m_db(std::move(db)) { }

    // `columns` are the records columns a row binds from position 3 on (0 is the id,
    // 1 fiscal_year, 2 code; search_grams follows them, from schema 8 on); `notNull` tells for each
    // whether an empty text is stored as '' (else NULL, as QSqlQuery binds it).
    // Reads their types, waits for another import to finish.
    bool prepare(const QStringList &columns, const std::vector<bool> &notNull, QString *error);

    // The id of the project (fiscal_year, code) stored or written by this import, in
    // `id` (nullopt when there is none); false when the stored ones cannot be read.
    bool find(int fiscalYear, const QString &code, std::optional<qint64> *id, QString *error);
    // Starts the row of a new project: its id, fiscal_year and code bound.
    std::optional<qint64> begin(int fiscalYear, const QString &code, QString *error);
    // Starts the row that replaces stored record `id` (its achievements, indicators and
    // amounts are deleted by flush(), before the ChildRowBatch writes the new ones).
    // The caller flushes first when `id` already waits in this batch.
    void beginUpdate(qint64 id, int fiscalYear, const QString &code);

    // The row's values by position, as ImportStatement binds them.
    void bindNull(int position) { column(position).addNull(); }
    void bindInt(int position, qint64 value) { column(position).addInt(value); }
    void bindDouble(int position, double value) { column(position).addDouble(value); }
    void bindText(int position, const QString &text);
    template<typename T>
    void bind(int position, const std::optional<T> &v)
    {
        if (!v)
            bindNull(position);
        else if constexpr (std::is_floating_point_v<T>)
            bindDouble(position, *v);
        else
            bindInt(position, *v);
    }
    // Ends the row; its grams are computed from `searchText` (SearchIndex::postgresGrams()).
    void end(const QString &searchText);

    bool isFull() const { return m_new.rows + m_changed.rows >= recordsPerBatch; }
    // Writes the gathered rows; nothing to write is success.
    bool flush(QString *error);
    // After the last flush: builds the search index if prepare() set it aside.
    bool finish(QString *error);

    // After the import committed `inserted` new records: when they are a tenth of the
    // table or more, VACUUM (ANALYZE) records, so that the sort indexes answer whole
    // lists from the index alone (the visibility map) and the planner knows the table's
    // size; autovacuum would get there minutes later. A role that does not own the
    // table gets the server's warning, which goes to the log (docs/storage.md).
    static void tidyAfterCommit(QSqlDatabase db, int inserted);

private:
    // One statement's rows, a column at a time: id, fiscal_year, code, the columns,
    // search_grams.
    struct Rows
    {
        QSqlQuery statement;
        std::vector<PgArrayLiteral> columns;
        int rows = 0;
    };

    PgArrayLiteral &column(int position) { return m_current->columns[size_t(position)]; }
    bool setIndexAside(QString *error);
    bool write(Rows &rows, QString *error);

    QSqlDatabase m_db;
    Rows m_new, m_changed;
    Rows *m_current = &m_new;
    PgArrayLiteral m_changedIds; // for the deletes of their old rows
    std::vector<bool> m_notNull;
    QHash<int, QHash<QString, qint64>> m_identities; // by year: code → id
    std::vector<qint64> m_freeIds;
    bool m_withGrams = false; // the table has a search_grams column to write
    QString m_deferredIndex; // the search index's definition, to build at finish()
};

} // namespace Hyoka

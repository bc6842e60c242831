#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace Hyoka {

// One prepared statement of an import, bound by position and run many times: on a
// SQLite connection straight on the sqlite3 C API, elsewhere (PostgreSQL) through
// QSqlQuery. QSqlQuery::bindValue() formats a placeholder name (":%1") for every
// value it binds and wraps each in a QVariant: a third of an import's record writes
// on SQLite. The record-writing code is the same for both.
class ImportStatement
{
public:
    virtual ~ImportStatement() = default;

    // The statement for `db`: the C API one when `db` is an open SQLite connection.
    static std::unique_ptr<ImportStatement> create(const QSqlDatabase &db);

    // Each step that can fail says why through `error` (docs/architecture.md, "Errors").
    virtual bool prepare(const QString &sql, QString *error) = 0;
    // Positions from 0, as QSqlQuery::bindValue().
    virtual void bindNull(int position) = 0;
    virtual void bindInt(int position, qint64 value) = 0;
    virtual void bindDouble(int position, double value) = 0;
    // An empty string binds as '' on SQLite and as NULL through QSqlQuery (the SQL
    // wraps text in COALESCE(?, '') for that).
    virtual void bindText(int position, const QString &text) = 0;
    // Runs the statement; a SELECT or RETURNING statement stands on its first row,
    // when there is one (hasRow()). A value that could not be bound fails it.
    virtual bool exec(QString *error) = 0;
    virtual bool hasRow() const = 0;
    virtual qint64 intValue(int column) const = 0;
    virtual QString textValue(int column) const = 0;
    // Ends the current run (releases its locks and reads); binds are kept.
    virtual void finish() = 0;

    void bind(int position, const std::optional<qint64> &v)
    {
        v ? bindInt(position, *v) : bindNull(position);
    }
    void bind(int position, const std::optional<int> &v)
    {
        v ? bindInt(position, *v) : bindNull(position);
    }
    void bind(int position, const std::optional<double> &v)
    {
        v ? bindDouble(position, *v) : bindNull(position);
    }
};

} // namespace Hyoka

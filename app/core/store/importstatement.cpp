#include "importstatement.h"

#include "sqlitehandle.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace Hyoka {

namespace {

// Through QSqlQuery: PostgreSQL (and any SQLite connection whose handle is not ours).
class QtImportStatement : public ImportStatement
{
public:
    explicit QtImportStatement(const QSqlDatabase &db) : m_query(db) { }

    bool prepare(const QString &sql, QString *error) override
    {
        return m_query.prepare(sql) || failed(error);
    }
    void bindNull(int position) override { m_query.bindValue(position, QVariant(QMetaType(QMetaType::LongLong))); }
    void bindInt(int position, qint64 value) override { m_query.bindValue(position, value); }
    void bindDouble(int position, double value) override { m_query.bindValue(position, value); }
    void bindText(int position, const QString &text) override { m_query.bindValue(position, text); }
    bool exec(QString *error) override
    {
        if (!m_query.exec())
            return failed(error);
        m_hasRow = m_query.isSelect() && m_query.next();
        return true;
    }
    bool hasRow() const override { return m_hasRow; }
    qint64 intValue(int column) const override { return m_query.value(column).toLongLong(); }
    QString textValue(int column) const override { return m_query.value(column).toString(); }
    void finish() override
    {
        m_query.finish();
        m_hasRow = false;
    }
private:
    bool failed(QString *error) const
    {
        if (error)
            *error = m_query.lastError().text();
        return false;
    }

    QSqlQuery m_query;
    bool m_hasRow = false;
};

// On the connection's sqlite3 handle.
class SqliteImportStatement : public ImportStatement
{
public:
    explicit SqliteImportStatement(sqlite3 *handle) : m_handle(handle) { }
    ~SqliteImportStatement() override { sqlite3_finalize(m_stmt); }

    bool prepare(const QString &sql, QString *error) override
    {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) == SQLITE_OK)
            return true;
        return failed(error);
    }
    void bindNull(int position) override
    {
        finish();
        check(sqlite3_bind_null(m_stmt, position + 1));
    }
    void bindInt(int position, qint64 value) override
    {
        finish();
        check(sqlite3_bind_int64(m_stmt, position + 1, value));
    }
    void bindDouble(int position, double value) override
    {
        finish();
        check(sqlite3_bind_double(m_stmt, position + 1, value));
    }
    void bindText(int position, const QString &text) override
    {
        finish();
        // Handed over as UTF-16; SQLite keeps its own copy in the database's encoding.
        const void *data = text.isNull() ? static_cast<const void *>(u"")
                                         : static_cast<const void *>(text.utf16());
        check(sqlite3_bind_text16(m_stmt, position + 1, data, int(text.size() * sizeof(char16_t)),
                                  SQLITE_TRANSIENT));
    }
    bool exec(QString *error) override
    {
        finish();
        if (!m_bindError.isEmpty()) {
            if (error)
                *error = m_bindError;
            m_bindError.clear();
            return false;
        }
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW) {
            m_hasRow = true; // reset by finish(), or by the next bind or exec
            return true;
        }
        if (rc != SQLITE_DONE)
            failed(error); // the message before the reset
        sqlite3_reset(m_stmt);
        return rc == SQLITE_DONE;
    }
    bool hasRow() const override { return m_hasRow; }
    qint64 intValue(int column) const override { return sqlite3_column_int64(m_stmt, column); }
    QString textValue(int column) const override
    {
        const void *text = sqlite3_column_text16(m_stmt, column);
        const int bytes = sqlite3_column_bytes16(m_stmt, column);
        return text ? QString::fromUtf16(static_cast<const char16_t *>(text), bytes / 2) : QString();
    }
    void finish() override
    {
        if (m_hasRow)
            sqlite3_reset(m_stmt);
        m_hasRow = false;
    }
private:
    // A bind's failure is said by the next exec().
    void check(int rc)
    {
        if (rc != SQLITE_OK && m_bindError.isEmpty())
            m_bindError = QString::fromUtf8(sqlite3_errmsg(m_handle));
    }
    bool failed(QString *error) const
    {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        return false;
    }

    sqlite3 *m_handle;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_hasRow = false;
    QString m_bindError;
};

} // namespace

std::unique_ptr<ImportStatement> ImportStatement::create(const QSqlDatabase &db)
{
    if (sqlite3 *handle = sqliteHandle(db))
        return std::make_unique<SqliteImportStatement>(handle);
    return std::make_unique<QtImportStatement>(db);
}

} // namespace Hyoka

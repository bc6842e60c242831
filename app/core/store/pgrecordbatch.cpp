#include "pgrecordbatch.h"

#include "searchindex.h"

#include <QSqlError>
#include <QVariant>

#include <algorithm>
#include <utility>

namespace Hyoka {

// A statement failed: its message, on one line.
static bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text().simplified();
    return false;
}

bool PgRecordBatch::prepare(const QStringList &columns, const std::vector<bool> &notNull, QString *error)
{
    QSqlQuery q(m_db);
    // One import at a time writes: the identities read below stay true until the
    // transaction's end. Readers take no such lock.
    bool ok = q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('hyoka import'))"));
    QHash<QString, QString> types;
    // (Generated columns are left out: before schema 8 the table computed the grams.)
    ok = ok && q.exec(QStringLiteral("SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute"
                                     " WHERE attrelid = 'records'::regclass AND attnum > 0"
                                     " AND NOT attisdropped AND attgenerated = ''"));
    while (ok && q.next())
        types.insert(q.value(0).toString(), q.value(1).toString());
    if (!ok)
        return failed(q, error);
    m_withGrams = types.contains(QStringLiteral("search_grams"));
    const QStringList names = QStringList { QStringLiteral("id"), QStringLiteral("fiscal_year"),
                                            QStringLiteral("code") }
            + columns + (m_withGrams ? QStringList { QStringLiteral("search_grams") } : QStringList());
    QStringList arrays, aliases, selected;
    for (int i = 0; i < names.size(); ++i) {
        const QString type = types.value(names.at(i));
        if (type.isEmpty()) {
            if (error)
                *error = tr("the records table has no column %1").arg(names.at(i));
            return false;
        }
        const QString alias = QStringLiteral("c%1").arg(i);
        aliases << alias;
        // The grams travel as one text element a record (a text[] per record cannot
        // be an element of unnest's one-dimensional arrays): cast back after unnest.
        const bool grams = names.at(i) == u"search_grams";
        arrays << (grams ? QStringLiteral("?::text[]") : QStringLiteral("?::%1[]").arg(type));
        selected << (grams ? alias + QStringLiteral("::") + type : alias);
    }
    if (!setIndexAside(error))
        return false;
    m_new.columns.assign(size_t(names.size()), PgArrayLiteral());
    m_changed.columns.assign(size_t(names.size()), PgArrayLiteral());
    m_notNull.assign(3, true);
    m_notNull.insert(m_notNull.end(), notNull.begin(), notNull.end());
    QStringList assignments;
    for (int i = 3; i < names.size(); ++i)
        assignments << names.at(i) + QStringLiteral(" = u.") + selected.at(i);
    const QString from = QStringLiteral("unnest(%1) AS u(%2)")
                                 .arg(arrays.join(QStringLiteral(", ")), aliases.join(QStringLiteral(", ")));
    m_new.statement = QSqlQuery(m_db);
    m_changed.statement = QSqlQuery(m_db);
    if (!m_new.statement.prepare(QStringLiteral("INSERT INTO records (%1) SELECT %2 FROM %3")
                                         .arg(names.join(QStringLiteral(", ")),
                                              selected.join(QStringLiteral(", ")), from)))
        return failed(m_new.statement, error);
    if (!m_changed.statement.prepare(QStringLiteral("UPDATE records SET %1 FROM %2 WHERE records.id = u.c0")
                                             .arg(assignments.join(QStringLiteral(", ")), from)))
        return failed(m_changed.statement, error);
    return true;
}

bool PgRecordBatch::setIndexAside(QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM records)")) || !q.next())
        return failed(q, error);
    if (q.value(0).toBool())
        return true;
    if (!q.exec(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE indexname = 'records_search_grams'"
                               " AND schemaname = current_schema()")))
        return failed(q, error);
    if (!q.next())
        return true;
    const QString definition = q.value(0).toString();
    // Not the table's owner: the index stays and is written row by row.
    if (!q.exec(QStringLiteral("SAVEPOINT hyoka_index_aside")))
        return failed(q, error);
    const bool dropped = q.exec(QStringLiteral("DROP INDEX records_search_grams"));
    if (!q.exec(dropped ? QStringLiteral("RELEASE SAVEPOINT hyoka_index_aside")
                        : QStringLiteral("ROLLBACK TO SAVEPOINT hyoka_index_aside")))
        return failed(q, error);
    if (dropped)
        m_deferredIndex = definition;
    return true;
}

bool PgRecordBatch::finish(QString *error)
{
    if (m_deferredIndex.isEmpty())
        return true;
    QSqlQuery q(m_db);
    // GIN builds in memory what fits (the default is 64 MB): a million records' grams
    // sort in fewer runs.
    if (!q.exec(QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'"))
        || !q.exec(std::exchange(m_deferredIndex, QString())))
        return failed(q, error);
    return true;
}

bool PgRecordBatch::find(int fiscalYear, const QString &code, std::optional<qint64> *id, QString *error)
{
    auto year = m_identities.find(fiscalYear);
    if (year == m_identities.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        QHash<QString, qint64> codes;
        if (!q.prepare(QStringLiteral("SELECT code, id FROM records WHERE fiscal_year = ?")))
            return failed(q, error);
        q.addBindValue(fiscalYear);
        if (!q.exec())
            return failed(q, error);
        while (q.next())
            codes.insert(q.value(0).toString(), q.value(1).toLongLong());
        year = m_identities.insert(fiscalYear, codes);
    }
    const auto it = year->constFind(code);
    *id = it == year->cend() ? std::nullopt : std::optional<qint64>(*it);
    return true;
}

std::optional<qint64> PgRecordBatch::begin(int fiscalYear, const QString &code, QString *error)
{
    if (m_freeIds.empty()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('records', 'id'))"
                                   " FROM generate_series(1, %1)").arg(recordsPerBatch))) {
            failed(q, error);
            return std::nullopt;
        }
        while (q.next())
            m_freeIds.push_back(q.value(0).toLongLong());
        // Taken from the back: the records keep the order of the file.
        std::sort(m_freeIds.rbegin(), m_freeIds.rend());
        if (m_freeIds.empty()) {
            if (error)
                *error = tr("the records table's sequence gave no ids");
            return std::nullopt;
        }
    }
    const qint64 id = m_freeIds.back();
    m_freeIds.pop_back();
    m_identities[fiscalYear].insert(code, id);
    m_current = &m_new;
    bindInt(0, id);
    bindInt(1, fiscalYear);
    bindText(2, code);
    return id;
}

void PgRecordBatch::beginUpdate(qint64 id, int fiscalYear, const QString &code)
{
    m_current = &m_changed;
    m_changedIds.addInt(id);
    bindInt(0, id);
    bindInt(1, fiscalYear);
    bindText(2, code);
}

void PgRecordBatch::bindText(int position, const QString &text)
{
    if (text.isEmpty() && !m_notNull[size_t(position)])
        bindNull(position);
    else
        column(position).add(text);
}

void PgRecordBatch::end(const QString &searchText)
{
    if (m_withGrams)
        m_current->columns.back().add(SearchIndex::postgresGrams(searchText));
    ++m_current->rows;
}

bool PgRecordBatch::write(Rows &rows, QString *error)
{
    const int count = std::exchange(rows.rows, 0);
    for (size_t i = 0; i < rows.columns.size(); ++i)
        rows.statement.bindValue(int(i), rows.columns[i].take());
    if (count == 0)
        return true;
    const bool ok = rows.statement.exec();
    if (!ok && error)
        *error = (&rows == &m_new ? tr("%1 (writing the %n new project(s) before it)", "", count)
                                   : tr("%1 (updating the %n stored project(s) before it)", "", count))
                          .arg(rows.statement.lastError().text().simplified());
    rows.statement.finish();
    return ok;
}

bool PgRecordBatch::flush(QString *error)
{
    const bool anyChanged = m_changed.rows > 0;
    const bool ok = write(m_new, error) && write(m_changed, error);
    const QString ids = m_changedIds.take();
    if (!ok || !anyChanged)
        return ok;
    QSqlQuery q(m_db);
    for (const char *table : { "achievements", "indicators", "amounts" }) {
        if (!q.prepare(QStringLiteral("DELETE FROM %1 WHERE record_id = ANY (?::bigint[])")
                               .arg(QLatin1String(table))))
            return failed(q, error);
        q.addBindValue(ids);
        if (!q.exec())
            return failed(q, error);
    }
    return true;
}

void PgRecordBatch::tidyAfterCommit(QSqlDatabase db, int inserted)
{
    if (inserted <= 0)
        return;
    QSqlQuery q(db);
    // reltuples: -1 until the table was first vacuumed or analysed.
    if (!q.exec(QStringLiteral("SELECT reltuples FROM pg_class WHERE oid = 'records'::regclass")) || !q.next())
        return;
    const double rows = q.value(0).toDouble();
    if (rows >= 0 && double(inserted) * 10 < rows)
        return;
    q.exec(QStringLiteral("VACUUM (ANALYZE) records")); // outside the import's transaction
}

} // namespace Hyoka

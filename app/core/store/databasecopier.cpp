#include "databasecopier.h"

#include "recordsink.h"
#include "recordstore.h"
#include "reviewdatabase.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace Hyoka {

namespace {

bool hasTable(ReviewDatabase &db, const QString &table)
{
    return db.database().tables().contains(table);
}

// Column names of a table, read from an empty result.
QStringList columnsOf(ReviewDatabase &db, const QString &table)
{
    QSqlQuery q(db.database());
    QStringList names;
    // Table names come from the fixed list below, never from input.
    if (!q.exec(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table)))
        return names;
    const QSqlRecord rec = q.record();
    // Column names come from a database file, which may be hostile: only plain
    // identifiers are ever written into a statement.
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    for (int i = 0; i < rec.count(); ++i) {
        if (identifier.match(rec.fieldName(i)).hasMatch())
            names << rec.fieldName(i);
    }
    return names;
}

// Copies rows of `table`; `conflict` is the ON CONFLICT clause deciding what a row
// already in the target does. Returns the number of rows the target accepted.
// `keyColumns`, when given, name the columns that make a row already present: such a
// row is not inserted again (the audit trail has no natural primary key).
int copyTable(ReviewDatabase &from, ReviewDatabase &to, const QString &table,
              const QStringList &skipColumns, const QString &conflict, const QString &orderBy,
              QString *error, const QStringList &keyColumns = {})
{
    if (!hasTable(from, table) || !hasTable(to, table))
        return 0;
    QStringList columns = columnsOf(from, table);
    const QStringList targetColumns = columnsOf(to, table);
    QStringList used;
    for (const QString &c : std::as_const(columns)) {
        if (!skipColumns.contains(c) && targetColumns.contains(c))
            used << c;
    }
    QSqlQuery read(from.database());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(used.join(u", "), table, orderBy))) {
        *error = read.lastError().text();
        return -1;
    }
    QStringList marks;
    for (qsizetype i = 0; i < used.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery exists(to.database());
    QList<qsizetype> keyIndexes;
    if (!keyColumns.isEmpty()) {
        QStringList conditions;
        for (const QString &k : keyColumns) {
            keyIndexes << used.indexOf(k);
            conditions << k + QStringLiteral(" = ?");
        }
        if (!exists.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                                    .arg(table, conditions.join(QStringLiteral(" AND "))))) {
            *error = exists.lastError().text();
            return -1;
        }
    }
    QSqlQuery write(to.database());
    if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) %4")
                               .arg(table, used.join(u", "), marks.join(u", "), conflict))) {
        *error = write.lastError().text();
        return -1;
    }
    // Rows are buffered per batch: QPSQL cannot interleave two result sets, and the
    // source and target may be the same driver.
    int accepted = 0;
    QList<QVariantList> rows;
    auto flush = [&]() {
        for (const QVariantList &row : std::as_const(rows)) {
            if (!keyIndexes.isEmpty()) {
                for (qsizetype k = 0; k < keyIndexes.size(); ++k)
                    exists.bindValue(int(k), row.value(keyIndexes.at(k)));
                if (!exists.exec() || !exists.next()) {
                    *error = exists.lastError().text();
                    return false;
                }
                const bool present = exists.value(0).toInt() > 0;
                exists.finish();
                if (present)
                    continue;
            }
            for (qsizetype i = 0; i < row.size(); ++i)
                write.bindValue(int(i), row.at(i));
            if (!write.exec()) {
                *error = write.lastError().text();
                return false;
            }
            accepted += write.numRowsAffected() > 0 ? 1 : 0;
        }
        rows.clear();
        return true;
    };
    while (read.next()) {
        QVariantList row;
        for (qsizetype i = 0; i < used.size(); ++i)
            row << read.value(int(i));
        rows << row;
    }
    read.finish();
    if (!flush())
        return -1;
    return accepted;
}

} // namespace

bool DatabaseCopier::copyReviewWork(ReviewDatabase &from, ReviewDatabase &to, int *flags, int *audit,
                                    QString *error, int *profiles)
{
    *flags = copyTable(from, to, QStringLiteral("flags"), {},
                       QStringLiteral("ON CONFLICT (fiscal_year, code) DO UPDATE SET"
                                      " status = excluded.status, reason = excluded.reason,"
                                      " reason_text = excluded.reason_text, note = excluded.note,"
                                      " reviewer = excluded.reviewer, created_at = excluded.created_at,"
                                      " updated_at = excluded.updated_at, version = excluded.version"
                                      " WHERE excluded.version > flags.version"),
                       QStringLiteral("fiscal_year, code"), error);
    if (*flags < 0)
        return false;
    *audit = copyTable(from, to, QStringLiteral("audit_log"), { QStringLiteral("id") }, QString(),
                       QStringLiteral("id"), error,
                       { QStringLiteral("fiscal_year"), QStringLiteral("code"), QStringLiteral("field"),
                         QStringLiteral("version") });
    if (*audit < 0)
        return false;
    if (copyTable(from, to, QStringLiteral("settings"), {},
                  QStringLiteral("ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                  QStringLiteral("key"), error)
        < 0)
        return false;
    // Column profiles (schema 3): the more recently updated one wins.
    const int copied = copyTable(from, to, QStringLiteral("profiles"), {},
                                 QStringLiteral("ON CONFLICT (name) DO UPDATE SET"
                                                " pattern = excluded.pattern, profile = excluded.profile,"
                                                " updated_at = excluded.updated_at"
                                                " WHERE excluded.updated_at > profiles.updated_at"),
                                 QStringLiteral("name"), error);
    if (profiles)
        *profiles = copied;
    return copied >= 0;
}

CopyResult DatabaseCopier::restoreReviewWork(ReviewDatabase &from, ReviewDatabase &to)
{
    CopyResult result;
    if (!to.beginWrite(&result.error))
        return result;
    if (!copyReviewWork(from, to, &result.flags, &result.auditRows, &result.error)) {
        to.rollbackWrite();
        return result;
    }
    if (!to.commitWrite(&result.error)) {
        to.rollbackWrite();
        return result;
    }
    result.ok = true;
    return result;
}

CopyResult DatabaseCopier::copy(ReviewDatabase &from, ReviewDatabase &to)
{
    CopyResult result;
    if (from.spec() == to.spec()) {
        result.error = tr("source and target are the same database");
        return result;
    }
    RecordStore source(from);
    RecordStore target(to);
    int flags = 0;
    int audit = 0;
    int profiles = 0;
    const ImportResult r = target.importFrom(
            tr("copy of %1").arg(from.isPostgres() ? from.spec().section(u'@', 1) : from.spec()),
            [&source](RecordSink &sink, QString *error) {
                bool stopped = false;
                const bool ok = source.forEachRecord([&](const Record &record) {
                    Record copy = record;
                    stopped = !sink.addRecord(std::move(copy));
                    return !stopped;
                });
                if (!ok && error)
                    *error = tr("cannot read the source database");
                return ok && !stopped;
            },
            [&](QString *error) {
                return copyReviewWork(from, to, &flags, &audit, error, &profiles);
            });
    if (!r.ok) {
        result.error = r.error.isEmpty() ? tr("the copy was cancelled") : r.error;
        return result;
    }
    result.ok = true;
    result.records = r.inserted + r.updated;
    result.flags = flags;
    result.auditRows = audit;
    result.profiles = profiles;
    return result;
}

} // namespace Hyoka

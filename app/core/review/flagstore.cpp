#include "flagstore.h"

#include "bureaupermissions.h"
#include "reviewdatabase.h"
#include "reviewnotifier.h"
#include "rowmapper.h"
#include "sqlrun.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Hyoka {

using namespace Qt::StringLiterals;

// How a message names a record: its code, or for a record without one (its key is
// "~bureau\x1fdivision\x1fname", docs/storage.md) its name and organisation.
static QString shownKey(const QString &key)
{
    if (!key.startsWith(u'~'))
        return key;
    const QStringList parts = key.mid(1).split(QChar(u'\x1f'));
    if (parts.size() != 3)
        return key;
    const QString organisation = QStringList { parts.at(0), parts.at(1) }.join(u' ').trimmed();
    return organisation.isEmpty() ? parts.at(2) : parts.at(2) + QStringLiteral(" (") + organisation + u')';
}

namespace {

// A concurrent writer between our read and our write makes us read again; this many times.
constexpr int maxAttempts = 3;

const char flagColumns[] =
        "status, reason, reason_text, note, reviewer, created_at, updated_at, version";

// The flag in the current row of a query that selects flagColumns (by name).
Flag flagFromRow(const RowMapper &row)
{
    static const QList<RowField<Flag>> fields = {
        { u"status"_s, &Flag::status },
        { u"reason"_s, &Flag::reason },
        { u"reason_text"_s, &Flag::reasonText },
        { u"note"_s, &Flag::note },
        { u"reviewer"_s, &Flag::reviewer },
        { u"created_at"_s, &Flag::createdAt },
        { u"updated_at"_s, &Flag::updatedAt },
        { u"version"_s, &Flag::version },
    };
    return row.read(fields);
}

// Text columns are NOT NULL, and an empty QString binds as NULL.
QVariant text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

FlagStore::FlagStore(ReviewDatabase &db) : m_db(db) { }

namespace {

// False (and `error` set) when stepping through `q`'s rows failed.
bool finishedCleanly(const QSqlQuery &q, QString *error)
{
    if (!q.lastError().isValid())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

std::optional<Flag> FlagStore::flag(int fiscalYear, const QString &code, QString *error) const
{
    QSqlQuery q(m_db.database());
    if (!runBound(q,
                  QStringLiteral("SELECT %1 FROM flags WHERE fiscal_year = ? AND code = ?")
                          .arg(QLatin1StringView(flagColumns)),
                  { fiscalYear, code }, error))
        return std::nullopt;
    if (q.next())
        return flagFromRow(RowMapper(q));
    if (!finishedCleanly(q, error))
        return std::nullopt;
    return Flag();
}

std::optional<bool> FlagStore::recordExists(int fiscalYear, const QString &code, QString *error) const
{
    QSqlQuery q(m_db.database());
    if (!runBound(q, QStringLiteral("SELECT 1 FROM records WHERE fiscal_year = ? AND code = ?"),
                  { fiscalYear, code }, error))
        return std::nullopt;
    if (q.next())
        return true;
    if (!finishedCleanly(q, error))
        return std::nullopt;
    return false;
}

FlagStore::SetResult FlagStore::setFlag(int fiscalYear, const QString &code, const Flag &flag,
                                        std::optional<int> expectedVersion)
{
    SetResult result;
    if (!Flag::isValidStatus(flag.status)) {
        result.error = tr("unknown flag status \"%1\"").arg(flag.status);
        return result;
    }
    if (!Flag::isValidReason(flag.reason)) {
        result.error = tr("unknown flag reason \"%1\"").arg(flag.reason);
        return result;
    }
    for (int attempt = 0; attempt < maxAttempts; ++attempt) {
        result = SetResult();
        if (trySet(fiscalYear, code, flag, expectedVersion, &result) == Attempt::Done)
            return result;
    }
    result.outcome = Outcome::Failed;
    result.error = tr("the flag of %1 (%2) kept changing while it was being saved; try again")
                           .arg(shownKey(code))
                           .arg(fiscalYear);
    return result;
}

FlagStore::Attempt FlagStore::trySet(int fiscalYear, const QString &code, const Flag &wanted,
                                     std::optional<int> expectedVersion, SetResult *result)
{
    QSqlDatabase sql = m_db.database();
    auto fail = [&](const QString &error) {
        m_db.rollbackWrite();
        result->outcome = Outcome::Failed;
        result->error = tr("cannot save the flag of %1 (%2): %3").arg(shownKey(code)).arg(fiscalYear).arg(error.simplified());
        return Attempt::Done;
    };
    QString error;
    if (!m_db.beginWrite(&error)) {
        result->outcome = Outcome::Failed;
        result->error = tr("cannot save the flag of %1 (%2): %3").arg(shownKey(code)).arg(fiscalYear).arg(error.simplified());
        return Attempt::Done;
    }
    const std::optional<bool> exists = recordExists(fiscalYear, code, &error);
    if (!exists)
        return fail(error);
    if (!*exists) {
        m_db.rollbackWrite();
        result->outcome = Outcome::UnknownRecord;
        result->error = tr("no project %1 in fiscal year %2").arg(shownKey(code)).arg(fiscalYear);
        return Attempt::Done;
    }
    // Per-bureau permissions (docs/permissions.md): the server would refuse the row
    // anyway; this says why instead of a policy violation.
    if (m_db.isPostgres() && !BureauPermissions::mayFlag(m_db, fiscalYear, code)) {
        m_db.rollbackWrite();
        result->outcome = Outcome::Failed;
        result->error = tr("you may not flag %1 (%2): you review other bureaus").arg(shownKey(code)).arg(fiscalYear);
        return Attempt::Done;
    }
    const std::optional<Flag> read = flag(fiscalYear, code, &error);
    if (!read)
        return fail(error);
    const Flag stored = *read;
    if (expectedVersion && stored.version != *expectedVersion) {
        m_db.rollbackWrite();
        result->outcome = Outcome::Conflict;
        result->flag = stored;
        return Attempt::Done;
    }
    if (stored.sameContent(wanted)) {
        m_db.rollbackWrite();
        result->outcome = Outcome::Unchanged;
        result->flag = stored;
        return Attempt::Done;
    }

    Flag next = wanted;
    next.reviewer = wanted.reviewer.isEmpty() ? Flag::defaultReviewer() : wanted.reviewer;
    next.updatedAt = Flag::timestampNow();
    next.createdAt = stored.isNeverFlagged() ? next.updatedAt : stored.createdAt;
    next.version = stored.version + 1;

    const QVariantList content = { text(next.status), text(next.reason), text(next.reasonText), text(next.note),
                                   text(next.reviewer), next.createdAt, next.updatedAt };
    QSqlQuery write(sql);
    if (stored.isNeverFlagged()) {
        QString insertError;
        if (!runBound(write,
                      QStringLiteral("INSERT INTO flags (fiscal_year, code, %1)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                              .arg(QLatin1StringView(flagColumns)),
                      QVariantList { fiscalYear, code } + content + QVariantList { next.version }, &insertError)) {
            // Another writer inserted the flag first (PostgreSQL; SQLite holds the write
            // lock since BEGIN IMMEDIATE): read again and decide with its version.
            m_db.rollbackWrite();
            if (const std::optional<Flag> now = flag(fiscalYear, code); now && now->version > 0)
                return Attempt::Retry;
            result->outcome = Outcome::Failed;
            result->error = tr("cannot save the flag of %1 (%2): %3").arg(shownKey(code)).arg(fiscalYear).arg(insertError.simplified());
            return Attempt::Done;
        }
    } else {
        if (!runBound(write,
                      QStringLiteral("UPDATE flags SET status = ?, reason = ?, reason_text = ?,"
                                     " note = ?, reviewer = ?, created_at = ?, updated_at = ?,"
                                     " version = version + 1"
                                     " WHERE fiscal_year = ? AND code = ? AND version = ?"),
                      content + QVariantList { fiscalYear, code, stored.version }, &error))
            return fail(error);
        if (write.numRowsAffected() != 1) {
            m_db.rollbackWrite();
            return Attempt::Retry;
        }
    }

    QSqlQuery audit(sql);
    const std::pair<const char *, std::pair<QString, QString>> fields[] = {
        { "status", { stored.status, next.status } },
        { "reason", { stored.reason, next.reason } },
        { "reason_text", { stored.reasonText, next.reasonText } },
        { "note", { stored.note, next.note } },
    };
    for (const auto &[field, values] : fields) {
        if (values.first == values.second)
            continue;
        if (!runBound(audit,
                      QStringLiteral("INSERT INTO audit_log (fiscal_year, code, changed_at, reviewer,"
                                     " field, old_value, new_value, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      { fiscalYear, code, next.updatedAt, text(next.reviewer), QString::fromLatin1(field),
                        text(values.first), text(values.second), next.version },
                      &error))
            return fail(error);
    }
    // Other reviewers' windows hear of it once this commits (PostgreSQL NOTIFY).
    if (!ReviewNotifier::notify(m_db, ReviewNotifier::flagPayload(fiscalYear, code), &error))
        return fail(error);
    if (!m_db.commitWrite(&error))
        return fail(error);
    result->outcome = Outcome::Saved;
    result->flag = next;
    return Attempt::Done;
}

std::optional<QList<FlagAuditEntry>> FlagStore::history(int fiscalYear, const QString &code,
                                                       QString *error) const
{
    QList<FlagAuditEntry> out;
    QSqlQuery q(m_db.database());
    if (!runBound(q,
                  QStringLiteral("SELECT id, changed_at, reviewer, field, old_value, new_value, version"
                                 " FROM audit_log WHERE fiscal_year = ? AND code = ? ORDER BY id"),
                  { fiscalYear, code }, error))
        return std::nullopt;
    const RowMapper row(q);
    while (q.next()) {
        static const QList<RowField<FlagAuditEntry>> fields = {
            { u"id"_s, &FlagAuditEntry::id },
            { u"changed_at"_s, &FlagAuditEntry::changedAt },
            { u"reviewer"_s, &FlagAuditEntry::reviewer },
            { u"field"_s, &FlagAuditEntry::field },
            { u"old_value"_s, &FlagAuditEntry::oldValue },
            { u"new_value"_s, &FlagAuditEntry::newValue },
            { u"version"_s, &FlagAuditEntry::version },
        };
        FlagAuditEntry e = row.read(fields);
        e.fiscalYear = fiscalYear;
        e.code = code;
        out.append(e);
    }
    if (!finishedCleanly(q, error))
        return std::nullopt;
    return out;
}

std::optional<QHash<FlagStore::Key, Flag>> FlagStore::allFlags(QString *error) const
{
    QHash<Key, Flag> out;
    QSqlQuery q(m_db.database());
    if (!runBound(q, QStringLiteral("SELECT fiscal_year, code, %1 FROM flags").arg(QLatin1StringView(flagColumns)),
                  {}, error))
        return std::nullopt;
    const RowMapper row(q);
    while (q.next())
        out.insert({ row.integer(u"fiscal_year"_s), row.text(u"code"_s) }, flagFromRow(row));
    if (!finishedCleanly(q, error))
        return std::nullopt;
    return out;
}

std::optional<QHash<qint64, Flag>> FlagStore::flagsForRecordIds(const QList<qint64> &ids, QString *error) const
{
    QHash<qint64, Flag> out;
    QSqlQuery q(m_db.database());
    QString columns = QLatin1StringView(flagColumns);
    columns.replace(QStringLiteral(", "), QStringLiteral(", f."));
    for (qsizetype start = 0; start < ids.size(); start += SqlCondition::idBatchSize) {
        const QList<qint64> batch = ids.mid(start, SqlCondition::idBatchSize);
        QVariantList values;
        values.reserve(batch.size());
        for (const qint64 id : batch)
            values.append(id);
        if (!runBound(q,
                      QStringLiteral("SELECT r.id, f.%1 FROM records r JOIN flags f"
                                     " ON f.fiscal_year = r.fiscal_year AND f.code = r.code"
                                     " WHERE r.id IN (%2)")
                              .arg(columns, SqlCondition::placeholders(batch.size())),
                      values, error))
            return std::nullopt;
        const RowMapper row(q);
        while (q.next())
            out.insert(row.int64(u"id"_s), flagFromRow(row));
        if (!finishedCleanly(q, error))
            return std::nullopt;
    }
    return out;
}

SqlCondition FlagStore::statusCondition(const QStringList &statuses)
{
    SqlCondition c;
    if (statuses.isEmpty()) {
        c.sql = QStringLiteral("1 = 1");
        return c;
    }
    // Row values against the small flags table: the records (fiscal_year, code) index
    // answers it without reading every record.
    QStringList wanted;
    for (const QString &s : statuses) {
        if (s != Flag::noneStatus())
            wanted << s;
    }
    QStringList alternatives;
    if (!wanted.isEmpty()) {
        alternatives << QStringLiteral("(fiscal_year, code) IN (SELECT fiscal_year, code FROM flags"
                                       " WHERE status IN (%1))")
                                .arg(SqlCondition::placeholders(wanted.size()));
        for (const QString &s : std::as_const(wanted))
            c.values << s;
    }
    // NOT IN over row values makes SQLite rescan flags for every record (a minute on a
    // million records); NOT EXISTS looks each record up in the flags primary key.
    if (statuses.contains(Flag::noneStatus()))
        alternatives << QStringLiteral("NOT EXISTS (SELECT 1 FROM flags f WHERE f.fiscal_year ="
                                       " records.fiscal_year AND f.code = records.code"
                                       " AND f.status <> 'none')");
    c.sql = alternatives.size() == 1 ? alternatives.constFirst()
                                     : u'(' + alternatives.join(QStringLiteral(" OR ")) + u')';
    return c;
}

QString FlagStore::statusExpression()
{
    return QStringLiteral("COALESCE((SELECT f.status FROM flags f WHERE f.fiscal_year ="
                          " records.fiscal_year AND f.code = records.code), 'none')");
}

} // namespace Hyoka

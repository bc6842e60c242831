#include "reviewqueries.h"

#include "flagstore.h"
#include "recordquery.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "reviewrules.h"
#include "sqlcondition.h"
#include "sqlrun.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Hyoka::ReviewQueries {

std::optional<qint64> suggestedCount(const ReviewDatabase &db, const RuleSettings &settings,
                                     QString *error)
{
    const SqlCondition c = ReviewRules::suggestedCondition(settings);
    QSqlQuery q(db.database());
    if (!runBound(q, QStringLiteral("SELECT COUNT(*) FROM records WHERE %1").arg(c.sql), c.values, error)
        || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<QList<Candidate>> reviewCandidates(ReviewDatabase &db, const RecordFilter &filter,
                                                 const RuleSettings &settings, int limit,
                                                 qint64 *total, QString *error)
{
    const RecordQuery::Condition where = RecordQuery(db).condition(filter);
    const SqlCondition suggested = ReviewRules::suggestedCondition(settings);
    const SqlCondition flagged = FlagStore::statusCondition(
            { QStringLiteral("flagged"), QStringLiteral("reviewed"), QStringLiteral("dismissed") });
    const QString condition =
            QStringLiteral("(%1) AND (%2 OR %3)").arg(where.sql, suggested.sql, flagged.sql);
    const QVariantList values = where.values + suggested.values + flagged.values;

    QSqlQuery q(db.database());
    q.setForwardOnly(true);
    if (total) {
        if (!runBound(q, QStringLiteral("SELECT COUNT(*) FROM records WHERE %1").arg(condition), values,
                 error)
            || !q.next())
            return std::nullopt;
        *total = q.value(0).toLongLong();
        q.finish();
    }
    if (!runBound(q,
             QStringLiteral("SELECT id FROM records WHERE %1 ORDER BY id LIMIT %2")
                     .arg(condition)
                     .arg(qMax(0, limit)),
             values, error))
        return std::nullopt;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();

    const QHash<qint64, Record> records = RecordStore(db).records(ids);
    const std::optional<QHash<qint64, Flag>> flags = FlagStore(db).flagsForRecordIds(ids, error);
    if (!flags)
        return std::nullopt;
    QList<Candidate> out;
    out.reserve(ids.size());
    for (const qint64 id : std::as_const(ids)) {
        const auto it = records.constFind(id);
        if (it != records.cend())
            out.append({ id, *it, flags->value(id) });
    }
    return out;
}

} // namespace Hyoka::ReviewQueries

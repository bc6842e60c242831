#include "testrecords.h"

#include "recordreader.h"
#include "recordsink.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "reviewrules.h"
#include "sqlcondition.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Hyoka::TestSupport {

QList<Record> seedRecords()
{
    CollectingSink sink;
    QString error;
    if (!RecordReader::readFile(QStringLiteral(HYOKA_SEED_FILE), sink, {}, &error))
        qWarning("%s", qPrintable(error));
    return sink.records;
}

bool openSeeded(ReviewDatabase &db, const QString &spec, QList<Record> *records, QString *error)
{
    if (!db.open(spec, error))
        return false;
    RecordStore store(db);
    const ImportResult r = store.importFile(QStringLiteral(HYOKA_SEED_FILE));
    if (!r.ok) {
        *error = r.error;
        return false;
    }
    if (records)
        *records = allRecords(store);
    return true;
}

QList<Record> allRecords(const RecordStore &store)
{
    QList<Record> out;
    store.forEachRecord([&out](const Record &r) {
        out.append(r);
        return true;
    });
    return out;
}

std::optional<QList<qint64>> suggestedIds(const ReviewDatabase &db, const RuleSettings &settings)
{
    const SqlCondition c = ReviewRules::suggestedCondition(settings);
    QSqlQuery q(db.database());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT id FROM records WHERE %1 ORDER BY id").arg(c.sql))) {
        qWarning("%s", qPrintable(q.lastError().text()));
        return std::nullopt;
    }
    for (const QVariant &v : c.values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("%s", qPrintable(q.lastError().text()));
        return std::nullopt;
    }
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QHash<qint64, QStringList> suggestionsForIds(const ReviewDatabase &db, const QList<qint64> &ids,
                                             const RuleSettings &settings)
{
    QHash<qint64, QStringList> out;
    QSqlQuery q(db.database());
    q.setForwardOnly(true);
    for (qsizetype start = 0; start < ids.size(); start += SqlCondition::idBatchSize) {
        const QList<qint64> batch = ids.mid(start, SqlCondition::idBatchSize);
        q.prepare(QStringLiteral("SELECT id, level, execution_rate, min_ratio_same_unit, unit_mismatch"
                                 " FROM records WHERE id IN (%1)")
                          .arg(SqlCondition::placeholders(batch.size())));
        for (const qint64 id : batch)
            q.addBindValue(id);
        if (!q.exec())
            continue;
        while (q.next()) {
            ReviewRules::Inputs in;
            if (!q.value(1).isNull())
                in.level = q.value(1).toInt();
            if (!q.value(2).isNull())
                in.executionRate = q.value(2).toDouble();
            if (!q.value(3).isNull())
                in.minRatioSameUnit = q.value(3).toDouble();
            in.unitMismatch = q.value(4).toInt() != 0;
            const QStringList fired = ReviewRules::suggestions(in, settings);
            if (!fired.isEmpty())
                out.insert(q.value(0).toLongLong(), fired);
        }
    }
    return out;
}

} // namespace Hyoka::TestSupport

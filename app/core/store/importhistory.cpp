#include "importhistory.h"

#include "reviewdatabase.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Hyoka {

QString ImportHistory::warningsText(const QString &json, int *inserted, int *updated)
{
    if (inserted)
        *inserted = -1;
    if (updated)
        *updated = -1;
    if (json.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    QJsonArray warnings;
    if (doc.isArray()) {
        warnings = doc.array();
    } else if (doc.isObject()) {
        const QJsonObject o = doc.object();
        if (inserted)
            *inserted = o.value(QLatin1String("inserted")).toInt(-1);
        if (updated)
            *updated = o.value(QLatin1String("updated")).toInt(-1);
        warnings = o.value(QLatin1String("warnings")).toArray();
    } else {
        return json;
    }
    QStringList lines;
    for (const QJsonValue &v : std::as_const(warnings)) {
        const QJsonObject w = v.toObject();
        const QString file = w.value(QLatin1String("file")).toString();
        const int line = w.value(QLatin1String("line")).toInt();
        const QString message = w.value(QLatin1String("message")).toString();
        if (file.isEmpty())
            lines.append(message);
        else if (line > 0)
            lines.append(QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message));
        else
            lines.append(QStringLiteral("%1: %2").arg(file, message));
    }
    return lines.join(u'\n');
}

ImportHistory ImportHistory::read(ReviewDatabase *db)
{
    ImportHistory history;
    if (!db || !db->isOpen())
        return history;
    QSqlQuery q(db->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, file_name, file_size, sha256, imported_at, record_count,"
                               " skipped_count, warning_count, warnings FROM imports ORDER BY id DESC"))) {
        history.error = tr("cannot read the imports: %1").arg(q.lastError().text().simplified());
        return history;
    }
    QHash<qint64, qsizetype> indexOf;
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toLongLong();
        e.fileName = q.value(1).toString();
        e.fileSize = q.value(2).toLongLong();
        e.sha256 = q.value(3).toString();
        e.importedAt = q.value(4).toString();
        e.recordCount = q.value(5).toInt();
        e.skippedCount = q.value(6).toInt();
        e.warningCount = q.value(7).toInt();
        e.warnings = warningsText(q.value(8).toString(), &e.inserted, &e.updated);
        indexOf.insert(e.id, history.entries.size());
        history.entries.append(e);
    }
    // One scan of the records (there is no index on import_id: a grouped scan reads
    // a million records once, rather than once per import).
    QSqlQuery g(db->database());
    g.setForwardOnly(true);
    if (!g.exec(QStringLiteral("SELECT import_id, bureau, fiscal_year, COUNT(*), COALESCE(SUM(budget), 0),"
                               " COALESCE(SUM(settlement), 0) FROM records WHERE import_id IS NOT NULL"
                               " GROUP BY import_id, bureau, fiscal_year"
                               " ORDER BY import_id, bureau, fiscal_year"))) {
        history.error = tr("cannot read the imports: %1").arg(g.lastError().text().simplified());
        return history;
    }
    while (g.next()) {
        const auto it = indexOf.constFind(g.value(0).toLongLong());
        if (it == indexOf.constEnd())
            continue;
        Entry &e = history.entries[*it];
        Group group;
        group.bureau = g.value(1).toString();
        group.fiscalYear = g.value(2).toInt();
        group.records = g.value(3).toLongLong();
        group.budget = g.value(4).toLongLong();
        group.settlement = g.value(5).toLongLong();
        e.currentRecords += group.records;
        e.groups.append(group);
    }
    return history;
}

} // namespace Hyoka

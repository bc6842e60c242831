#include "importhistory.h"

#include "reviewdatabase.h"
#include "rowmapper.h"
#include "sqlrun.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Hyoka {

using namespace Qt::StringLiterals;

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

// Runs `sql` as a forward-only query on `q`; false with `error` set when it fails.
static bool readImports(QSqlQuery &q, const QString &sql, QString *error)
{
    if (runBound(q, sql, {}, error))
        return true;
    *error = ImportHistory::tr("cannot read the imports: %1").arg(error->simplified());
    return false;
}

ImportHistory ImportHistory::read(ReviewDatabase *db)
{
    ImportHistory history;
    if (!db || !db->isOpen())
        return history;
    QSqlQuery q(db->database());
    if (!readImports(q,
                     QStringLiteral("SELECT id, file_name, file_size, sha256, imported_at, record_count,"
                                    " skipped_count, warning_count, warnings FROM imports ORDER BY id DESC"),
                     &history.error))
        return history;
    QHash<qint64, qsizetype> indexOf;
    for (const RowMapper row(q); q.next();) {
        static const QList<RowField<Entry>> fields = {
            { u"id"_s, &Entry::id },
            { u"file_name"_s, &Entry::fileName },
            { u"file_size"_s, &Entry::fileSize },
            { u"sha256"_s, &Entry::sha256 },
            { u"imported_at"_s, &Entry::importedAt },
            { u"record_count"_s, &Entry::recordCount },
            { u"skipped_count"_s, &Entry::skippedCount },
            { u"warning_count"_s, &Entry::warningCount },
        };
        Entry e = row.read(fields);
        e.warnings = warningsText(row.text(u"warnings"_s), &e.inserted, &e.updated);
        indexOf.insert(e.id, history.entries.size());
        history.entries.append(e);
    }
    // One scan of the records (there is no index on import_id: a grouped scan reads
    // a million records once, rather than once per import).
    QSqlQuery g(db->database());
    if (!readImports(g,
                     QStringLiteral("SELECT import_id, bureau, fiscal_year, COUNT(*) AS n,"
                                    " COALESCE(SUM(budget), 0) AS budget_sum, COALESCE(SUM(settlement), 0) AS settlement_sum"
                                    " FROM records WHERE import_id IS NOT NULL"
                                    " GROUP BY import_id, bureau, fiscal_year"
                                    " ORDER BY import_id, bureau, fiscal_year"),
                     &history.error))
        return history;
    for (const RowMapper row(g); g.next();) {
        const auto it = indexOf.constFind(row.int64(u"import_id"_s));
        if (it == indexOf.constEnd())
            continue;
        Entry &e = history.entries[*it];
        static const QList<RowField<Group>> fields = {
            { u"bureau"_s, &Group::bureau },
            { u"fiscal_year"_s, &Group::fiscalYear },
            { u"n"_s, &Group::records },
            { u"budget_sum"_s, &Group::budget },
            { u"settlement_sum"_s, &Group::settlement },
        };
        const Group group = row.read(fields);
        e.currentRecords += group.records;
        e.groups.append(group);
    }
    return history;
}

} // namespace Hyoka

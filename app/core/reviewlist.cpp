#include "reviewlist.h"

#include "flagstore.h"
#include "recordstore.h"
#include "reviewdatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Hyoka {

std::optional<QList<ReviewList::Entry>> ReviewList::load(ReviewDatabase &db,
                                                         const RuleSettings &settings,
                                                         QString *error)
{
    const SqlCondition suggested = ReviewRules::suggestedCondition(settings);
    const SqlCondition flagged = FlagStore::statusCondition(
            { QStringLiteral("flagged"), QStringLiteral("reviewed"), QStringLiteral("dismissed") });
    QSqlQuery q(db.database());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT id FROM records WHERE %1 OR %2 ORDER BY id")
                           .arg(suggested.sql, flagged.sql))) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    for (const QVariant &v : suggested.values + flagged.values)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();

    RecordStore records(db);
    FlagStore flags(db);
    const QHash<qint64, Flag> flagById = flags.flagsForRecordIds(ids);
    QList<Entry> entries;
    entries.reserve(ids.size());
    for (const qint64 id : std::as_const(ids)) {
        std::optional<Record> record = records.record(id);
        if (!record)
            continue;
        Entry e;
        e.recordId = id;
        e.record = std::move(*record);
        e.flag = flagById.value(id);
        e.findings = ReviewRules::explain(e.record, settings);
        entries.append(std::move(e));
    }
    return entries;
}

QStringList ReviewList::headerLabels()
{
    return { tr("Fiscal year"),  tr("Bureau"),        tr("No."),         tr("Project code"),
             tr("Project name"), tr("Level"),         tr("Budget (thousand yen)"),
             tr("Settlement (thousand yen)"),         tr("Execution rate"),
             tr("Flag"),         tr("Reason"),        tr("Reason (free text)"), tr("Note"),
             tr("Reviewer"),     tr("Updated (UTC)"), tr("Flag version"), tr("Suggested by rules"),
             tr("Why suggested") };
}

QList<ReviewList::Cell> ReviewList::cells(const Entry &e)
{
    const Record &r = e.record;
    auto text = [](const QString &t) { return Cell { CellKind::Text, t, std::nullopt }; };
    auto number = [](CellKind kind, std::optional<double> v) { return Cell { kind, QString(), v }; };
    QStringList ruleIds;
    QStringList why;
    for (const ReviewRules::Finding &f : e.findings) {
        ruleIds << f.ruleId;
        why << f.title + QStringLiteral(": ") + f.details.join(QStringLiteral("; "));
    }
    const bool flagged = !e.flag.isNeverFlagged();
    return {
        number(CellKind::Integer, r.fiscalYear),
        text(r.bureau),
        number(CellKind::Integer, r.no > 0 ? std::optional<double>(r.no) : std::nullopt),
        text(r.code),
        text(r.name),
        number(CellKind::Integer, r.level ? std::optional<double>(*r.level) : std::nullopt),
        number(CellKind::Money, r.budget ? std::optional<double>(double(*r.budget)) : std::nullopt),
        number(CellKind::Money,
               r.settlement ? std::optional<double>(double(*r.settlement)) : std::nullopt),
        number(CellKind::Percent, r.executionRate()),
        text(flagged ? Flag::statusLabel(e.flag.status) : QString()),
        text(Flag::reasonLabel(e.flag.reason)),
        text(e.flag.reasonText),
        text(e.flag.note),
        text(e.flag.reviewer),
        text(e.flag.updatedAt),
        number(CellKind::Integer, flagged ? std::optional<double>(e.flag.version) : std::nullopt),
        text(ruleIds.join(u' ')),
        text(why.join(u'\n')),
    };
}

} // namespace Hyoka

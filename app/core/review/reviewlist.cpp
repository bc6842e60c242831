#include "reviewlist.h"

#include "flagstore.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "yearrules.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Hyoka {

bool ReviewList::forEach(ReviewDatabase &db, const RuleSettings &settings,
                         const std::function<bool(const Entry &)> &callback, QString *error)
{
    // The rules run on each record in C++ (the same answer as ReviewRules'
    // SQL condition, which the tests check); flags are few, read into a hash.
    const std::optional<QHash<FlagStore::Key, Flag>> flagByKey = FlagStore(db).allFlags(error);
    if (!flagByKey)
        return false;
    // The year-on-year rules compare stored years: the records they fire on are read in
    // one query, and only those are explained (an indexed read each).
    QSet<std::pair<int, QString>> yearFindings;
    {
        const SqlCondition years = YearRules::suggestedCondition(settings.years);
        QSqlQuery q(db.database());
        q.prepare(QStringLiteral("SELECT fiscal_year, code FROM records WHERE ") + years.sql);
        for (const QVariant &v : years.values)
            q.addBindValue(v);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        while (q.next())
            yearFindings.insert({ q.value(0).toInt(), q.value(1).toString() });
    }
    RecordStore records(db);
    const bool ok = records.forEachRecord([&](const Record &record) {
        Entry e;
        e.flag = flagByKey->value({ record.fiscalYear, record.identityKey() });
        e.findings = ReviewRules::explain(record, settings);
        if (yearFindings.contains({ record.fiscalYear, record.identityKey() }))
            e.findings += YearRules::explainRecord(db, record.fiscalYear, record.identityKey(), settings.years);
        if (e.findings.isEmpty() && !e.flag.isActive())
            return true;
        e.record = record;
        return callback(e);
    });
    if (!ok && error)
        *error = tr("cannot read the records");
    return ok;
}

std::optional<QList<ReviewList::Entry>> ReviewList::load(ReviewDatabase &db,
                                                         const RuleSettings &settings,
                                                         QString *error)
{
    QList<Entry> entries;
    if (!forEach(db, settings, [&](const Entry &e) { entries.append(e); return true; }, error))
        return std::nullopt;
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

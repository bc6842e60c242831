#include "flagwrites.h"

#include "flagcommands.h"
#include "reviewdatabase.h"
#include "sqlrun.h"

#include <QCoreApplication>

namespace Hyoka::FlagWrites {

namespace {

QString noDatabase()
{
    return QCoreApplication::translate("Hyoka::ReviewSession", "No review database is open.");
}

} // namespace

void describe(ReviewDatabase &db, Answer *answer)
{
    // Only what names the record (the undo text, the conflict dialog), in one query:
    // not the whole record with its indicators and amounts, for every write.
    answer->recordId = 0;
    answer->name.clear();
    answer->shownCode = answer->code;
    QSqlQuery q(db.database());
    if (!runBound(q, QStringLiteral("SELECT id, name, has_code, bureau FROM records WHERE fiscal_year = ? AND code = ?"),
                  { answer->fiscalYear, answer->code }, nullptr)
        || !q.next())
        return;
    answer->recordId = q.value(0).toLongLong();
    answer->name = q.value(1).toString();
    if (q.value(2).toInt() == 0) // a table without codes: `code` is the identity key
        answer->shownCode = q.value(3).toString();
}

QList<Answer> run(ReviewDatabase *db, const QList<Write> &writes)
{
    QList<Answer> answers;
    std::optional<FlagStore> store;
    if (db)
        store.emplace(*db);
    for (const Write &w : writes) {
        Answer a;
        a.fiscalYear = w.fiscalYear;
        a.code = w.code;
        a.after = w.content;
        if (!store) {
            a.result = { FlagStore::Outcome::Failed, Flag(), noDatabase() };
        } else {
            a.result = SetFlagCommand::write(*store, w.fiscalYear, w.code, w.content, w.expectedContent,
                                             w.firstVersion);
            describe(*db, &a);
        }
        answers.append(a);
    }
    return answers;
}

StatusAnswer runStatusChanges(ReviewDatabase *db, const QList<StatusChange> &rows, const QString &reviewer)
{
    StatusAnswer answer;
    if (!db) {
        answer.readError = noDatabase();
        return answer;
    }
    FlagStore store(*db);
    QList<Write> writes;
    QList<Flag> befores;
    for (const StatusChange &row : rows) {
        const std::optional<Flag> stored = store.flag(row.fiscalYear, row.code, &answer.readError);
        if (!stored)
            return answer;
        Flag before = *stored;
        // Expect the version the grid shows: a change nobody has seen here yet is a
        // conflict, not something to write over.
        before.version = row.version;
        Flag after = before;
        after.status = row.status;
        if (!row.reason.isEmpty())
            after.reason = row.reason;
        if (after.sameContent(before))
            continue;
        after.reviewer = reviewer;
        writes.append({ row.fiscalYear, row.code, after, before, before.version });
        befores.append(before);
    }
    answer.written = run(db, writes);
    for (qsizetype i = 0; i < answer.written.size(); ++i)
        answer.written[i].before = befores.at(i);
    return answer;
}

} // namespace Hyoka::FlagWrites

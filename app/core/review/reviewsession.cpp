#include "reviewsession.h"

#include "flagcommands.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "reviewnotifier.h"
#include "reviewrules.h"

#include <QSqlQuery>
#include <QUndoStack>

#include <algorithm>
#include <utility>

namespace Hyoka {

// Marks what the undo stack is doing while a command writes, so that a refused write
// knows which content was "mine" (undo writes the earlier one back).
class ReviewSession::OperationScope
{
public:
    OperationScope(ReviewSession *s, Operation op) : m_s(s), m_previous(s->m_operation)
    {
        s->m_operation = op;
    }
    ~OperationScope() { m_s->m_operation = m_previous; }
    OperationScope(const OperationScope &) = delete;
    OperationScope &operator=(const OperationScope &) = delete;

private:
    ReviewSession *m_s;
    Operation m_previous;
};

ReviewSession::ReviewSession(QObject *parent) : QObject(parent), m_stack(new QUndoStack(this))
{
    qRegisterMetaType<Hyoka::ReviewSession::Conflict>();
}

ReviewSession::~ReviewSession()
{
    m_stack->clear(); // the commands hold the flag store
}

// ---- database ----------------------------------------------------------------

void ReviewSession::setDatabase(ReviewDatabase *db)
{
    m_stack->clear(); // its commands write to the previous database
    m_notifier.reset();
    m_writes.cancel(); // answers about the previous database are not wanted
    m_counts.cancel();
    m_queue.clear();
    m_busy = false;
    m_answered.clear();
    m_store.reset();
    m_db = db;
    m_currentId = 0;
    m_currentRecord.reset();
    m_outcomes.clear();
    openWriter();
    if (m_db) {
        m_store = std::make_unique<FlagStore>(*m_db);
        m_notifier = std::make_unique<ReviewNotifier>(*m_db, m_writer.get());
        connect(m_notifier.get(), &ReviewNotifier::flagChanged, this, &ReviewSession::remoteFlagChanged);
        connect(m_notifier.get(), &ReviewNotifier::databaseChanged, this, &ReviewSession::remoteDatabaseChanged);
    }
    m_readOnly = m_db && m_db->isReadOnly();
    // The defaults until the database's own are read: the grid's first query uses them.
    m_rules = RuleSettings();
    m_flaggable.reset();
    m_permissionsKnown = !m_db;
    emit ruleSettingsChanged(m_rules);
    emit permissionsChanged();
    emit readOnlyChanged(m_readOnly);
    loadReviewState();
}

void ReviewSession::openWriter()
{
    if (!m_db) {
        m_writer.reset();
        return;
    }
    if (!m_writer) {
        m_writer = std::make_unique<QueryWorker>();
        connect(m_writer.get(), &QueryWorker::connectionOpened, this, [this](bool ok, const QString &error) {
            if (!ok)
                emit message(tr("The review session could not open its connection: %1").arg(error), 8000);
        });
    }
    m_writer->setDatabase(m_db->prepared());
    // On PostgreSQL the notifier listens on this connection: its own writes are not news.
}

// ---- the current record ----------------------------------------------------------

void ReviewSession::setCurrentRecord(qint64 id, const std::optional<Record> &record)
{
    m_currentId = record ? id : 0;
    m_currentRecord = record;
}

QString ReviewSession::recordTitle(const FlagWrites::Answer &answer)
{
    return tr("“%1” (%2, FY%3)", "project name (code, fiscal year)")
            .arg(answer.name, answer.shownCode.isEmpty() ? answer.code : answer.shownCode)
            .arg(answer.fiscalYear);
}

// ---- writing -----------------------------------------------------------------

void ReviewSession::enqueue(std::function<void()> start)
{
    m_queue.append(std::move(start));
    if (!m_busy)
        finishOperation();
}

void ReviewSession::finishOperation()
{
    if (m_busy)
        emit operationFinished(m_lastOutcome);
    m_busy = !m_queue.isEmpty();
    if (m_busy) {
        m_lastOutcome = FlagStore::Outcome::Unchanged;
        m_queue.takeFirst()();
    }
}

void ReviewSession::write(const QList<FlagWrites::Write> &writes,
                          std::function<void(const QList<FlagWrites::Answer> &)> apply)
{
    // Never superseded: every write is answered, in order.
    m_writer->readBeside(
            m_writes, this, QueryWorker::Priority::Rows,
            [writes](ReviewDatabase *db) {
                const QList<FlagWrites::Answer> answers = FlagWrites::run(db, writes);
                return std::make_pair(answers, serverAway(db, answers));
            },
            [this, apply = std::move(apply)](const std::pair<QList<FlagWrites::Answer>, QString> &answer) {
                noteServerAway(answer.second);
                apply(answer.first);
            });
}

void ReviewSession::remember(const QList<FlagWrites::Answer> &answers)
{
    for (const FlagWrites::Answer &a : answers)
        m_answered.insert({ a.fiscalYear, a.code }, a);
}

SetFlagCommand *ReviewSession::command(const Change &change, const FlagWrites::Answer &answer)
{
    const Flag before = change.before;
    const Flag wanted = change.after;
    auto *command = new SetFlagCommand(
            *m_store, change.fiscalYear, change.code, before, wanted,
            [this, before, wanted](int year, const QString &code, const FlagStore::SetResult &result) {
                commandFinished(before, wanted, year, code, result);
            });
    // The Edit menu and the status bar name the project, not its code.
    command->setProjectName(answer.name.isEmpty() ? change.code : answer.name);
    command->setNextResult(answer.result); // its first redo: the write just made
    return command;
}

void ReviewSession::changeFlag(int fiscalYear, const QString &code, const Flag &before, const Flag &after)
{
    changeFlags({ { fiscalYear, code, before, after } });
}

void ReviewSession::changeFlags(const QList<Change> &changes)
{
    if (!m_store || m_readOnly || changes.isEmpty())
        return;
    enqueue([this, changes] {
        QList<Change> wanted = changes;
        QList<FlagWrites::Write> writes;
        for (Change &c : wanted) {
            c.after.reviewer = reviewer();
            writes.append({ c.fiscalYear, c.code, c.after, c.before, c.before.version });
        }
        write(writes, [this, wanted](const QList<FlagWrites::Answer> &answers) {
            remember(answers);
            {
                const OperationScope scope(this, Operation::Push);
                if (wanted.size() == 1) {
                    m_stack->push(command(wanted.constFirst(), answers.constFirst())); // dropped when refused
                } else {
                    m_stack->beginMacro(tr("Change the flags of %n project(s)", "", int(wanted.size())));
                    for (qsizetype i = 0; i < wanted.size(); ++i)
                        m_stack->push(command(wanted.at(i), answers.at(i)));
                    m_stack->endMacro();
                }
            }
            processOutcomes();
            finishOperation();
        });
    });
}

void ReviewSession::changeStatuses(const QList<FlagWrites::StatusChange> &rows,
                                   const std::function<void(int)> &done)
{
    if (!m_store || m_readOnly || rows.isEmpty())
        return;
    enqueue([this, rows, done] {
        m_writer->readBeside(
                m_writes, this, QueryWorker::Priority::Rows,
                [rows, reviewer = reviewer()](ReviewDatabase *db) {
                    const FlagWrites::StatusAnswer answer = FlagWrites::runStatusChanges(db, rows, reviewer);
                    return std::make_pair(answer, serverAway(db, answer.written, !answer.readError.isEmpty()));
                },
                [this, done](const std::pair<FlagWrites::StatusAnswer, QString> &reply) {
                    noteServerAway(reply.second);
                    const FlagWrites::StatusAnswer &answer = reply.first;
                    if (!answer.readError.isEmpty()) {
                        if (isDisconnected())
                            emit message(tr("Not saved: the connection to the review server is lost. "
                                            "Try again once it is back."),
                                         8000);
                        else
                            emit writeFailed({ answer.readError });
                    }
                    remember(answer.written);
                    const auto written = answer.written;
                    if (!written.isEmpty()) {
                        const OperationScope scope(this, Operation::Push);
                        const bool several = written.size() > 1;
                        if (several)
                            m_stack->beginMacro(tr("Change the flags of %n project(s)", "", int(written.size())));
                        for (const FlagWrites::Answer &a : written)
                            m_stack->push(command({ a.fiscalYear, a.code, a.before, a.after }, a));
                        if (several)
                            m_stack->endMacro();
                    }
                    processOutcomes();
                    if (done && answer.readError.isEmpty())
                        done(int(written.size()));
                    finishOperation();
                });
    });
}

void ReviewSession::undo()
{
    if (m_readOnly)
        return;
    enqueue([this] { step(Operation::Undo); });
}

void ReviewSession::redo()
{
    if (m_readOnly)
        return;
    enqueue([this] { step(Operation::Redo); });
}

void ReviewSession::step(Operation op)
{
    const int index = op == Operation::Undo ? m_stack->index() - 1 : m_stack->index();
    if (index < 0 || index >= m_stack->count() || !m_writer) {
        finishOperation();
        return;
    }
    // The step's commands: one, or a macro's children (undone last first).
    auto *top = const_cast<QUndoCommand *>(m_stack->command(index));
    QList<SetFlagCommand *> commands;
    if (auto *single = dynamic_cast<SetFlagCommand *>(top))
        commands.append(single);
    for (int i = 0; i < top->childCount(); ++i) {
        if (auto *child = dynamic_cast<SetFlagCommand *>(const_cast<QUndoCommand *>(top->child(i))))
            commands.append(child);
    }
    if (op == Operation::Undo)
        std::reverse(commands.begin(), commands.end());
    QList<FlagWrites::Write> writes;
    for (const SetFlagCommand *c : std::as_const(commands)) {
        const SetFlagCommand::Step s = c->nextStep(op == Operation::Undo);
        writes.append({ c->fiscalYear(), c->code(), s.content, s.expectedContent, s.firstVersion });
    }
    const QString text = op == Operation::Undo ? m_stack->undoText() : m_stack->redoText();
    write(writes, [this, op, commands, index, top, text](const QList<FlagWrites::Answer> &answers) {
        remember(answers);
        // Operations wait their turn, so the stack has not moved meanwhile, unless
        // something else drove it (then its commands are not touched).
        if ((op == Operation::Undo ? m_stack->index() - 1 : m_stack->index()) != index
            || m_stack->command(index) != top) {
            finishOperation();
            return;
        }
        for (qsizetype i = 0; i < commands.size(); ++i)
            commands.at(i)->setNextResult(answers.at(i).result);
        m_stepMessage = op == Operation::Undo ? tr("Undone: %1").arg(text) : tr("Redone: %1").arg(text);
        {
            const OperationScope scope(this, op);
            if (op == Operation::Undo)
                m_stack->undo();
            else
                m_stack->redo();
        }
        processOutcomes();
        finishOperation();
    });
}

void ReviewSession::commandFinished(const Flag &before, const Flag &after, int fiscalYear,
                                    const QString &code, const FlagStore::SetResult &result)
{
    Outcome o;
    o.fiscalYear = fiscalYear;
    o.code = code;
    o.result = result;
    o.mine = m_operation == Operation::Undo ? before : after;
    o.mine.reviewer = reviewer();
    o.before = m_operation == Operation::Undo ? after : before;
    o.pushed = m_operation == Operation::Push;
    m_lastOutcome = result.outcome;
    m_outcomes.append(o);
    // Something else drove the stack (no scope of ours): handle it once it returns.
    if (m_operation == Operation::None && !m_outcomesQueued) {
        m_outcomesQueued = true;
        QMetaObject::invokeMethod(this, &ReviewSession::processOutcomes, Qt::QueuedConnection);
    }
}

void ReviewSession::processOutcomes()
{
    m_outcomesQueued = false;
    const QList<Outcome> outcomes = std::exchange(m_outcomes, {});
    const QString stepMessage = std::exchange(m_stepMessage, {});
    if (outcomes.isEmpty())
        return;
    QList<qint64> changed;
    QList<Outcome> conflicts;
    QStringList failures;
    for (const Outcome &o : outcomes) {
        switch (o.result.outcome) {
        case FlagStore::Outcome::Saved:
        case FlagStore::Outcome::Unchanged:
            changed << m_answered.value({ o.fiscalYear, o.code }).recordId;
            break;
        case FlagStore::Outcome::Conflict:
            conflicts << o;
            break;
        case FlagStore::Outcome::UnknownRecord:
            failures << tr("%1: no such record any more").arg(o.code);
            break;
        case FlagStore::Outcome::Failed:
            if (!holdWhileDisconnected(o))
                failures << o.result.error;
            break;
        }
    }
    if (!changed.isEmpty()) {
        emit flagsChanged(changed);
        // After Ctrl+Z the status bar says what was undone, not that a flag was saved.
        emit message(stepMessage.isEmpty() ? tr("Flag saved (%n change(s)).", "", int(changed.size()))
                                           : stepMessage,
                     4000);
    }
    if (!failures.isEmpty()) {
        failures.removeDuplicates();
        emit writeFailed(failures);
    }
    for (const Outcome &o : std::as_const(conflicts))
        conflict(o);
}

void ReviewSession::conflict(const Outcome &o)
{
    const FlagWrites::Answer answered = m_answered.value({ o.fiscalYear, o.code });
    Conflict c;
    c.fiscalYear = o.fiscalYear;
    c.code = o.code;
    c.recordId = answered.recordId;
    c.mine = o.mine;
    c.theirs = o.result.flag;
    if (c.theirs.sameContent(c.mine) && c.theirs.reviewer == c.mine.reviewer) {
        // Our own change, committed before the connection dropped and now tried again.
        emit flagsChanged({ c.recordId });
        return;
    }
    c.title = recordTitle(answered);
    emit conflictFound(c);
}

void ReviewSession::resolveConflict(const Conflict &c, bool keepMine)
{
    if (keepMine) {
        // Saved again over the version just shown: a third change in between is
        // another conflict, never lost.
        changeFlag(c.fiscalYear, c.code, c.theirs, c.mine);
        return;
    }
    emit flagsChanged({ c.recordId });
    emit message(tr("Kept the version saved by %1.").arg(c.theirs.reviewer), 6000);
}

// ---- other reviewers -----------------------------------------------------------

void ReviewSession::remoteFlagChanged(int fiscalYear, const QString &code)
{
    if (!m_writer)
        return;
    m_writer->readBeside(
            m_writes, this, QueryWorker::Priority::Record,
            [fiscalYear, code](ReviewDatabase *db) { return db ? RecordStore(*db).recordId(fiscalYear, code) : 0; },
            [this](qint64 id) {
                if (id != 0)
                    emit flagsChanged({ id });
            });
}

void ReviewSession::remoteDatabaseChanged()
{
    if (!m_writer)
        return;
    m_writer->readBeside(
            m_writes, this, QueryWorker::Priority::Record,
            [](ReviewDatabase *db) { return db ? ReviewRules::loadSettings(*db) : RuleSettings(); },
            [this](const RuleSettings &stored) {
                if (stored != m_rules) {
                    m_rules = stored;
                    emit ruleSettingsChanged(m_rules);
                }
                emit databaseChangedElsewhere();
            });
}

} // namespace Hyoka

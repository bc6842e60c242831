#include "reviewsession.h"

#include "bureaupermissions.h"
#include "flagcommands.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "reviewnotifier.h"
#include "reviewqueries.h"
#include "reviewrules.h"
#include "yearrules.h"

#include <QSettings>
#include <QUndoStack>

namespace Hyoka {

namespace {

// Where the reviewer's name is kept (QSettings).
QString reviewerKey()
{
    return QStringLiteral("review/reviewer");
}

} // namespace

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
    m_store.reset();
    m_db = db;
    m_currentId = 0;
    m_currentRecord.reset();
    m_outcomes.clear();
    if (m_db) {
        m_store = std::make_unique<FlagStore>(*m_db);
        m_notifier = std::make_unique<ReviewNotifier>(*m_db);
        connect(m_notifier.get(), &ReviewNotifier::flagChanged, this, &ReviewSession::remoteFlagChanged);
        connect(m_notifier.get(), &ReviewNotifier::databaseChanged, this, &ReviewSession::remoteDatabaseChanged);
    }
    m_readOnly = m_db && m_db->isReadOnly();
    loadPermissions();
    loadRuleSettings();
    emit readOnlyChanged(m_readOnly);
}

void ReviewSession::loadRuleSettings()
{
    m_rules = m_db ? ReviewRules::loadSettings(*m_db) : RuleSettings();
    emit ruleSettingsChanged(m_rules);
}

void ReviewSession::loadPermissions()
{
    m_flaggable = m_db && !m_readOnly ? BureauPermissions::flaggableBureaus(*m_db) : std::nullopt;
    emit permissionsChanged();
}

bool ReviewSession::mayFlag(const QString &bureau) const
{
    return !m_flaggable || m_flaggable->contains(bureau);
}

QString ReviewSession::permissionNotice() const
{
    if (!m_flaggable)
        return QString();
    if (m_flaggable->isEmpty())
        return tr("No bureau is granted to you for review: you can read every flag and note, but "
                  "not change them. Ask the database's administrator (hyoka grant).");
    return tr("You review %1: the projects of other bureaus are greyed out; you can read their "
              "flags but not change them.")
            .arg(m_flaggable->join(tr(", ", "list separator")));
}

// ---- reading -------------------------------------------------------------------

Flag ReviewSession::flag(int fiscalYear, const QString &code, bool *ok) const
{
    if (!m_store) {
        if (ok)
            *ok = false;
        return Flag();
    }
    return m_store->flag(fiscalYear, code, ok);
}

QList<FlagAuditEntry> ReviewSession::history(int fiscalYear, const QString &code) const
{
    return m_store ? m_store->history(fiscalYear, code) : QList<FlagAuditEntry>();
}

QString ReviewSession::lastError() const
{
    return m_store ? m_store->lastError() : tr("No review database is open.");
}

qint64 ReviewSession::recordId(int fiscalYear, const QString &code) const
{
    return m_db ? RecordStore(*m_db).recordId(fiscalYear, code) : 0;
}

void ReviewSession::setCurrentRecord(qint64 id, const std::optional<Record> &record)
{
    m_currentId = record ? id : 0;
    m_currentRecord = record;
}

std::optional<Record> ReviewSession::findRecord(int fiscalYear, const QString &code) const
{
    if (m_currentRecord && m_currentRecord->fiscalYear == fiscalYear && m_currentRecord->identityKey() == code)
        return m_currentRecord;
    return m_db ? RecordStore(*m_db).record(fiscalYear, code) : std::nullopt;
}

QString ReviewSession::recordTitle(int fiscalYear, const QString &code) const
{
    const std::optional<Record> r = findRecord(fiscalYear, code);
    const QString name = r ? r->name : QString();
    const QString shown = r && r->code.isEmpty() ? r->bureau : code; // no code: its bureau
    return tr("“%1” (%2, FY%3)", "project name (code, fiscal year)").arg(name, shown).arg(fiscalYear);
}

QString ReviewSession::projectName(int fiscalYear, const QString &code) const
{
    const std::optional<Record> r = findRecord(fiscalYear, code);
    return r && !r->name.isEmpty() ? r->name : code;
}

// ---- reviewer and rules ----------------------------------------------------------

QString ReviewSession::storedReviewer()
{
    return QSettings().value(reviewerKey()).toString().trimmed();
}

QString ReviewSession::reviewer() const
{
    const QString name = storedReviewer();
    return name.isEmpty() ? Flag::defaultReviewer() : name;
}

void ReviewSession::setReviewer(const QString &name)
{
    QSettings settings;
    if (name.trimmed().isEmpty())
        settings.remove(reviewerKey());
    else
        settings.setValue(reviewerKey(), name.trimmed());
}

bool ReviewSession::saveRuleSettings(const RuleSettings &settings, QString *error)
{
    if (!m_db || m_readOnly) {
        *error = tr("The database is read-only: the review rules cannot be changed.");
        return false;
    }
    if (!ReviewRules::saveSettings(*m_db, settings, error)
        || (!(settings.years == m_rules.years) && !YearRules::saveSettings(*m_db, settings.years, error)))
        return false;
    m_rules = settings;
    emit ruleSettingsChanged(m_rules);
    return true;
}

qint64 ReviewSession::suggestedCount(const RuleSettings &settings) const
{
    if (!m_db)
        return -1;
    return ReviewQueries::suggestedCount(*m_db, settings).value_or(-1);
}

bool ReviewSession::exportReviewList(const QString &path, ReviewListWriter::Format format, QString *error,
                                     qint64 *count)
{
    if (!m_db) {
        *error = tr("No review database is open.");
        return false;
    }
    ReviewListWriter writer(path, format);
    if (!writer.writeAll(*m_db, m_rules, count)) {
        *error = writer.errorString();
        return false;
    }
    return true;
}

// ---- writing -----------------------------------------------------------------

SetFlagCommand *ReviewSession::command(const Change &change)
{
    Flag wanted = change.after;
    wanted.reviewer = reviewer();
    const Flag before = change.before;
    auto *command = new SetFlagCommand(
            *m_store, change.fiscalYear, change.code, before, wanted,
            [this, before, wanted](int year, const QString &code, const FlagStore::SetResult &result) {
                commandFinished(before, wanted, year, code, result);
            });
    // The Edit menu and the status bar name the project, not its code.
    command->setProjectName(projectName(change.fiscalYear, change.code));
    return command;
}

FlagStore::Outcome ReviewSession::changeFlag(int fiscalYear, const QString &code, const Flag &before,
                                             const Flag &after)
{
    if (!m_store || m_readOnly)
        return FlagStore::Outcome::Failed;
    {
        const OperationScope scope(this, Operation::Push);
        m_stack->push(command({ fiscalYear, code, before, after })); // writes at once; dropped when refused
    }
    const FlagStore::Outcome outcome = m_lastOutcome;
    processOutcomes();
    return outcome;
}

void ReviewSession::changeFlags(const QList<Change> &changes)
{
    if (!m_store || m_readOnly || changes.isEmpty())
        return;
    if (changes.size() == 1) {
        const Change &c = changes.constFirst();
        changeFlag(c.fiscalYear, c.code, c.before, c.after);
        return;
    }
    {
        const OperationScope scope(this, Operation::Push);
        m_stack->beginMacro(tr("Change the flags of %n project(s)", "", int(changes.size())));
        for (const Change &c : changes)
            m_stack->push(command(c));
        m_stack->endMacro();
    }
    processOutcomes();
}

void ReviewSession::undo()
{
    if (m_readOnly)
        return;
    m_stepMessage = tr("Undone: %1").arg(m_stack->undoText());
    {
        const OperationScope scope(this, Operation::Undo);
        m_stack->undo();
    }
    processOutcomes();
}

void ReviewSession::redo()
{
    if (m_readOnly)
        return;
    m_stepMessage = tr("Redone: %1").arg(m_stack->redoText());
    {
        const OperationScope scope(this, Operation::Redo);
        m_stack->redo();
    }
    processOutcomes();
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
            changed << recordId(o.fiscalYear, o.code);
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
    Conflict c;
    c.fiscalYear = o.fiscalYear;
    c.code = o.code;
    c.recordId = recordId(o.fiscalYear, o.code);
    c.mine = o.mine;
    c.theirs = o.result.flag;
    if (c.theirs.sameContent(c.mine) && c.theirs.reviewer == c.mine.reviewer) {
        // Our own change, committed before the connection dropped and now tried again.
        emit flagsChanged({ c.recordId });
        return;
    }
    c.title = recordTitle(o.fiscalYear, o.code);
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
    const qint64 id = recordId(fiscalYear, code);
    if (id != 0)
        emit flagsChanged({ id });
}

void ReviewSession::remoteDatabaseChanged()
{
    if (!m_db)
        return;
    const RuleSettings stored = ReviewRules::loadSettings(*m_db);
    if (stored != m_rules) {
        m_rules = stored;
        emit ruleSettingsChanged(m_rules);
    }
    emit databaseChangedElsewhere();
}

} // namespace Hyoka

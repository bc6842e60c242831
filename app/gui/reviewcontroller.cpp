#include "reviewcontroller.h"

#include "flagcommands.h"
#include "flageditor.h"
#include "recordbrowser.h"
#include "recordstore.h"
#include "recordtablemodel.h"
#include "reviewdatabase.h"
#include "reviewicons.h"
#include "reviewlist.h"
#include "reviewnotifier.h"
#include "reviewpanel.h"
#include "reviewrules.h"
#include "yearrules.h"

#include <QAction>
#include <QMessageBox>
#include <QSettings>
#include <QUndoStack>

namespace Hyoka {

namespace {

// More than this many records at once asks first.
constexpr int confirmAbove = 50;

} // namespace

// Marks what the undo stack is doing while a command writes, so that a refused write
// knows which content was "mine" (undo writes the earlier one back).
class ReviewController::OperationScope
{
public:
    OperationScope(ReviewController *c, Operation op) : m_c(c), m_previous(c->m_operation)
    {
        c->m_operation = op;
    }
    ~OperationScope() { m_c->m_operation = m_previous; }
    OperationScope(const OperationScope &) = delete;
    OperationScope &operator=(const OperationScope &) = delete;

private:
    ReviewController *m_c;
    Operation m_previous;
};

ReviewController::ReviewController(RecordBrowser *browser, ReviewPanel *panel, QWidget *window)
    : QObject(window), m_browser(browser), m_panel(panel), m_window(window), m_stack(new QUndoStack(this))
{
    createActions();
    connect(m_stack, &QUndoStack::canUndoChanged, this, &ReviewController::updateActions);
    connect(m_stack, &QUndoStack::canRedoChanged, this, &ReviewController::updateActions);
    connect(m_stack, &QUndoStack::undoTextChanged, this, &ReviewController::updateActions);
    connect(m_stack, &QUndoStack::redoTextChanged, this, &ReviewController::updateActions);
    connect(m_panel->flagEditor(), &FlagEditor::flagEdited, this, &ReviewController::editorSaved);
    m_panel->flagEditor()->setReviewer(reviewer());
    retranslate();
    updateActions();
}

ReviewController::~ReviewController()
{
    m_stack->clear(); // the commands hold the flag store
}

void ReviewController::createActions()
{
    auto make = [this](const char *icon, const QKeySequence &shortcut) {
        auto *a = new QAction(this);
        if (icon)
            a->setIcon(ReviewIcons::named(QLatin1String(icon)));
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        return a;
    };
    m_flagSuggested = make("flag-suggested", QKeySequence(Qt::CTRL | Qt::Key_M));
    m_markReviewed = make("status-reviewed", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_dismiss = make("status-dismissed", QKeySequence());
    m_removeFlag = make(nullptr, QKeySequence());
    m_undo = make("undo", QKeySequence::Undo);
    m_redo = make("redo", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_settings = make("settings", QKeySequence());
    m_export = make("export", QKeySequence());
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_flagSuggested, &QAction::triggered, this, &ReviewController::flagSelectedWithSuggestedReason);
    connect(m_markReviewed, &QAction::triggered, this, [this] { setSelectedStatus(QStringLiteral("reviewed")); });
    connect(m_dismiss, &QAction::triggered, this, [this] { setSelectedStatus(QStringLiteral("dismissed")); });
    connect(m_removeFlag, &QAction::triggered, this, [this] { setSelectedStatus(Flag::noneStatus()); });
    connect(m_undo, &QAction::triggered, this, &ReviewController::undo);
    connect(m_redo, &QAction::triggered, this, &ReviewController::redo);
    connect(m_settings, &QAction::triggered, this, &ReviewController::editSettings);
    connect(m_export, &QAction::triggered, this, &ReviewController::exportReviewListInteractively);
}

void ReviewController::retranslate()
{
    // The undo steps' texts, in the new language (the Edit menu shows them).
    for (int i = 0; i < m_stack->count(); ++i) {
        auto *step = const_cast<QUndoCommand *>(m_stack->command(i));
        if (auto *command = dynamic_cast<SetFlagCommand *>(step))
            command->retranslate();
        else if (step->childCount() > 0)
            step->setText(tr("Change the flags of %n project(s)", "", step->childCount()));
    }
    m_flagSuggested->setText(tr("&Flag with Suggested Reason"));
    m_flagSuggested->setIconText(tr("Flag"));
    m_flagSuggested->setToolTip(tr("Flag the selected projects for review (要確認) with the reason "
                                   "the review rules suggest (%1)")
                                        .arg(m_flagSuggested->shortcut().toString(QKeySequence::NativeText)));
    m_markReviewed->setText(tr("Mark as &Reviewed"));
    m_dismiss->setText(tr("&Dismiss"));
    m_dismiss->setToolTip(tr("Mark the selected projects as needing no action (対応不要)"));
    m_removeFlag->setText(tr("Remove F&lag"));
    m_settings->setText(tr("Review &Settings…"));
    m_settings->setToolTip(tr("Your reviewer name and the review rules' thresholds"));
    m_export->setText(tr("&Export Review List…"));
    m_export->setToolTip(tr("Save the flagged and suggested projects with reasons and notes as CSV or XLSX"));
    updateActions();
    if (m_currentRecord)
        reloadCurrent(); // the findings are written by the rules in the UI language
}

void ReviewController::updateActions()
{
    const bool open = m_db != nullptr;
    const bool writable = open && !m_readOnly;
    for (QAction *a : { m_flagSuggested, m_markReviewed, m_dismiss, m_removeFlag })
        a->setEnabled(writable);
    m_undo->setEnabled(writable && m_stack->canUndo());
    m_redo->setEnabled(writable && m_stack->canRedo());
    // The menus say what would be undone; the toolbar keeps a short, steady label.
    m_undo->setText(m_stack->canUndo() ? tr("&Undo: %1").arg(m_stack->undoText()) : tr("&Undo"));
    m_redo->setText(m_stack->canRedo() ? tr("&Redo: %1").arg(m_stack->redoText()) : tr("&Redo"));
    m_undo->setIconText(tr("Undo"));
    m_redo->setIconText(tr("Redo"));
    m_undo->setToolTip(m_stack->canUndo() ? tr("Undo: %1").arg(m_stack->undoText()) : tr("Undo"));
    m_redo->setToolTip(m_stack->canRedo() ? tr("Redo: %1").arg(m_stack->redoText()) : tr("Redo"));
    m_settings->setEnabled(open);
    m_export->setEnabled(open);
}

// ---- database ----------------------------------------------------------------

void ReviewController::setDatabase(ReviewDatabase *db)
{
    m_stack->clear(); // its commands write to the previous database
    m_notifier.reset();
    m_store.reset();
    m_db = db;
    m_currentId = 0;
    m_currentRecord.reset();
    m_panel->clear();
    if (m_db) {
        m_store = std::make_unique<FlagStore>(*m_db);
        m_notifier = std::make_unique<ReviewNotifier>(*m_db);
        connect(m_notifier.get(), &ReviewNotifier::flagChanged, this, &ReviewController::remoteFlagChanged);
        connect(m_notifier.get(), &ReviewNotifier::databaseChanged, this,
                &ReviewController::remoteDatabaseChanged);
    }
    m_readOnly = m_db && m_db->isReadOnly();
    m_panel->setReadOnly(m_readOnly);
    loadPermissions();
    loadRuleSettings();
    updateActions();
    emit readOnlyChanged(m_readOnly);
}

void ReviewController::loadRuleSettings()
{
    m_browser->setRuleSettings(m_db ? ReviewRules::loadSettings(*m_db) : RuleSettings());
}

RuleSettings ReviewController::ruleSettings() const
{
    return m_browser->ruleSettings();
}

QString ReviewController::reviewer() const
{
    const QString name = QSettings().value(reviewerKey()).toString().trimmed();
    return name.isEmpty() ? Flag::defaultReviewer() : name;
}

void ReviewController::setReviewer(const QString &name)
{
    QSettings settings;
    if (name.trimmed().isEmpty())
        settings.remove(reviewerKey());
    else
        settings.setValue(reviewerKey(), name.trimmed());
    m_panel->flagEditor()->setReviewer(reviewer());
}

qint64 ReviewController::recordId(int fiscalYear, const QString &code) const
{
    return m_db ? RecordStore(*m_db).recordId(fiscalYear, code) : 0;
}

std::optional<Record> ReviewController::findRecord(int fiscalYear, const QString &code) const
{
    if (m_currentRecord && m_currentRecord->fiscalYear == fiscalYear
        && m_currentRecord->identityKey() == code)
        return m_currentRecord;
    return m_db ? RecordStore(*m_db).record(fiscalYear, code) : std::nullopt;
}

QString ReviewController::recordTitle(int fiscalYear, const QString &code) const
{
    const std::optional<Record> r = findRecord(fiscalYear, code);
    const QString name = r ? r->name : QString();
    const QString shown = r && r->code.isEmpty() ? r->bureau : code; // no code: its bureau
    return tr("“%1” (%2, FY%3)", "project name (code, fiscal year)").arg(name, shown).arg(fiscalYear);
}

QString ReviewController::projectName(int fiscalYear, const QString &code) const
{
    const std::optional<Record> r = findRecord(fiscalYear, code);
    return r && !r->name.isEmpty() ? r->name : code;
}

// ---- the current record ------------------------------------------------------

void ReviewController::showRecord(qint64 id, const std::optional<Record> &record)
{
    if (!record || !m_store) {
        RecordDetail detail;
        detail.id = id;
        detail.record = record;
        showDetail(detail);
        return;
    }
    const QString key = record->identityKey();
    RecordDetail detail;
    detail.id = id;
    detail.record = record;
    detail.flag = m_store->flag(record->fiscalYear, key);
    detail.history = m_store->history(record->fiscalYear, key);
    if (m_db)
        detail.yearFindings = YearRules::explainRecord(*m_db, record->fiscalYear, key, ruleSettings().years);
    showDetail(detail);
}

void ReviewController::showDetail(const RecordDetail &detail)
{
    m_currentId = detail.record ? detail.id : 0;
    m_currentRecord = detail.record;
    if (!detail.record || !m_store) {
        m_panel->clear();
        return;
    }
    const QList<ReviewRules::Finding> findings =
            ReviewRules::explain(*detail.record, ruleSettings()) + detail.yearFindings;
    m_panel->flagEditor()->setReasonHint(findings.isEmpty() ? QString()
                                                           : Flag::reasonForRule(findings.constFirst().ruleId));
    m_panel->showReview(detail.flag, detail.history, findings);
    applyPermission(*detail.record);
}

void ReviewController::updateCurrentRecord(qint64 id, const std::optional<Record> &record)
{
    if (id != m_currentId || !record || !m_currentRecord) {
        showRecord(id, record);
        return;
    }
    m_currentRecord = record;
    reloadCurrent();
}

void ReviewController::reloadCurrent()
{
    if (!m_currentRecord || !m_store)
        return;
    const Record &r = *m_currentRecord;
    const Flag stored = m_store->flag(r.fiscalYear, r.identityKey());
    FlagEditor *editor = m_panel->flagEditor();
    if (editor->isModified() && !editor->editedFlag().sameContent(stored)) {
        // The reviewer is typing: keep it. Saving will show both versions.
        m_panel->showHistory(m_store->history(r.fiscalYear, r.identityKey()));
        if (stored.version != editor->storedFlag().version)
            m_panel->setNotice(tr("%1 changed this flag meanwhile (version %2). Saving will ask "
                                  "which version to keep.")
                                       .arg(stored.reviewer)
                                       .arg(stored.version));
        return;
    }
    showRecord(m_currentId, m_currentRecord);
}

// ---- writing -----------------------------------------------------------------

FlagStore::Outcome ReviewController::changeFlag(int fiscalYear, const QString &code,
                                                const Flag &before, const Flag &after)
{
    if (!m_store || m_readOnly)
        return FlagStore::Outcome::Failed;
    Flag wanted = after;
    wanted.reviewer = reviewer();
    const CommandFlags flags { before, wanted };
    auto *command = new SetFlagCommand(
            *m_store, fiscalYear, code, before, wanted,
            [this, flags](int year, const QString &c, const FlagStore::SetResult &result) {
                commandFinished(flags, year, c, result);
            });
    // The Edit menu and the status bar name the project, not its code.
    command->setProjectName(projectName(fiscalYear, code));
    {
        const OperationScope scope(this, Operation::Push);
        m_stack->push(command); // writes (redo) at once; dropped when refused
    }
    const FlagStore::Outcome outcome = m_lastOutcome;
    processOutcomes();
    return outcome;
}

void ReviewController::commandFinished(const CommandFlags &flags, int fiscalYear, const QString &code,
                                       const FlagStore::SetResult &result)
{
    Outcome o;
    o.fiscalYear = fiscalYear;
    o.code = code;
    o.result = result;
    o.mine = m_operation == Operation::Undo ? flags.before : flags.after;
    o.mine.reviewer = reviewer();
    o.before = m_operation == Operation::Undo ? flags.after : flags.before;
    o.pushed = m_operation == Operation::Push;
    m_lastOutcome = result.outcome;
    m_outcomes.append(o);
    // Something else drove the stack (no scope of ours): handle it once it returns.
    if (m_operation == Operation::None && !m_outcomesQueued) {
        m_outcomesQueued = true;
        QMetaObject::invokeMethod(this, &ReviewController::processOutcomes, Qt::QueuedConnection);
    }
}

void ReviewController::processOutcomes()
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
        m_browser->flagsChanged(changed);
        emit flagsChanged(changed);
        if (changed.contains(m_currentId))
            reloadCurrent();
        // After Ctrl+Z the status bar says what was undone, not that a flag was saved.
        emit message(stepMessage.isEmpty() ? tr("Flag saved (%n change(s)).", "", int(changed.size()))
                                           : stepMessage,
                     4000);
    }
    if (!failures.isEmpty()) {
        failures.removeDuplicates();
        QMessageBox::warning(m_window, tr("Flag Not Saved"),
                             tr("The flag could not be saved; nothing was changed.\n\n%1")
                                     .arg(failures.join(u'\n')));
    }
    for (const Outcome &o : std::as_const(conflicts))
        resolveConflict(o);
}

void ReviewController::resolveConflict(const Outcome &o)
{
    const Flag &theirs = o.result.flag;
    const qint64 id = recordId(o.fiscalYear, o.code);
    if (theirs.sameContent(o.mine) && theirs.reviewer == o.mine.reviewer) {
        // Our own change, committed before the connection dropped and now tried again.
        m_browser->flagsChanged({ id });
        emit flagsChanged({ id });
        if (id == m_currentId)
            showRecord(m_currentId, m_currentRecord);
        return;
    }
    const QString title = recordTitle(o.fiscalYear, o.code);
    ConflictDialog dialog(m_window);
    dialog.setVersions(title, o.mine, theirs);
    dialog.exec();
    const ConflictDialog::Choice choice = dialog.choice();
    if (choice == ConflictDialog::Choice::OverwriteWithMine) {
        // Saved again over the version just shown: a third change in between is
        // another conflict, never lost.
        changeFlag(o.fiscalYear, o.code, theirs, o.mine);
        return;
    }
    m_browser->flagsChanged({ id });
    emit flagsChanged({ id });
    if (id == m_currentId) {
        m_panel->flagEditor()->revert();
        showRecord(m_currentId, m_currentRecord);
    }
    emit message(tr("Kept the version saved by %1.").arg(theirs.reviewer), 6000);
}

void ReviewController::editorSaved(const Flag &flag)
{
    if (!m_currentRecord)
        return;
    changeFlag(m_currentRecord->fiscalYear, m_currentRecord->identityKey(),
               m_panel->flagEditor()->storedFlag(), flag);
}

void ReviewController::flagSelectedWithSuggestedReason()
{
    applyToSelection(QStringLiteral("flagged"), true);
}

void ReviewController::setSelectedStatus(const QString &status)
{
    applyToSelection(status, status == u"flagged");
}

void ReviewController::applyToSelection(const QString &status, bool suggestedReason)
{
    if (!m_store || m_readOnly)
        return;
    const QModelIndexList rows = m_selection ? m_selection() : QModelIndexList();
    if (rows.isEmpty()) {
        emit message(tr("Select the projects to flag first."), 4000);
        return;
    }
    if (rows.size() > confirmAbove
        && QMessageBox::question(m_window, tr("Change Flags"),
                                 tr("Change the flag of %n project(s)?", "", int(rows.size())))
                != QMessageBox::Yes)
        return;

    struct Change
    {
        int year;
        QString code;
        Flag before;
        Flag after;
    };
    QList<Change> changes;
    int others = 0; // rows of bureaus the user may not flag
    for (const QModelIndex &row : rows) {
        if (!row.data(RecordTableModel::MayFlagRole).toBool()) {
            ++others;
            continue;
        }
        const int year = row.data(RecordTableModel::FiscalYearRole).toInt();
        const QString code = row.data(RecordTableModel::CodeRole).toString();
        bool ok = false;
        Flag before = m_store->flag(year, code, &ok);
        if (!ok && isDisconnected()) {
            emit message(tr("Not saved: the connection to the review server is lost. Try again "
                            "once it is back."),
                         8000);
            return;
        }
        if (!ok) {
            QMessageBox::warning(m_window, tr("Flag Not Saved"), m_store->lastError());
            return;
        }
        // Expect the version the grid shows: a change nobody has seen here yet is a
        // conflict, not something to write over.
        before.version = row.data(RecordTableModel::FlagVersionRole).toInt();
        Flag after = before;
        after.status = status;
        const QStringList rules = row.data(RecordTableModel::SuggestionsRole).toStringList();
        if (suggestedReason && !rules.isEmpty())
            after.reason = Flag::reasonForRule(rules.constFirst());
        if (!after.sameContent(before))
            changes.append({ year, code, before, after });
    }
    if (changes.isEmpty()) {
        emit message(others > 0 ? tr("Not changed: %n project(s) of bureaus you do not review.", "", others)
                                : tr("Nothing to change: the flags are already so."),
                     4000);
        return;
    }
    if (changes.size() == 1) {
        changeFlag(changes.constFirst().year, changes.constFirst().code, changes.constFirst().before,
                   changes.constFirst().after);
        return;
    }
    {
        const OperationScope scope(this, Operation::Push);
        m_stack->beginMacro(tr("Change the flags of %n project(s)", "", int(changes.size())));
        for (const Change &c : std::as_const(changes)) {
            Flag wanted = c.after;
            wanted.reviewer = reviewer();
            const CommandFlags flags { c.before, wanted };
            m_stack->push(new SetFlagCommand(
                    *m_store, c.year, c.code, c.before, wanted,
                    [this, flags](int year, const QString &code, const FlagStore::SetResult &result) {
                        commandFinished(flags, year, code, result);
                    }));
        }
        m_stack->endMacro();
    }
    processOutcomes();
}

void ReviewController::undo()
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

void ReviewController::redo()
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

// ---- other reviewers -----------------------------------------------------------

void ReviewController::remoteFlagChanged(int fiscalYear, const QString &code)
{
    const qint64 id = recordId(fiscalYear, code);
    if (id == 0)
        return;
    m_browser->flagsChanged({ id });
    emit flagsChanged({ id });
    if (id == m_currentId)
        reloadCurrent();
}

void ReviewController::remoteDatabaseChanged()
{
    if (!m_db)
        return;
    const RuleSettings stored = ReviewRules::loadSettings(*m_db);
    if (stored != ruleSettings())
        m_browser->setRuleSettings(stored);
    emit databaseChangedElsewhere();
    reloadCurrent();
}

} // namespace Hyoka

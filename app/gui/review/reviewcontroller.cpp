#include "reviewcontroller.h"

#include "conflictdialog.h"
#include "flagcommands.h"
#include "flageditor.h"
#include "recordbrowser.h"
#include "recordtablemodel.h"
#include "reviewdatabase.h"
#include "reviewicons.h"
#include "reviewpanel.h"
#include "reviewrules.h"

#include <QAction>
#include <QMessageBox>
#include <QUndoStack>

namespace Hyoka {

namespace {

// More than this many records at once asks first.
constexpr int confirmAbove = 50;

} // namespace

ReviewController::ReviewController(RecordBrowser *browser, ReviewPanel *panel, QWidget *window)
    : QObject(window), m_browser(browser), m_panel(panel), m_window(window), m_session(new ReviewSession(this))
{
    createActions();
    QUndoStack *stack = m_session->undoStack();
    connect(stack, &QUndoStack::canUndoChanged, this, &ReviewController::updateActions);
    connect(stack, &QUndoStack::canRedoChanged, this, &ReviewController::updateActions);
    connect(stack, &QUndoStack::undoTextChanged, this, &ReviewController::updateActions);
    connect(stack, &QUndoStack::redoTextChanged, this, &ReviewController::updateActions);
    connect(m_panel->flagEditor(), &FlagEditor::flagEdited, this, &ReviewController::editorSaved);

    connect(m_session, &ReviewSession::flagsChanged, this, &ReviewController::sessionFlagsChanged);
    connect(m_session, &ReviewSession::conflictFound, this, &ReviewController::resolveConflict);
    connect(m_session, &ReviewSession::writeFailed, this, [this](const QStringList &errors) {
        QMessageBox::warning(m_window, tr("Flag Not Saved"),
                             tr("The flag could not be saved; nothing was changed.\n\n%1").arg(errors.join(u'\n')));
    });
    // Both are read after a database opens (and again when the server is back): the
    // current record's findings and whether it may be flagged follow.
    connect(m_session, &ReviewSession::ruleSettingsChanged, this, [this](const RuleSettings &settings) {
        m_browser->setRuleSettings(settings);
        reloadCurrent();
    });
    connect(m_session, &ReviewSession::permissionsChanged, this, [this] {
        m_browser->tableModel()->setFlaggableBureaus(m_session->flaggableBureaus());
        emit permissionsChanged();
        reloadCurrent();
    });
    connect(m_session, &ReviewSession::readOnlyChanged, this, [this](bool readOnly) {
        m_panel->setReadOnly(readOnly);
        updateActions();
        emit readOnlyChanged(readOnly);
    });
    connect(m_session, &ReviewSession::waitingChangesChanged, this, &ReviewController::waitingChangesChanged);
    connect(m_session, &ReviewSession::message, this, &ReviewController::message);
    connect(m_session, &ReviewSession::databaseChangedElsewhere, this, [this] {
        emit databaseChangedElsewhere();
        reloadCurrent();
    });
    m_panel->flagEditor()->setReviewer(reviewer());
    retranslate();
    updateActions();
}

ReviewController::~ReviewController() = default;

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
    QUndoStack *stack = m_session->undoStack();
    for (int i = 0; i < stack->count(); ++i) {
        auto *step = const_cast<QUndoCommand *>(stack->command(i));
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
    if (m_session->currentRecord())
        reloadCurrent(); // the findings are written by the rules in the UI language
}

void ReviewController::updateActions()
{
    const QUndoStack *stack = m_session->undoStack();
    const bool open = m_session->database() != nullptr;
    const bool writable = open && !m_session->isReadOnly();
    for (QAction *a : { m_flagSuggested, m_markReviewed, m_dismiss, m_removeFlag })
        a->setEnabled(writable);
    m_undo->setEnabled(writable && stack->canUndo());
    m_redo->setEnabled(writable && stack->canRedo());
    // The menus say what would be undone; the toolbar keeps a short, steady label.
    m_undo->setText(stack->canUndo() ? tr("&Undo: %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setText(stack->canRedo() ? tr("&Redo: %1").arg(stack->redoText()) : tr("&Redo"));
    m_undo->setIconText(tr("Undo"));
    m_redo->setIconText(tr("Redo"));
    m_undo->setToolTip(stack->canUndo() ? tr("Undo: %1").arg(stack->undoText()) : tr("Undo"));
    m_redo->setToolTip(stack->canRedo() ? tr("Redo: %1").arg(stack->redoText()) : tr("Redo"));
    m_settings->setEnabled(open);
    m_export->setEnabled(open);
}

// ---- the session ---------------------------------------------------------------

void ReviewController::setDatabase(ReviewDatabase *db)
{
    m_panel->clear();
    if (m_exportsUnderWay > 0) { // never answered: they were about the previous database
        m_exportsUnderWay = 0;
        emit message(QString(), 0);
    }
    m_session->setDatabase(db); // rules, permissions, read-only state and actions follow by signal
}

void ReviewController::setConnectionWatch(ConnectionWatch *watch)
{
    m_session->setConnectionWatch(watch);
}

void ReviewController::connectionRestored()
{
    m_session->connectionRestored();
    reloadCurrent();
}

int ReviewController::waitingChanges() const
{
    return m_session->waitingChanges();
}

QUndoStack *ReviewController::undoStack() const
{
    return m_session->undoStack();
}

ReviewNotifier *ReviewController::notifier() const
{
    return m_session->notifier();
}

RuleSettings ReviewController::ruleSettings() const
{
    return m_session->ruleSettings();
}

QString ReviewController::reviewer() const
{
    return m_session->reviewer();
}

void ReviewController::setReviewer(const QString &name)
{
    m_session->setReviewer(name);
    m_panel->flagEditor()->setReviewer(reviewer());
}

bool ReviewController::isReadOnly() const
{
    return m_session->isReadOnly();
}

std::optional<QStringList> ReviewController::flaggableBureaus() const
{
    return m_session->flaggableBureaus();
}

bool ReviewController::mayFlag(const QString &bureau) const
{
    return m_session->mayFlag(bureau);
}

QString ReviewController::permissionNotice() const
{
    return m_session->permissionNotice();
}

void ReviewController::applyPermission(const Record &record)
{
    const bool mine = m_session->mayFlag(record.bureau);
    m_panel->setReadOnly(m_session->isReadOnly() || !mine);
    if (!mine)
        m_panel->setNotice(tr("%1 is not one of the bureaus you review: you can read this flag but "
                              "not change it.")
                                   .arg(record.bureau));
}

// ---- the current record ------------------------------------------------------

void ReviewController::showDetail(const RecordDetail &detail)
{
    m_session->setCurrentRecord(detail.id, detail.record);
    // A flag that could not be read is not shown as none (the window says why).
    if (!detail.record || !m_session->database() || !detail.error.isEmpty()) {
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

void ReviewController::updateCurrentRecord(const RecordDetail &detail)
{
    if (detail.id != m_session->currentId() || !detail.record || !m_session->currentRecord()) {
        showDetail(detail);
        return;
    }
    if (!detail.error.isEmpty())
        return; // what is shown stays (the window says why)
    FlagEditor *editor = m_panel->flagEditor();
    if (editor->isModified() && !editor->editedFlag().sameContent(detail.flag)) {
        // The reviewer is typing: keep it. Saving will show both versions.
        m_session->setCurrentRecord(detail.id, detail.record);
        m_panel->showHistory(detail.history);
        if (detail.flag.version != editor->storedFlag().version)
            m_panel->setNotice(tr("%1 changed this flag meanwhile (version %2). Saving will ask "
                                  "which version to keep.")
                                       .arg(detail.flag.reviewer)
                                       .arg(detail.flag.version));
        return;
    }
    showDetail(detail);
}

void ReviewController::reloadCurrent()
{
    if (m_session->currentRecord() && m_session->database())
        emit currentRecordStale();
}

// ---- writing -----------------------------------------------------------------

void ReviewController::changeFlag(int fiscalYear, const QString &code, const Flag &before, const Flag &after)
{
    m_session->changeFlag(fiscalYear, code, before, after);
}

void ReviewController::sessionFlagsChanged(const QList<qint64> &ids)
{
    m_browser->flagsChanged(ids);
    emit flagsChanged(ids);
    if (ids.contains(m_session->currentId()))
        reloadCurrent();
}

void ReviewController::resolveConflict(const ReviewSession::Conflict &conflict)
{
    ConflictDialog dialog(m_window);
    dialog.setVersions(conflict.title, conflict.mine, conflict.theirs);
    dialog.exec();
    const bool keepMine = dialog.choice() == ConflictDialog::Choice::OverwriteWithMine;
    if (!keepMine && conflict.recordId == m_session->currentId())
        m_panel->flagEditor()->revert(); // the panel then shows theirs
    m_session->resolveConflict(conflict, keepMine);
}

void ReviewController::editorSaved(const Flag &flag)
{
    const std::optional<Record> current = m_session->currentRecord();
    if (!current)
        return;
    changeFlag(current->fiscalYear, current->identityKey(), m_panel->flagEditor()->storedFlag(), flag);
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
    if (!m_session->database() || m_session->isReadOnly())
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

    QList<FlagWrites::StatusChange> changes;
    int others = 0; // rows of bureaus the user may not flag
    for (const QModelIndex &row : rows) {
        if (!row.data(RecordTableModel::MayFlagRole).toBool()) {
            ++others;
            continue;
        }
        FlagWrites::StatusChange change;
        change.fiscalYear = row.data(RecordTableModel::FiscalYearRole).toInt();
        change.code = row.data(RecordTableModel::CodeRole).toString();
        // Expect the version the grid shows: a change nobody has seen here yet is a
        // conflict, not something to write over.
        change.version = row.data(RecordTableModel::FlagVersionRole).toInt();
        change.status = status;
        const QStringList rules = row.data(RecordTableModel::SuggestionsRole).toStringList();
        if (suggestedReason && !rules.isEmpty())
            change.reason = Flag::reasonForRule(rules.constFirst());
        changes.append(change);
    }
    auto nothingChanged = [this, others] {
        emit message(others > 0 ? tr("Not changed: %n project(s) of bureaus you do not review.", "", others)
                                : tr("Nothing to change: the flags are already so."),
                     4000);
    };
    if (changes.isEmpty()) {
        nothingChanged();
        return;
    }
    // The stored flags are read and written on the session's write thread.
    m_session->changeStatuses(changes, [nothingChanged](int written) {
        if (written == 0)
            nothingChanged();
    });
}

void ReviewController::undo()
{
    m_session->undo();
}

void ReviewController::redo()
{
    m_session->redo();
}

} // namespace Hyoka

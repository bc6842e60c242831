#pragma once

#include "conflictdialog.h"
#include "flagstore.h"
#include "record.h"
#include "recorddetail.h"
#include "reviewlistwriter.h"
#include "rulesettings.h"

#include <QList>
#include <QAbstractItemModel>
#include <QObject>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QUndoStack;
class QWidget;

namespace Hyoka {

class ConnectionWatch;
class RecordBrowser;
class ReviewDatabase;
class ReviewNotifier;
class ReviewPanel;

// The review workflow inside the window: flag changes from the review panel's editor
// and from the flag actions go through one QUndoStack of SetFlagCommands; refused
// changes (someone else saved first) open the ConflictDialog; other reviewers' changes
// arrive through a ReviewNotifier and refresh the grid and the panel; a read-only
// database disables editing; the review settings dialog and the review-list export.
class ReviewController : public QObject
{
    Q_OBJECT
public:
    // The grid rows the flag actions apply to.
    using SelectionProvider = std::function<QModelIndexList()>;

    // `window` parents the dialogs; `browser` and `panel` are not owned.
    ReviewController(RecordBrowser *browser, ReviewPanel *panel, QWidget *window);
    ~ReviewController() override;

    // The database flags are read from and written to (not owned; nullptr: none). Call
    // with nullptr before the database goes away.
    void setDatabase(ReviewDatabase *db);
    void setSelectionProvider(const SelectionProvider &provider) { m_selection = provider; }
    // The watch over the shared database's connection (not owned; nullptr: none). A
    // flag save that fails because the server went away waits and is tried again,
    // with the same version check, by connectionRestored() (reviewcontrollerlink.cpp).
    void setConnectionWatch(ConnectionWatch *watch);
    int waitingChanges() const { return int(m_waiting.size()); }
    // The record the detail dock shows (0 and nullopt: none).
    void showRecord(qint64 id, const std::optional<Record> &record);
    // The same with the flag and history the read service read with the record.
    void showDetail(const Hyoka::RecordDetail &detail);
    // The current record was read again (someone changed the database): the findings
    // and the history follow, an edit in progress stays.
    void updateCurrentRecord(qint64 id, const std::optional<Record> &record);

    QUndoStack *undoStack() const { return m_stack; }
    ReviewNotifier *notifier() const { return m_notifier.get(); }
    RuleSettings ruleSettings() const;
    // The reviewer written into flags: the settings' name, else the OS user name.
    QString reviewer() const;
    void setReviewer(const QString &name);
    bool isReadOnly() const { return m_readOnly; }
    // Per-bureau permissions (docs/permissions.md, reviewcontrollerpermissions.cpp):
    // the bureaus whose projects the user may flag (nullopt: all), whether a bureau
    // is one of them, and the notice the window shows about it (empty: none).
    std::optional<QStringList> flaggableBureaus() const { return m_flaggable; }
    bool mayFlag(const QString &bureau) const;
    QString permissionNotice() const;

    QAction *flagSuggestedAction() const { return m_flagSuggested; }
    QAction *markReviewedAction() const { return m_markReviewed; }
    QAction *dismissAction() const { return m_dismiss; }
    QAction *removeFlagAction() const { return m_removeFlag; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *settingsAction() const { return m_settings; }
    QAction *exportAction() const { return m_export; }

    // Writes `after` for a record whose flag the reviewer saw as `before` (its version
    // is the one expected), as one undoable step. Returns the write's outcome.
    FlagStore::Outcome changeFlag(int fiscalYear, const QString &code, const Flag &before,
                                  const Flag &after);
    // The review list (flagged and suggested records) as CSV or XLSX.
    bool exportReviewList(const QString &path, ReviewListWriter::Format format, QString *error,
                          qint64 *count = nullptr);
    // Stores new thresholds in the database and applies them to the grid.
    bool saveRuleSettings(const RuleSettings &settings, QString *error);
    // How many records the rules suggest with `settings`; -1 on a database error.
    qint64 suggestedCount(const RuleSettings &settings) const;

    // Texts built in code follow the UI language.
    void retranslate();

public slots:
    // Flags the selected records as 要確認 with the reason the rules suggest (Ctrl+M).
    void flagSelectedWithSuggestedReason();
    void setSelectedStatus(const QString &status);
    void undo();
    void redo();
    void editSettings();
    void exportReviewListInteractively();
    // Reads the current record's flag and history again.
    void reloadCurrent();
    // The server is back: listen again, read the rule settings and the current record
    // again, and save the changes that waited.
    void connectionRestored();

signals:
    // Flags of these records changed (here or elsewhere); the grid has been told.
    void flagsChanged(const QList<qint64> &ids);
    // Another connection changed records or flags (an import, SQLite's poll): reload.
    void databaseChangedElsewhere();
    void message(const QString &text, int timeoutMs);
    void readOnlyChanged(bool readOnly);
    void waitingChangesChanged(int count);
    void permissionsChanged();

private:
    // Where the reviewer's name is kept (QSettings).
    static QString reviewerKey() { return QStringLiteral("review/reviewer"); }
    enum class Operation { None, Push, Undo, Redo };
    struct Outcome
    {
        int fiscalYear = 0;
        QString code;
        FlagStore::SetResult result;
        Flag mine; // what this write wanted to store
        Flag before; // what it expected to find (its version: the version check)
        bool pushed = false; // a new change (not an undo or redo)
    };
    struct CommandFlags
    {
        Flag before;
        Flag after;
    };
    class OperationScope;

    void createActions();
    void updateActions();
    void commandFinished(const CommandFlags &flags, int fiscalYear, const QString &code,
                         const FlagStore::SetResult &result);
    void processOutcomes();
    void resolveConflict(const Outcome &outcome);
    // A failed write because the connection is lost: kept to be saved later (true), or
    // told as not saved in the status bar (an undo or redo) — never a dialog.
    bool holdWhileDisconnected(const Outcome &outcome);
    bool isDisconnected() const;
    void editorSaved(const Flag &flag);
    void applyToSelection(const QString &status, bool suggestedReason);
    void remoteFlagChanged(int fiscalYear, const QString &code);
    void remoteDatabaseChanged();
    qint64 recordId(int fiscalYear, const QString &code) const;
    QString recordTitle(int fiscalYear, const QString &code) const;
    // The project's name for the undo steps' labels (its code when it has none).
    QString projectName(int fiscalYear, const QString &code) const;
    // The current record when it is that one, else read from the database.
    std::optional<Record> findRecord(int fiscalYear, const QString &code) const;
    void loadRuleSettings();
    void loadPermissions();
    // The editor follows the permission for the shown record's bureau.
    void applyPermission(const Record &record);

    RecordBrowser *m_browser;
    ReviewPanel *m_panel;
    QWidget *m_window;
    ReviewDatabase *m_db = nullptr;
    std::unique_ptr<FlagStore> m_store;
    std::unique_ptr<ReviewNotifier> m_notifier;
    QUndoStack *m_stack;
    SelectionProvider m_selection;
    ConnectionWatch *m_watch = nullptr;
    QList<Outcome> m_waiting; // saves waiting for the connection
    bool m_readOnly = false;
    std::optional<QStringList> m_flaggable;

    qint64 m_currentId = 0;
    std::optional<Record> m_currentRecord;

    Operation m_operation = Operation::None;
    QList<Outcome> m_outcomes;
    bool m_outcomesQueued = false;
    QString m_stepMessage; // what the undo or redo being processed did, for the status bar
    FlagStore::Outcome m_lastOutcome = FlagStore::Outcome::Unchanged;

    QAction *m_flagSuggested;
    QAction *m_markReviewed;
    QAction *m_dismiss;
    QAction *m_removeFlag;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_settings;
    QAction *m_export;
};

} // namespace Hyoka

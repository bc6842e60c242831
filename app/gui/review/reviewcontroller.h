#pragma once

#include "flagstore.h"
#include "reviewsession.h"
#include "record.h"
#include "recorddetail.h"
#include "reviewlistwriter.h"
#include "rulesettings.h"

#include <QList>
#include <QAbstractItemModel>
#include <QObject>

#include <functional>
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

// The review workflow inside the window, a view of a ReviewSession (which holds the
// undo stack, the writes, conflicts, waiting changes, rules and permissions without
// widgets): the flag actions and the review panel's editor become session changes; a
// conflict opens the ConflictDialog; the grid and the panel follow the session's
// signals; a read-only database disables editing; the review settings dialog and the
// review-list export's file dialog.
class ReviewController : public QObject
{
    Q_OBJECT
public:
    // The grid rows the flag actions apply to.
    using SelectionProvider = std::function<QModelIndexList()>;

    // `window` parents the dialogs; `browser` and `panel` are not owned.
    ReviewController(RecordBrowser *browser, ReviewPanel *panel, QWidget *window);
    ~ReviewController() override;

    ReviewSession *session() const { return m_session; }
    // The database flags are read from and written to (not owned; nullptr: none). Call
    // with nullptr before the database goes away.
    void setDatabase(ReviewDatabase *db);
    void setSelectionProvider(const SelectionProvider &provider) { m_selection = provider; }
    // The watch over the shared database's connection (not owned; nullptr: none). A
    // flag save that fails because the server went away waits and is tried again,
    // with the same version check, by connectionRestored() (reviewsessionlink.cpp).
    void setConnectionWatch(ConnectionWatch *watch);
    int waitingChanges() const;
    // The record the detail dock shows, with the flag, history and findings the read
    // service read with it (a detail without a record: none).
    void showDetail(const Hyoka::RecordDetail &detail);
    // The current record was read again (a flag was saved, someone changed the
    // database): the flag, findings and history follow, an edit in progress stays.
    void updateCurrentRecord(const Hyoka::RecordDetail &detail);

    QUndoStack *undoStack() const;
    ReviewNotifier *notifier() const;
    RuleSettings ruleSettings() const;
    // The reviewer written into flags: the settings' name, else the OS user name.
    QString reviewer() const;
    void setReviewer(const QString &name);
    bool isReadOnly() const;
    // Per-bureau permissions (docs/permissions.md): whether a bureau is one the user
    // may flag, and the notice the window shows about it (empty: none).
    std::optional<QStringList> flaggableBureaus() const;
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
    // is the one expected), as one undoable step (on the session's write thread).
    void changeFlag(int fiscalYear, const QString &code, const Flag &before, const Flag &after);
    // Writes the review list (flagged and suggested records) as CSV or XLSX on the
    // session's thread; the status bar tells how many were written, a message box why
    // not; then `done(answer)`.
    void exportReviewList(const QString &path, ReviewListWriter::Format format,
                          const std::function<void(const ReviewSession::ExportAnswer &)> &done = {});
    // Stores new thresholds in the database on the session's thread (the grid and the
    // detail follow), then `done(error)` (empty: stored).
    void saveRuleSettings(const RuleSettings &settings, const std::function<void(const QString &error)> &done);

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
    // The current record's flag and history are to be read again: asks for it
    // (currentRecordStale()).
    void reloadCurrent();
    // The server is back: listen again, read the rule settings and the current record
    // again, and save the changes that waited.
    void connectionRestored();

signals:
    // The current record's flag, history or findings may have changed: the window reads
    // them again on its read service and hands them to updateCurrentRecord().
    void currentRecordStale();
    // Flags of these records changed (here or elsewhere); the grid has been told.
    void flagsChanged(const QList<qint64> &ids);
    // Another connection changed records or flags (an import, SQLite's poll): reload.
    void databaseChangedElsewhere();
    void message(const QString &text, int timeoutMs);
    void readOnlyChanged(bool readOnly);
    void waitingChangesChanged(int count);
    void permissionsChanged();

private:
    void createActions();
    void updateActions();
    void sessionFlagsChanged(const QList<qint64> &ids);
    void resolveConflict(const Hyoka::ReviewSession::Conflict &conflict);
    void editorSaved(const Flag &flag);
    void applyToSelection(const QString &status, bool suggestedReason);
    // The editor follows the permission for the shown record's bureau.
    void applyPermission(const Record &record);

    RecordBrowser *m_browser;
    ReviewPanel *m_panel;
    QWidget *m_window;
    ReviewSession *m_session;
    SelectionProvider m_selection;

    QAction *m_flagSuggested;
    QAction *m_markReviewed;
    QAction *m_dismiss;
    QAction *m_removeFlag;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_settings;
    QAction *m_export;
    int m_exportsUnderWay = 0; // their status line stays until they are answered
};

} // namespace Hyoka

#pragma once

#include "flagstore.h"
#include "record.h"
#include "reviewlistwriter.h"
#include "rulesettings.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QUndoStack;

namespace Hyoka {

class ConnectionWatch;
class ReviewDatabase;
class ReviewNotifier;
class SetFlagCommand;

// One reviewer's review of one database, without widgets (docs/architecture.md, "The
// review session"): flag changes as undoable steps on a QUndoStack, each written in
// its own transaction with its version check; a change someone else saved first comes
// back as conflictFound(), to be resolved with resolveConflict(); changes made while
// the shared database's server is away wait and are saved once it is back
// (reviewsessionlink.cpp); other reviewers' changes arrive through a ReviewNotifier;
// the rule thresholds, the reviewer's name, per-bureau permissions and the review-list
// export. The window's ReviewController is a view of it; tests drive it directly.
class ReviewSession : public QObject
{
    Q_OBJECT
public:
    // One flag change: `before` is the stored flag the reviewer saw (its version is
    // the one expected), `after` what they want stored.
    struct Change
    {
        int fiscalYear = 0;
        QString code;
        Flag before;
        Flag after;
    };
    // Someone else saved the flag first: `theirs` is stored, `mine` was not written.
    struct Conflict
    {
        int fiscalYear = 0;
        QString code;
        qint64 recordId = 0;
        QString title; // “name” (code, FYyear), for the dialog
        Flag mine;
        Flag theirs;
    };

    explicit ReviewSession(QObject *parent = nullptr);
    ~ReviewSession() override;

    // The database flags are read from and written to (not owned; nullptr: none). Call
    // with nullptr before the database goes away.
    void setDatabase(ReviewDatabase *db);
    ReviewDatabase *database() const { return m_db; }
    bool isReadOnly() const { return m_readOnly; }
    // The watch over the shared database's connection (not owned; nullptr: none).
    void setConnectionWatch(ConnectionWatch *watch);
    // Whether the server is away (pings it when the connection was believed alive).
    bool isDisconnected() const;
    int waitingChanges() const { return int(m_waiting.size()); }

    QUndoStack *undoStack() const { return m_stack; }
    ReviewNotifier *notifier() const { return m_notifier.get(); }

    // The stored flag of a record; `ok` false on a database error (lastError()).
    Flag flag(int fiscalYear, const QString &code, bool *ok = nullptr) const;
    QList<FlagAuditEntry> history(int fiscalYear, const QString &code) const;
    QString lastError() const;
    qint64 recordId(int fiscalYear, const QString &code) const;
    // “name” (code, FYyear); a record without a code is named by its bureau.
    QString recordTitle(int fiscalYear, const QString &code) const;

    // The record the reviewer looks at: names undo steps without another read.
    void setCurrentRecord(qint64 id, const std::optional<Record> &record);
    qint64 currentId() const { return m_currentId; }
    const std::optional<Record> &currentRecord() const { return m_currentRecord; }

    // The reviewer written into flags: the stored name (QSettings), else the OS user's.
    QString reviewer() const;
    // The name as stored (empty: none).
    static QString storedReviewer();
    void setReviewer(const QString &name);

    RuleSettings ruleSettings() const { return m_rules; }
    // Stores new thresholds in the database; ruleSettingsChanged() follows.
    bool saveRuleSettings(const RuleSettings &settings, QString *error);
    // How many records the rules suggest with `settings`; -1 on a database error.
    qint64 suggestedCount(const RuleSettings &settings) const;

    // Per-bureau permissions (docs/permissions.md): the bureaus whose projects the
    // user may flag (nullopt: all), and the notice the window shows (empty: none).
    std::optional<QStringList> flaggableBureaus() const { return m_flaggable; }
    bool mayFlag(const QString &bureau) const;
    QString permissionNotice() const;

    // Writes one change as one undoable step; returns the write's outcome.
    FlagStore::Outcome changeFlag(int fiscalYear, const QString &code, const Flag &before,
                                  const Flag &after);
    // Several changes as one undoable step ("Change the flags of n projects").
    void changeFlags(const QList<Change> &changes);
    void undo();
    void redo();
    // After conflictFound(): write mine over theirs (a third change in between is
    // another conflict), or keep theirs.
    void resolveConflict(const Conflict &conflict, bool keepMine);

    // The review list (flagged and suggested records) as CSV or XLSX.
    bool exportReviewList(const QString &path, ReviewListWriter::Format format, QString *error,
                          qint64 *count = nullptr);

public slots:
    // The server is back: listen again, read rules and permissions again, and save the
    // changes that waited.
    void connectionRestored();

signals:
    // The flags of these records changed (here or elsewhere).
    void flagsChanged(const QList<qint64> &ids);
    void conflictFound(const Hyoka::ReviewSession::Conflict &conflict);
    // Writes that failed for another reason; nothing was changed.
    void writeFailed(const QStringList &errors);
    void ruleSettingsChanged(const Hyoka::RuleSettings &settings);
    void permissionsChanged();
    void readOnlyChanged(bool readOnly);
    void waitingChangesChanged(int count);
    // Another connection changed records or flags (an import, SQLite's poll).
    void databaseChangedElsewhere();
    // For the status bar.
    void message(const QString &text, int timeoutMs);

private:
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
    class OperationScope;

    SetFlagCommand *command(const Change &change);
    void commandFinished(const Flag &before, const Flag &after, int fiscalYear, const QString &code,
                         const FlagStore::SetResult &result);
    void processOutcomes();
    void conflict(const Outcome &outcome);
    // A failed write because the connection is lost: kept to be saved later (true), or
    // told as not saved in the status bar (an undo or redo).
    bool holdWhileDisconnected(const Outcome &outcome);
    // The project's name for the undo steps' labels (its code when it has none).
    QString projectName(int fiscalYear, const QString &code) const;
    std::optional<Record> findRecord(int fiscalYear, const QString &code) const;
    void loadRuleSettings();
    void loadPermissions();
    void remoteFlagChanged(int fiscalYear, const QString &code);
    void remoteDatabaseChanged();

    ReviewDatabase *m_db = nullptr;
    std::unique_ptr<FlagStore> m_store;
    std::unique_ptr<ReviewNotifier> m_notifier;
    QUndoStack *m_stack;
    ConnectionWatch *m_watch = nullptr;
    QList<Outcome> m_waiting; // saves waiting for the connection
    bool m_readOnly = false;
    std::optional<QStringList> m_flaggable;
    RuleSettings m_rules;

    qint64 m_currentId = 0;
    std::optional<Record> m_currentRecord;

    Operation m_operation = Operation::None;
    QList<Outcome> m_outcomes;
    bool m_outcomesQueued = false;
    QString m_stepMessage; // what the undo or redo being processed did, for the status bar
    FlagStore::Outcome m_lastOutcome = FlagStore::Outcome::Unchanged;
};

} // namespace Hyoka

Q_DECLARE_METATYPE(Hyoka::ReviewSession::Conflict)

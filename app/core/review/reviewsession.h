#pragma once

#include "flagstore.h"
#include "flagwrites.h"
#include "queryworker.h"
#include "record.h"
#include "reviewlistwriter.h"
#include "rulesettings.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
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
// its own transaction with its version check, on a thread of the session's own with a
// connection of its own (the GUI thread never waits for a write): a change, an undo
// or a redo is written first and moves the stack when its answer arrives
// (operationFinished()); one asked while another is under way waits its turn. A
// change someone else saved first comes
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
    // Whether a change, undo, redo, rules save or export is under way or waits its turn.
    bool isBusy() const { return m_busy || !m_queue.isEmpty(); }

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
    // Stores new thresholds in the database on the write thread, in turn with the flag
    // writes; ruleSettingsChanged() follows, then `done(error)` (empty: saved).
    void saveRuleSettings(const RuleSettings &settings,
                          const std::function<void(const QString &error)> &done = {});
    // Counts on the write thread the records the rules suggest with `settings`, then
    // `answer(count)` (-1: a database error). A newer count supersedes one not yet
    // answered, which is never answered.
    void countSuggestions(const RuleSettings &settings, const std::function<void(qint64 count)> &answer);

    // Per-bureau permissions (docs/permissions.md): the bureaus whose projects the
    // user may flag (nullopt: all), and the notice the window shows (empty: none).
    // They and the rule settings are read on the write thread when a database is
    // opened (permissionsChanged() and, when they differ from the defaults,
    // ruleSettingsChanged() follow); until then nothing may be flagged.
    std::optional<QStringList> flaggableBureaus() const { return m_flaggable; }
    bool mayFlag(const QString &bureau) const;
    QString permissionNotice() const;

    // Writes one change as one undoable step.
    void changeFlag(int fiscalYear, const QString &code, const Flag &before, const Flag &after);
    // Several changes as one undoable step ("Change the flags of n projects").
    void changeFlags(const QList<Change> &changes);
    // A new status (and, when given, reason) for several grid rows, made from their
    // stored flags on the write thread, as one undoable step; `done(written)` follows
    // with the number of flags written (0: they were already so), unless a read failed
    // (writeFailed() or, with the server away, message()).
    void changeStatuses(const QList<FlagWrites::StatusChange> &rows,
                        const std::function<void(int written)> &done = {});
    void undo();
    void redo();
    // After conflictFound(): write mine over theirs (a third change in between is
    // another conflict), or keep theirs.
    void resolveConflict(const Conflict &conflict, bool keepMine);

    // The review list (flagged and suggested records) as CSV or XLSX, written on the
    // write thread in turn with the flag writes (so it holds every change asked
    // before it), then `done(answer)`.
    struct ExportAnswer
    {
        QString error; // empty: written
        qint64 count = 0; // the records written
    };
    void exportReviewList(const QString &path, ReviewListWriter::Format format,
                          const std::function<void(const ExportAnswer &)> &done);

public slots:
    // The server is back: listen again, read rules and permissions again, and save the
    // changes that waited.
    void connectionRestored();

signals:
    // A change, undo or redo is written and its outcome told (flagsChanged(),
    // conflictFound(), writeFailed()); `outcome` is its last write's.
    void operationFinished(Hyoka::FlagStore::Outcome outcome);
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

    SetFlagCommand *command(const Change &change, const FlagWrites::Answer &answer);
    void commandFinished(const Flag &before, const Flag &after, int fiscalYear, const QString &code,
                         const FlagStore::SetResult &result);
    void processOutcomes();
    void conflict(const Outcome &outcome);
    // A failed write because the connection is lost: kept to be saved later (true), or
    // told as not saved in the status bar (an undo or redo).
    bool holdWhileDisconnected(const Outcome &outcome);
    // After writes on the write thread: when one of `answers` failed (or `readFailed`),
    // whether the server is still there, asked on that thread's connection (a ping).
    // The reason it is not, else empty.
    static QString serverAway(ReviewDatabase *db, const QList<FlagWrites::Answer> &answers,
                              bool readFailed = false);
    // On this thread: tells the connection watch what the write thread found (nothing
    // when `error` is empty), so that no ping runs here.
    void noteServerAway(const QString &error);
    // “name” (code, FYyear); a record without a code is named by its bureau.
    static QString recordTitle(const FlagWrites::Answer &answer);
    // Reads the rule settings and permissions on the write thread, in turn.
    void loadReviewState();
    void remoteFlagChanged(int fiscalYear, const QString &code);
    void remoteDatabaseChanged();

    // One operation at a time: `start` runs now or once those before it are finished.
    void enqueue(std::function<void()> start);
    // Writes on the write thread, then `apply(answers)` on this one.
    void write(const QList<FlagWrites::Write> &writes,
               std::function<void(const QList<FlagWrites::Answer> &)> apply);
    // Moves the stack with the answers (Push: the new commands).
    void step(Operation op);
    void remember(const QList<FlagWrites::Answer> &answers);
    void finishOperation();
    void openWriter();

    ReviewDatabase *m_db = nullptr;
    std::unique_ptr<FlagStore> m_store;
    std::unique_ptr<QueryWorker> m_writer; // the write thread and its connection
    ReadChannel m_writes;                   // every write and read of the session
    ReadChannel m_counts;                   // but the suggestion counts, each superseding the last
    std::unique_ptr<ReviewNotifier> m_notifier;
    QUndoStack *m_stack;
    ConnectionWatch *m_watch = nullptr;
    QList<Outcome> m_waiting; // saves waiting for the connection
    bool m_readOnly = false;
    std::optional<QStringList> m_flaggable;
    bool m_permissionsKnown = false;
    RuleSettings m_rules;

    qint64 m_currentId = 0;
    std::optional<Record> m_currentRecord;

    bool m_busy = false;
    QList<std::function<void()>> m_queue;
    // The records of the writes answered last: their ids and names, by (year, code).
    QHash<FlagStore::Key, FlagWrites::Answer> m_answered;

    Operation m_operation = Operation::None;
    QList<Outcome> m_outcomes;
    bool m_outcomesQueued = false;
    QString m_stepMessage; // what the undo or redo being processed did, for the status bar
    FlagStore::Outcome m_lastOutcome = FlagStore::Outcome::Unchanged;
};

} // namespace Hyoka

Q_DECLARE_METATYPE(Hyoka::ReviewSession::Conflict)

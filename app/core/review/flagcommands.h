#pragma once

#include "flag.h"
#include "flagstore.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace Hyoka {

// One reviewer's change of a record's flag, for the window's QUndoStack. redo() writes
// the new content through FlagStore, undo() writes the previous content back as a new
// version: every step commits in its own transaction and leaves its audit rows, nothing
// is deleted. The first redo expects the version the reviewer edited; later undo/redo
// steps expect the stored flag to hold the content this command left (other commands
// of the stack may have moved the version on meanwhile, but restored the content). When
// someone else changed the flag, the write is refused, the command marks itself obsolete
// (the stack drops it) and the result handler gets the Conflict with the stored flag.
//
// The review session writes on a thread of its own (FlagWrites) before it moves its
// stack: it hands the command that write's result (setNextResult()), and the step
// then only applies it. Without one, the step writes through the store itself.
class SetFlagCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::SetFlagCommand)
public:
    // Called after every write (redo and undo) with its outcome, so the window can
    // refresh the grid and the detail panel or show a conflict.
    using ResultHandler =
            std::function<void(int fiscalYear, const QString &code, const FlagStore::SetResult &)>;

    // `before` is the stored flag the reviewer edited (its version is the one expected);
    // `after` carries the new status, reason, reason text, note and the reviewer's name.
    SetFlagCommand(FlagStore &store, int fiscalYear, const QString &code, const Flag &before,
                   const Flag &after, ResultHandler onResult = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    int fiscalYear() const { return m_fiscalYear; }
    QString code() const { return m_code; }
    // What the next undo() or redo() writes: the content (whoever undoes or redoes is
    // its reviewer), the content the stored flag must hold, and for the first redo the
    // version the reviewer edited instead.
    struct Step
    {
        Flag content;
        Flag expectedContent;
        std::optional<int> firstVersion;
    };
    Step nextStep(bool undoing) const;
    FlagStore::SetResult lastResult() const { return m_lastResult; }
    // The next redo() or undo() applies this result of a write already made.
    void setNextResult(const FlagStore::SetResult &result) { m_nextResult = result; }

    // One step's write: `content` (its reviewer included) when the stored flag holds
    // `expectedContent`, or, for the first redo, when its version is `firstVersion`.
    static FlagStore::SetResult write(FlagStore &store, int fiscalYear, const QString &code,
                                      const Flag &content, const Flag &expectedContent,
                                      std::optional<int> firstVersion);

    // "Mark 地域子育て支援事業 as Flagged", "Change the note of 20101010", …
    static QString describe(const QString &code, const Flag &before, const Flag &after);
    // Names the project in the step's text (the Edit menu's "Undo: …") instead of its code.
    void setProjectName(const QString &name);
    // The text again, in the current language.
    void retranslate();

private:
    // Writes `content` when the stored flag holds `expectedContent`.
    void write(bool undoing);
    void finish(const FlagStore::SetResult &result);

    FlagStore &m_store;
    int m_fiscalYear;
    QString m_code;
    Flag m_before;
    Flag m_after;
    QString m_projectName;
    bool m_firstRedo = true;
    std::optional<FlagStore::SetResult> m_nextResult;
    ResultHandler m_onResult;
    FlagStore::SetResult m_lastResult;
};

} // namespace Hyoka

#include "flagcommands.h"

#include <utility>

namespace Hyoka {

SetFlagCommand::SetFlagCommand(FlagStore &store, int fiscalYear, const QString &code,
                               const Flag &before, const Flag &after, ResultHandler onResult,
                               QUndoCommand *parent)
    : QUndoCommand(describe(code, before, after), parent),
      m_store(store),
      m_fiscalYear(fiscalYear),
      m_code(code),
      m_before(before),
      m_after(after),
      m_onResult(std::move(onResult))
{
}

QString SetFlagCommand::describe(const QString &code, const Flag &before, const Flag &after)
{
    if (before.status != after.status) {
        if (after.status == Flag::noneStatus())
            return tr("Remove the flag of %1").arg(code);
        return tr("Mark %1 as %2").arg(code, Flag::statusLabel(after.status));
    }
    if (before.note != after.note && before.reason == after.reason
        && before.reasonText == after.reasonText)
        return tr("Change the note of %1").arg(code);
    if (before.note == after.note)
        return tr("Change the reason of %1").arg(code);
    return tr("Change the flag of %1").arg(code);
}

void SetFlagCommand::setProjectName(const QString &name)
{
    m_projectName = name;
    retranslate();
}

void SetFlagCommand::retranslate()
{
    setText(describe(m_projectName.isEmpty() ? m_code : m_projectName, m_before, m_after));
}

FlagStore::SetResult SetFlagCommand::write(FlagStore &store, int fiscalYear, const QString &code,
                                           const Flag &content, const Flag &expectedContent,
                                           std::optional<int> firstVersion)
{
    int expectedVersion = firstVersion.value_or(0);
    if (!firstVersion) {
        QString error;
        const std::optional<Flag> stored = store.flag(fiscalYear, code, &error);
        if (!stored)
            return { FlagStore::Outcome::Failed, Flag(), error };
        if (!stored->sameContent(expectedContent))
            return { FlagStore::Outcome::Conflict, *stored, QString() };
        expectedVersion = stored->version;
    }
    return store.setFlag(fiscalYear, code, content, expectedVersion);
}

SetFlagCommand::Step SetFlagCommand::nextStep(bool undoing) const
{
    Step step { undoing ? m_before : m_after, undoing ? m_after : m_before,
                !undoing && m_firstRedo ? std::optional<int>(m_before.version) : std::nullopt };
    step.content.reviewer = m_after.reviewer;
    return step;
}

void SetFlagCommand::write(bool undoing)
{
    const Step step = nextStep(undoing);
    m_firstRedo = false;
    if (m_nextResult) {
        finish(*std::exchange(m_nextResult, std::nullopt));
        return;
    }
    finish(write(m_store, m_fiscalYear, m_code, step.content, step.expectedContent, step.firstVersion));
}

void SetFlagCommand::finish(const FlagStore::SetResult &result)
{
    m_lastResult = result;
    if (!result.ok())
        setObsolete(true);
    if (m_onResult)
        m_onResult(m_fiscalYear, m_code, m_lastResult);
}

void SetFlagCommand::redo()
{
    write(false);
}

void SetFlagCommand::undo()
{
    write(true);
}

} // namespace Hyoka

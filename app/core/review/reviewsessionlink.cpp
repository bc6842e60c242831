// The review session while the shared database's server is away (docs/robustness.md,
// "The server going away"): a flag save that fails because the connection is lost
// waits, and is tried again with the same version check once it is back — saved, or
// shown as a conflict, never half-saved (each save is one transaction) and never
// written over someone else's change.
#include "reviewsession.h"

#include "connectionwatch.h"
#include "reviewdatabase.h"
#include "reviewnotifier.h"

#include <algorithm>

namespace Hyoka {

void ReviewSession::setConnectionWatch(ConnectionWatch *watch)
{
    m_watch = watch;
    if (!m_waiting.isEmpty()) {
        m_waiting.clear();
        emit waitingChangesChanged(0);
    }
}

bool ReviewSession::isDisconnected() const
{
    // A failed write asked on the write thread whether the server is still there, and
    // noteServerAway() told the watch before the answer got here.
    return m_watch && !m_watch->isConnected();
}

QString ReviewSession::serverAway(ReviewDatabase *db, const QList<FlagWrites::Answer> &answers,
                                  bool readFailed)
{
    const bool failed = readFailed || std::any_of(answers.cbegin(), answers.cend(), [](const FlagWrites::Answer &a) {
                            return a.result.outcome == FlagStore::Outcome::Failed;
                        });
    if (!failed || !db || !db->isPostgres())
        return QString(); // a local file does not go away
    QString error;
    if (db->ping(&error))
        return QString();
    return error.isEmpty() ? tr("the review server does not answer") : error;
}

void ReviewSession::noteServerAway(const QString &error)
{
    if (!error.isEmpty() && m_watch)
        m_watch->reportLost(error);
}

bool ReviewSession::holdWhileDisconnected(const Outcome &outcome)
{
    if (!isDisconnected())
        return false;
    if (!outcome.pushed) {
        emit message(tr("Not saved: the connection to the review server is lost; nothing was "
                        "changed. Try again once it is back."),
                     8000);
        return true;
    }
    // A later change of the same flag replaces the waiting one; the version it
    // expects stays the one the reviewer first saw.
    Outcome waiting = outcome;
    for (const Outcome &earlier : std::as_const(m_waiting)) {
        if (earlier.fiscalYear == outcome.fiscalYear && earlier.code == outcome.code)
            waiting.before = earlier.before;
    }
    m_waiting.erase(std::remove_if(m_waiting.begin(), m_waiting.end(),
                                   [&](const Outcome &o) {
                                       return o.fiscalYear == outcome.fiscalYear && o.code == outcome.code;
                                   }),
                    m_waiting.end());
    m_waiting.append(waiting);
    emit message(tr("Not saved yet: the connection to the review server is lost. The change "
                    "is saved once it is back."),
                 8000);
    emit waitingChangesChanged(int(m_waiting.size()));
    return true;
}

void ReviewSession::connectionRestored()
{
    if (m_db)
        openWriter(); // the write thread's connection went away with the server
    if (m_notifier)
        m_notifier->resubscribe();
    loadReviewState(); // an administrator may have changed the permissions meanwhile
    const QList<Outcome> waiting = std::exchange(m_waiting, {});
    emit waitingChangesChanged(0);
    for (const Outcome &o : waiting)
        changeFlag(o.fiscalYear, o.code, o.before, o.mine);
}

} // namespace Hyoka

#pragma once

#include "flag.h"
#include "flagstore.h"

#include <QList>
#include <QString>

#include <optional>

namespace Hyoka {

class ReviewDatabase;

// The flag writes a ReviewSession makes on its write thread (docs/architecture.md,
// "The review session"): each write in its own transaction, with its version or
// content check (SetFlagCommand::write), and what the session needs afterwards to tell
// the grid and name the step, read in the same job so that the GUI thread reads
// nothing.
namespace FlagWrites {

// One write.
struct Write
{
    int fiscalYear = 0;
    QString code;
    Flag content;         // what to store, its reviewer included
    Flag expectedContent; // a later step: the content the stored flag must hold
    // The first step: the version the reviewer saw (the content is not checked).
    std::optional<int> firstVersion;
};

// One grid row of a status change to the selection (Ctrl+M, Mark as Reviewed, …):
// the stored flag is read on the write thread and the change made from it.
struct StatusChange
{
    int fiscalYear = 0;
    QString code;
    int version = 0;        // the version the grid shows: the one the write expects
    QString status;
    QString reason;         // empty: the stored reason stays
};

// A write's outcome, with the record it concerns.
struct Answer
{
    int fiscalYear = 0;
    QString code;
    FlagStore::SetResult result;
    qint64 recordId = 0;    // 0: no such record
    QString name;           // the project's name (empty: unknown)
    QString shownCode;      // its code, or its bureau when it publishes none
    Flag before;            // a status change: the stored flag it was made from
    Flag after;             // a status change: what it asked to store
};

// The writes, in order.
QList<Answer> run(ReviewDatabase *db, const QList<Write> &writes);

// A status change to several rows: the stored flags are read first (one failing read
// writes nothing: `readError`), rows already so are left out, the others written as
// first steps with `reviewer`.
struct StatusAnswer
{
    QList<Answer> written;
    QString readError;
};
StatusAnswer runStatusChanges(ReviewDatabase *db, const QList<StatusChange> &rows, const QString &reviewer);

// Fills the record's id and names of an answer.
void describe(ReviewDatabase &db, Answer *answer);

} // namespace FlagWrites

} // namespace Hyoka

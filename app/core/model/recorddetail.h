#pragma once

#include "flag.h"
#include "flagauditentry.h"
#include "projectlinks.h"
#include "record.h"
#include "reviewrules.h"
#include "sourceexcerpt.h"

#include <QList>

#include <optional>

namespace Hyoka {

class ReviewDatabase;

// What the detail dock shows of the current record: the record, its flag and the
// flag's history, read together on the window's read service (QueryWorker).
struct RecordDetail
{
    qint64 id = 0;
    std::optional<Record> record; // nullopt: no such record (or no database)
    Flag flag;
    QList<FlagAuditEntry> history;
    // The years of the record's project, oldest first (docs/years.md); one entry (its
    // own) for a project published once, empty when the database has no links.
    QList<ProjectLinks::Year> years;
    // The year-on-year rules that fire on it, with the numbers behind each (YearRules).
    QList<ReviewRules::Finding> yearFindings;
    // The import the record came from (its file, SHA-256 and time), for "Show source".
    SourceImport import;
    // Why the flag or its history could not be read (they are then left out); empty
    // when they were.
    QString error;

    // Reads the detail of record `id` from `db` (nullptr: none).
    static RecordDetail read(ReviewDatabase *db, qint64 id);
};

} // namespace Hyoka

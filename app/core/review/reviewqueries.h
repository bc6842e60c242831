#pragma once

#include "flag.h"
#include "record.h"
#include "recordfilter.h"
#include "rulesettings.h"

#include <QList>
#include <QString>

#include <optional>

namespace Hyoka {

class ReviewDatabase;

// The reads of the review workflow that the window's dialogs and the report need, so
// that no SQL runs outside the core (docs/architecture.md, "Which target may link which").
namespace ReviewQueries {

// How many records the rules with `settings` would suggest; std::nullopt with `error`
// set when the database cannot say.
std::optional<qint64> suggestedCount(const ReviewDatabase &db, const RuleSettings &settings,
                                     QString *error = nullptr);

// One record of the review list: flagged (with any status) or suggested by the rules.
struct Candidate
{
    qint64 id = 0;
    Record record;
    Flag flag; // inactive when the record has none
};

// The review candidates among the records `filter` selects, in id order, at most
// `limit` of them; `total` (when given) receives how many there are in all. A fixed
// number of statements whatever the count: ids, count, the records in batches, flags.
std::optional<QList<Candidate>> reviewCandidates(ReviewDatabase &db, const RecordFilter &filter,
                                                 const RuleSettings &settings, int limit,
                                                 qint64 *total, QString *error = nullptr);

} // namespace ReviewQueries
} // namespace Hyoka

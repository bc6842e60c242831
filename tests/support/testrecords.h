#pragma once

#include "record.h"
#include "rulesettings.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace Hyoka {
class RecordStore;
class ReviewDatabase;
}

// Records and reads the tests share: the bundled sample parsed, and the reads the
// application itself has no use for (every record at once; the rule suggestions from
// the stored columns) that tests compare against.
namespace Hyoka::TestSupport {

// The bundled sample (resources/sample/kawasaki_r3_evaluation.md) parsed: 38 records.
QList<Record> seedRecords();

// Three records for the writers' tests (CSV and XLSX), indicators extracted: formula-like
// names (=地域…, +区役所@…, '＝全角…), an estimated settlement, no budget with a negative
// settlement, a record without achievements, summary or No. `firstSummary` is the first
// record's summary (each writer tests the characters its format escapes).
QList<Record> writerRecords(const QString &firstSummary);

// Opens a new database at `spec` and imports the bundled sample into it; the stored
// records (38) in `records` when given. False with `error` on failure.
bool openSeeded(ReviewDatabase &db, const QString &spec, QList<Record> *records, QString *error);

// Every stored record in storage order, with achievements and indicators.
QList<Record> allRecords(const RecordStore &store);

// The ids of every record the rules suggest, in id order (the SQL form of the rules).
std::optional<QList<qint64>> suggestedIds(const ReviewDatabase &db, const RuleSettings &settings);

// The fired rules of `ids`, computed from the records' stored rule columns (the form
// the grid's row blocks use); records without a suggestion are left out.
QHash<qint64, QStringList> suggestionsForIds(const ReviewDatabase &db, const QList<qint64> &ids,
                                             const RuleSettings &settings);

} // namespace Hyoka::TestSupport

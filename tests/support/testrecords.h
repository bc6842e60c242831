#pragma once

#include "flag.h"
#include "record.h"
#include "rulesettings.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
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

// A record of `fiscalYear` with its identity (bureau, No., code, name) and category, the
// rest left empty.
Record projectRecord(int fiscalYear, const QString &bureau, int no, const QString &code,
                     const QString &name, const QString &category);

// The record of `code` in `records` (the seed or records made from it); a fatal error
// when there is none.
Record *findRecord(QList<Record> &records, const QString &code);

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

// A flag of `status` with its reason, note and reviewer (each empty when not given).
Flag makeFlag(const QString &status, const QString &reason = {}, const QString &note = {},
              const QString &reviewer = {});

// The import history tests' database: dir/h.sqlite with three imports, the bundled
// sample, the same as 令和4年度 (dir/kawasaki_r4_evaluation.md) and `badCsv`
// (dir/bad.csv); nullopt with `error` on failure.
struct ImportHistoryFiles
{
    QString database, r4, bad;
};
std::optional<ImportHistoryFiles> importHistoryDatabase(const QString &dir, const QByteArray &badCsv,
                                                        QString *error);

// `count` records of 2021, one a bureau (局 and its number in `digits` digits), codes
// from firstCode + 1, names 事業1…, `budget(i)` thousand yen all settled, levels 1 + i % 5.
QList<Record> bureauRecords(int count, int digits, qint64 firstCode, const std::function<qint64(int)> &budget);

} // namespace Hyoka::TestSupport

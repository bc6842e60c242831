#pragma once

#include "flag.h"
#include "flagauditentry.h"
#include "sqlcondition.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>
#include <utility>

namespace Hyoka {

class ReviewDatabase;

// Reads and writes reviewers' flags and their audit trail in a ReviewDatabase. Every
// change is one transaction: the flag row (optimistic locking on its version) and one
// audit row per changed field commit together or not at all. Audit rows are only ever
// appended. No QObject: the window, the undo commands and the command line share it.
class FlagStore
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::FlagStore)
public:
    using Key = std::pair<int, QString>; // (fiscal_year, code)

    enum class Outcome {
        Saved,         // committed; `flag` is the stored flag with its new version
        Unchanged,     // the stored flag already had this content; nothing written
        Conflict,      // the stored version is not the expected one; `flag` is the stored one
        UnknownRecord, // no record has this (fiscal_year, code)
        Failed,        // a database error (`error`); nothing written
    };
    struct SetResult
    {
        Outcome outcome = Outcome::Failed;
        Flag flag;
        QString error;

        bool ok() const { return outcome == Outcome::Saved || outcome == Outcome::Unchanged; }
    };

    explicit FlagStore(ReviewDatabase &db);

    // The reads below answer nullopt when a query fails (`error`, when given, says why:
    // docs/architecture.md, "Errors").

    // The stored flag; version 0 (and status "none") when the record was never flagged.
    std::optional<Flag> flag(int fiscalYear, const QString &code, QString *error = nullptr) const;
    // Stores status, reason, reason text and note of `flag` for the record. The reviewer
    // is flag.reviewer, or Flag::defaultReviewer() when empty; times and version are set
    // here. With `expectedVersion`, refuses (Conflict) unless the stored version is that
    // one (0 = never flagged). Without it, the change applies over whatever is stored.
    SetResult setFlag(int fiscalYear, const QString &code, const Flag &flag,
                      std::optional<int> expectedVersion = std::nullopt);
    // The audit trail of one record, oldest first.
    std::optional<QList<FlagAuditEntry>> history(int fiscalYear, const QString &code,
                                                 QString *error = nullptr) const;
    // Every stored flag (also those set back to "none"), for exports.
    std::optional<QHash<Key, Flag>> allFlags(QString *error = nullptr) const;
    // The flags of some records (a grid batch) by record id; records never flagged are
    // left out.
    std::optional<QHash<qint64, Flag>> flagsForRecordIds(const QList<qint64> &ids,
                                                         QString *error = nullptr) const;
    // Whether a record has this (fiscal_year, code).
    std::optional<bool> recordExists(int fiscalYear, const QString &code, QString *error = nullptr) const;

    // A condition over the records table: the record's flag status is one of `statuses`
    // ("none" also matches records never flagged). Empty list: always true.
    static SqlCondition statusCondition(const QStringList &statuses);
    // A SQL expression giving each records row its flag status ('none' when never
    // flagged), for facet counts and sorting.
    static QString statusExpression();

private:
    enum class Attempt { Done, Retry };
    Attempt trySet(int fiscalYear, const QString &code, const Flag &flag,
                   std::optional<int> expectedVersion, SetResult *result);

    ReviewDatabase &m_db;
};

} // namespace Hyoka

#pragma once

#include "flag.h"
#include "record.h"
#include "reviewrules.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

#include <optional>

namespace Hyoka {

class ReviewDatabase;

// The review list: every record that is flagged (any status but "none") or suggested by
// a rule, with its flag, the rules that fired and why — what a reviewer hands on.
class ReviewList
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::ReviewList)
public:
    struct Entry
    {
        Record record;
        Flag flag;                              // version 0 when never flagged
        QList<ReviewRules::Finding> findings;   // empty when no rule fires
    };

    // Calls `callback` for each entry in storage order (the order records were first
    // imported), streaming: one pass over the records, the flags read once up front.
    // The callback returns false to stop. False on a database error.
    static bool forEach(ReviewDatabase &db, const RuleSettings &settings,
                        const std::function<bool(const Entry &)> &callback, QString *error);
    // All entries in memory (for a window or a test; use forEach() for exports).
    static std::optional<QList<Entry>> load(ReviewDatabase &db, const RuleSettings &settings,
                                            QString *error);

    // The columns of the CSV and XLSX review list, translated.
    static QStringList headerLabels();
    enum class CellKind { Text, Integer, Percent, Money };
    struct Cell
    {
        CellKind kind = CellKind::Text;
        QString text;                  // Text cells (not formula-guarded yet)
        std::optional<double> number;  // the other kinds; nullopt = empty cell
    };
    static QList<Cell> cells(const Entry &entry);
};

} // namespace Hyoka

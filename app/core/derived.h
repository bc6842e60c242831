#pragma once

#include <QString>

#include <optional>

// The values Hyoka derives from a record's fields (docs/formats.md#derived), each
// defined once here with its SQL form beside it: Record, the grid's rows, the charts,
// the report and the query builder all use these.
namespace Hyoka::Derived {

// Achievement levels 4 and 5 (目標を下回った, 目標を大きく下回った) are underperforming.
constexpr bool isUnderperforming(int level) { return level >= 4; }
inline bool isUnderperforming(std::optional<int> level) { return level && isUnderperforming(*level); }
// The same test over the records table.
inline QString underperformingSql() { return QStringLiteral("level >= 4"); }

// settlement / budget; std::nullopt when either is missing or the budget is 0.
inline std::optional<double> executionRate(std::optional<qint64> budget,
                                           std::optional<qint64> settlement)
{
    if (!budget || !settlement || *budget == 0)
        return std::nullopt;
    return double(*settlement) / double(*budget);
}

// What identifies a project within its fiscal year (docs/storage.md): the code, or for
// tables without codes "~bureau␟division␟name"; flags and audit rows are keyed by it.
inline QString identityKey(const QString &code, const QString &bureau, const QString &division,
                           const QString &name)
{
    if (!code.isEmpty())
        return code;
    return QStringLiteral("~") + bureau + QChar(u'\x1f') + division + QChar(u'\x1f') + name;
}

} // namespace Hyoka::Derived

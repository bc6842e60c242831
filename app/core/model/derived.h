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
// tables without codes "~bureau␟division␟name", with "␟#n" for the n-th project of one
// file that has the same organisation and name (a city may publish two projects so);
// flags and audit rows are keyed by it.
inline QString identityKey(const QString &code, const QString &bureau, const QString &division,
                           const QString &name, int occurrence = 1)
{
    if (!code.isEmpty())
        return code;
    QString key = QStringLiteral("~") + bureau + QChar(u'\x1f') + division + QChar(u'\x1f') + name;
    if (occurrence > 1)
        key += QChar(u'\x1f') + QLatin1Char('#') + QString::number(occurrence);
    return key;
}

// The occurrence an identity key of a record without a code carries (1 when none).
inline int identityOccurrence(const QString &key)
{
    const qsizetype mark = key.lastIndexOf(QChar(u'\x1f'));
    if (!key.startsWith(u'~') || mark < 0 || mark + 1 >= key.size() || key.at(mark + 1) != u'#')
        return 1;
    bool ok = false;
    const int n = key.mid(mark + 2).toInt(&ok);
    return ok && n > 1 ? n : 1;
}

} // namespace Hyoka::Derived

#pragma once

#include "flag.h"
#include "record.h"
#include "rulesettings.h"

#include <QByteArray>

#include <optional>

class QIODevice;

namespace Hyoka {

// Streams records as the JSON export of docs/formats.md#json ({"records": [...], "warnings": [...]}),
// keys in the documented order, one record at a time so a million records never sit in memory.
// After "indicators" come the review keys of issue 4: "flag" (null, or the stored flag)
// "previous" (the project's previous year, docs/years.md) and "suggestions" (the ids
// of the review rules that fire).
class JsonRecordWriter
{
public:
    explicit JsonRecordWriter(QIODevice &device);

    // The thresholds write(record) uses for "suggestions" (default: RuleSettings{}).
    void setRuleSettings(const RuleSettings &settings) { m_rules = settings; }

    bool begin();
    // "flag": null and the suggestions of the rule settings.
    bool write(const Record &record);
    // `previous` is written as "previous" before "suggestions": previousObject() from a
    // database, null when empty (files, a project's first year).
    bool write(const Record &record, const std::optional<Flag> &flag, const QStringList &suggestions,
               const QByteArray &previous = QByteArray());
    // Closes the records array, writes the warnings and the closing brace.
    bool finish(const QList<ImportWarning> &warnings);

    // The JSON object of one record (used by tests and the detail view's "copy as JSON").
    static QByteArray recordObject(const Record &record, int indent = 4);
    static QByteArray recordObject(const Record &record, const std::optional<Flag> &flag,
                                   const QStringList &suggestions, int indent = 4,
                                   const QByteArray &previous = QByteArray());
    // {"fiscal_year", "rating", "budget", "settlement"} of the project's previous year
    // (docs/years.md), or null when it has none.
    static QByteArray previousObject(int fiscalYear, const std::optional<Rating> &rating,
                                     std::optional<int> level, std::optional<qint64> budget,
                                     std::optional<qint64> settlement);
    // {"status", "reason", "note", "reviewer", "created_at", "updated_at", "version",
    // "reason_text"}, or null.
    static QByteArray flagObject(const std::optional<Flag> &flag);
    // {"label", "rank", "ranks"} (and "grades" when there are some), or null; a record
    // with a level and no rating: {"label": "4", "rank": 4, "ranks": 5}.
    static QByteArray ratingObject(const Record &record);
    // [{"kind", "fiscal_year", "amount"}, …].
    static QByteArray amountsArray(const QList<Amount> &amounts);
    // {"file", "sheet", "line", "page"}, null members where unknown.
    static QByteArray sourceObject(const Record &record);
    static QByteArray quoted(const QString &text);
    static QByteArray number(double value, int decimals);

private:
    QIODevice &m_device;
    RuleSettings m_rules;
    bool m_first = true;
    bool m_ok = true;
};

} // namespace Hyoka

#include "jsonrecordwriter.h"

#include "recordfields.h"
#include "reviewrules.h"

#include <QIODevice>

#include <cmath>

namespace Hyoka {

JsonRecordWriter::JsonRecordWriter(QIODevice &device) : m_device(device) { }

QByteArray JsonRecordWriter::quoted(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += ch;
            }
        }
    }
    out += '"';
    return out;
}

QByteArray JsonRecordWriter::number(double value, int decimals)
{
    if (!std::isfinite(value))
        return QByteArrayLiteral("null");
    if (value == std::floor(value) && std::fabs(value) < 9.0e15)
        return QByteArray::number(qint64(value));
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(value * scale) / scale;
    if (rounded == std::floor(rounded))
        return QByteArray::number(qint64(rounded));
    return QByteArray::number(rounded, 'g', 15);
}

template<typename T>
static QByteArray optionalInt(const std::optional<T> &v)
{
    return v ? QByteArray::number(qint64(*v)) : QByteArrayLiteral("null");
}

QByteArray JsonRecordWriter::flagObject(const std::optional<Flag> &flag)
{
    if (!flag)
        return QByteArrayLiteral("null");
    auto textOrNull = [](const QString &t) { return t.isEmpty() ? QByteArrayLiteral("null") : quoted(t); };
    return "{\"status\": " + quoted(flag->status) + ", \"reason\": " + textOrNull(flag->reason)
            + ", \"note\": " + quoted(flag->note) + ", \"reviewer\": " + quoted(flag->reviewer)
            + ", \"created_at\": " + quoted(flag->createdAt) + ", \"updated_at\": "
            + quoted(flag->updatedAt) + ", \"version\": " + QByteArray::number(flag->version)
            + ", \"reason_text\": " + quoted(flag->reasonText) + '}';
}

QByteArray JsonRecordWriter::ratingObject(const Record &r)
{
    // A level-rated record read without a rating has its level as one (docs/storage.md).
    const std::optional<Rating> rating = RecordFields::ratingOf(r);
    if (!rating)
        return QByteArrayLiteral("null");
    QByteArray o = "{\"label\": " + quoted(rating->label) + ", \"rank\": "
            + (rating->rank ? QByteArray::number(rating->rank) : QByteArrayLiteral("null"))
            + ", \"ranks\": "
            + (rating->ranks ? QByteArray::number(rating->ranks) : QByteArrayLiteral("null"));
    if (!rating->grades.isEmpty()) {
        o += ", \"grades\": {";
        for (qsizetype i = 0; i < rating->grades.size(); ++i) {
            if (i)
                o += ", ";
            o += quoted(rating->grades.at(i).first) + ": " + quoted(rating->grades.at(i).second);
        }
        o += '}';
    }
    return o + '}';
}

QByteArray JsonRecordWriter::previousObject(int fiscalYear, const std::optional<Rating> &rating,
                                            std::optional<int> level, std::optional<qint64> budget,
                                            std::optional<qint64> settlement)
{
    if (fiscalYear == 0)
        return QByteArrayLiteral("null");
    Record r;
    r.rating = rating;
    r.level = level;
    return "{\"fiscal_year\": " + QByteArray::number(fiscalYear) + ", \"rating\": " + ratingObject(r)
            + ", \"budget\": " + optionalInt(budget) + ", \"settlement\": " + optionalInt(settlement)
            + '}';
}

QByteArray JsonRecordWriter::amountsArray(const QList<Amount> &amounts)
{
    QByteArray o = "[";
    for (qsizetype i = 0; i < amounts.size(); ++i) {
        const Amount &a = amounts.at(i);
        if (i)
            o += ", ";
        o += "{\"kind\": " + quoted(RecordFields::amountKindName(a.kind)) + ", \"fiscal_year\": "
                + (a.fiscalYear ? QByteArray::number(a.fiscalYear) : QByteArrayLiteral("null"))
                + ", \"amount\": " + QByteArray::number(a.amount) + '}';
    }
    return o + ']';
}

QByteArray JsonRecordWriter::sourceObject(const Record &r)
{
    auto textOrNull = [](const QString &t) { return t.isEmpty() ? QByteArrayLiteral("null") : quoted(t); };
    auto intOrNull = [](int v) { return v > 0 ? QByteArray::number(v) : QByteArrayLiteral("null"); };
    return "{\"file\": " + textOrNull(r.sourceFile) + ", \"sheet\": " + textOrNull(r.sourceSheet)
            + ", \"line\": " + intOrNull(r.sourceLine) + ", \"page\": " + intOrNull(r.sourcePage) + '}';
}

QByteArray JsonRecordWriter::recordObject(const Record &r, int indent)
{
    return recordObject(r, std::nullopt, ReviewRules::suggestions(r), indent);
}

QByteArray JsonRecordWriter::recordObject(const Record &r, const std::optional<Flag> &flag,
                                          const QStringList &suggestions, int indent,
                                          const QByteArray &previous)
{
    const QByteArray pad(indent, ' ');
    const QByteArray inner(indent + 2, ' ');
    QByteArray o;
    o += pad + "{\n";
    auto field = [&](const char *key, const QByteArray &value, bool last = false) {
        o += inner;
        o += '"';
        o += key;
        o += "\": ";
        o += value;
        o += last ? "\n" : ",\n";
    };
    field("fiscal_year", QByteArray::number(r.fiscalYear));
    field("bureau", quoted(r.bureau));
    field("division", r.division.isEmpty() ? QByteArrayLiteral("null") : quoted(r.division));
    field("no", QByteArray::number(r.no));
    field("code", r.code.isEmpty() ? QByteArrayLiteral("null") : quoted(r.code));
    field("name", quoted(r.name));
    field("category", quoted(r.category));
    field("summary", quoted(r.summary));
    QByteArray achievements = "[";
    for (qsizetype i = 0; i < r.achievements.size(); ++i) {
        if (i)
            achievements += ", ";
        achievements += quoted(r.achievements.at(i));
    }
    achievements += ']';
    field("achievements", achievements);
    field("budget", optionalInt(r.budget));
    field("settlement", optionalInt(r.settlement));
    field("settlement_estimated", r.settlementEstimated ? "true" : "false");
    field("level", optionalInt(r.level));
    field("rating", ratingObject(r));
    field("ref_page", optionalInt(r.refPage));
    // Of the record's own year only (budget and settlement), never across amounts.
    const auto rate = r.executionRate();
    field("execution_rate", rate ? number(*rate, 4) : QByteArrayLiteral("null"));
    field("amounts", amountsArray(r.amounts));
    QByteArray indicators = "[";
    for (qsizetype i = 0; i < r.indicators.size(); ++i) {
        const Indicator &ind = r.indicators.at(i);
        if (i)
            indicators += ", ";
        const auto ratio = ind.ratio();
        indicators += "{\"label\": " + quoted(ind.label) + ", \"actual\": " + number(ind.actual, 6)
                + ", \"target\": " + number(ind.target, 6) + ", \"unit\": " + quoted(ind.unit);
        if (ind.unitMismatch())
            indicators += ", \"target_unit\": " + quoted(ind.targetUnit);
        if (ind.actualYear)
            indicators += ", \"actual_year\": " + QByteArray::number(ind.actualYear);
        if (ind.targetYear)
            indicators += ", \"target_year\": " + QByteArray::number(ind.targetYear);
        indicators += ", \"ratio\": " + (ratio ? number(*ratio, 4) : QByteArrayLiteral("null")) + '}';
    }
    indicators += ']';
    field("indicators", indicators);
    field("source", sourceObject(r));
    field("flag", flagObject(flag));
    field("previous", previous.isEmpty() ? QByteArrayLiteral("null") : previous);
    QByteArray ids = "[";
    for (qsizetype i = 0; i < suggestions.size(); ++i) {
        if (i)
            ids += ", ";
        ids += quoted(suggestions.at(i));
    }
    ids += ']';
    field("suggestions", ids, true);
    o += pad + '}';
    return o;
}

bool JsonRecordWriter::begin()
{
    m_first = true;
    m_ok = m_device.write("{\n  \"records\": [") >= 0;
    return m_ok;
}

bool JsonRecordWriter::write(const Record &record)
{
    return write(record, std::nullopt, ReviewRules::suggestions(record, m_rules));
}

bool JsonRecordWriter::write(const Record &record, const std::optional<Flag> &flag,
                             const QStringList &suggestions, const QByteArray &previous)
{
    QByteArray chunk = m_first ? QByteArrayLiteral("\n") : QByteArrayLiteral(",\n");
    m_first = false;
    chunk += recordObject(record, flag, suggestions, 4, previous);
    m_ok = m_ok && m_device.write(chunk) == chunk.size();
    return m_ok;
}

bool JsonRecordWriter::finish(const QList<ImportWarning> &warnings)
{
    QByteArray tail = m_first ? QByteArrayLiteral("],\n") : QByteArrayLiteral("\n  ],\n");
    tail += "  \"warnings\": [";
    for (qsizetype i = 0; i < warnings.size(); ++i) {
        const ImportWarning &w = warnings.at(i);
        tail += i ? ",\n    " : "\n    ";
        tail += "{\"file\": " + quoted(w.file) + ", \"line\": " + QByteArray::number(w.line)
                + ", \"message\": " + quoted(w.message) + '}';
    }
    tail += warnings.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
    m_ok = m_ok && m_device.write(tail) == tail.size();
    return m_ok;
}

} // namespace Hyoka

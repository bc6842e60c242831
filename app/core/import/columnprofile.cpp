#include "columnprofile.h"

#include "textnormaliser.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Hyoka {

QString ColumnProfile::kindKey(AmountKind kind)
{
    switch (kind) {
    case AmountKind::Budget: return QStringLiteral("budget");
    case AmountKind::Settlement: return QStringLiteral("settlement");
    case AmountKind::SettlementEstimate: return QStringLiteral("settlement_estimate");
    case AmountKind::Plan: return QStringLiteral("plan");
    }
    return QString();
}

std::optional<AmountKind> ColumnProfile::kindForKey(const QString &key)
{
    for (AmountKind k : { AmountKind::Budget, AmountKind::Settlement, AmountKind::SettlementEstimate,
                          AmountKind::Plan }) {
        if (kindKey(k) == key.trimmed().toLower())
            return k;
    }
    return std::nullopt;
}

QString ColumnProfile::unitText(int thousandDivisor, int thousandMultiplier)
{
    if (thousandDivisor == 1000)
        return QStringLiteral("円");
    if (thousandMultiplier == 1000)
        return QStringLiteral("百万円");
    if (thousandMultiplier == 10)
        return QStringLiteral("万円");
    return QStringLiteral("千円");
}

static QJsonObject columnJson(const DetectedTable &t, qsizetype column)
{
    return QJsonObject { { QStringLiteral("column"), ColumnRecognizer::columnLetter(column) },
                         { QStringLiteral("index"), int(column + 1) },
                         { QStringLiteral("header"), TextNormaliser::cleanText(t.layout.header(column)) },
                         { QStringLiteral("reason"), t.layout.role(column).reason } };
}

static QJsonValue scaleJson(const std::optional<RatingScale> &scale, const QStringList &steps)
{
    if (!scale)
        return QJsonValue::Null;
    return QJsonObject { { QStringLiteral("id"), scale->id },
                         { QStringLiteral("steps"), QJsonArray::fromStringList(steps) } };
}

QJsonObject ColumnProfile::toJson(const DetectedTable &t, const QString &fileName)
{
    QJsonObject fields;
    QJsonArray amounts;
    for (qsizetype c = 0; c < t.layout.columnCount(); ++c) {
        const ColumnRole &role = t.layout.role(c);
        if (role.field == Field::Ignore)
            continue;
        QJsonObject entry = columnJson(t, c);
        if (role.money) {
            const MoneyHeader &m = *role.money;
            entry.insert(QStringLiteral("kind"), kindKey(m.kind));
            entry.insert(QStringLiteral("year"), m.fiscalYear > 0 ? QJsonValue(m.fiscalYear)
                                                                  : QJsonValue(QJsonValue::Null));
            if (m.fiscalYear == 0 && m.yearOffset != 0)
                entry.insert(QStringLiteral("year_offset"), m.yearOffset);
            entry.insert(QStringLiteral("unit"), unitText(m.thousandDivisor, m.thousandMultiplier));
            amounts.append(entry);
            continue;
        }
        if (role.field == Field::Rating)
            entry.insert(QStringLiteral("scale"), scaleJson(t.layout.ratingScale(),
                                                            t.layout.orderedRatingSteps()));
        if (role.field == Field::Grades)
            entry.insert(QStringLiteral("scale"), scaleJson(t.layout.gradesScale(),
                                                            t.layout.gradesScale() ? t.layout.gradesScale()->steps
                                                                                   : QStringList()));
        if (role.field == Field::Code)
            entry.insert(QStringLiteral("pad_to_8_digits"), t.layout.padCodes());
        const QString key = ColumnLayout::fieldKey(role.field);
        if (role.field == Field::Summary) {
            QJsonArray list = fields.value(key).toArray();
            list.append(entry);
            fields.insert(key, list);
        } else {
            fields.insert(key, entry);
        }
    }
    QJsonArray repeated;
    for (const auto &r : t.repeatedHeaders) {
        QJsonArray columns;
        for (qsizetype c : r.second)
            columns.append(ColumnRecognizer::columnLetter(c));
        repeated.append(QJsonObject { { QStringLiteral("header"), r.first },
                                      { QStringLiteral("columns"), columns } });
    }
    QJsonObject o;
    o.insert(QStringLiteral("hyoka_profile"), 1);
    o.insert(QStringLiteral("file"), fileName);
    o.insert(QStringLiteral("sheet"), t.sheet.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.sheet));
    o.insert(QStringLiteral("encoding"), t.encoding.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.encoding));
    o.insert(QStringLiteral("header_row"), t.headerLine);
    o.insert(QStringLiteral("year"), t.fiscalYear > 0 ? QJsonValue(t.fiscalYear) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("fields"), fields);
    o.insert(QStringLiteral("amounts"), amounts);
    o.insert(QStringLiteral("not_found"), QJsonArray::fromStringList(t.notFound()));
    if (!repeated.isEmpty())
        o.insert(QStringLiteral("repeated_headers"), repeated);
    return o;
}

// The column a profile entry names: its letter (what a hand edit changes), else its
// 1-based index, else its header text.
static QString entryColumn(const QJsonObject &entry)
{
    const QString letter = entry.value(QStringLiteral("column")).toString();
    if (!letter.isEmpty())
        return letter;
    if (entry.value(QStringLiteral("index")).toInt() > 0)
        return QStringLiteral("#%1").arg(entry.value(QStringLiteral("index")).toInt());
    return entry.value(QStringLiteral("header")).toString();
}

static bool unitFactors(const QString &unit, int *divisor, int *multiplier)
{
    *divisor = 1;
    *multiplier = 1;
    if (unit == u"円")
        *divisor = 1000;
    else if (unit == u"百万円")
        *multiplier = 1000;
    else if (unit == u"万円")
        *multiplier = 10;
    else if (!unit.isEmpty() && unit != u"千円")
        return false;
    return true;
}

bool ColumnProfile::apply(const QJsonObject &profile, const QString &source, ReadOptions *options,
                          QString *error)
{
    if (!profile.contains(QStringLiteral("fields")) || !profile.value(QStringLiteral("fields")).isObject()) {
        *error = tr("%1: not a column profile (no \"fields\" object)").arg(source);
        return false;
    }
    QList<ColumnOverride> overrides;
    const QJsonObject fields = profile.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!ColumnLayout::fieldForKey(it.key())) {
            *error = tr("%1: unknown field \"%2\"").arg(source, it.key());
            return false;
        }
        // The profile's columns replace what recognition found for the field.
        overrides.append(ColumnOverride { it.key(), std::nullopt, 0, 0, QStringLiteral("none"), source });
        const QJsonArray entries = it.value().isArray() ? it.value().toArray() : QJsonArray { it.value() };
        for (const QJsonValue &e : entries)
            overrides.append(ColumnOverride { it.key(), std::nullopt, 0, 0, entryColumn(e.toObject()), source });
    }
    if (profile.contains(QStringLiteral("amounts"))) {
        overrides.append(ColumnOverride { QStringLiteral("amounts"), std::nullopt, 0, 0, QStringLiteral("none"), source });
        for (const QJsonValue &v : profile.value(QStringLiteral("amounts")).toArray()) {
            const QJsonObject a = v.toObject();
            const std::optional<AmountKind> kind = kindForKey(a.value(QStringLiteral("kind")).toString());
            if (!kind) {
                *error = tr("%1: amount of unknown kind \"%2\"")
                                 .arg(source, a.value(QStringLiteral("kind")).toString());
                return false;
            }
            ColumnOverride o { QStringLiteral("amount"), kind, a.value(QStringLiteral("year")).toInt(),
                               a.value(QStringLiteral("year_offset")).toInt(), entryColumn(a), source };
            if (!unitFactors(a.value(QStringLiteral("unit")).toString(), &o.thousandDivisor,
                             &o.thousandMultiplier)) {
                *error = tr("%1: unknown unit \"%2\" (円, 千円, 万円 or 百万円)")
                                 .arg(source, a.value(QStringLiteral("unit")).toString());
                return false;
            }
            overrides.append(o);
        }
    }
    for (const QJsonValue &v : profile.value(QStringLiteral("not_found")).toArray()) {
        if (ColumnLayout::fieldForKey(v.toString()) && !fields.contains(v.toString()))
            overrides.append(ColumnOverride { v.toString(), std::nullopt, 0, 0, QStringLiteral("none"), source });
    }
    // The rating scale's steps in the profile's order rank the ratings (import dialog).
    const QJsonValue ratingEntry = fields.value(QStringLiteral("rating"));
    if (options->ratingOrder.isEmpty() && ratingEntry.isObject()) {
        for (const QJsonValue &v : ratingEntry.toObject().value(QStringLiteral("scale")).toObject()
                                           .value(QStringLiteral("steps")).toArray())
            options->ratingOrder.append(v.toString());
    }
    // The command line's --map comes after the profile and wins.
    options->overrides = overrides + options->overrides;
    if (options->defaultYear <= 0 && profile.value(QStringLiteral("year")).toInt() > 0)
        options->defaultYear = profile.value(QStringLiteral("year")).toInt();
    if (options->headerLine <= 0 && profile.value(QStringLiteral("header_row")).toInt() > 0)
        options->headerLine = profile.value(QStringLiteral("header_row")).toInt();
    const QString encoding = profile.value(QStringLiteral("encoding")).toString();
    if (options->encoding.isEmpty() && !encoding.isEmpty() && !encoding.startsWith(u"Shift_JIS"))
        options->encoding = encoding.toLatin1();
    else if (options->encoding.isEmpty() && encoding.startsWith(u"Shift_JIS"))
        options->encoding = "cp932";
    return true;
}

bool ColumnProfile::applyText(const QByteArray &json, const QString &source, ReadOptions *options,
                              QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = tr("%1: not a JSON profile (%2)").arg(source, parseError.errorString());
        return false;
    }
    return apply(doc.object(), source, options, error);
}

std::optional<ColumnOverride> ColumnProfile::parseMap(const QString &spec, QString *error)
{
    const qsizetype eq = spec.indexOf(u'=');
    if (eq <= 0) {
        *error = tr("--map takes FIELD=COLUMN, not \"%1\"").arg(spec);
        return std::nullopt;
    }
    const QString field = spec.left(eq).trimmed();
    ColumnOverride o { field.toLower(), std::nullopt, 0, 0, spec.mid(eq + 1).trimmed(),
                       //: The reason a column got its field: the command line's --map option
                       tr("--map") };
    const qsizetype at = field.indexOf(u'@');
    if (at > 0) {
        o.kind = kindForKey(field.left(at));
        const QString yearText = field.mid(at + 1);
        bool ok = false;
        o.year = yearText.toInt(&ok);
        if (!ok || o.year < 100)
            o.year = TextNormaliser::parseFiscalYear(yearText);
        if (!o.kind || o.year <= 0) {
            *error = tr("--map %1: an amount is KIND@YEAR with KIND budget, settlement, "
                        "settlement_estimate or plan and YEAR such as 2024")
                             .arg(spec);
            return std::nullopt;
        }
        o.field = QStringLiteral("amount");
        return o;
    }
    if (o.field != u"amounts" && !ColumnLayout::fieldForKey(o.field)) {
        *error = tr("--map %1: unknown field \"%2\" (fields: fiscal_year, bureau, division, "
                    "organisation, no, code, name, category, summary, achievements, budget, "
                    "settlement, level, rating, grades, ref_page, or KIND@YEAR)")
                         .arg(spec, field);
        return std::nullopt;
    }
    return o;
}

} // namespace Hyoka

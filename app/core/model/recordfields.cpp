#include "recordfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Hyoka::RecordFields {

namespace {

struct KindName
{
    AmountKind kind;
    const char16_t *name;
};

constexpr KindName kindNames[] = {
    { AmountKind::Budget, u"budget" },
    { AmountKind::Settlement, u"settlement" },
    { AmountKind::SettlementEstimate, u"settlement_estimate" },
    { AmountKind::Plan, u"plan" },
};

} // namespace

std::optional<Rating> ratingOf(const Record &record)
{
    if (record.rating || !record.level)
        return record.rating;
    return Rating { QString::number(*record.level), *record.level, 5, QStringLiteral("level"), {} };
}

QString amountKindName(AmountKind kind)
{
    for (const KindName &k : kindNames) {
        if (k.kind == kind)
            return QString::fromUtf16(k.name);
    }
    return QString();
}

std::optional<AmountKind> amountKindFromName(const QString &name)
{
    for (const KindName &k : kindNames) {
        if (name == QString::fromUtf16(k.name))
            return k.kind;
    }
    return std::nullopt;
}

QString jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString gradesToJson(const QList<std::pair<QString, QString>> &grades)
{
    if (grades.isEmpty())
        return QString();
    QString out = QStringLiteral("{");
    for (qsizetype i = 0; i < grades.size(); ++i) {
        if (i)
            out += u',';
        out += jsonString(grades.at(i).first) + u':' + jsonString(grades.at(i).second);
    }
    return out + u'}';
}

QList<std::pair<QString, QString>> gradesFromJson(const QString &json)
{
    QList<std::pair<QString, QString>> grades;
    if (json.isEmpty())
        return grades;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return grades;
    // QJsonObject sorts its keys: the written order comes from where each key stands.
    const QJsonObject object = doc.object();
    QList<std::pair<qsizetype, QString>> positions;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return {};
        positions.append({ json.indexOf(jsonString(it.key()) + u':'), it.key() });
    }
    std::sort(positions.begin(), positions.end());
    for (const auto &p : std::as_const(positions))
        grades.append({ p.second, object.value(p.second).toString() });
    return grades;
}

QString amountsToCell(const QList<Amount> &amounts)
{
    QStringList parts;
    for (const Amount &a : amounts)
        parts << QStringLiteral("%1@%2=%3").arg(amountKindName(a.kind)).arg(a.fiscalYear).arg(a.amount);
    return parts.join(QStringLiteral("; "));
}

std::optional<QList<Amount>> amountsFromCell(const QString &cell)
{
    QList<Amount> amounts;
    const QStringList parts = cell.split(u';', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype at = part.indexOf(u'@');
        const qsizetype eq = part.indexOf(u'=', at + 1);
        if (at < 0 || eq < 0)
            return std::nullopt;
        const auto kind = amountKindFromName(part.left(at).trimmed());
        bool yearOk = false, amountOk = false;
        Amount a;
        a.fiscalYear = part.mid(at + 1, eq - at - 1).trimmed().toInt(&yearOk);
        a.amount = part.mid(eq + 1).trimmed().toLongLong(&amountOk);
        if (!kind || !yearOk || !amountOk)
            return std::nullopt;
        a.kind = *kind;
        amounts.append(a);
    }
    return amounts;
}

QString gradesToCell(const QList<std::pair<QString, QString>> &grades)
{
    QStringList parts;
    for (const auto &g : grades)
        parts << g.first + u'=' + g.second;
    return parts.join(QStringLiteral("; "));
}

std::optional<QList<std::pair<QString, QString>>> gradesFromCell(const QString &cell)
{
    QList<std::pair<QString, QString>> grades;
    const QStringList parts = cell.split(u';', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0)
            return std::nullopt;
        grades.append({ part.left(eq).trimmed(), part.mid(eq + 1).trimmed() });
    }
    return grades;
}

} // namespace Hyoka::RecordFields

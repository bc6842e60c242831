#include "reviewrules.h"

#include "reviewdatabase.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace Hyoka {

namespace {

const char16_t levelBelowTarget[] = u"level_below_target";
const char16_t executionRateLow[] = u"execution_rate_low";
const char16_t executionRateHigh[] = u"execution_rate_high";
const char16_t selfRatingInconsistent[] = u"self_rating_inconsistent";
const char16_t indicatorUnitMismatch[] = u"indicator_unit_mismatch";

// Keys of the settings table.
const char16_t keyBelowTargetLevel[] = u"rules.level_below_target.min_level";
const char16_t keyRateLow[] = u"rules.execution_rate_low.below";
const char16_t keyRateHigh[] = u"rules.execution_rate_high.above";
const char16_t keyUnderperformingLevel[] = u"rules.self_rating_inconsistent.underperforming_level";
const char16_t keyLowRatio[] = u"rules.self_rating_inconsistent.low_ratio";
const char16_t keyHighRatio[] = u"rules.self_rating_inconsistent.high_ratio";
const char16_t keyDisabled[] = u"rules.disabled";

QString id(const char16_t *s)
{
    return QString::fromUtf16(s);
}

// A rule of self_rating_inconsistent's first kind: rated as achieved, numbers say otherwise.
bool ratedAchievedButMissed(const ReviewRules::Inputs &in, const RuleSettings &s)
{
    return in.level && *in.level < s.underperformingLevel && in.minRatioSameUnit
            && *in.minRatioSameUnit < s.inconsistentLowRatio;
}

// …and its second kind: rated as missed while every indicator reached its target.
bool ratedMissedButReached(const ReviewRules::Inputs &in, const RuleSettings &s)
{
    return in.level && *in.level >= s.underperformingLevel && in.minRatioSameUnit
            && *in.minRatioSameUnit >= s.inconsistentHighRatio;
}

} // namespace

ReviewRules::Inputs ReviewRules::Inputs::fromRecord(const Record &record)
{
    Inputs in;
    in.level = record.level;
    in.executionRate = record.executionRate();
    for (const Indicator &ind : record.indicators) {
        in.unitMismatch = in.unitMismatch || ind.unitMismatch();
        const auto ratio = ind.ratio();
        if (ratio && !ind.unitMismatch())
            in.minRatioSameUnit = in.minRatioSameUnit ? std::min(*in.minRatioSameUnit, *ratio) : *ratio;
    }
    return in;
}

QStringList ReviewRules::ruleIds()
{
    return { id(levelBelowTarget), id(executionRateLow), id(executionRateHigh),
             id(selfRatingInconsistent), id(indicatorUnitMismatch) };
}

QString ReviewRules::ruleName(const QString &ruleId)
{
    if (ruleId == QStringView(levelBelowTarget))
        return tr("Achievement level below target");
    if (ruleId == QStringView(executionRateLow))
        return tr("Low execution rate");
    if (ruleId == QStringView(executionRateHigh))
        return tr("High execution rate");
    if (ruleId == QStringView(selfRatingInconsistent))
        return tr("Self-rating inconsistent with the indicators");
    if (ruleId == QStringView(indicatorUnitMismatch))
        return tr("Indicator units differ");
    return ruleId;
}

QString ReviewRules::ruleDescription(const QString &ruleId, const RuleSettings &s)
{
    if (ruleId == QStringView(levelBelowTarget))
        return tr("achievement level %1 or worse").arg(s.belowTargetLevel);
    if (ruleId == QStringView(executionRateLow))
        return tr("settlement below %1 of the budget").arg(percent(s.executionRateLow));
    if (ruleId == QStringView(executionRateHigh))
        return tr("settlement above %1 of the budget").arg(percent(s.executionRateHigh));
    if (ruleId == QStringView(selfRatingInconsistent))
        return tr("rated better than level %1 while an indicator is below %2 of its target, or "
                  "rated level %1 or worse while every indicator reaches %3")
                .arg(s.underperformingLevel)
                .arg(percent(s.inconsistentLowRatio), percent(s.inconsistentHighRatio));
    if (ruleId == QStringView(indicatorUnitMismatch))
        return tr("an indicator's actual and target figures are in different units");
    return QString();
}

QStringList ReviewRules::suggestions(const Inputs &in, const RuleSettings &s)
{
    QStringList fired;
    auto check = [&](const char16_t *rule, bool fires) {
        const QString ruleId = id(rule);
        if (fires && s.isEnabled(ruleId))
            fired.append(ruleId);
    };
    check(levelBelowTarget, in.level && *in.level >= s.belowTargetLevel);
    check(executionRateLow, in.executionRate && *in.executionRate < s.executionRateLow);
    check(executionRateHigh, in.executionRate && *in.executionRate > s.executionRateHigh);
    check(selfRatingInconsistent, ratedAchievedButMissed(in, s) || ratedMissedButReached(in, s));
    check(indicatorUnitMismatch, in.unitMismatch);
    return fired;
}

QStringList ReviewRules::suggestions(const Record &record, const RuleSettings &settings)
{
    return suggestions(Inputs::fromRecord(record), settings);
}

QString ReviewRules::percent(double ratio)
{
    const double p = std::round(ratio * 1000.0) / 10.0;
    const bool whole = p == std::floor(p);
    return QLocale().toString(p, 'f', whole ? 0 : 1) + u'%';
}

QString ReviewRules::figure(double value)
{
    if (value == std::floor(value) && std::fabs(value) < 9.0e15)
        return QLocale().toString(qint64(value));
    QString text = QLocale().toString(value, 'f', 2);
    const QString decimal = QLocale().decimalPoint();
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(decimal))
        text.chop(decimal.size());
    return text;
}

// "定員 1,466/1,562 人 = 93.9%": the figures behind one indicator.
static QString indicatorLine(const Indicator &ind)
{
    const QString label = ind.label.isEmpty() ? ReviewRules::tr("(no label)") : ind.label;
    const auto ratio = ind.ratio();
    if (ind.unitMismatch())
        return ReviewRules::tr("indicator %1: %2 %3 against a target of %4 %5")
                .arg(label, ReviewRules::figure(ind.actual), ind.unit,
                     ReviewRules::figure(ind.target), ind.targetUnit);
    return ReviewRules::tr("indicator %1 %2/%3 %4 = %5")
            .arg(label, ReviewRules::figure(ind.actual), ReviewRules::figure(ind.target), ind.unit,
                 ratio ? ReviewRules::percent(*ratio) : ReviewRules::tr("n/a"))
            .simplified();
}

QList<ReviewRules::Finding> ReviewRules::explain(const Record &record, const RuleSettings &s)
{
    const Inputs in = Inputs::fromRecord(record);
    QList<Finding> findings;
    const QStringList fired = suggestions(in, s);
    for (const QString &ruleId : fired) {
        Finding f { ruleId, ruleName(ruleId), {} };
        if (ruleId == QStringView(levelBelowTarget)) {
            f.details << tr("achievement level %1 ≥ %2").arg(*in.level).arg(s.belowTargetLevel);
        } else if (ruleId == QStringView(executionRateLow)) {
            f.details << tr("execution rate %1 < %2")
                                 .arg(percent(*in.executionRate), percent(s.executionRateLow));
        } else if (ruleId == QStringView(executionRateHigh)) {
            f.details << tr("execution rate %1 > %2")
                                 .arg(percent(*in.executionRate), percent(s.executionRateHigh));
        } else if (ruleId == QStringView(selfRatingInconsistent)) {
            const bool low = ratedAchievedButMissed(in, s);
            if (low)
                f.details << tr("rated level %1 (better than %2) while an indicator is below %3 of its target")
                                     .arg(*in.level)
                                     .arg(s.underperformingLevel)
                                     .arg(percent(s.inconsistentLowRatio));
            else
                f.details << tr("rated level %1 while every indicator reaches %2 of its target")
                                     .arg(*in.level)
                                     .arg(percent(s.inconsistentHighRatio));
            for (const Indicator &ind : record.indicators) {
                const auto ratio = ind.ratio();
                if (!ratio || ind.unitMismatch())
                    continue;
                if (!low || *ratio < s.inconsistentLowRatio)
                    f.details << indicatorLine(ind);
            }
        } else if (ruleId == QStringView(indicatorUnitMismatch)) {
            for (const Indicator &ind : record.indicators) {
                if (ind.unitMismatch())
                    f.details << indicatorLine(ind);
            }
        }
        findings.append(f);
    }
    return findings;
}

SqlCondition ReviewRules::suggestedCondition(const RuleSettings &s, const QString &only)
{
    SqlCondition c;
    QStringList alternatives;
    auto add = [&](const char16_t *rule, const QString &sql, const QVariantList &values) {
        const QString ruleId = id(rule);
        if (!s.isEnabled(ruleId) || (!only.isEmpty() && only != ruleId))
            return;
        alternatives << sql;
        c.values += values;
    };
    add(levelBelowTarget, QStringLiteral("level >= ?"), { s.belowTargetLevel });
    add(executionRateLow, QStringLiteral("execution_rate < ?"), { s.executionRateLow });
    add(executionRateHigh, QStringLiteral("execution_rate > ?"), { s.executionRateHigh });
    add(selfRatingInconsistent,
        QStringLiteral("(level < ? AND min_ratio_same_unit < ?)"
                       " OR (level >= ? AND min_ratio_same_unit >= ?)"),
        { s.underperformingLevel, s.inconsistentLowRatio, s.underperformingLevel,
          s.inconsistentHighRatio });
    add(indicatorUnitMismatch, QStringLiteral("unit_mismatch <> 0"), {});
    if (alternatives.isEmpty()) {
        c.sql = QStringLiteral("1 = 0");
        return c;
    }
    c.sql = u'(' + alternatives.join(QStringLiteral(") OR (")) + u')';
    if (alternatives.size() > 1)
        c.sql = u'(' + c.sql + u')';
    return c;
}

RuleSettings ReviewRules::loadSettings(const ReviewDatabase &db, QString *error)
{
    RuleSettings s;
    for (const auto &[key, value] : readSettings(db, QStringLiteral("rules."), error)) {
        bool ok = false;
        const double number = value.toDouble(&ok); // stored in the C locale
        if (key == QStringView(keyDisabled)) {
            s.disabledRules = value.split(u',', Qt::SkipEmptyParts);
            continue;
        }
        if (!ok || !std::isfinite(number))
            continue;
        if (key == QStringView(keyBelowTargetLevel))
            s.belowTargetLevel = int(number);
        else if (key == QStringView(keyRateLow))
            s.executionRateLow = number;
        else if (key == QStringView(keyRateHigh))
            s.executionRateHigh = number;
        else if (key == QStringView(keyUnderperformingLevel))
            s.underperformingLevel = int(number);
        else if (key == QStringView(keyLowRatio))
            s.inconsistentLowRatio = number;
        else if (key == QStringView(keyHighRatio))
            s.inconsistentHighRatio = number;
    }
    return s;
}

QString ReviewRules::validate(const RuleSettings &s)
{
    for (const int level : { s.belowTargetLevel, s.underperformingLevel }) {
        if (level < 1 || level > 5)
            return tr("an achievement level must be between 1 and 5, not %1").arg(level);
    }
    for (const double ratio : { s.executionRateLow, s.executionRateHigh, s.inconsistentLowRatio,
                                s.inconsistentHighRatio }) {
        if (!std::isfinite(ratio) || ratio < 0)
            return tr("a ratio must be a number of 0 or more");
    }
    const QStringList known = ruleIds();
    for (const QString &rule : s.disabledRules) {
        if (!known.contains(rule))
            return tr("unknown rule \"%1\"").arg(rule);
    }
    return QString();
}

bool ReviewRules::saveSettings(ReviewDatabase &db, const RuleSettings &s, QString *error)
{
    const QString invalid = validate(s);
    if (!invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return false;
    }
    auto number = [](double v) { return QString::number(v, 'g', 17); };
    return writeSettings(db,
                         { { QString::fromUtf16(keyBelowTargetLevel), QString::number(s.belowTargetLevel) },
                           { QString::fromUtf16(keyRateLow), number(s.executionRateLow) },
                           { QString::fromUtf16(keyRateHigh), number(s.executionRateHigh) },
                           { QString::fromUtf16(keyUnderperformingLevel),
                             QString::number(s.underperformingLevel) },
                           { QString::fromUtf16(keyLowRatio), number(s.inconsistentLowRatio) },
                           { QString::fromUtf16(keyHighRatio), number(s.inconsistentHighRatio) },
                           { QString::fromUtf16(keyDisabled), s.disabledRules.join(u',') } },
                         error);
}

QList<std::pair<QString, QString>> ReviewRules::readSettings(const ReviewDatabase &db,
                                                           const QString &prefix, QString *error)
{
    QList<std::pair<QString, QString>> values;
    QSqlQuery q(db.database());
    q.prepare(QStringLiteral("SELECT key, value FROM settings WHERE substr(key, 1, ?) = ?"));
    q.addBindValue(int(prefix.size()));
    q.addBindValue(prefix);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return values;
    }
    while (q.next())
        values.append({ q.value(0).toString(), q.value(1).toString() });
    return values;
}

bool ReviewRules::writeSettings(ReviewDatabase &db, const QList<std::pair<QString, QString>> &values,
                                QString *error)
{
    if (!db.beginWrite(error))
        return false;
    QSqlQuery q(db.database());
    if (!q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                  " ON CONFLICT (key) DO UPDATE SET value = excluded.value"))) {
        if (error)
            *error = q.lastError().text();
        db.rollbackWrite();
        return false;
    }
    for (const auto &[key, value] : values) {
        q.bindValue(0, key);
        q.bindValue(1, value);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            db.rollbackWrite();
            return false;
        }
    }
    return db.commitWrite(error) || (db.rollbackWrite(), false);
}

} // namespace Hyoka

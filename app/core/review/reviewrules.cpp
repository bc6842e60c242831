#include "reviewrules.h"

#include "reviewdatabase.h"
#include "scalesteps.h"
#include "yearrules.h"

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
// rules.level_below_target.from.<scale>: the first rank of a scale's review part.
const char16_t keyReviewFromPrefix[] = u"rules.level_below_target.from.";

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

// level_below_target: the level, or the rating's rank, in the review part of its scale.
bool levelInReviewPart(const ReviewRules::Inputs &in, const RuleSettings &s)
{
    return in.level && *in.level >= s.belowTargetLevel;
}

bool ratingInReviewPart(const ReviewRules::Inputs &in, const RuleSettings &s)
{
    const int from = s.reviewFrom(in.ratingScale);
    return in.ratingRank > 0 && from > 0 && in.ratingRank >= from;
}

} // namespace

ReviewRules::Inputs ReviewRules::Inputs::fromRow(const RecordRow &row)
{
    Inputs in;
    in.level = row.level;
    in.ratingScale = row.ratingScale;
    in.ratingLabel = row.ratingLabel;
    in.ratingRank = row.ratingRank;
    in.ratingRanks = row.ratingRanks;
    in.executionRate = row.executionRate;
    return in;
}

ReviewRules::Inputs ReviewRules::Inputs::fromRecord(const Record &record)
{
    Inputs in;
    in.level = record.level;
    if (record.rating) {
        in.ratingScale = record.rating->scale;
        in.ratingLabel = record.rating->label;
        in.ratingRank = record.rating->rank;
        in.ratingRanks = record.rating->ranks;
    } else if (record.level) {
        in.ratingScale = QStringLiteral("level");
        in.ratingLabel = QString::number(*record.level);
        in.ratingRank = *record.level;
        in.ratingRanks = 5;
    }
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
        return tr("Rating in the review part of its scale");
    if (ruleId == QStringView(executionRateLow))
        return tr("Low execution rate");
    if (ruleId == QStringView(executionRateHigh))
        return tr("High execution rate");
    if (ruleId == QStringView(selfRatingInconsistent))
        return tr("Self-rating inconsistent with the indicators");
    if (ruleId == QStringView(indicatorUnitMismatch))
        return tr("Indicator units differ");
    if (YearRules::ruleIds().contains(ruleId))
        return YearRules::ruleName(ruleId);
    return ruleId;
}

QString ReviewRules::ruleDescription(const QString &ruleId, const RuleSettings &s)
{
    if (YearRules::ruleIds().contains(ruleId))
        return YearRules::ruleDescription(ruleId, s.years);
    if (ruleId == QStringView(levelBelowTarget))
    {
        QStringList parts { tr("achievement level %1 or worse").arg(s.belowTargetLevel) };
        for (auto it = s.reviewFromRank.cbegin(); it != s.reviewFromRank.cend(); ++it) {
            if (it.value() > 0)
                parts << tr("%1 %2", "scale name, review steps")
                                 .arg(ScaleSteps::scaleName(it.key()),
                                      ScaleSteps::rangeName(it.key(), it.value(),
                                                            std::max(it.value(), ScaleSteps::defaultRanks(it.key()))));
        }
        return parts.join(tr("; "));
    }
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
    check(levelBelowTarget, levelInReviewPart(in, s) || ratingInReviewPart(in, s));
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

QString ReviewRules::reviewStep(const Inputs &in, const RuleSettings &s)
{
    if (ratingInReviewPart(in, s)) {
        const int ranks = std::max(in.ratingRanks, in.ratingRank);
        const QString step = ScaleSteps::stepName(in.ratingScale, in.ratingRank, in.ratingLabel);
        const QString label = in.ratingLabel.isEmpty() || in.ratingLabel.startsWith(step)
                ? (in.ratingLabel.isEmpty() ? step : in.ratingLabel)
                : tr("%1 (%2)", "step (published label)").arg(step, in.ratingLabel);
        return tr("%1 %2 (review part %3)", "scale, step, review steps")
                .arg(ScaleSteps::scaleName(in.ratingScale), label,
                     ScaleSteps::rangeName(in.ratingScale, s.reviewFrom(in.ratingScale), ranks));
    }
    if (levelInReviewPart(in, s))
        return tr("%1 %2 (review part %3)", "scale, step, review steps")
                .arg(ScaleSteps::scaleName(QStringLiteral("level")), QString::number(*in.level),
                     ScaleSteps::rangeName(QStringLiteral("level"), s.belowTargetLevel, 5));
    return QString();
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
            if (levelInReviewPart(in, s))
                f.details << tr("achievement level %1 ≥ %2").arg(*in.level).arg(s.belowTargetLevel);
            f.details << reviewStep(in, s);
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
    {
        // The level column (its covering index), then each reviewed scale's ranks.
        QString sql = QStringLiteral("level >= ?");
        QVariantList values { s.belowTargetLevel };
        QStringList scales { QStringLiteral("level") };
        scales += s.reviewFromRank.keys();
        for (const QString &scale : std::as_const(scales)) {
            const int from = s.reviewFrom(scale);
            if (from <= 0)
                continue;
            sql += QStringLiteral(" OR (rating_scale = ? AND rating_rank >= ?)");
            values << scale << from;
        }
        add(levelBelowTarget, sql, values);
    }
    add(executionRateLow, QStringLiteral("execution_rate < ?"), { s.executionRateLow });
    add(executionRateHigh, QStringLiteral("execution_rate > ?"), { s.executionRateHigh });
    add(selfRatingInconsistent,
        QStringLiteral("(level < ? AND min_ratio_same_unit < ?)"
                       " OR (level >= ? AND min_ratio_same_unit >= ?)"),
        { s.underperformingLevel, s.inconsistentLowRatio, s.underperformingLevel,
          s.inconsistentHighRatio });
    add(indicatorUnitMismatch, QStringLiteral("unit_mismatch <> 0"), {});
    // The year-on-year rules (docs/years.md) count as suggestions too.
    if (only.isEmpty() || YearRules::ruleIds().contains(only)) {
        const SqlCondition years = YearRules::suggestedCondition(s.years, only);
        if (years.sql != u"1 = 0") {
            alternatives << years.sql;
            c.values += years.values;
        }
    }
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
        if (key.startsWith(QStringView(keyReviewFromPrefix))) {
            if (ok && number >= 0)
                s.reviewFromRank.insert(key.mid(QStringView(keyReviewFromPrefix).size()), int(number));
            continue;
        }
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
    s.years = YearRules::loadSettings(db);
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
    for (auto it = s.reviewFromRank.cbegin(); it != s.reviewFromRank.cend(); ++it) {
        if (it.key().isEmpty() || it.value() < 0 || it.value() > 26)
            return tr("the review part of the %1 scale must start at a step from 1 to 26, or 0 for none")
                    .arg(ScaleSteps::scaleName(it.key()));
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
    QList<std::pair<QString, QString>> values {
        { id(keyBelowTargetLevel), QString::number(s.belowTargetLevel) },
        { id(keyRateLow), number(s.executionRateLow) },
        { id(keyRateHigh), number(s.executionRateHigh) },
        { id(keyUnderperformingLevel), QString::number(s.underperformingLevel) },
        { id(keyLowRatio), number(s.inconsistentLowRatio) },
        { id(keyHighRatio), number(s.inconsistentHighRatio) },
        { id(keyDisabled), s.disabledRules.join(u',') },
    };
    // Every scale the defaults name is written, so that "not reviewed" (0) is kept.
    QMap<QString, int> from = RuleSettings::defaultReviewFromRank();
    for (auto it = from.begin(); it != from.end(); ++it)
        it.value() = 0;
    from.insert(s.reviewFromRank);
    for (auto it = from.cbegin(); it != from.cend(); ++it)
        values.append({ id(keyReviewFromPrefix) + it.key(), QString::number(it.value()) });
    return writeSettings(db, values, error);
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

#include "reviewicons.h"

#include <QHash>

namespace Hyoka {

QIcon ReviewIcons::named(const QString &name)
{
    // QIcon's SVG engine renders each size once; keep one instance per name.
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
    return *it;
}

QIcon ReviewIcons::status(const QString &statusId)
{
    if (statusId == u"flagged")
        return named(QStringLiteral("flag"));
    if (statusId == u"reviewed")
        return named(QStringLiteral("status-reviewed"));
    if (statusId == u"dismissed")
        return named(QStringLiteral("status-dismissed"));
    return QIcon();
}

QString ReviewIcons::rulePath(const QString &ruleId)
{
    const char *name = nullptr;
    if (ruleId == u"level_below_target")
        name = "rule-level";
    else if (ruleId == u"execution_rate_low")
        name = "rule-rate-low";
    else if (ruleId == u"execution_rate_high")
        name = "rule-rate-high";
    else if (ruleId == u"self_rating_inconsistent")
        name = "rule-inconsistent";
    else if (ruleId == u"indicator_unit_mismatch")
        name = "rule-unit";
    // The year-on-year rules (docs/years.md).
    else if (ruleId == u"below_target_repeated")
        name = "rule-year-repeated";
    else if (ruleId == u"rating_worse")
        name = "rule-year-worse";
    else if (ruleId == u"budget_up_rating_down")
        name = "rule-year-budget";
    else if (ruleId == u"project_disappeared")
        name = "rule-year-gone";
    return name ? QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)) : QString();
}

QIcon ReviewIcons::rule(const QString &ruleId)
{
    const QString path = rulePath(ruleId);
    if (path.isEmpty())
        return QIcon();
    static QHash<QString, QIcon> cache;
    auto it = cache.find(path);
    if (it == cache.end())
        it = cache.insert(path, QIcon(path));
    return *it;
}

} // namespace Hyoka

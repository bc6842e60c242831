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

QIcon ReviewIcons::rule(const QString &ruleId)
{
    if (ruleId == u"level_below_target")
        return named(QStringLiteral("rule-level"));
    if (ruleId == u"execution_rate_low")
        return named(QStringLiteral("rule-rate-low"));
    if (ruleId == u"execution_rate_high")
        return named(QStringLiteral("rule-rate-high"));
    if (ruleId == u"self_rating_inconsistent")
        return named(QStringLiteral("rule-inconsistent"));
    if (ruleId == u"indicator_unit_mismatch")
        return named(QStringLiteral("rule-unit"));
    return QIcon();
}

} // namespace Hyoka

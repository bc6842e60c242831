#pragma once

#include <QIcon>
#include <QString>

namespace Hyoka {

// The icons of the review workflow, defined once: one per flag status (none has
// none) and one per review rule, for the grid, the facets and the review panel.
class ReviewIcons
{
public:
    // Null for "none" and unknown ids.
    static QIcon status(const QString &statusId);
    static QIcon rule(const QString &ruleId);
    // The resource path of a rule's icon (for rich text); empty for unknown ids.
    static QString rulePath(const QString &ruleId);
    // An icon from :/icons by file name without ".svg".
    static QIcon named(const QString &name);
};

} // namespace Hyoka

#pragma once

#include <QString>
#include <QVariantList>

namespace Hyoka {

// A piece of a WHERE clause over the records table (used unaliased, FROM records) and
// the values of its placeholders, in order. Built by the review rules and the flag store
// so the grid can filter and count in SQL.
struct SqlCondition
{
    QString sql;
    QVariantList values;
};

} // namespace Hyoka

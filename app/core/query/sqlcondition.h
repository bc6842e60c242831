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

    // How many ids go into one `id IN (…)`: well under SQLite's and PostgreSQL's
    // parameter limits.
    static constexpr qsizetype idBatchSize = 500;

    // `?, ?, ?` for n values.
    static QString placeholders(qsizetype n)
    {
        QString s;
        s.reserve(n * 3);
        for (qsizetype i = 0; i < n; ++i)
            s += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
        return s;
    }
};

} // namespace Hyoka

#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace Hyoka {

// Prepares `sql` on `query` (forward only), binds `values` in order and runs it. False
// on failure, with the driver's message in `error` when given: the error style of the
// core (docs/architecture.md, "Errors").
inline bool runBound(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    if (ok) {
        for (const QVariant &v : values)
            query.addBindValue(v);
        ok = query.exec();
    }
    if (!ok && error)
        *error = query.lastError().text();
    return ok;
}

} // namespace Hyoka

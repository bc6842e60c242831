// ProjectLinks' reads: a project's years and the projects a code or name names
// (docs/years.md).
#include "projectlinks.h"

#include "derived.h"
#include "reviewdatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Hyoka {

static std::optional<qint64> optionalInt64(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QList<ProjectLinks::Year> ProjectLinks::history(int fiscalYear, const QString &key,
                                                QString *error) const
{
    QList<Year> years;
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral(
            "SELECT l.fiscal_year, r.code, r.has_code, r.bureau, r.division, r.name,"
            " r.rating_label, r.level, r.budget, r.settlement, l.matched, l.similarity, a.state, r.id,"
            " r.rating_rank, r.rating_ranks, r.rating_scale, r.indicator_count, r.min_ratio_same_unit"
            " FROM project_links l"
            " JOIN records r ON r.fiscal_year = l.fiscal_year AND r.code = l.code"
            " LEFT JOIN project_aliases a ON a.fiscal_year = l.fiscal_year AND a.code = l.code"
            " WHERE l.project = (SELECT s.project FROM project_links s"
            "  WHERE s.fiscal_year = ? AND s.code = ?)"
            " ORDER BY l.fiscal_year, l.code"));
    q.addBindValue(fiscalYear);
    q.addBindValue(key);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return years;
    }
    while (q.next()) {
        Year y;
        y.fiscalYear = q.value(0).toInt();
        y.key = q.value(1).toString();
        y.code = q.value(2).toInt() == 1 ? y.key : QString();
        y.bureau = q.value(3).toString();
        y.division = q.value(4).toString();
        y.name = q.value(5).toString();
        y.rating = q.value(6).toString();
        if (!q.value(7).isNull())
            y.level = q.value(7).toInt();
        y.budget = optionalInt64(q.value(8));
        y.settlement = optionalInt64(q.value(9));
        y.executionRate = Derived::executionRate(y.budget, y.settlement);
        y.matched = q.value(10).toString();
        y.similarity = q.value(11).toDouble();
        if (y.matched == u"name")
            y.aliasState = q.value(12).toString();
        y.recordId = q.value(13).toLongLong();
        if (!q.value(14).isNull()) {
            y.ratingRank = q.value(14).toInt();
            y.ratingRanks = q.value(15).toInt();
            y.ratingScale = q.value(16).toString();
        }
        y.indicatorCount = q.value(17).toInt();
        if (!q.value(18).isNull())
            y.lowestAttainment = q.value(18).toDouble();
        years.append(y);
    }
    return years;
}

QList<std::pair<int, QString>> ProjectLinks::findProjects(const QString &code, const QString &name,
                                                          const QString &bureau, QString *error) const
{
    // The latest record of each project the code or name names.
    QString where = code.isEmpty() ? QStringLiteral("r.name = ?")
                                   : QStringLiteral("r.has_code = 1 AND r.code = ?");
    QVariantList values { code.isEmpty() ? name : code };
    if (!bureau.isEmpty()) {
        where += QStringLiteral(" AND r.bureau = ?");
        values << bureau;
    }
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT l.fiscal_year, l.code FROM project_links l"
                             " WHERE l.next_year IS NULL AND l.project IN (SELECT p.project"
                             "  FROM records r JOIN project_links p"
                             "  ON p.fiscal_year = r.fiscal_year AND p.code = r.code WHERE %1)"
                             " ORDER BY l.fiscal_year, l.code")
                      .arg(where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    QList<std::pair<int, QString>> found;
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return found;
    }
    while (q.next())
        found.append({ q.value(0).toInt(), q.value(1).toString() });
    return found;
}

} // namespace Hyoka

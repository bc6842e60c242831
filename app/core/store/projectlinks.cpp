#include "projectlinks.h"

#include "reviewdatabase.h"
#include "textnormaliser.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace Hyoka {

namespace {

QString unitSeparator()
{
    return QString(QChar(u'\x1f'));
}

// The character bigrams of a name's normalised form (TextNormaliser::searchKey(),
// spaces dropped), with their counts; a one-character name is its own bigram.
using Bigrams = QHash<QString, int>;

Bigrams bigramsOf(const QString &text)
{
    const QString key = TextNormaliser::searchKey(text).remove(u' ');
    Bigrams grams;
    if (key.size() == 1)
        grams.insert(key, 1);
    for (qsizetype i = 0; i + 1 < key.size(); ++i)
        ++grams[key.mid(i, 2)];
    return grams;
}

// The Dice coefficient of two bigram multisets: 2 × shared / total.
double dice(const Bigrams &a, const Bigrams &b)
{
    int total = 0;
    int common = 0;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        total += it.value();
        common += std::min(it.value(), b.value(it.key()));
    }
    for (const int n : b)
        total += n;
    return total == 0 ? 0.0 : 2.0 * common / total;
}

} // namespace

QStringList ProjectLinks::schemaV4()
{
    return {
        QStringLiteral("CREATE TABLE project_links ("
                       " fiscal_year INTEGER NOT NULL,"
                       " code TEXT NOT NULL,"
                       " bureau TEXT NOT NULL,"
                       " organisation TEXT NOT NULL,"
                       " natural_key TEXT NOT NULL,"
                       " project TEXT NOT NULL,"
                       " matched TEXT NOT NULL DEFAULT 'code',"
                       " similarity %REAL%,"
                       " prev_year INTEGER,"
                       " prev_code TEXT,"
                       " prev_level INTEGER,"
                       " prev_rating_rank INTEGER,"
                       " prev_rating_scale TEXT,"
                       " prev_budget %BIGINT%,"
                       " prev_settlement %BIGINT%,"
                       " next_year INTEGER,"
                       " bureau_next_year INTEGER,"
                       " PRIMARY KEY (fiscal_year, code))"),
        QStringLiteral("CREATE INDEX project_links_project ON project_links (project, fiscal_year)"),
        QStringLiteral("CREATE INDEX project_links_natural ON project_links (natural_key, fiscal_year)"),
        QStringLiteral("CREATE INDEX project_links_bureau ON project_links (bureau, fiscal_year)"),
        QStringLiteral("CREATE INDEX project_links_organisation ON project_links (organisation, fiscal_year)"),
        QStringLiteral("CREATE TABLE project_aliases ("
                       " fiscal_year INTEGER NOT NULL,"
                       " code TEXT NOT NULL,"
                       " target_year INTEGER NOT NULL,"
                       " target_code TEXT NOT NULL,"
                       " state TEXT NOT NULL CHECK (state IN ('matched', 'confirmed', 'rejected')),"
                       " similarity %REAL%,"
                       " updated_at TEXT NOT NULL,"
                       " PRIMARY KEY (fiscal_year, code))"),
        QStringLiteral("CREATE TABLE organisation_renames ("
                       " old_bureau TEXT NOT NULL PRIMARY KEY,"
                       " new_bureau TEXT NOT NULL)"),
    };
}

QStringList ProjectLinks::schemaV5()
{
    return {
        QStringLiteral("ALTER TABLE project_links ADD COLUMN prev_rating_label TEXT"),
        QStringLiteral("ALTER TABLE project_links ADD COLUMN prev_rating_ranks INTEGER"),
        QStringLiteral("ALTER TABLE project_links ADD COLUMN bureau_prev_year INTEGER"),
        QStringLiteral("ALTER TABLE project_links ADD COLUMN budget_change %REAL%"),
        QStringLiteral("CREATE INDEX project_links_budget_change ON project_links (budget_change)"),
    };
}

double ProjectLinks::nameSimilarity(const QString &a, const QString &b)
{
    return dice(bigramsOf(a), bigramsOf(b));
}

bool ProjectLinks::run(const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery q(m_db.database());
    if (!q.prepare(sql)) {
        if (error)
            *error = tr("cannot link the years: %1").arg(q.lastError().text());
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = tr("cannot link the years: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

bool ProjectLinks::relink(QString *error)
{
    if (!m_db.beginWrite(error))
        return false;
    if (!relinkInTransaction(error) || !m_db.commitWrite(error)) {
        m_db.rollbackWrite();
        return false;
    }
    return true;
}

bool ProjectLinks::relinkInTransaction(QString *error)
{
    // A database still at schema 3 (only the tests build one) has no links to keep.
    if (!m_db.database().tables().contains(QStringLiteral("project_links")))
        return true;
    // The natural key: the code, or the identity key with the bureau renamed
    // ('~' + bureau + U+001F + division + U+001F + name [+ U+001F #n]).
    // Two PostgreSQL clients importing at once relink one after the other: the second's
    // statements then see the first's committed links (READ COMMITTED); readers go on.
    // (Not prepared: PostgreSQL prepares no LOCK.)
    QSqlQuery lock(m_db.database());
    if (m_db.isPostgres() && !lock.exec(QStringLiteral("LOCK TABLE project_links IN EXCLUSIVE MODE"))) {
        if (error)
            *error = tr("cannot link the years: %1").arg(lock.lastError().text());
        return false;
    }
    const QString natural = QStringLiteral(
            "CASE WHEN r.has_code = 1 OR o.new_bureau IS NULL THEN r.code"
            " ELSE '~' || o.new_bureau || substr(r.code, length(r.bureau) + 2) END");
    return run(QStringLiteral("DELETE FROM project_links"), {}, error)
            && run(QStringLiteral("DELETE FROM project_aliases WHERE state = 'matched'"), {}, error)
            && run(QStringLiteral("INSERT INTO project_links (fiscal_year, code, bureau,"
                                  " organisation, natural_key, project, matched)"
                                  " SELECT r.fiscal_year, r.code, COALESCE(o.new_bureau, r.bureau),"
                                  " COALESCE(o.new_bureau, r.bureau) || ? || r.division, %1, %1,"
                                  " CASE WHEN r.has_code = 1 THEN 'code' ELSE 'key' END"
                                  " FROM records r LEFT JOIN organisation_renames o"
                                  " ON o.old_bureau = r.bureau")
                           .arg(natural),
                   { unitSeparator() }, error)
            && applyAliases(QStringLiteral("confirmed"), error) && computeNeighbours(error)
            && matchByName(error);
}

// Each alias, oldest first, gives its record (and the later years of its natural key)
// the project of its target: a project renamed twice follows both renames.
bool ProjectLinks::applyAliases(const QString &state, QString *error)
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT a.fiscal_year, a.code, a.target_year, a.target_code, a.similarity"
                             " FROM project_aliases a"
                             " JOIN project_links l ON l.fiscal_year = a.fiscal_year AND l.code = a.code"
                             " JOIN project_links t ON t.fiscal_year = a.target_year AND t.code = a.target_code"
                             " WHERE a.state = ? ORDER BY a.fiscal_year, a.code"));
    q.addBindValue(state);
    if (!q.exec()) {
        if (error)
            *error = tr("cannot link the years: %1").arg(q.lastError().text());
        return false;
    }
    // Read them all first: the updates below change the table being read.
    QList<QVariantList> aliases;
    while (q.next())
        aliases.append({ q.value(0), q.value(1), q.value(2), q.value(3), q.value(4) });
    q.finish();
    for (const QVariantList &a : std::as_const(aliases)) {
        const QVariant year = a.at(0);
        const QVariant code = a.at(1);
        if (!run(QStringLiteral("UPDATE project_links SET project = (SELECT t.project FROM project_links t"
                                " WHERE t.fiscal_year = ? AND t.code = ?)"
                                " WHERE fiscal_year >= ? AND natural_key = (SELECT n.natural_key"
                                " FROM project_links n WHERE n.fiscal_year = ? AND n.code = ?)"),
                 { a.at(2), a.at(3), year, year, code }, error)
            || !run(QStringLiteral("UPDATE project_links SET matched = 'name', similarity = ?"
                                   " WHERE fiscal_year = ? AND code = ?"),
                    { a.at(4), year, code }, error))
            return false;
    }
    return true;
}

// The previous and next year of each record's project, the previous record's figures
// and the years before and after in which its bureau has records: what the
// year-on-year rules compare. One UPDATE of every row: the years by window functions
// over the distinct (project, year) and (bureau, year) pairs, the previous record
// joined by its project and year. (It was two UPDATEs, the years by four correlated
// subqueries per row: each rewrote every row, most of a relink's time; docs/years.md.)
bool ProjectLinks::computeNeighbours(QString *error, bool renamedOnly)
{
    // After the matches by name only their projects' rows change (both sides of each
    // rename now share the project); the bureaus' years do not.
    const QString renamed = QStringLiteral(" IN (SELECT l.project FROM project_aliases a"
                                           " JOIN project_links l ON l.fiscal_year = a.fiscal_year"
                                           " AND l.code = a.code WHERE a.state = 'matched')");
    const auto neighbours = [](const QString &column, const QString &where) {
        return QStringLiteral("(SELECT %1, fiscal_year, lag(fiscal_year) OVER w AS prev_year,"
                              " lead(fiscal_year) OVER w AS next_year"
                              " FROM (SELECT DISTINCT %1, fiscal_year FROM project_links%2) AS d"
                              " WINDOW w AS (PARTITION BY %1 ORDER BY fiscal_year))")
                .arg(column, where);
    };
    const QString projectScope = renamedOnly ? QStringLiteral(" WHERE project") + renamed : QString();
    const QString sql = QStringLiteral(
            "UPDATE project_links SET prev_year = x.prev_year, next_year = x.next_year,%1"
            " prev_code = x.prev_code, prev_level = x.prev_level, prev_rating_rank = x.prev_rating_rank,"
            " prev_rating_scale = x.prev_rating_scale, prev_rating_label = x.prev_rating_label,"
            " prev_rating_ranks = x.prev_rating_ranks, prev_budget = x.prev_budget,"
            " prev_settlement = x.prev_settlement, budget_change = x.budget_change"
            " FROM (SELECT l.fiscal_year, l.code, y.prev_year, y.next_year,%2"
            "  r.code AS prev_code, r.level AS prev_level, r.rating_rank AS prev_rating_rank,"
            "  r.rating_scale AS prev_rating_scale, r.rating_label AS prev_rating_label,"
            "  r.rating_ranks AS prev_rating_ranks, r.budget AS prev_budget,"
            "  r.settlement AS prev_settlement,"
            "  CASE WHEN r.budget > 0 AND c.budget IS NOT NULL"
            "   THEN 1.0 * c.budget / r.budget - 1.0 END AS budget_change"
            "  FROM project_links l"
            "  JOIN %3 AS y ON y.project = l.project AND y.fiscal_year = l.fiscal_year%4"
            "  LEFT JOIN project_links p ON p.project = l.project AND p.fiscal_year = y.prev_year"
            "  LEFT JOIN records r ON r.fiscal_year = p.fiscal_year AND r.code = p.code"
            "  LEFT JOIN records c ON c.fiscal_year = l.fiscal_year AND c.code = l.code%5) AS x"
            " WHERE project_links.fiscal_year = x.fiscal_year AND project_links.code = x.code")
            .arg(renamedOnly ? QString()
                             : QStringLiteral(" bureau_next_year = x.bureau_next_year,"
                                              " bureau_prev_year = x.bureau_prev_year,"),
                 renamedOnly ? QString()
                             : QStringLiteral(" b.next_year AS bureau_next_year, b.prev_year AS bureau_prev_year,"),
                 neighbours(QStringLiteral("project"), projectScope),
                 renamedOnly ? QString()
                             : QStringLiteral("  JOIN %1 AS b ON b.bureau = l.bureau AND b.fiscal_year = l.fiscal_year")
                                       .arg(neighbours(QStringLiteral("bureau"), QString())),
                 renamedOnly ? QStringLiteral("  WHERE l.project") + renamed : QString());
    return run(sql, {}, error);
}

// Records new in a year matched to records of the same organisation gone since its
// previous year, by the similarity of their names: the best pairs first, each record
// in one pair at most. Only the few unmatched records are compared, in C++.
bool ProjectLinks::matchByName(QString *error)
{
    // The records gone since their bureau's previous year, by organisation and the year
    // they are missing from: usually none (one year, or no project ended), so nothing
    // more is read.
    struct Side
    {
        int year;
        QString code;
        Bigrams bigrams;
    };
    QHash<QString, QList<Side>> gone;
    QSqlQuery q(m_db.database());
    auto fail = [&] {
        if (error)
            *error = tr("cannot link the years: %1").arg(q.lastError().text());
        return false;
    };
    if (!q.exec(QStringLiteral("SELECT g.fiscal_year, g.code, g.organisation, g.bureau_next_year, r.name"
                               " FROM project_links g"
                               " JOIN records r ON r.fiscal_year = g.fiscal_year AND r.code = g.code"
                               " WHERE g.bureau_next_year IS NOT NULL"
                               " AND (g.next_year IS NULL OR g.next_year > g.bureau_next_year)")))
        return fail();
    while (q.next())
        gone[q.value(2).toString() + unitSeparator() + q.value(3).toString()].append(
                { q.value(0).toInt(), q.value(1).toString(), bigramsOf(q.value(4).toString()) });
    if (gone.isEmpty())
        return true;
    // The records new in a year (no earlier year, no decision about them yet).
    if (!q.exec(QStringLiteral("SELECT n.fiscal_year, n.code, n.organisation, r.name FROM project_links n"
                               " JOIN records r ON r.fiscal_year = n.fiscal_year AND r.code = n.code"
                               " WHERE n.prev_year IS NULL AND NOT EXISTS (SELECT 1 FROM project_aliases a"
                               "  WHERE a.fiscal_year = n.fiscal_year AND a.code = n.code)")))
        return fail();
    struct Pair
    {
        int year;
        QString code;
        int targetYear;
        QString targetCode;
        double similarity;
    };
    QList<Pair> pairs;
    const double threshold = nameThreshold();
    // Per organisation and year, an index from bigram to the gone names that have it:
    // a new name is compared only with gone names it shares a bigram with, and a bigram
    // most names share (事業) proposes no one, so a bureau that replaced all its
    // projects costs no product of the two counts.
    QHash<QString, QHash<QString, QList<int>>> indexes;
    constexpr int commonBigram = 20;
    while (q.next()) {
        const QString group = q.value(2).toString() + unitSeparator() + q.value(0).toString();
        const auto it = gone.constFind(group);
        if (it == gone.cend())
            continue;
        QHash<QString, QList<int>> &index = indexes[group];
        if (index.isEmpty()) {
            for (qsizetype i = 0; i < it->size(); ++i) {
                for (auto b = it->at(i).bigrams.cbegin(); b != it->at(i).bigrams.cend(); ++b)
                    index[b.key()].append(int(i));
            }
        }
        const Bigrams name = bigramsOf(q.value(3).toString());
        QSet<int> candidates;
        for (auto b = name.cbegin(); b != name.cend(); ++b) {
            const QList<int> holders = index.value(b.key());
            if (holders.size() <= commonBigram)
                candidates.unite(QSet<int>(holders.cbegin(), holders.cend()));
        }
        for (const int i : std::as_const(candidates)) {
            const double similarity = dice(name, it->at(i).bigrams);
            if (similarity >= threshold)
                pairs.append({ q.value(0).toInt(), q.value(1).toString(), it->at(i).year,
                               it->at(i).code, similarity });
        }
    }
    q.finish();
    if (pairs.isEmpty())
        return true;
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const Pair &a, const Pair &b) {
                         if (a.similarity != b.similarity)
                             return a.similarity > b.similarity;
                         return std::tie(a.year, a.code, a.targetYear, a.targetCode)
                                 < std::tie(b.year, b.code, b.targetYear, b.targetCode);
                     });
    QSet<QString> usedNew;
    QSet<QString> usedGone;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const Pair &p : std::as_const(pairs)) {
        const QString n = QString::number(p.year) + unitSeparator() + p.code;
        const QString g = QString::number(p.targetYear) + unitSeparator() + p.targetCode;
        if (usedNew.contains(n) || usedGone.contains(g))
            continue;
        usedNew.insert(n);
        usedGone.insert(g);
        if (!run(QStringLiteral("INSERT INTO project_aliases (fiscal_year, code, target_year,"
                                " target_code, state, similarity, updated_at)"
                                " VALUES (?, ?, ?, ?, 'matched', ?, ?)"),
                 { p.year, p.code, p.targetYear, p.targetCode, p.similarity, now }, error))
            return false;
    }
    return applyAliases(QStringLiteral("matched"), error) && computeNeighbours(error, true);
}

QList<ProjectLinks::NameMatch> ProjectLinks::nameMatches(QString *error) const
{
    QList<NameMatch> matches;
    QSqlQuery q(m_db.database());
    if (!q.exec(QStringLiteral(
                "SELECT a.fiscal_year, a.code, rn.name, a.target_year, a.target_code, rg.name,"
                " a.state, a.similarity FROM project_aliases a"
                " LEFT JOIN records rn ON rn.fiscal_year = a.fiscal_year AND rn.code = a.code"
                " LEFT JOIN records rg ON rg.fiscal_year = a.target_year AND rg.code = a.target_code"
                " ORDER BY a.fiscal_year, a.code"))) {
        if (error)
            *error = q.lastError().text();
        return matches;
    }
    while (q.next())
        matches.append({ q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toInt(), q.value(4).toString(), q.value(5).toString(),
                         q.value(6).toString(), q.value(7).toDouble() });
    return matches;
}

} // namespace Hyoka

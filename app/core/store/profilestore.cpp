#include "profilestore.h"

#include "reviewdatabase.h"
#include "sqlrun.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Hyoka {

namespace {

const char columns[] = "SELECT name, pattern, profile, updated_at FROM profiles";

StoredProfile profileFromQuery(const QSqlQuery &q)
{
    return { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
             q.value(3).toString() };
}

// How specific a glob is: the characters it names literally.
int literalCount(const QString &pattern)
{
    int n = 0;
    bool inClass = false;
    for (const QChar c : pattern) {
        if (c == u'[')
            inClass = true;
        else if (c == u']')
            inClass = false;
        else if (!inClass && c != u'*' && c != u'?')
            ++n;
    }
    return n;
}

} // namespace

ProfileStore::ProfileStore(ReviewDatabase &db) : m_db(db) { }

bool ProfileStore::save(const QString &name, const QString &pattern, const QString &profileJson,
                        QString *error)
{
    if (name.trimmed().isEmpty()) {
        *error = tr("a profile needs a name");
        return false;
    }
    if (!m_db.beginWrite(error))
        return false;
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("INSERT INTO profiles (name, pattern, profile, updated_at)"
                             " VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET"
                             " pattern = excluded.pattern, profile = excluded.profile,"
                             " updated_at = excluded.updated_at"));
    q.addBindValue(name);
    q.addBindValue(pattern.isNull() ? QStringLiteral("") : pattern);
    q.addBindValue(profileJson.isNull() ? QStringLiteral("") : profileJson);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    const bool ran = q.exec();
    return finishWrite(q, ran ? QString() : q.lastError().text(),
                       tr("cannot save the profile %1: %2"), name, error);
}

bool ProfileStore::finishWrite(QSqlQuery &q, const QString &failure, const QString &message,
                               const QString &name, QString *error)
{
    q.finish();
    QString why = failure;
    if (why.isEmpty() && !m_db.commitWrite(&why) && why.isEmpty())
        why = tr("the commit failed");
    if (why.isEmpty())
        return true;
    *error = message.arg(name, why);
    m_db.rollbackWrite();
    return false;
}

std::optional<StoredProfile> ProfileStore::load(const QString &name, QString *error) const
{
    if (error)
        error->clear();
    QSqlQuery q(m_db.database());
    if (!runBound(q, QString::fromLatin1(columns) + QStringLiteral(" WHERE name = ?"), { name }, error))
        return std::nullopt;
    if (!q.next())
        return std::nullopt;
    return profileFromQuery(q);
}

std::optional<QList<StoredProfile>> ProfileStore::list(QString *error) const
{
    QSqlQuery q(m_db.database());
    if (!runBound(q, QString::fromLatin1(columns) + QStringLiteral(" ORDER BY name"), {}, error))
        return std::nullopt;
    QList<StoredProfile> out;
    while (q.next())
        out.append(profileFromQuery(q));
    return out;
}

bool ProfileStore::remove(const QString &name, QString *error)
{
    if (!m_db.beginWrite(error))
        return false;
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("DELETE FROM profiles WHERE name = ?"));
    q.addBindValue(name);
    const bool ran = q.exec();
    if (ran && q.numRowsAffected() == 0) {
        q.finish();
        m_db.rollbackWrite();
        *error = tr("no profile is called %1").arg(name);
        return false;
    }
    return finishWrite(q, ran ? QString() : q.lastError().text(),
                       tr("cannot remove the profile %1: %2"), name, error);
}

bool ProfileStore::patternMatches(const QString &pattern, const QString &filePath)
{
    if (pattern.isEmpty())
        return false;
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern),
                                QRegularExpression::CaseInsensitiveOption);
    return re.isValid() && re.match(QFileInfo(filePath).fileName()).hasMatch();
}

std::optional<StoredProfile> ProfileStore::match(const QString &filePath, QString *error) const
{
    if (error)
        error->clear();
    const std::optional<QList<StoredProfile>> profiles = list(error);
    if (!profiles)
        return std::nullopt;
    QList<StoredProfile> candidates;
    for (const StoredProfile &p : *profiles) {
        if (patternMatches(p.pattern, filePath))
            candidates.append(p);
    }
    if (candidates.isEmpty())
        return std::nullopt;
    // A handful of profiles per database: sorted here rather than in SQL.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const StoredProfile &a, const StoredProfile &b) {
                         const int la = literalCount(a.pattern), lb = literalCount(b.pattern);
                         if (la != lb)
                             return la > lb;
                         return a.updatedAt > b.updatedAt;
                     });
    return candidates.constFirst();
}

} // namespace Hyoka

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QSqlQuery;

namespace Hyoka {

class ReviewDatabase;

// A column profile as the database keeps it (docs/storage.md, "Profiles"): the
// profile's JSON text is stored as given, never read here.
struct StoredProfile
{
    QString name;
    QString pattern;   // file-name glob, e.g. "shinagawa_r*.csv"; empty: never matched
    QString profile;   // the profile (JSON text)
    QString updatedAt; // ISO 8601 UTC with milliseconds

    friend bool operator==(const StoredProfile &a, const StoredProfile &b)
    {
        return a.name == b.name && a.pattern == b.pattern && a.profile == b.profile
                && a.updatedAt == b.updatedAt;
    }
};

// Saved column profiles in a ReviewDatabase, so that a team shares them and next
// year's file from the same city finds its profile by its name. Every write is one
// transaction.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::ProfileStore)
public:
    explicit ProfileStore(ReviewDatabase &db);

    // Saves (or replaces) the profile called `name`.
    bool save(const QString &name, const QString &pattern, const QString &profileJson,
              QString *error);
    // The profile called `name`; nullopt when there is none or on a database error
    // (`error`, when given, says which: empty when there is none).
    std::optional<StoredProfile> load(const QString &name, QString *error = nullptr) const;
    // Every profile, by name; nullopt on a database error.
    std::optional<QList<StoredProfile>> list(QString *error = nullptr) const;
    // Removes the profile; false with `error` when there is none or on a database error.
    bool remove(const QString &name, QString *error);
    // The profile whose pattern matches the file name of `filePath` (folders ignored,
    // case-insensitive): the most specific pattern (most literal characters) first,
    // then the most recently updated. nullopt when none matches or on a database error
    // (`error` as load()'s).
    std::optional<StoredProfile> match(const QString &filePath, QString *error = nullptr) const;
    // True when the glob `pattern` matches the file name of `filePath`.
    static bool patternMatches(const QString &pattern, const QString &filePath);

private:
    // Ends a write: commits when `failure` is empty; else, or when the commit fails,
    // rolls back and sets `error` to `message` with `name` (%1) and the reason (%2).
    bool finishWrite(QSqlQuery &q, const QString &failure, const QString &message,
                     const QString &name, QString *error);

    ReviewDatabase &m_db;
};

} // namespace Hyoka

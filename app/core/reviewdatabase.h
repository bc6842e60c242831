#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Hyoka {

// One open review database: a SQLite file (default) or a shared PostgreSQL
// database given as postgresql://user@host:port/dbname. Owns its Qt SQL connection
// (one per instance and thread), switches SQLite to WAL and migrates the schema.
//
// Schema (version 1), the same on both drivers:
//   imports(id, file_name, file_size, sha256, imported_at, record_count,
//           skipped_count, warning_count, warnings)
//   records(id, fiscal_year, code, bureau, no, name, category, summary, budget,
//           settlement, settlement_estimated, level, ref_page, execution_rate,
//           indicator_count, min_ratio, unit_mismatch, search_text, import_id,
//           source_line; UNIQUE(fiscal_year, code))
//   achievements(record_id, seq, text)
//   indicators(record_id, seq, achievement_seq, label, actual, target, unit,
//              target_unit, ratio)
//   records_fts: SQLite FTS5 trigram index over records.search_text (SQLite only)
// search_text is TextNormaliser::searchKey() of name, summary and achievements.
class ReviewDatabase
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::ReviewDatabase)
public:
    ReviewDatabase();
    ~ReviewDatabase();
    ReviewDatabase(const ReviewDatabase &) = delete;
    ReviewDatabase &operator=(const ReviewDatabase &) = delete;

    // The per-user default: <GenericDataLocation>/hyoka/hyoka.sqlite (~/.local/share/hyoka/).
    static QString defaultLocation();
    static bool isPostgresUrl(const QString &spec);

    // Opens (creating when needed) and migrates. `spec` is a file path or a
    // postgresql:// URL; empty means defaultLocation().
    bool open(const QString &spec, QString *error);
    void close();
    bool isOpen() const;

    QSqlDatabase database() const;
    QString connectionName() const { return m_connectionName; }
    QString spec() const { return m_spec; }
    bool isSqlite() const;
    bool isPostgres() const { return !isSqlite(); }
    bool hasFullTextIndex() const { return m_hasFts; }
    int schemaVersion() const;

    static constexpr int currentSchemaVersion = 1;

private:
    bool migrate(QString *error);

    QString m_connectionName;
    QString m_spec;
    bool m_hasFts = false;
};

} // namespace Hyoka

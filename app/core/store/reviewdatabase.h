#pragma once

#include "databasebackup.h"
#include "pgpassword.h"

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
//   records_fts: SQLite FTS5 index over records.search_text (SQLite only; character
//           pairs without positions since version 7, docs/search.md)
// search_text is TextNormaliser::searchKey() of name, summary and achievements.
//
// Version 2 adds the review workflow:
//   records.min_ratio_same_unit: the lowest indicator ratio among the indicators whose
//           actual and target share a unit (null when there is none)
//   flags(fiscal_year, code, status, reason, reason_text, note, reviewer, created_at,
//         updated_at, version; PRIMARY KEY (fiscal_year, code)): keyed by the record
//         identity, so re-imports keep them
//   audit_log(id, fiscal_year, code, changed_at, reviewer, field, old_value, new_value,
//             version): append-only (triggers refuse UPDATE and DELETE)
//   settings(key, value): rule thresholds
//
// Version 3 adds the generalised record (docs/storage.md):
//   records.division, rating_label, rating_rank, rating_ranks, rating_scale,
//           rating_grades (JSON object text), source_file (NULL: the import's file),
//           source_sheet, source_page, has_code
//           (0: the table gave no code and `code` holds Record::identityKey())
//   indicators.actual_year, target_year
//   amounts(record_id, seq, kind, fiscal_year, amount)
//   profiles(name, pattern, profile, updated_at): saved column mappings
//
// Version 4 links the records of one project across fiscal years (docs/years.md):
//   project_links, project_aliases, organisation_renames (projectlinks.h)
// Version 5 adds the name-similarity threshold of those links (projectlinks.h).
// Versions 6 and 7 make the search index answer terms of every length (docs/search.md):
//   PostgreSQL (6): hyoka_search_grams(), hyoka_term_grams(), GIN index records_search_grams
//   PostgreSQL (7): the grams stored in records.search_grams (generated), the GIN index
//   over that column; the sort indexes made as (column NULLS FIRST, id)
//   SQLite (7): records_fts tokenized by character pairs (SearchTokenizer), detail=none,
//   rebuilt (version 6 had the pairs with their positions)
// Before an existing SQLite database is migrated, a copy is written next to it with
// VACUUM INTO as <file>.v<old version>-backup-<yyyyMMddTHHmmssZ>.sqlite.
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
    // `spec` as it may be shown or logged: a postgresql:// URL without its password.
    static QString withoutPassword(const QString &spec);

    // Opens (creating when needed) and migrates. `spec` is a file path or a
    // postgresql:// URL; empty means defaultLocation().
    bool open(const QString &spec, QString *error);

    // What open() found out about a database, for a connection opened again on another
    // thread: open(const Prepared &) then runs none of the checks and no statement
    // that reads, so that the window's threads connect at once after a worker checked
    // and upgraded the database (docs/architecture.md, "Opening a database").
    // Prepared::unchecked(spec) opens with every check, as open(spec) does.
    struct Prepared
    {
        QString spec;
        bool checked = false; // the rest is known: open() succeeded on spec
        bool readOnly = false;
        bool hasFts = false;
        bool hasSearchGrams = false;

        static Prepared unchecked(const QString &spec) { return Prepared { spec }; }
    };
    // After open() succeeded: what it found (with the password the connection uses).
    Prepared prepared() const;
    bool open(const Prepared &known, QString *error);
    // What a worker found, taken without connecting: the window's own ReviewDatabase,
    // whose reads and writes all run on its threads, each on a connection opened there
    // from prepared() (docs/architecture.md, "Threading"). The connection is
    // set up (driver, file or server, user, password, options) but never opened, so
    // that nothing on the caller's thread waits for a disk or a server: isOpen() is
    // true, spec(), isReadOnly() and the index flags answer, but database() stays
    // closed (a statement on it fails) and reconnect() has nothing to open again.
    bool adopt(const Prepared &known, QString *error);
    // Whether database() is connected (false after adopt()).
    bool isConnected() const;
    // Opens and migrates no further than `version`: how the tests build a database
    // of an older schema to upgrade. Never for real use.
    bool openAtVersionForTests(const QString &spec, int version, QString *error)
    {
        m_targetVersion = version;
        const bool ok = open(spec, error);
        m_targetVersion = currentSchemaVersion;
        return ok;
    }
    void close();
    bool isOpen() const;

    // The server's side of a shared database (reviewdatabaselink.cpp,
    // docs/robustness.md): ping() asks the server a trivial question (always true on
    // SQLite); reconnect() opens the same connection again (same name, driver,
    // options and password) after the server went away, so that everything holding
    // this ReviewDatabase goes on working. Subscriptions to notifications are not
    // renewed here (ReviewNotifier::resubscribe()).
    bool ping(QString *error = nullptr) const;
    bool reconnect(QString *error);
    // After open() or reconnect() of a shared database failed: whether for want of a
    // (different) password, as libpq tells it (pgpassword.h); No otherwise.
    PasswordWanted passwordWanted() const { return m_passwordWanted; }
    // A password the user typed after the server asked again: the next reconnect()
    // and every connection opened from spec() use it. Kept in memory only.
    void setPassword(const QString &password);

    QSqlDatabase database() const;
    QString connectionName() const { return m_connectionName; }
    QString spec() const { return m_spec; }
    bool isSqlite() const;
    bool isPostgres() const { return !isSqlite(); }
    // The search index: SQLite's FTS5 table, PostgreSQL's GIN index (docs/search.md).
    bool hasFullTextIndex() const { return m_hasFts; }
    bool hasSearchGrams() const { return m_hasSearchGrams; }
    // True when this user may read but not write (a PostgreSQL role without INSERT
    // or UPDATE rights, or a SQLite file without write permission). Writers are
    // refused in beginWrite() with a clear message instead of a raw SQL error.
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;
    // The backup written by the last migration of this open(); empty when none was needed.
    QString migrationBackupPath() const { return m_backupPath; }

    // The backups written before migrations of the SQLite file at `path`, newest
    // first. When open() fails its message names the newest; the window offers to
    // restore it with restoreBackup(), the command line with `hyoka restore`.
    static QList<DatabaseBackup> availableBackups(const QString &path)
    {
        return DatabaseBackup::available(path);
    }
    // Puts a checked backup in place of the (closed) database at `path`; the file it
    // replaces is kept as <file>.damaged-<stamp>.sqlite (`keptAs`).
    static bool restoreBackup(const QString &path, const QString &backupPath, QString *error,
                              QString *keptAs = nullptr)
    {
        return DatabaseBackup::restore(path, backupPath, error, keptAs);
    }

    // A write transaction: BEGIN IMMEDIATE on SQLite (the write lock is taken up front,
    // so a change never fails half-way on a busy file), an ordinary one on PostgreSQL.
    bool beginWrite(QString *error);
    bool commitWrite(QString *error);
    void rollbackWrite();

    static constexpr int currentSchemaVersion = 8;

    // How long beginWrite() waits for another writer's SQLite lock before it gives up
    // with a message naming the holder (default one minute; -1 restores it). Tests
    // shorten it.
    static void setWriteLockWait(int ms);
    static constexpr int defaultWriteLockWaitMs = 60000;

private:
    // Check: read the file's header and schema first (open()); Trust: a worker checked
    // them (open(const Prepared &)); SetUpOnly: no connection is opened (adopt()).
    enum class Connecting { Check, Trust, SetUpOnly };
    bool connectTo(const QString &spec, Connecting how, QString *error);
    bool failed(const QString &message, QString *error);
    bool migrate(QString *error);
    bool detectReadOnly() const;
    bool backupBeforeMigration(int fromVersion, QString *error);

    QString m_connectionName;
    QString m_spec;
    bool m_hasFts = false;
    bool m_hasSearchGrams = false;
    QString m_backupPath;
    bool m_readOnly = false;
    PasswordWanted m_passwordWanted = PasswordWanted::No;
    int m_targetVersion = currentSchemaVersion;
    bool m_registeredFile = false; // in SqliteLocks' open files (sqlitelocks.h)
    bool m_adopted = false; // adopt(): set up, never connected
};

} // namespace Hyoka

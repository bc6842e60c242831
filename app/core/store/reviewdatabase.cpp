#include "reviewdatabase.h"

#include "pgconnectoptions.h"
#include "projectlinks.h"
#include "searchindex.h"
#include "searchtokenizer.h"
#include "servernotices.h"
#include "sqlitehandle.h"
#include "sqlitelocks.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace Hyoka {

static QAtomicInt s_connectionCounter;
ReviewDatabase::ReviewDatabase()
    : m_connectionName(QStringLiteral("hyoka-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
    // Also the process's other SQLite connections may touch the search index.
    SearchTokenizer::registerForEveryConnection();
}

ReviewDatabase::~ReviewDatabase()
{
    close();
}

QString ReviewDatabase::defaultLocation()
{
    // The same file for the window and the command line, whatever the application name.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    return dir + QStringLiteral("/hyoka/hyoka.sqlite");
}

bool ReviewDatabase::isPostgresUrl(const QString &spec)
{
    return spec.startsWith(u"postgresql://") || spec.startsWith(u"postgres://");
}

QString ReviewDatabase::withoutPassword(const QString &spec)
{
    return isPostgresUrl(spec) ? QUrl(spec).toString(QUrl::RemovePassword) : spec;
}

bool ReviewDatabase::isSqlite() const
{
    return !isPostgresUrl(m_spec);
}

bool ReviewDatabase::isOpen() const
{
    return m_adopted || isConnected();
}

bool ReviewDatabase::isConnected() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

QSqlDatabase ReviewDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void ReviewDatabase::close()
{
    m_adopted = false;
    if (m_registeredFile) {
        SqliteLocks::closed(m_spec);
        m_registeredFile = false;
    }
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool ReviewDatabase::open(const QString &spec, QString *error)
{
    if (!connectTo(spec, Connecting::Check, error))
        return false;
    m_readOnly = detectReadOnly();
    QString migrateError;
    if (!migrate(&migrateError))
        return failed(tr("%1: cannot prepare the database: %2").arg(m_spec, migrateError), error);
    return true;
}

// Closes, with `message` and the newest backup from before an upgrade, if any: a file
// that cannot be opened may have one.
bool ReviewDatabase::failed(const QString &message, QString *error)
{
    if (error) {
        *error = message;
        const QList<DatabaseBackup> backups =
                isSqlite() ? DatabaseBackup::available(m_spec) : QList<DatabaseBackup>();
        if (!backups.isEmpty())
            *error += u'\n'
                    + tr("%1: a backup made before the last upgrade is available: %2"
                         " (hyoka restore --db %1 puts it back)")
                              .arg(m_spec, backups.constFirst().path);
    }
    close();
    return false;
}

ReviewDatabase::Prepared ReviewDatabase::prepared() const
{
    return Prepared { m_spec, isOpen(), m_readOnly, m_hasFts, m_hasSearchGrams };
}

bool ReviewDatabase::open(const Prepared &known, QString *error)
{
    if (!known.checked)
        return open(known.spec, error);
    if (!connectTo(known.spec, Connecting::Trust, error))
        return false;
    m_readOnly = known.readOnly;
    m_hasFts = known.hasFts;
    m_hasSearchGrams = known.hasSearchGrams;
    m_backupPath.clear();
    return true;
}

bool ReviewDatabase::adopt(const Prepared &known, QString *error)
{
    if (!known.checked)
        return failed(tr("%1: the database was not checked before it was taken")
                              .arg(withoutPassword(known.spec)),
                      error);
    if (!connectTo(known.spec, Connecting::SetUpOnly, error))
        return false;
    m_adopted = true;
    m_readOnly = known.readOnly;
    m_hasFts = known.hasFts;
    m_hasSearchGrams = known.hasSearchGrams;
    m_backupPath.clear();
    return true;
}

// The connection itself (docs/robustness.md, "Damaged databases"): set up, then opened
// unless `how` is SetUpOnly, after reading the file's header and schema when Check.
bool ReviewDatabase::connectTo(const QString &specIn, Connecting how, QString *error)
{
    const bool check = how == Connecting::Check;
    const bool connect = how != Connecting::SetUpOnly;
    close();
    m_spec = specIn.isEmpty() ? defaultLocation() : specIn;
    m_passwordWanted = PasswordWanted::No;
    auto fail = [&](const QString &message) { return failed(message, error); };

    if (isPostgresUrl(m_spec)) {
        const QUrl url(m_spec);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
            return fail(tr("%1: not a valid postgresql://user@host:port/dbname URL").arg(withoutPassword(m_spec)));
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return fail(tr("the PostgreSQL driver (QPSQL) is not installed"));
        QString openError;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setDatabaseName(url.path().mid(1));
            if (!url.userName().isEmpty())
                db.setUserName(url.userName());
            // A password in the URL is used but never stored; libpq also reads ~/.pgpass.
            if (!url.password().isEmpty())
                db.setPassword(url.password());
            QStringList options;
            if (PgConnectOptions::fromUrl(url, &options, &openError))
                db.setConnectOptions(options.join(u';'));
            else
                openError = tr("%1: %2").arg(withoutPassword(m_spec), openError);
            if (openError.isEmpty() && connect && !db.open()) {
                m_passwordWanted = Hyoka::passwordWanted(db);
                openError = tr("%1: cannot connect: %2")
                                    .arg(withoutPassword(m_spec),
                                         db.lastError().text().simplified());
            } else if (openError.isEmpty() && connect) {
                quietServerNotices(db);
            }
        }
        if (!openError.isEmpty())
            return fail(openError);
    } else if (!connect) {
        // The file was checked by whoever opened it; nothing touches it here.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_spec);
    } else {
        const QFileInfo info(m_spec);
        if (info.exists() && info.isDir())
            return fail(tr("%1: is a directory, not a database file").arg(m_spec));
        if (!QDir().mkpath(info.absolutePath()))
            return fail(tr("%1: cannot create the folder").arg(info.absolutePath()));
        // A damaged or foreign file is refused before SQLite may write anything to it.
        // (Not when this process has it open already: see sqlitelocks.h.)
        const QString damage = check && info.exists() && !SqliteLocks::isOpenHere(m_spec)
                ? DatabaseBackup::damageInFileHeader(m_spec)
                : QString();
        if (!damage.isEmpty())
            return fail(tr("%1: %2").arg(m_spec, damage));
        if (check && info.exists() && info.size() == 0 && !DatabaseBackup::available(m_spec).isEmpty())
            return fail(tr("%1: the database file is empty").arg(m_spec));
        // A new review file is the owner's alone (its -wal and -shm get the same mode).
        if (!info.exists())
            DatabaseBackup::createPrivateFile(m_spec);
        QString openError;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
            db.setDatabaseName(m_spec);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1")
                                         .arg(qMin(10000, SqliteLocks::writeLockWaitMs())));
            if (!db.open()) {
                openError = tr("%1: cannot open: %2").arg(m_spec, db.lastError().text());
            } else {
                // Before anything reads or writes the search index (docs/search.md).
                SearchTokenizer::registerOn(sqliteHandle(db));
                QSqlQuery q(db);
                // Reading the schema first tells a damaged or foreign file before anything
                // is written to it.
                if (!check) {
                    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
                    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
                } else if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
                    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26) mean the file; others
                    // (I/O, a full disk, locks) mean the surroundings.
                    const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
                    openError = (code == 11 || code == 26)
                            ? tr("%1: not a Hyoka database or damaged: %2").arg(m_spec, q.lastError().text())
                            : tr("%1: cannot read the database: %2").arg(m_spec, q.lastError().text());
                } else if (q.next() && q.value(0).toInt() > 0
                           && !db.tables().contains(QStringLiteral("schema_info"))) {
                    // Another program's database: never add our tables to it.
                    openError = tr("%1: not a Hyoka database (it holds other tables); it was left "
                                   "unchanged")
                                        .arg(m_spec);
                } else {
                    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
                    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
                    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
                }
            }
        }
        if (!openError.isEmpty())
            return fail(openError);
    }
    if (isSqlite() && connect) {
        SqliteLocks::opened(m_spec);
        m_registeredFile = true;
    }
    return true;
}

bool ReviewDatabase::detectReadOnly() const
{
    if (isSqlite()) {
        const QFileInfo info(m_spec);
        return info.exists() && !info.isWritable();
    }
    QSqlQuery q(database());
    // Before the schema exists the owner creates it; afterwards the rights on the
    // tables reviewers write decide (records, or flags only: docs/permissions.md).
    if (!q.exec(QStringLiteral("SELECT to_regclass('records') IS NOT NULL")) || !q.next()
        || !q.value(0).toBool())
        return false;
    if (!q.exec(QStringLiteral("SELECT (has_table_privilege('records', 'INSERT')"
                               " AND has_table_privilege('records', 'UPDATE'))"
                               " OR (has_table_privilege('flags', 'INSERT')"
                               " AND has_table_privilege('flags', 'UPDATE'))")) || !q.next())
        return true;
    return !q.value(0).toBool();
}

int ReviewDatabase::schemaVersion() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT version FROM schema_info")) && q.next())
        return q.value(0).toInt();
    return 0;
}

// Schema statements for one version; %ID%, %BIGINT%, %REAL% become the driver's types.
static QStringList schemaV1()
{
    return {
        QStringLiteral("CREATE TABLE imports ("
                       " id %ID%,"
                       " file_name TEXT NOT NULL,"
                       " file_size %BIGINT%,"
                       " sha256 TEXT,"
                       " imported_at TEXT NOT NULL,"
                       " record_count INTEGER NOT NULL DEFAULT 0,"
                       " skipped_count INTEGER NOT NULL DEFAULT 0,"
                       " warning_count INTEGER NOT NULL DEFAULT 0,"
                       " warnings TEXT)"),
        QStringLiteral("CREATE TABLE records ("
                       " id %ID%,"
                       " fiscal_year INTEGER NOT NULL,"
                       " code TEXT NOT NULL,"
                       " bureau TEXT NOT NULL DEFAULT '',"
                       " no INTEGER,"
                       " name TEXT NOT NULL DEFAULT '',"
                       " category TEXT NOT NULL DEFAULT '',"
                       " summary TEXT NOT NULL DEFAULT '',"
                       " budget %BIGINT%,"
                       " settlement %BIGINT%,"
                       " settlement_estimated INTEGER NOT NULL DEFAULT 0,"
                       " level INTEGER,"
                       " ref_page INTEGER,"
                       " execution_rate %REAL%,"
                       " indicator_count INTEGER NOT NULL DEFAULT 0,"
                       " min_ratio %REAL%,"
                       " unit_mismatch INTEGER NOT NULL DEFAULT 0,"
                       " search_text TEXT NOT NULL DEFAULT '',"
                       " import_id %BIGINT%,"
                       " source_line INTEGER,"
                       " UNIQUE (fiscal_year, code))"),
        QStringLiteral("CREATE TABLE achievements ("
                       " record_id %BIGINT% NOT NULL,"
                       " seq INTEGER NOT NULL,"
                       " text TEXT NOT NULL,"
                       " PRIMARY KEY (record_id, seq))"),
        QStringLiteral("CREATE TABLE indicators ("
                       " record_id %BIGINT% NOT NULL,"
                       " seq INTEGER NOT NULL,"
                       " achievement_seq INTEGER,"
                       " label TEXT NOT NULL DEFAULT '',"
                       " actual %REAL%,"
                       " target %REAL%,"
                       " unit TEXT NOT NULL DEFAULT '',"
                       " target_unit TEXT NOT NULL DEFAULT '',"
                       " ratio %REAL%,"
                       " PRIMARY KEY (record_id, seq))"),
        QStringLiteral("CREATE INDEX records_year ON records (fiscal_year)"),
        QStringLiteral("CREATE INDEX records_bureau ON records (bureau)"),
        QStringLiteral("CREATE INDEX records_category ON records (category)"),
        QStringLiteral("CREATE INDEX records_level ON records (level)"),
        QStringLiteral("CREATE INDEX records_budget ON records (budget)"),
        QStringLiteral("CREATE INDEX records_settlement ON records (settlement)"),
        QStringLiteral("CREATE INDEX records_rate ON records (execution_rate)"),
        QStringLiteral("CREATE INDEX records_name ON records (name)"),
        QStringLiteral("CREATE INDEX records_code ON records (code)"),
    };
}

// Version 7 on PostgreSQL: the sort columns' indexes in the order the grid sorts,
// unknown values first (as SQLite sorts them) and the id as tie-break, so that a sort
// walks an index instead of sorting the table; a descending sort walks it backwards.
// SQLite's plain indexes already end with the rowid and put NULL first.
static QStringList sortIndexesV7(bool sqlite)
{
    if (sqlite)
        return {};
    static const char *const indexes[][2] = {
        { "records_year", "fiscal_year" }, { "records_bureau", "bureau" },
        { "records_category", "category" }, { "records_level", "level" },
        { "records_budget", "budget" },     { "records_settlement", "settlement" },
        { "records_rate", "execution_rate" }, { "records_name", "name" },
        { "records_code", "code" },
    };
    QStringList statements;
    for (const auto &[index, column] : indexes) {
        statements << QStringLiteral("DROP INDEX %1").arg(QLatin1String(index))
                   << QStringLiteral("CREATE INDEX %1 ON records (%2 NULLS FIRST, id)")
                              .arg(QLatin1String(index), QLatin1String(column));
    }
    return statements;
}

// Version 2: the review workflow (flags, their audit trail, rule settings) and the
// column the self-rating rule needs.
static QStringList schemaV2()
{
    return {
        QStringLiteral("ALTER TABLE records ADD COLUMN min_ratio_same_unit %REAL%"),
        // Records stored by version 1: the same value RecordStore now writes on import.
        QStringLiteral("UPDATE records SET min_ratio_same_unit = (SELECT MIN(i.ratio)"
                       " FROM indicators i WHERE i.record_id = records.id"
                       " AND i.unit = i.target_unit AND i.ratio IS NOT NULL)"),
        QStringLiteral("CREATE TABLE flags ("
                       " fiscal_year INTEGER NOT NULL,"
                       " code TEXT NOT NULL,"
                       " status TEXT NOT NULL DEFAULT 'none'"
                       "  CHECK (status IN ('flagged', 'reviewed', 'dismissed', 'none')),"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " reason_text TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '',"
                       " reviewer TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " version INTEGER NOT NULL,"
                       " PRIMARY KEY (fiscal_year, code))"),
        QStringLiteral("CREATE INDEX flags_status ON flags (status)"),
        QStringLiteral("CREATE TABLE audit_log ("
                       " id %ID%,"
                       " fiscal_year INTEGER NOT NULL,"
                       " code TEXT NOT NULL,"
                       " changed_at TEXT NOT NULL,"
                       " reviewer TEXT NOT NULL DEFAULT '',"
                       " field TEXT NOT NULL,"
                       " old_value TEXT,"
                       " new_value TEXT,"
                       " version INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX audit_log_record ON audit_log (fiscal_year, code, id)"),
        QStringLiteral("CREATE TABLE settings ("
                       " key TEXT NOT NULL PRIMARY KEY,"
                       " value TEXT)"),
        // Covers every column the review rules read: counting the suggested records of
        // a million scans this index instead of the table (0.18 s instead of 1.0 s).
        QStringLiteral("CREATE INDEX records_review ON records"
                       " (level, execution_rate, min_ratio_same_unit, unit_mismatch)"),
    };
}

// Version 3: the generalised record (docs/storage.md): division, the rating on its
// scale, the source's sheet and page, records without a code (has_code = 0, code holds
// Record::identityKey()), indicator years, amounts of any year and saved column profiles.
static QStringList schemaV3()
{
    return {
        QStringLiteral("ALTER TABLE records ADD COLUMN division TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE records ADD COLUMN rating_label TEXT"),
        QStringLiteral("ALTER TABLE records ADD COLUMN rating_rank INTEGER"),
        QStringLiteral("ALTER TABLE records ADD COLUMN rating_ranks INTEGER"),
        QStringLiteral("ALTER TABLE records ADD COLUMN rating_scale TEXT"),
        QStringLiteral("ALTER TABLE records ADD COLUMN rating_grades TEXT"),
        // The source file when it is not the import's (a copy keeps the original's).
        QStringLiteral("ALTER TABLE records ADD COLUMN source_file TEXT"),
        QStringLiteral("ALTER TABLE records ADD COLUMN source_sheet TEXT"),
        QStringLiteral("ALTER TABLE records ADD COLUMN source_page INTEGER"),
        QStringLiteral("ALTER TABLE records ADD COLUMN has_code INTEGER NOT NULL DEFAULT 1"),
        // Records stored before: their achievement level is their rating.
        QStringLiteral("UPDATE records SET rating_label = CAST(level AS TEXT), rating_rank = level,"
                       " rating_ranks = 5, rating_scale = 'level' WHERE level IS NOT NULL"),
        QStringLiteral("ALTER TABLE indicators ADD COLUMN actual_year INTEGER"),
        QStringLiteral("ALTER TABLE indicators ADD COLUMN target_year INTEGER"),
        QStringLiteral("CREATE TABLE amounts ("
                       " record_id %BIGINT% NOT NULL,"
                       " seq INTEGER NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " fiscal_year INTEGER,"
                       " amount %BIGINT%,"
                       " PRIMARY KEY (record_id, seq))"),
        QStringLiteral("CREATE TABLE profiles ("
                       " name TEXT NOT NULL PRIMARY KEY,"
                       " pattern TEXT NOT NULL DEFAULT '',"
                       " profile TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX records_division ON records (division)"),
        QStringLiteral("CREATE INDEX records_rating ON records (rating_scale, rating_rank)"),
    };
}

// The audit trail is append-only: the database itself refuses to change or delete a row.
static QStringList auditGuardSchema(bool sqlite)
{
    if (sqlite) {
        return {
            QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN"
                           " SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
            QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN"
                           " SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
        };
    }
    return {
        QStringLiteral("CREATE OR REPLACE FUNCTION hyoka_audit_log_append_only() RETURNS trigger"
                       " LANGUAGE plpgsql AS $$ BEGIN"
                       " RAISE EXCEPTION 'audit_log is append-only'; END $$"),
        QStringLiteral("CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log"
                       " FOR EACH ROW EXECUTE FUNCTION hyoka_audit_log_append_only()"),
    };
}

bool ReviewDatabase::backupBeforeMigration(int fromVersion, QString *error)
{
    // VACUUM INTO writes a consistent, compact copy; it refuses an existing file.
    const QString path = DatabaseBackup::newPath(m_spec, fromVersion);
    QSqlQuery q(database());
    if (!q.prepare(QStringLiteral("VACUUM INTO ?"))) {
        *error = tr("cannot back up the database before upgrading it: %1").arg(q.lastError().text());
        return false;
    }
    q.addBindValue(path);
    if (!q.exec()) {
        *error = tr("cannot back up the database to %1 before upgrading it: %2")
                         .arg(path, q.lastError().text());
        return false;
    }
    m_backupPath = path;
    return true;
}

bool ReviewDatabase::migrate(QString *error)
{
    QSqlDatabase db = database();
    const bool sqlite = isSqlite();
    m_backupPath.clear();
    bool hasInfo = db.tables().contains(QStringLiteral("schema_info"));
    int version = hasInfo ? schemaVersion() : 0;
    if (version > currentSchemaVersion) {
        *error = tr("the database was made by a newer Hyoka (schema %1, this one knows %2)")
                         .arg(version).arg(currentSchemaVersion);
        return false;
    }
    if (version < m_targetVersion) {
        // A database that already holds a schema is copied before it is changed.
        // (Version 8 changed PostgreSQL only: a SQLite file of version 7 gets the new
        // number and nothing else, no copy of a file that may be gigabytes.)
        const bool changes = !sqlite || version < 7;
        if (sqlite && version >= 1 && changes && !backupBeforeMigration(version, error))
            return false;
        if (!beginWrite(error))
            return false;
        QSqlQuery q(db);
        if (!sqlite && hasInfo)
            q.exec(QStringLiteral("LOCK TABLE schema_info IN ACCESS EXCLUSIVE MODE"));
        // Another connection may have migrated while this one waited for the lock.
        hasInfo = db.tables().contains(QStringLiteral("schema_info"));
        version = hasInfo ? schemaVersion() : 0;
        auto run = [&](QString sql) {
            // Placeholder, SQLite's type, PostgreSQL's.
            static const char *const types[][3] = { { "%ID%", "INTEGER PRIMARY KEY", "BIGSERIAL PRIMARY KEY" },
                                                    { "%BIGINT%", "INTEGER", "BIGINT" },
                                                    { "%REAL%", "REAL", "DOUBLE PRECISION" } };
            for (const auto &type : types)
                sql.replace(QLatin1String(type[0]), QLatin1String(sqlite ? type[1] : type[2]));
            if (!q.exec(sql)) {
                *error = q.lastError().text();
                return false;
            }
            return true;
        };
        auto runAll = [&](const QStringList &statements) {
            return std::all_of(statements.cbegin(), statements.cend(), run);
        };
        bool ok = true;
        if (!hasInfo)
            ok = run(QStringLiteral("CREATE TABLE schema_info (version INTEGER NOT NULL)"))
                    && run(QStringLiteral("INSERT INTO schema_info (version) VALUES (0)"));
        if (ok && version < 1) {
            ok = runAll(schemaV1());
            if (ok && sqlite) {
                // FTS5 is optional: without it search falls back to LIKE.
                QSqlQuery probe(db);
                if (probe.exec(QStringLiteral("SELECT sqlite_compileoption_used('ENABLE_FTS5')"))
                    && probe.next() && probe.value(0).toInt() == 1)
                    ok = runAll(SearchIndex::sqliteSchema());
            }
            version = 1;
        }
        // The links across the years are computed once, by the current schema's rules.
        // (Versions 6 to 8 changed only the search and sort indexes: the links stay as they are.)
        const bool relink = version < 5 && m_targetVersion == currentSchemaVersion;
        const std::pair<int, QStringList> steps[] = {
            { 2, schemaV2() + auditGuardSchema(sqlite) },
            { 3, schemaV3() },
            { 4, ProjectLinks::schemaV4() },
            { 5, ProjectLinks::schemaV5() },
            { 6, SearchIndex::schemaV6(sqlite) },
            { 7, SearchIndex::schemaV7(db, sqlite) + sortIndexesV7(sqlite) },
            { 8, SearchIndex::schemaV8(db, sqlite) },
        };
        for (const auto &[step, statements] : steps) {
            if (ok && version < step && m_targetVersion >= step) {
                ok = runAll(statements);
                version = step;
            }
        }
        if (ok && relink)
            ok = ProjectLinks(*this).relinkInTransaction(error);
        if (ok)
            ok = run(QStringLiteral("UPDATE schema_info SET version = %1").arg(version));
        if (!ok || !commitWrite(error)) {
            rollbackWrite();
            return false;
        }
    }
    m_hasFts = sqlite && db.tables().contains(QStringLiteral("records_fts"));
    m_hasSearchGrams = !sqlite && version >= 7;
    return true;
}

} // namespace Hyoka

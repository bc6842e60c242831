#include "reviewdatabase.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

namespace Hyoka {

static QAtomicInt s_connectionCounter;

ReviewDatabase::ReviewDatabase()
    : m_connectionName(QStringLiteral("hyoka-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
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

bool ReviewDatabase::isSqlite() const
{
    return !isPostgresUrl(m_spec);
}

bool ReviewDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

QSqlDatabase ReviewDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void ReviewDatabase::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool ReviewDatabase::open(const QString &specIn, QString *error)
{
    close();
    m_spec = specIn.isEmpty() ? defaultLocation() : specIn;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        close();
        return false;
    };

    if (isPostgresUrl(m_spec)) {
        const QUrl url(m_spec);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
            return fail(tr("%1: not a valid postgresql://user@host:port/dbname URL").arg(m_spec));
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
            const QUrlQuery query(url);
            if (query.hasQueryItem(QStringLiteral("sslmode")))
                options << QStringLiteral("sslmode=") + query.queryItemValue(QStringLiteral("sslmode"));
            options << QStringLiteral("connect_timeout=10");
            db.setConnectOptions(options.join(u';'));
            if (!db.open()) {
                openError = tr("%1: cannot connect: %2")
                                    .arg(url.toString(QUrl::RemovePassword),
                                         db.lastError().text().simplified());
            } else {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SET client_min_messages = warning"));
            }
        }
        if (!openError.isEmpty())
            return fail(openError);
    } else {
        const QFileInfo info(m_spec);
        if (info.exists() && info.isDir())
            return fail(tr("%1: is a directory, not a database file").arg(m_spec));
        if (!QDir().mkpath(info.absolutePath()))
            return fail(tr("%1: cannot create the folder").arg(info.absolutePath()));
        QString openError;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
            db.setDatabaseName(m_spec);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
            if (!db.open()) {
                openError = tr("%1: cannot open: %2").arg(m_spec, db.lastError().text());
            } else {
                QSqlQuery q(db);
                // Reading the schema first tells a damaged or foreign file before anything
                // is written to it.
                if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
                    openError = tr("%1: not a Hyoka database or damaged: %2")
                                        .arg(m_spec, q.lastError().text());
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
    QString migrateError;
    if (!migrate(&migrateError))
        return fail(tr("%1: cannot prepare the database: %2").arg(m_spec, migrateError));
    return true;
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

static QStringList sqliteFullTextSchema()
{
    return {
        QStringLiteral("CREATE VIRTUAL TABLE records_fts USING fts5("
                       "search_text, content='records', content_rowid='id', tokenize='trigram')"),
        QStringLiteral("CREATE TRIGGER records_fts_ai AFTER INSERT ON records BEGIN"
                       " INSERT INTO records_fts (rowid, search_text) VALUES (new.id, new.search_text);"
                       " END"),
        QStringLiteral("CREATE TRIGGER records_fts_ad AFTER DELETE ON records BEGIN"
                       " INSERT INTO records_fts (records_fts, rowid, search_text)"
                       " VALUES ('delete', old.id, old.search_text);"
                       " END"),
        QStringLiteral("CREATE TRIGGER records_fts_au AFTER UPDATE OF search_text ON records BEGIN"
                       " INSERT INTO records_fts (records_fts, rowid, search_text)"
                       " VALUES ('delete', old.id, old.search_text);"
                       " INSERT INTO records_fts (rowid, search_text) VALUES (new.id, new.search_text);"
                       " END"),
    };
}

bool ReviewDatabase::migrate(QString *error)
{
    QSqlDatabase db = database();
    const bool sqlite = isSqlite();
    QSqlQuery q(db);
    const bool hasInfo = db.tables().contains(QStringLiteral("schema_info"));
    int version = hasInfo ? schemaVersion() : 0;
    if (version > currentSchemaVersion) {
        *error = tr("the database was made by a newer Hyoka (schema %1, this one knows %2)")
                         .arg(version)
                         .arg(currentSchemaVersion);
        return false;
    }
    if (version < currentSchemaVersion) {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        auto run = [&](QString sql) {
            sql.replace(QStringLiteral("%ID%"),
                        sqlite ? QStringLiteral("INTEGER PRIMARY KEY")
                               : QStringLiteral("BIGSERIAL PRIMARY KEY"));
            sql.replace(QStringLiteral("%BIGINT%"),
                        sqlite ? QStringLiteral("INTEGER") : QStringLiteral("BIGINT"));
            sql.replace(QStringLiteral("%REAL%"),
                        sqlite ? QStringLiteral("REAL") : QStringLiteral("DOUBLE PRECISION"));
            if (!q.exec(sql)) {
                *error = q.lastError().text();
                return false;
            }
            return true;
        };
        bool ok = true;
        if (!hasInfo)
            ok = run(QStringLiteral("CREATE TABLE schema_info (version INTEGER NOT NULL)"))
                    && run(QStringLiteral("INSERT INTO schema_info (version) VALUES (0)"));
        if (ok && version < 1) {
            const QStringList statements = schemaV1();
            for (const QString &s : statements) {
                if (!(ok = run(s)))
                    break;
            }
            if (ok && sqlite) {
                // FTS5 is optional: without it search falls back to LIKE.
                QSqlQuery probe(db);
                if (probe.exec(QStringLiteral("SELECT sqlite_compileoption_used('ENABLE_FTS5')"))
                    && probe.next() && probe.value(0).toInt() == 1) {
                    const QStringList fts = sqliteFullTextSchema();
                    for (const QString &s : fts) {
                        if (!(ok = run(s)))
                            break;
                    }
                }
            }
            version = 1;
        }
        if (ok)
            ok = run(QStringLiteral("UPDATE schema_info SET version = %1").arg(version));
        if (!ok) {
            db.rollback();
            return false;
        }
        if (!db.commit()) {
            *error = db.lastError().text();
            db.rollback();
            return false;
        }
    }
    m_hasFts = sqlite && db.tables().contains(QStringLiteral("records_fts"));
    return true;
}

} // namespace Hyoka

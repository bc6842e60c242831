#pragma once

// The SQLite-side speed-ups of an import (RecordStore): the full-text index brought up
// to date once at the end, and connection settings for the length of the import.

#include "reviewdatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace Hyoka {

// Keeps the full-text index out of the per-record path of an import (SQLite with
// FTS5 only). Through the records_fts triggers every INSERT statement wrote into the
// FTS5 table, and FTS5 flushes its pending terms into a new segment at the end of
// every statement (its savepoint), then merges those tiny segments: most of an
// import's time. Here the insert and update triggers are dropped inside the import's
// transaction; new rows (ids above the largest id before the import) and rows whose
// search text changed are indexed at the end in one INSERT … SELECT, and the
// triggers are put back from their own stored SQL before the commit. A rollback
// undoes all of it, and other connections never see the index without its triggers.
class DeferredFullTextIndex
{
public:
    bool isActive() const { return m_active; }

    // Drops the triggers; false (with `error`) on a database error.
    bool begin(QSqlDatabase db, QString *error)
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                                   " AND name IN ('records_fts_ai', 'records_fts_au')"))) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next()) {
            m_triggerNames << q.value(0).toString();
            m_triggerSql << q.value(1).toString();
        }
        q.finish();
        if (m_triggerSql.size() != 2)
            return true; // not the schema this knows: leave the triggers at work
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM records")) || !q.next()) {
            *error = q.lastError().text();
            return false;
        }
        m_maxIdBefore = q.value(0).toLongLong();
        q.finish();
        const QStringList statements = {
            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS hyoka_fts_replaced"
                           " (id INTEGER PRIMARY KEY, search_text TEXT NOT NULL)"),
            QStringLiteral("DELETE FROM temp.hyoka_fts_replaced"),
            QStringLiteral("DROP TRIGGER records_fts_ai"),
            QStringLiteral("DROP TRIGGER records_fts_au"),
        };
        for (const QString &sql : statements) {
            if (!q.exec(sql)) {
                *error = q.lastError().text();
                return false;
            }
        }
        m_active = true;
        m_stash = QSqlQuery(db);
        if (!m_stash.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.hyoka_fts_replaced"
                                            " (id, search_text) VALUES (?, ?)"))) {
            *error = m_stash.lastError().text();
            return false;
        }
        return true;
    }

    // A row is about to be updated from `oldText` to `newText`.
    bool replacing(qint64 id, const QString &oldText, const QString &newText, QString *error)
    {
        // Rows new in this import are not in the index yet; unchanged text needs nothing.
        // The first stash of a row wins: it holds the text the index has.
        if (!m_active || id > m_maxIdBefore || oldText == newText)
            return true;
        m_stash.bindValue(0, id);
        m_stash.bindValue(1, oldText);
        if (m_stash.exec())
            return true;
        if (error)
            *error = m_stash.lastError().text();
        return false;
    }

    // Brings the index up to date and restores the triggers.
    bool finish(QSqlDatabase db, QString *error)
    {
        if (!m_active)
            return true;
        m_stash.finish();
        QSqlQuery q(db);
        auto run = [&](const QString &sql, bool bindMax) {
            if (!q.prepare(sql)) {
                *error = q.lastError().text();
                return false;
            }
            if (bindMax)
                q.addBindValue(m_maxIdBefore);
            if (!q.exec()) {
                *error = q.lastError().text();
                return false;
            }
            return true;
        };
        // FTS5 merges its segments as it writes them (automerge, 4 by default): for a
        // bulk insert that is 40% of the indexing, and merging as it goes buys
        // nothing. Off for this statement, then back to the table's own setting;
        // searches stay as fast (crisismerge still bounds the segments per level).
        QString automerge = QStringLiteral("4");
        if (q.exec(QStringLiteral("SELECT v FROM records_fts_config WHERE k = 'automerge'")) && q.next())
            automerge = QString::number(q.value(0).toInt());
        q.finish();
        bool ok = run(QStringLiteral("INSERT INTO records_fts (records_fts, rank) VALUES ('automerge', 0)"),
                      false)
                && run(QStringLiteral("INSERT INTO records_fts (records_fts, rowid, search_text)"
                                      " SELECT 'delete', id, search_text FROM temp.hyoka_fts_replaced"),
                       false)
                && run(QStringLiteral("INSERT INTO records_fts (rowid, search_text)"
                                      " SELECT id, search_text FROM records WHERE id > ?"
                                      " UNION ALL SELECT r.id, r.search_text"
                                      " FROM temp.hyoka_fts_replaced f JOIN records r ON r.id = f.id"),
                       true)
                && run(QStringLiteral("INSERT INTO records_fts (records_fts, rank) VALUES ('automerge', %1)")
                               .arg(automerge),
                       false)
                && run(QStringLiteral("DELETE FROM temp.hyoka_fts_replaced"), false);
        for (const QString &sql : std::as_const(m_triggerSql))
            ok = ok && run(sql, false);
        m_active = false;
        return ok;
    }

private:
    QStringList m_triggerNames;
    QStringList m_triggerSql;
    qint64 m_maxIdBefore = 0;
    QSqlQuery m_stash;
    bool m_active = false;
};

// Connection settings for the length of an import (SQLite only); the connection's
// own come back after.
// - temp_store = MEMORY: each INSERT keeps a statement journal (the pages it changes,
//   so that it can be undone alone). Once one statement's journal passes 64 KiB it
//   becomes a file in /var/tmp for every later statement: some 20 small write()
//   calls per record.
// - a 256 MiB page cache: with the default 2 MiB the records table's indexes and the
//   FTS5 segments do not fit, and pages are written to the log again and again as
//   they are evicted and changed again.
class ImportPragmas
{
public:
    explicit ImportPragmas(const ReviewDatabase &db)
    {
        if (!db.isSqlite())
            return;
        m_db = db.database();
        m_cacheSize = set(QStringLiteral("cache_size"), QStringLiteral("-%1").arg(importCacheKiB));
        m_tempStore = set(QStringLiteral("temp_store"), QStringLiteral("MEMORY"));
    }
    ~ImportPragmas()
    {
        // temp_store is put back only when it was changed: changing it drops the
        // connection's temp tables.
        if (!m_cacheSize.isEmpty())
            set(QStringLiteral("cache_size"), m_cacheSize);
        if (!m_tempStore.isEmpty() && m_tempStore != u"2")
            set(QStringLiteral("temp_store"), m_tempStore);
    }
    ImportPragmas(const ImportPragmas &) = delete;
    ImportPragmas &operator=(const ImportPragmas &) = delete;

private:
    // Sets a pragma; returns its previous value (empty when it could not be read).
    QString set(const QString &pragma, const QString &value)
    {
        QSqlQuery q(m_db);
        QString previous;
        if (q.exec(QStringLiteral("PRAGMA ") + pragma) && q.next())
            previous = q.value(0).toString();
        q.finish();
        if (!previous.isEmpty())
            q.exec(QStringLiteral("PRAGMA %1 = %2").arg(pragma, value));
        return previous;
    }

    static constexpr int importCacheKiB = 256 * 1024;
    QSqlDatabase m_db;
    QString m_cacheSize;
    QString m_tempStore;
};

} // namespace Hyoka

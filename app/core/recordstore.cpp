#include "recordstore.h"

#include "importstatement.h"
#include "recordpipe.h"
#include "recordsink.h"
#include "reviewdatabase.h"
#include "rowmapper.h"
#include "sqlcondition.h"
#include "textnormaliser.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <thread>

namespace Hyoka {

namespace {

constexpr int maxStoredWarnings = 1000;

QString searchText(const Record &r)
{
    QString text = r.name;
    text += u'\n';
    text += r.summary;
    for (const QString &a : r.achievements) {
        text += u'\n';
        text += a;
    }
    return TextNormaliser::searchKey(text);
}

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
    bool replacing(qint64 id, const QString &oldText, const QString &newText)
    {
        // Rows new in this import are not in the index yet; unchanged text needs nothing.
        // The first stash of a row wins: it holds the text the index has.
        if (!m_active || id > m_maxIdBefore || oldText == newText)
            return true;
        m_stash.bindValue(0, id);
        m_stash.bindValue(1, oldText);
        return m_stash.exec();
    }
    QString lastError() const { return m_stash.lastError().text(); }

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

// Writes records of one import inside the caller's transaction.
class RecordWriter
{
public:
    explicit RecordWriter(QSqlDatabase db, DeferredFullTextIndex &fullText)
        : m_find(ImportStatement::create(db)), m_insert(ImportStatement::create(db)),
          m_update(ImportStatement::create(db)), m_deleteAchievements(ImportStatement::create(db)),
          m_deleteIndicators(ImportStatement::create(db)),
          m_insertAchievement(ImportStatement::create(db)),
          m_insertIndicator(ImportStatement::create(db)), m_fullText(fullText)
    {
    }

    bool prepare(QString *error)
    {
        const QString columns = QStringLiteral(
                "bureau, no, name, category, summary, budget, settlement, settlement_estimated,"
                " level, ref_page, execution_rate, indicator_count, min_ratio, unit_mismatch,"
                " search_text, import_id, source_line, min_ratio_same_unit");
        bool ok = m_find->prepare(
                QStringLiteral("SELECT id, search_text FROM records WHERE fiscal_year = ? AND code = ?"));
        ok = ok && m_insert->prepare(QStringLiteral("INSERT INTO records (fiscal_year, code, ")
                                    + columns
                                    + QStringLiteral(") VALUES (?, ?, COALESCE(?, ''), ?, COALESCE(?, ''),"
                                                     " COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?,"
                                                     " ?, ?, ?, ?, ?, ?, COALESCE(?, ''), ?, ?, ?)"
                                                     " RETURNING id"));
        QString set = columns;
        set.replace(u',', QStringLiteral(" = ?,"));
        set += QStringLiteral(" = ?");
        // Text columns are NOT NULL; an empty QString binds as NULL.
        for (const char16_t *text : { u"bureau", u" name", u" category", u" summary", u" search_text" }) {
            const QString from = QString::fromUtf16(text) + QStringLiteral(" = ?");
            const QString to = QString::fromUtf16(text) + QStringLiteral(" = COALESCE(?, '')");
            set.replace(from, to);
        }
        ok = ok && m_update->prepare(QStringLiteral("UPDATE records SET ") + set
                                    + QStringLiteral(" WHERE id = ?"));
        ok = ok && m_deleteAchievements->prepare(
                     QStringLiteral("DELETE FROM achievements WHERE record_id = ?"));
        ok = ok && m_deleteIndicators->prepare(
                     QStringLiteral("DELETE FROM indicators WHERE record_id = ?"));
        ok = ok && m_insertAchievement->prepare(
                     QStringLiteral("INSERT INTO achievements (record_id, seq, text) VALUES (?, ?, COALESCE(?, ''))"));
        ok = ok && m_insertIndicator->prepare(QStringLiteral(
                     "INSERT INTO indicators (record_id, seq, achievement_seq, label, actual,"
                     " target, unit, target_unit, ratio)"
                     " VALUES (?, ?, ?, COALESCE(?, ''), ?, ?, COALESCE(?, ''), COALESCE(?, ''), ?)"));
        if (!ok)
            *error = lastError();
        return ok;
    }

    QString lastError() const
    {
        if (!m_error.isEmpty())
            return m_error;
        for (const auto *q : { &m_find, &m_insert, &m_update, &m_deleteAchievements,
                               &m_deleteIndicators, &m_insertAchievement, &m_insertIndicator }) {
            const QString error = (*q)->lastError();
            if (!error.isEmpty())
                return error;
        }
        return QString();
    }

    // Upserts one record; `existed` tells whether (fiscal_year, code) was there already.
    bool write(const Record &r, qint64 importId, qint64 *id, bool *existed)
    {
        m_find->bindInt(0, r.fiscalYear);
        m_find->bindText(1, r.code);
        if (!m_find->exec())
            return false;
        *existed = m_find->hasRow();
        QString oldSearchText;
        if (*existed) {
            *id = m_find->intValue(0);
            oldSearchText = m_find->textValue(1);
        }
        m_find->finish();

        std::optional<double> minRatio;
        bool mismatch = false;
        for (const Indicator &ind : r.indicators) {
            if (const auto ratio = ind.ratio())
                minRatio = minRatio ? std::min(*minRatio, *ratio) : *ratio;
            mismatch = mismatch || ind.unitMismatch();
        }
        // For the review rules (schema v2): the lowest ratio among indicators whose
        // actual and target share a unit; 件 against 人 is no ratio to judge by.
        std::optional<double> minRatioSameUnit;
        for (const Indicator &ind : r.indicators) {
            const auto ratio = ind.ratio();
            if (ratio && !ind.unitMismatch())
                minRatioSameUnit = minRatioSameUnit ? std::min(*minRatioSameUnit, *ratio) : *ratio;
        }
        const QString newSearchText = searchText(r);
        // The record's columns, in the order of `columns` in prepare(), from `first`.
        auto bindValues = [&](ImportStatement &q, int first) {
            int i = first;
            q.bindText(i++, r.bureau);
            q.bindInt(i++, r.no);
            q.bindText(i++, r.name);
            q.bindText(i++, r.category);
            q.bindText(i++, r.summary);
            q.bind(i++, r.budget);
            q.bind(i++, r.settlement);
            q.bindInt(i++, r.settlementEstimated ? 1 : 0);
            q.bind(i++, r.level);
            q.bind(i++, r.refPage);
            q.bind(i++, r.executionRate());
            q.bindInt(i++, r.indicators.size());
            q.bind(i++, minRatio);
            q.bindInt(i++, mismatch ? 1 : 0);
            q.bindText(i++, newSearchText);
            q.bindInt(i++, importId);
            q.bindInt(i++, r.sourceLine);
            q.bind(i++, minRatioSameUnit);
            return i;
        };
        if (*existed) {
            if (!m_fullText.replacing(*id, oldSearchText, newSearchText)) {
                m_error = m_fullText.lastError();
                return false;
            }
            m_update->bindInt(bindValues(*m_update, 0), *id);
            if (!m_update->exec())
                return false;
            m_deleteAchievements->bindInt(0, *id);
            m_deleteIndicators->bindInt(0, *id);
            if (!m_deleteAchievements->exec() || !m_deleteIndicators->exec())
                return false;
        } else {
            m_insert->bindInt(0, r.fiscalYear);
            m_insert->bindText(1, r.code);
            bindValues(*m_insert, 2);
            if (!m_insert->exec() || !m_insert->hasRow())
                return false;
            *id = m_insert->intValue(0);
            m_insert->finish();
        }
        for (qsizetype i = 0; i < r.achievements.size(); ++i) {
            m_insertAchievement->bindInt(0, *id);
            m_insertAchievement->bindInt(1, i);
            m_insertAchievement->bindText(2, r.achievements.at(i));
            if (!m_insertAchievement->exec())
                return false;
        }
        for (qsizetype i = 0; i < r.indicators.size(); ++i) {
            const Indicator &ind = r.indicators.at(i);
            m_insertIndicator->bindInt(0, *id);
            m_insertIndicator->bindInt(1, i);
            m_insertIndicator->bindInt(2, ind.achievementIndex);
            m_insertIndicator->bindText(3, ind.label);
            m_insertIndicator->bindDouble(4, ind.actual);
            m_insertIndicator->bindDouble(5, ind.target);
            m_insertIndicator->bindText(6, ind.unit);
            m_insertIndicator->bindText(7, ind.targetUnit);
            m_insertIndicator->bind(8, ind.ratio());
            if (!m_insertIndicator->exec())
                return false;
        }
        return true;
    }

private:
    std::unique_ptr<ImportStatement> m_find, m_insert, m_update, m_deleteAchievements,
            m_deleteIndicators, m_insertAchievement, m_insertIndicator;
    DeferredFullTextIndex &m_fullText;
    QString m_error;
};

// Feeds a reader's records straight into the database, one transaction for the file.
class StoreSink : public RecordSink
{
public:
    StoreSink(RecordWriter &writer, qint64 importId, ImportResult &result,
              const RecordStore::ProgressCallback &progressCallback)
        : m_writer(writer), m_importId(importId), m_result(result), m_progress(progressCallback)
    {
    }

    bool addRecord(Record &&record) override
    {
        if (m_stop)
            return false;
        qint64 id = 0;
        bool existed = false;
        if (!m_writer.write(record, m_importId, &id, &existed)) {
            m_result.error = RecordStore::tr("%1:%2: cannot store project %3: %4")
                                     .arg(record.sourceFile)
                                     .arg(record.sourceLine)
                                     .arg(record.code, m_writer.lastError());
            m_stop = true;
            return false;
        }
        if (existed && m_idsThisImport.contains(id)) {
            addWarning({ record.sourceFile, record.sourceLine,
                         RecordStore::tr("project %1 of %2 appears twice; the later row is kept")
                                 .arg(record.code)
                                 .arg(record.fiscalYear) });
        } else if (existed) {
            ++m_result.updated;
        } else {
            ++m_result.inserted;
        }
        m_idsThisImport.insert(id);
        return true;
    }
    void addWarning(const ImportWarning &warning) override { m_result.warnings.append(warning); }
    void rowSkipped() override { ++m_result.skippedRows; }
    void progress(qint64 done, qint64 total) override
    {
        if (m_progress && !m_progress(done, total)) {
            m_result.cancelled = true;
            m_stop = true;
        }
    }
    bool stopped() const { return m_stop; }

private:
    RecordWriter &m_writer;
    qint64 m_importId;
    ImportResult &m_result;
    const RecordStore::ProgressCallback &m_progress;
    QSet<qint64> m_idsThisImport;
    bool m_stop = false;
};

QString warningsJson(const QList<ImportWarning> &warnings)
{
    QJsonArray array;
    for (qsizetype i = 0; i < warnings.size() && i < maxStoredWarnings; ++i) {
        const ImportWarning &w = warnings.at(i);
        array.append(QJsonObject { { QStringLiteral("file"), w.file },
                                   { QStringLiteral("line"), w.line },
                                   { QStringLiteral("message"), w.message } });
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

bool commitWrite(ReviewDatabase &db, QString *error)
{
    QSqlDatabase sql = db.database();
    if (db.isSqlite()) {
        QSqlQuery q(sql);
        if (!q.exec(QStringLiteral("COMMIT"))) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    }
    if (!sql.commit()) {
        *error = sql.lastError().text();
        return false;
    }
    return true;
}

void rollbackWrite(ReviewDatabase &db)
{
    QSqlDatabase sql = db.database();
    if (db.isSqlite()) {
        QSqlQuery q(sql);
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        sql.rollback();
    }
}

} // namespace

RecordStore::RecordStore(ReviewDatabase &db) : m_db(db) { }

template<typename Feed>
static ImportResult runImport(ReviewDatabase &db, const QString &fileName, qint64 fileSize,
                              const std::function<QByteArray()> &sha256,
                              const RecordStore::ProgressCallback &progress,
                              Feed &&feed, const RecordStore::TransactionHook &beforeCommit = {})
{
    ImportResult result;
    QString error;
    if (!db.isOpen()) {
        result.error = RecordStore::tr("no database is open");
        return result;
    }
    const ImportPragmas pragmas(db);
    if (!db.beginWrite(&error)) {
        result.error = db.isReadOnly() ? error : RecordStore::tr("cannot start the import: %1").arg(error);
        return result;
    }
    QSqlDatabase sql = db.database();
    QSqlQuery insertImport(sql);
    insertImport.prepare(QStringLiteral("INSERT INTO imports (file_name, file_size, sha256, imported_at)"
                                        " VALUES (?, ?, ?, ?) RETURNING id"));
    insertImport.addBindValue(fileName);
    insertImport.addBindValue(fileSize);
    insertImport.addBindValue(QString()); // set at the end: it is computed meanwhile
    insertImport.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!insertImport.exec() || !insertImport.next()) {
        result.error = RecordStore::tr("cannot record the import: %1").arg(insertImport.lastError().text());
        rollbackWrite(db);
        return result;
    }
    result.importId = insertImport.value(0).toLongLong();
    insertImport.finish();

    DeferredFullTextIndex fullText;
    if (db.hasFullTextIndex() && !fullText.begin(sql, &error)) {
        result.error = RecordStore::tr("cannot prepare the import: %1").arg(error);
        rollbackWrite(db);
        return result;
    }
    RecordWriter writer(sql, fullText);
    if (!writer.prepare(&error)) {
        result.error = RecordStore::tr("cannot prepare the import: %1").arg(error);
        rollbackWrite(db);
        return result;
    }
    StoreSink sink(writer, result.importId, result, progress);
    QString readError;
    const bool readOk = feed(sink, &readError);
    if (!readOk && result.error.isEmpty() && !result.cancelled)
        result.error = readError;
    if (result.cancelled || !result.error.isEmpty()) {
        rollbackWrite(db);
        result.inserted = result.updated = 0;
        return result;
    }
    if (!fullText.finish(sql, &error)) {
        result.error = RecordStore::tr("cannot update the search index: %1").arg(error);
        rollbackWrite(db);
        result.inserted = result.updated = 0;
        return result;
    }
    QSqlQuery finish(sql);
    finish.prepare(QStringLiteral("UPDATE imports SET record_count = ?, skipped_count = ?,"
                                  " warning_count = ?, warnings = ?, sha256 = ? WHERE id = ?"));
    finish.addBindValue(result.inserted + result.updated);
    finish.addBindValue(result.skippedRows);
    finish.addBindValue(int(result.warnings.size()));
    finish.addBindValue(warningsJson(result.warnings));
    finish.addBindValue(QString::fromLatin1(sha256().toHex()));
    finish.addBindValue(result.importId);
    if (!finish.exec()) {
        result.error = RecordStore::tr("cannot record the import: %1").arg(finish.lastError().text());
        rollbackWrite(db);
        return result;
    }
    if (beforeCommit && !beforeCommit(&error)) {
        result.error = error;
        rollbackWrite(db);
        result.inserted = result.updated = 0;
        return result;
    }
    if (!commitWrite(db, &error)) {
        result.error = RecordStore::tr("cannot commit the import: %1").arg(error);
        rollbackWrite(db);
        return result;
    }
    result.ok = true;
    return result;
}

ImportResult RecordStore::importFile(const QString &path, const ReadOptions &options,
                                     const ProgressCallback &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.error = QFileInfo::exists(path) ? tr("%1: cannot open: %2").arg(path, file.errorString())
                                               : tr("%1: no such file").arg(path);
        return result;
    }
    const qint64 size = file.size();
    file.close();
    // Three threads, so that two cores are busy: the file's SHA-256 is computed on
    // one, the reader parses on another (RecordPipe), and this one only writes.
    std::atomic<bool> stopHashing { false };
    QByteArray digest;
    std::thread hasher([&] {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        qint64 n = 0;
        while (!stopHashing.load(std::memory_order_relaxed)
               && (n = in.read(chunk.data(), chunk.size())) > 0)
            hash.addData(QByteArrayView(chunk.constData(), n));
        digest = hash.result();
    });
    const ImportResult result = runImport(
            m_db, path, size,
            [&] {
                hasher.join();
                return digest;
            },
            progress, [&](RecordSink &sink, QString *error) {
                return RecordPipe::run(
                        [&](RecordSink &pipeSink, QString *readError) {
                            return RecordReader::readFile(path, pipeSink, options, readError);
                        },
                        sink, error);
            });
    stopHashing = true;
    if (hasher.joinable())
        hasher.join();
    return result;
}

ImportResult RecordStore::importRecords(const QList<Record> &records, const QString &sourceName)
{
    return runImport(m_db, sourceName, 0, [] { return QByteArray(); }, {}, [&](RecordSink &sink, QString *) {
        for (const Record &r : records) {
            Record copy = r;
            if (!sink.addRecord(std::move(copy)))
                return false;
        }
        return true;
    });
}

ImportResult RecordStore::importFrom(const QString &sourceName, const RecordFeed &feed,
                                     const TransactionHook &beforeCommit)
{
    return runImport(m_db, sourceName, 0, [] { return QByteArray(); }, {}, feed, beforeCommit);
}

qint64 RecordStore::recordCount() const
{
    QSqlQuery q(m_db.database());
    if (q.exec(QStringLiteral("SELECT count(*) FROM records")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

static const char16_t recordColumns[] =
        u"id, fiscal_year, code, bureau, no, name, category, summary, budget, settlement,"
        u" settlement_estimated, level, ref_page, source_line";

// Fills Records from the rows of `SELECT recordColumns …`, by column name.
class RecordMapper
{
public:
    explicit RecordMapper(const QSqlQuery &q)
        : m_row(q), m_columns(m_row), m_summary(m_row.column(QStringLiteral("summary"))),
          m_sourceLine(m_row.column(QStringLiteral("source_line")))
    {
    }
    Record read() const
    {
        Record r;
        m_columns.read(r);
        r.summary = m_row.text(m_summary);
        r.sourceLine = m_row.integer(m_sourceLine);
        return r;
    }

private:
    RowMapper m_row;
    RecordColumns m_columns;
    int m_summary;
    int m_sourceLine;
};

static Indicator indicatorFromQuery(const QSqlQuery &q, int offset)
{
    Indicator ind;
    ind.achievementIndex = q.value(offset).toInt();
    ind.label = q.value(offset + 1).toString();
    ind.actual = q.value(offset + 2).toDouble();
    ind.target = q.value(offset + 3).toDouble();
    ind.unit = q.value(offset + 4).toString();
    ind.targetUnit = q.value(offset + 5).toString();
    return ind;
}

std::optional<Record> RecordStore::record(qint64 id) const
{
    QSqlDatabase db = m_db.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + QString::fromUtf16(recordColumns)
              + QStringLiteral(" FROM records WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Record r = RecordMapper(q).read();
    QSqlQuery a(db);
    a.prepare(QStringLiteral("SELECT text FROM achievements WHERE record_id = ? ORDER BY seq"));
    a.addBindValue(id);
    if (a.exec()) {
        while (a.next())
            r.achievements.append(a.value(0).toString());
    }
    QSqlQuery i(db);
    i.prepare(QStringLiteral("SELECT achievement_seq, label, actual, target, unit, target_unit"
                             " FROM indicators WHERE record_id = ? ORDER BY seq"));
    i.addBindValue(id);
    if (i.exec()) {
        while (i.next())
            r.indicators.append(indicatorFromQuery(i, 0));
    }
    return r;
}

qint64 RecordStore::recordId(int fiscalYear, const QString &code) const
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT id FROM records WHERE fiscal_year = ? AND code = ?"));
    q.addBindValue(fiscalYear);
    q.addBindValue(code);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

std::optional<Record> RecordStore::record(int fiscalYear, const QString &code) const
{
    const qint64 id = recordId(fiscalYear, code);
    return id ? record(id) : std::nullopt;
}

bool RecordStore::forEachRecord(const std::function<bool(const Record &)> &callback) const
{
    // Batches of records by id, with their achievements and indicators fetched per
    // batch: bounded memory, no query per record, and never two open result sets on
    // one connection (QPSQL cannot interleave them).
    constexpr int batchSize = 2000;
    QSqlDatabase db = m_db.database();
    QSqlQuery r(db), a(db), i(db);
    r.setForwardOnly(true);
    a.setForwardOnly(true);
    i.setForwardOnly(true);
    const bool prepared =
            r.prepare(QStringLiteral("SELECT ") + QString::fromUtf16(recordColumns)
                      + QStringLiteral(" FROM records WHERE id > ? ORDER BY id LIMIT %1").arg(batchSize))
            && a.prepare(QStringLiteral("SELECT record_id, text FROM achievements"
                                        " WHERE record_id BETWEEN ? AND ? ORDER BY record_id, seq"))
            && i.prepare(QStringLiteral("SELECT record_id, achievement_seq, label, actual, target, unit,"
                                        " target_unit FROM indicators WHERE record_id BETWEEN ? AND ?"
                                        " ORDER BY record_id, seq"));
    if (!prepared)
        return false;
    qint64 lastId = -1;
    QList<qint64> ids;
    QList<Record> batch;
    QHash<qint64, qsizetype> indexOf;
    for (;;) {
        ids.clear();
        batch.clear();
        indexOf.clear();
        r.bindValue(0, lastId);
        if (!r.exec())
            return false;
        const RecordMapper mapper(r);
        while (r.next()) {
            const qint64 id = r.value(0).toLongLong();
            indexOf.insert(id, batch.size());
            ids.append(id);
            batch.append(mapper.read());
        }
        r.finish();
        if (batch.isEmpty())
            return true;
        a.bindValue(0, ids.first());
        a.bindValue(1, ids.last());
        if (!a.exec())
            return false;
        while (a.next()) {
            const auto it = indexOf.constFind(a.value(0).toLongLong());
            if (it != indexOf.constEnd())
                batch[*it].achievements.append(a.value(1).toString());
        }
        a.finish();
        i.bindValue(0, ids.first());
        i.bindValue(1, ids.last());
        if (!i.exec())
            return false;
        while (i.next()) {
            const auto it = indexOf.constFind(i.value(0).toLongLong());
            if (it != indexOf.constEnd())
                batch[*it].indicators.append(indicatorFromQuery(i, 1));
        }
        i.finish();
        for (const Record &rec : std::as_const(batch)) {
            if (!callback(rec))
                return true;
        }
        lastId = ids.last();
    }
}

QHash<qint64, Record> RecordStore::records(const QList<qint64> &ids) const
{
    // Three statements per batch of ids (records, achievements, indicators), never one
    // per record, and one result set open at a time (QPSQL cannot interleave them).
    QHash<qint64, Record> out;
    QSqlQuery q(m_db.database());
    q.setForwardOnly(true);
    for (qsizetype start = 0; start < ids.size(); start += SqlCondition::idBatchSize) {
        const QList<qint64> batch = ids.mid(start, SqlCondition::idBatchSize);
        auto run = [&](const QString &sql) {
            if (!q.prepare(sql.arg(SqlCondition::placeholders(batch.size()))))
                return false;
            for (const qint64 id : batch)
                q.addBindValue(id);
            return q.exec();
        };
        if (!run(QStringLiteral("SELECT ") + QString::fromUtf16(recordColumns)
                 + QStringLiteral(" FROM records WHERE id IN (%1)")))
            return {};
        const RecordMapper mapper(q);
        while (q.next())
            out.insert(q.value(0).toLongLong(), mapper.read());
        q.finish();
        if (!run(QStringLiteral("SELECT record_id, text FROM achievements WHERE record_id IN (%1)"
                                " ORDER BY record_id, seq")))
            return {};
        while (q.next())
            out[q.value(0).toLongLong()].achievements.append(q.value(1).toString());
        q.finish();
        if (!run(QStringLiteral("SELECT record_id, achievement_seq, label, actual, target, unit,"
                                " target_unit FROM indicators WHERE record_id IN (%1)"
                                " ORDER BY record_id, seq")))
            return {};
        while (q.next())
            out[q.value(0).toLongLong()].indicators.append(indicatorFromQuery(q, 1));
        q.finish();
    }
    return out;
}
} // namespace Hyoka

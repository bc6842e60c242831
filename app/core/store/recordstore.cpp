#include "recordstore.h"

#include "importsupport.h"
#include "pgrecordbatch.h"
#include "projectlinks.h"
#include "recordfields.h"
#include "recordpipe.h"
#include "recordsink.h"
#include "recordwriter.h"
#include "reviewdatabase.h"
#include "rowmapper.h"
#include "sqlcondition.h"
#include "sqlrun.h"
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

#include <array>
#include <vector>

#include <atomic>
#include <thread>

namespace Hyoka {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxStoredWarnings = 1000;

// How a message names a project: its code, or its name when the table has no codes.
QString projectName(const Record &r)
{
    return r.code.isEmpty() ? r.name : r.code;
}

// Feeds a reader's records straight into the database, one transaction for the file.
class StoreSink : public RecordSink
{
public:
    StoreSink(RecordWriter &writer, qint64 importId, const QString &importFile, ImportResult &result,
              const RecordStore::ProgressCallback &progressCallback)
        : m_writer(writer), m_importId(importId), m_importFile(importFile), m_result(result),
          m_progress(progressCallback)
    {
    }

    bool addRecord(Record &&record) override
    {
        if (m_stop)
            return false;
        if (record.code.isEmpty()) {
            // Two projects of one file with the same organisation and name are two
            // records (docs/storage.md): the later ones are numbered in file order.
            record.occurrence = ++m_sameNameCount[record.identityKey()];
            if (record.occurrence > 1)
                addWarning({ record.sourceFile, record.sourceLine,
                             RecordStore::tr("project %1 (%2 %3) appears more than once;"
                                             " kept as project no. %4 of that name")
                                     .arg(record.name, record.bureau, record.division)
                                     .arg(record.occurrence) });
        }
        qint64 id = 0;
        bool existed = false;
        QString error;
        if (!m_writer.write(record, m_importId, m_importFile, &id, &existed, &error)) {
            m_result.error = RecordStore::tr("%1:%2: cannot store project %3: %4")
                                     .arg(record.sourceFile)
                                     .arg(record.sourceLine)
                                     .arg(projectName(record), error.simplified());
            m_stop = true;
            return false;
        }
        if (existed && m_idsThisImport.contains(id)) {
            addWarning({ record.sourceFile, record.sourceLine,
                         RecordStore::tr("project %1 of %2 appears twice; the later row is kept")
                                 .arg(projectName(record))
                                 .arg(record.fiscalYear) });
        } else {
            ImportGroup &group = groupOf(record);
            ++(existed ? m_result.updated : m_result.inserted);
            ++(existed ? group.updated : group.inserted);
            group.budget += record.budget.value_or(0);
            group.settlement += record.settlement.value_or(0);
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
    ImportGroup &groupOf(const Record &record)
    {
        auto it = m_groupIndex.find({ record.bureau, record.fiscalYear });
        if (it == m_groupIndex.end()) {
            it = m_groupIndex.insert({ record.bureau, record.fiscalYear }, m_result.groups.size());
            m_result.groups.append(ImportGroup { record.bureau, record.fiscalYear, 0, 0, 0, 0 });
        }
        return m_result.groups[*it];
    }

    RecordWriter &m_writer;
    qint64 m_importId;
    QString m_importFile;
    ImportResult &m_result;
    const RecordStore::ProgressCallback &m_progress;
    QSet<qint64> m_idsThisImport;
    QHash<QString, int> m_sameNameCount; // records without a code, by organisation and name
    QHash<std::pair<QString, int>, qsizetype> m_groupIndex; // m_result.groups by bureau and year
    bool m_stop = false;
};

// Column imports.warnings: {"inserted": N, "updated": M, "warnings": [{file, line, message}…]}
// (the records the import added and those it replaced, docs/storage.md "Import history");
// imports stored before these counts have the bare array of warnings.
QString importJson(const ImportResult &result)
{
    const QList<ImportWarning> &warnings = result.warnings;
    QJsonArray array;
    for (qsizetype i = 0; i < warnings.size() && i < maxStoredWarnings; ++i) {
        const ImportWarning &w = warnings.at(i);
        array.append(QJsonObject { { QStringLiteral("file"), w.file },
                                   { QStringLiteral("line"), w.line },
                                   { QStringLiteral("message"), w.message } });
    }
    const QJsonObject object { { QStringLiteral("inserted"), result.inserted },
                               { QStringLiteral("updated"), result.updated },
                               { QStringLiteral("warnings"), array } };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool commitWrite(ReviewDatabase &db, QString *error)
{
    // SQLite's write began as BEGIN IMMEDIATE (ReviewDatabase::beginWrite), which the
    // driver does not know of: COMMIT is sent as SQL there.
    QSqlDatabase sql = db.database();
    QSqlQuery q(sql);
    const bool ok = db.isSqlite() ? q.exec(QStringLiteral("COMMIT")) : sql.commit();
    if (!ok)
        *error = (db.isSqlite() ? q.lastError() : sql.lastError()).text().simplified();
    return ok;
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
        result.error = RecordStore::tr("cannot record the import: %1").arg(insertImport.lastError().text().simplified());
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
    StoreSink sink(writer, result.importId, fileName, result, progress);
    // Nothing of the file is written: nothing new, updated or summed either.
    const auto rolledBack = [&] {
        rollbackWrite(db);
        result.inserted = result.updated = 0;
        result.groups.clear();
        return result;
    };
    QString readError;
    const bool readOk = feed(sink, &readError);
    if (!readOk && result.error.isEmpty() && !result.cancelled)
        result.error = readError;
    if (result.cancelled || !result.error.isEmpty())
        return rolledBack();
    if (!writer.finish(&error)) {
        result.error = RecordStore::tr("cannot store the records: %1").arg(error.simplified());
        return rolledBack();
    }
    if (!fullText.finish(sql, &error)) {
        result.error = RecordStore::tr("cannot update the search index: %1").arg(error);
        return rolledBack();
    }
    QSqlQuery finish(sql);
    finish.prepare(QStringLiteral("UPDATE imports SET record_count = ?, skipped_count = ?,"
                                  " warning_count = ?, warnings = ?, sha256 = ? WHERE id = ?"));
    finish.addBindValue(result.inserted + result.updated);
    finish.addBindValue(result.skippedRows);
    finish.addBindValue(int(result.warnings.size()));
    finish.addBindValue(importJson(result));
    finish.addBindValue(QString::fromLatin1(sha256().toHex()));
    finish.addBindValue(result.importId);
    if (!finish.exec()) {
        result.error = RecordStore::tr("cannot record the import: %1").arg(finish.lastError().text().simplified());
        rollbackWrite(db);
        return result;
    }
    // Every import relinks the years in SQL (docs/years.md); flags and audit stay as they are.
    if (!ProjectLinks(db).relinkInTransaction(&error)) {
        result.error = error;
        return rolledBack();
    }
    if (beforeCommit && !beforeCommit(&error)) {
        result.error = error;
        return rolledBack();
    }
    if (!commitWrite(db, &error)) {
        result.error = RecordStore::tr("cannot commit the import: %1").arg(error);
        rollbackWrite(db);
        return result;
    }
    if (!db.isSqlite())
        PgRecordBatch::tidyAfterCommit(sql, result.inserted);
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

std::optional<qint64> RecordStore::recordCount(QString *error) const
{
    QSqlQuery q(m_db.database());
    if (!runBound(q, QStringLiteral("SELECT count(*) FROM records"), {}, error))
        return std::nullopt;
    if (!q.next()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

static const char16_t recordColumns[] =
        u"id, fiscal_year, code, bureau, no, name, category, summary, budget, settlement,"
        u" settlement_estimated, level, ref_page, source_line, has_code, division, rating_label,"
        u" rating_rank, rating_ranks, rating_scale, rating_grades, source_sheet, source_page,"
        u" COALESCE(source_file, (SELECT file_name FROM imports WHERE imports.id = records.import_id)) AS source_file";

// Fills Records from the rows of `SELECT recordColumns …`, by column name.
class RecordMapper
{
public:
    explicit RecordMapper(const QSqlQuery &q) : m_row(q), m_columns(m_row) { }
    qint64 id() const { return m_row.int64(m_id); }
    Record read() const
    {
        Record r;
        m_columns.read(r);
        r.summary = m_row.text(m_summary);
        r.sourceLine = m_row.integer(m_sourceLine);
        if (!m_row.value(m_ratingRank).isNull()) {
            Rating rating;
            rating.label = m_row.text(m_ratingLabel);
            rating.rank = m_row.integer(m_ratingRank);
            rating.ranks = m_row.integer(m_ratingRanks);
            rating.scale = m_row.text(m_ratingScale);
            rating.grades = RecordFields::gradesFromJson(m_row.text(m_ratingGrades));
            r.rating = rating;
        }
        r.sourceSheet = m_row.text(m_sourceSheet);
        r.sourcePage = m_row.integer(m_sourcePage);
        r.sourceFile = m_row.text(m_sourceFile);
        return r;
    }

private:
    int column(const char16_t *name) const { return m_row.column(QString::fromUtf16(name)); }

    RowMapper m_row;
    RecordColumns m_columns;
    int m_id = column(u"id");
    int m_summary = column(u"summary");
    int m_sourceLine = column(u"source_line");
    int m_ratingLabel = column(u"rating_label");
    int m_ratingRank = column(u"rating_rank");
    int m_ratingRanks = column(u"rating_ranks");
    int m_ratingScale = column(u"rating_scale");
    int m_ratingGrades = column(u"rating_grades");
    int m_sourceSheet = column(u"source_sheet");
    int m_sourcePage = column(u"source_page");
    int m_sourceFile = column(u"source_file");
};

static const char16_t indicatorColumns[] =
        u"achievement_seq, label, actual, target, unit, target_unit, actual_year, target_year";

static Indicator indicatorFromRow(const RowMapper &row)
{
    static const QList<RowField<Indicator>> fields = {
        { u"achievement_seq"_s, &Indicator::achievementIndex },
        { u"label"_s, &Indicator::label },
        { u"actual"_s, &Indicator::actual },
        { u"target"_s, &Indicator::target },
        { u"unit"_s, &Indicator::unit },
        { u"target_unit"_s, &Indicator::targetUnit },
        { u"actual_year"_s, &Indicator::actualYear },
        { u"target_year"_s, &Indicator::targetYear },
    };
    return row.read(fields);
}

static const char16_t amountColumns[] = u"kind, fiscal_year, amount";

static std::optional<Amount> amountFromRow(const RowMapper &row)
{
    const auto kind = RecordFields::amountKindFromName(row.text(u"kind"_s));
    if (!kind)
        return std::nullopt;
    Amount a;
    a.kind = *kind;
    a.fiscalYear = row.integer(u"fiscal_year"_s);
    a.amount = row.int64(u"amount"_s);
    return a;
}

namespace {

// A record's child rows: the start of a SELECT of one child table (record_id first)
// and how a row is added to its record, in the order Record keeps them (seq).
struct ChildRead
{
    QString select;
    void (*add)(Record &, const RowMapper &);
};

const std::array<ChildRead, 3> &childReads()
{
    static const std::array<ChildRead, 3> reads = {
        ChildRead { u"SELECT record_id, text FROM achievements"_s,
                    [](Record &rec, const RowMapper &row) { rec.achievements.append(row.text(u"text"_s)); } },
        ChildRead { u"SELECT record_id, "_s + QString::fromUtf16(indicatorColumns) + u" FROM indicators"_s,
                    [](Record &rec, const RowMapper &row) { rec.indicators.append(indicatorFromRow(row)); } },
        ChildRead { u"SELECT record_id, "_s + QString::fromUtf16(amountColumns) + u" FROM amounts"_s,
                    [](Record &rec, const RowMapper &row) {
                        if (const auto amount = amountFromRow(row))
                            rec.amounts.append(*amount);
                    } },
    };
    return reads;
}

} // namespace

std::optional<Record> RecordStore::record(qint64 id) const
{
    const QHash<qint64, Record> found = records({ id });
    const auto it = found.constFind(id);
    return it == found.constEnd() ? std::nullopt : std::optional<Record>(*it);
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
    QSqlQuery r(db);
    r.setForwardOnly(true);
    if (!r.prepare(u"SELECT "_s + QString::fromUtf16(recordColumns)
                   + u" FROM records WHERE id > ? ORDER BY id LIMIT %1"_s.arg(batchSize)))
        return false;
    std::vector<QSqlQuery> children;
    for (const ChildRead &read : childReads()) {
        QSqlQuery &q = children.emplace_back(db);
        q.setForwardOnly(true);
        if (!q.prepare(read.select + u" WHERE record_id BETWEEN ? AND ? ORDER BY record_id, seq"_s))
            return false;
    }
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
            const qint64 id = mapper.id();
            indexOf.insert(id, batch.size());
            ids.append(id);
            batch.append(mapper.read());
        }
        r.finish();
        if (batch.isEmpty())
            return true;
        // Each child table's rows of the batch, handed to the record they belong to.
        for (size_t c = 0; c < children.size(); ++c) {
            QSqlQuery &q = children[c];
            q.bindValue(0, ids.first());
            q.bindValue(1, ids.last());
            if (!q.exec())
                return false;
            for (const RowMapper row(q); q.next();) {
                const auto it = indexOf.constFind(row.int64(u"record_id"_s));
                if (it != indexOf.constEnd())
                    childReads()[c].add(batch[*it], row);
            }
            q.finish();
        }
        for (const Record &rec : std::as_const(batch)) {
            if (!callback(rec))
                return true;
        }
        lastId = ids.last();
    }
}

QHash<qint64, Record> RecordStore::records(const QList<qint64> &ids) const
{
    // Four statements per batch of ids (the records, then each child table), never one
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
        if (!run(u"SELECT "_s + QString::fromUtf16(recordColumns) + u" FROM records WHERE id IN (%1)"_s))
            return {};
        const RecordMapper mapper(q);
        while (q.next())
            out.insert(mapper.id(), mapper.read());
        q.finish();
        for (const ChildRead &read : childReads()) {
            if (!run(read.select + u" WHERE record_id IN (%1) ORDER BY record_id, seq"_s))
                return {};
            for (const RowMapper row(q); q.next();)
                read.add(out[row.int64(u"record_id"_s)], row);
            q.finish();
        }
    }
    return out;
}
} // namespace Hyoka

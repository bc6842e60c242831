#include "testrecords.h"

#include "indicatorextractor.h"
#include "recordreader.h"
#include "recordsink.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "reviewrules.h"
#include "sqlcondition.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <tuple>

namespace Hyoka::TestSupport {

QList<Record> seedRecords()
{
    CollectingSink sink;
    QString error;
    if (!RecordReader::readFile(QStringLiteral(HYOKA_SEED_FILE), sink, {}, &error))
        qWarning("%s", qPrintable(error));
    return sink.records;
}

Record projectRecord(int fiscalYear, const QString &bureau, int no, const QString &code,
                     const QString &name, const QString &category)
{
    Record r;
    std::tie(r.fiscalYear, r.bureau, r.no, r.code, r.name, r.category) =
            std::tie(fiscalYear, bureau, no, code, name, category);
    return r;
}

Record *findRecord(QList<Record> &records, const QString &code)
{
    for (Record &r : records) {
        if (r.code == code)
            return &r;
    }
    qFatal("no record %s in the seed", qPrintable(code));
}

QList<Record> writerRecords(const QString &firstSummary)
{
    QList<Record> records;
    Record a = projectRecord(2021, QStringLiteral("こども未来局"), 1, QStringLiteral("00123456"),
                             QStringLiteral("=地域子育て支援事業"), QStringLiteral("その他"));
    a.summary = firstSummary;
    a.achievements = { QStringLiteral("延べ利用人数 147,832人※目標 224,664人以上"),
                       QStringLiteral("定員1,466人増※目標1,562人増(認可保育所等)") };
    a.budget = 548333;
    a.settlement = 521252;
    a.settlementEstimated = true;
    a.level = 4;
    a.refPage = 1;
    records << a;

    Record b = projectRecord(2021, QStringLiteral("総務企画局"), 2, QStringLiteral("10101010"),
                             QStringLiteral("+区役所@窓口 - 改善"), QStringLiteral("施設の管理・運営"));
    b.summary = QStringLiteral("-");
    b.achievements = { QStringLiteral("収納率:99.13%※目標99.18%") };
    b.budget = std::nullopt;
    b.settlement = -1234;
    b.settlementEstimated = false;
    b.level = std::nullopt;
    b.refPage = std::nullopt;
    records << b;

    Record c = projectRecord(2020, QStringLiteral("こども未来局"), 0, QStringLiteral("20202020"),
                             QStringLiteral("'＝全角の式"), QStringLiteral("イベント等"));
    c.summary = QString();
    c.budget = 0;
    c.settlement = 10;
    c.level = 1;
    c.refPage = 123;
    records << c;

    for (Record &r : records)
        r.indicators = IndicatorExtractor::extract(r.achievements);
    return records;
}

bool openSeeded(ReviewDatabase &db, const QString &spec, QList<Record> *records, QString *error)
{
    if (!db.open(spec, error))
        return false;
    RecordStore store(db);
    const ImportResult r = store.importFile(QStringLiteral(HYOKA_SEED_FILE));
    if (!r.ok) {
        *error = r.error;
        return false;
    }
    if (records)
        *records = allRecords(store);
    return true;
}

QList<Record> allRecords(const RecordStore &store)
{
    QList<Record> out;
    store.forEachRecord([&out](const Record &r) {
        out.append(r);
        return true;
    });
    return out;
}

std::optional<QList<qint64>> suggestedIds(const ReviewDatabase &db, const RuleSettings &settings)
{
    const SqlCondition c = ReviewRules::suggestedCondition(settings);
    QSqlQuery q(db.database());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT id FROM records WHERE %1 ORDER BY id").arg(c.sql))) {
        qWarning("%s", qPrintable(q.lastError().text()));
        return std::nullopt;
    }
    for (const QVariant &v : c.values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("%s", qPrintable(q.lastError().text()));
        return std::nullopt;
    }
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QHash<qint64, QStringList> suggestionsForIds(const ReviewDatabase &db, const QList<qint64> &ids,
                                             const RuleSettings &settings)
{
    QHash<qint64, QStringList> out;
    QSqlQuery q(db.database());
    q.setForwardOnly(true);
    for (qsizetype start = 0; start < ids.size(); start += SqlCondition::idBatchSize) {
        const QList<qint64> batch = ids.mid(start, SqlCondition::idBatchSize);
        q.prepare(QStringLiteral("SELECT id, level, execution_rate, min_ratio_same_unit, unit_mismatch"
                                 " FROM records WHERE id IN (%1)")
                          .arg(SqlCondition::placeholders(batch.size())));
        for (const qint64 id : batch)
            q.addBindValue(id);
        if (!q.exec())
            continue;
        while (q.next()) {
            ReviewRules::Inputs in;
            if (!q.value(1).isNull())
                in.level = q.value(1).toInt();
            if (!q.value(2).isNull())
                in.executionRate = q.value(2).toDouble();
            if (!q.value(3).isNull())
                in.minRatioSameUnit = q.value(3).toDouble();
            in.unitMismatch = q.value(4).toInt() != 0;
            const QStringList fired = ReviewRules::suggestions(in, settings);
            if (!fired.isEmpty())
                out.insert(q.value(0).toLongLong(), fired);
        }
    }
    return out;
}

Flag makeFlag(const QString &status, const QString &reason, const QString &note, const QString &reviewer)
{
    Flag f;
    f.status = status;
    f.reason = reason;
    f.note = note;
    f.reviewer = reviewer;
    return f;
}

std::optional<ImportHistoryFiles> importHistoryDatabase(const QString &dir, const QByteArray &badCsv,
                                                        QString *error)
{
    const QDir d(dir);
    const ImportHistoryFiles files { d.filePath(QStringLiteral("h.sqlite")),
                                     d.filePath(QStringLiteral("kawasaki_r4_evaluation.md")),
                                     d.filePath(QStringLiteral("bad.csv")) };
    QFile seed(QStringLiteral(HYOKA_SEED_FILE));
    QFile r4(files.r4);
    QFile bad(files.bad);
    if (!seed.open(QIODevice::ReadOnly) || !r4.open(QIODevice::WriteOnly) || !bad.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write the files in ") + dir;
        return std::nullopt;
    }
    r4.write(QString::fromUtf8(seed.readAll()).replace(QStringLiteral("令和3年度"), QStringLiteral("令和4年度")).toUtf8());
    r4.close();
    bad.write(badCsv);
    bad.close();
    ReviewDatabase db;
    if (!db.open(files.database, error))
        return std::nullopt;
    RecordStore store(db);
    for (const QString &file : { QStringLiteral(HYOKA_SEED_FILE), files.r4, files.bad }) {
        const ImportResult r = store.importFile(file, ReadOptions {});
        if (!r.ok) {
            *error = file + QStringLiteral(": ") + r.error;
            return std::nullopt;
        }
    }
    return files;
}

QList<Record> bureauRecords(int count, int digits, qint64 firstCode, const std::function<qint64(int)> &budget)
{
    QList<Record> records;
    for (int i = 1; i <= count; ++i) {
        Record r;
        r.fiscalYear = 2021;
        r.code = QString::number(firstCode + i);
        r.bureau = QStringLiteral("局%1").arg(i, digits, 10, QLatin1Char('0'));
        r.name = QStringLiteral("事業%1").arg(i);
        r.budget = budget(i);
        r.settlement = r.budget;
        r.level = 1 + i % 5;
        records.append(r);
    }
    return records;
}

} // namespace Hyoka::TestSupport

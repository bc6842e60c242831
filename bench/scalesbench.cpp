// bench scales RECORDS DB: a synthetic database of RECORDS records, a third each rated
// on Kawasaki's levels, letters A–D and direction words (docs/ratings-and-money.md),
// imported in one go; then what the window asks of the per-scale SQL: the rating facet
// grouped by scale, the Suggested facet and its filter (the review part per scale), the
// first rows and the whole list sorted by rating, and the rating-mix chart.
#include "benchsupport.h"

#include "chartdata.h"
#include "recordquery.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "reviewrules.h"

#include <QFile>
#include <QRandomGenerator>

namespace HyokaBench {

using namespace Hyoka;

int scalesCommand(const QStringList &args)
{
    if (args.size() < 2)
        return 2;
    const int total = args.at(0).toInt();
    const QString path = args.at(1);
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(path + QLatin1String(suffix));
    ReviewDatabase db;
    QString error;
    if (!db.open(path, &error)) {
        std::fprintf(stderr, "bench scales: %s\n", qPrintable(error));
        return 1;
    }
    static const QStringList letters { QStringLiteral("A 拡大する事業"), QStringLiteral("B 継続する事業"),
                                       QStringLiteral("C 縮小する事業"), QStringLiteral("D 廃止する事業") };
    static const QStringList directions { QStringLiteral("拡充"), QStringLiteral("継続"),
                                          QStringLiteral("見直し"), QStringLiteral("廃止") };
    QRandomGenerator random(11);
    QList<Record> records;
    records.reserve(total);
    for (int i = 0; i < total; ++i) {
        Record r;
        r.fiscalYear = 2025;
        r.code = QString::number(10000000 + i);
        r.bureau = QStringLiteral("局%1").arg(i % 30);
        r.name = QStringLiteral("事業%1号推進").arg(r.code);
        r.budget = qint64(random.bounded(1000, 1000000));
        r.settlement = *r.budget * qint64(random.bounded(70, 110)) / 100;
        const int kind = i % 3;
        if (kind == 0) {
            const int level = int(random.bounded(1, 6));
            r.level = level;
            r.rating = Rating { QString::number(level), level, 5, QStringLiteral("level"), {} };
        } else {
            const int rank = int(random.bounded(1, 5));
            const QStringList &labels = kind == 1 ? letters : directions;
            r.rating = Rating { labels.at(rank - 1), rank, 4,
                                kind == 1 ? QStringLiteral("letter") : QStringLiteral("direction"), {} };
        }
        records.append(std::move(r));
    }
    QElapsedTimer t;
    t.start();
    const ImportResult result = RecordStore(db).importRecords(records, QStringLiteral("scales.csv"));
    figure("scales.import", elapsedMs(t), "ms");
    if (!result.ok) {
        std::fprintf(stderr, "bench scales: %s\n", qPrintable(result.error));
        return 1;
    }
    records.clear();

    const RecordQuery query(db);
    const RuleSettings settings = ReviewRules::loadSettings(db, &error);
    RecordFilter all;
    all.ruleSettings = settings;
    t.restart();
    const auto ratingFacet = query.facet(RecordQuery::Facet::Rating, all);
    figure("scales.facet_rating", elapsedMs(t), "ms");
    note(QStringLiteral("%1 rating steps over the three scales").arg(ratingFacet ? ratingFacet->size() : -1));
    t.restart();
    query.facet(RecordQuery::Facet::Suggested, all);
    figure("scales.facet_suggested", elapsedMs(t), "ms");
    RecordFilter suggested = all;
    suggested.suggested = { true };
    t.restart();
    const auto suggestedIds = query.ids(suggested);
    figure("scales.filter_suggested.all_ids", elapsedMs(t), "ms");
    note(QStringLiteral("%1 records in the review part of their scale or by another rule")
                 .arg(suggestedIds ? suggestedIds->size() : -1));
    RecordFilter oneStep = all;
    oneStep.ratings = { RecordFilter::ratingValue(QStringLiteral("letter"), 3) };
    t.restart();
    query.ids(oneStep);
    figure("scales.filter_letter_C.all_ids", elapsedMs(t), "ms");
    for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        const char *way = order == Qt::AscendingOrder ? "asc" : "desc";
        t.restart();
        const auto first = query.firstIds(all, RecordQuery::Column::Rating, order, 256);
        figure(QByteArray("scales.sort_rating.first_256.") + way, elapsedMs(t), "ms");
        t.restart();
        const auto ids = query.ids(all, RecordQuery::Column::Rating, order);
        figure(QByteArray("scales.sort_rating.all.") + way, elapsedMs(t), "ms");
        t.restart();
        query.rows(ids.value_or(QList<qint64>()).mid(0, 64), settings);
        figure(QByteArray("scales.rows_64_with_rules.") + way, elapsedMs(t), "ms");
    }
    t.restart();
    const auto mix = ChartData(db).ratingMix(all);
    figure("scales.chart_rating_mix", elapsedMs(t), "ms");
    note(QStringLiteral("%1 bars in the rating-mix chart").arg(mix ? mix->size() : -1));
    return 0;
}

} // namespace HyokaBench

// A review database of three cities' scales (issue 14): the Kawasaki sample (levels
// 1–5), a 品川区-like table rated A–D with money of two years and no same-year pair,
// and a table rated in direction words with same-year budgets and settlements.
#pragma once

#include "generalrecords.h"
#include "levelrating.h"
#include "record.h"
#include "recordstore.h"
#include "testrecords.h"

#include <QList>
#include <QStringList>

namespace MixedScales {

// Four A–D records of 区民部 (two divisions): letters A, B, C, D; each has the 2024
// settlement and the 2025 budget (no same-year pair), like Shinagawa's R6決算/R7当初予算.
inline QList<Hyoka::Record> letterRecords()
{
    using namespace Hyoka;
    const QStringList labels = { QStringLiteral("A 拡大する事業"), QStringLiteral("B 継続する事業"),
                                 QStringLiteral("C 縮小する事業"), QStringLiteral("D 完了・廃止する事業") };
    QList<Record> records;
    for (int i = 0; i < labels.size(); ++i) {
        Record r = GeneralRecords::withoutCode(QStringLiteral("区民事業%1").arg(i + 1), 1000 * (i + 1));
        r.division = i < 2 ? QStringLiteral("戸籍住民課") : QStringLiteral("地域活動課");
        r.no = i + 1;
        r.rating = Rating { labels.at(i), i + 1, 4, QStringLiteral("letter"), {} };
        r.amounts.append(Amount { AmountKind::Budget, 2025, 1200 * (i + 1) });
        r.budget = 1200 * (i + 1); // its own year's budget; the settlement is of 2024
        records.append(r);
    }
    return records;
}

// Four direction-word records of 市民生活部 (市民課): 拡充, 継続, 縮小, 廃止 with a
// same-year budget and settlement (the last two at 50 % and 150 %).
inline QList<Hyoka::Record> directionRecords()
{
    using namespace Hyoka;
    const QStringList labels = { QStringLiteral("拡充"), QStringLiteral("現状どおり継続"),
                                 QStringLiteral("縮小"), QStringLiteral("廃止") };
    const qint64 settlements[] = { 950, 1000, 500, 1500 };
    QList<Record> records;
    for (int i = 0; i < labels.size(); ++i) {
        Record r;
        r.fiscalYear = 2024;
        r.bureau = QStringLiteral("市民生活部");
        r.division = QStringLiteral("市民課");
        r.no = i + 1;
        r.code = QStringLiteral("D%1").arg(i + 1);
        r.name = QStringLiteral("市民事業%1").arg(i + 1);
        r.budget = 1000;
        r.settlement = settlements[i];
        r.rating = Rating { labels.at(i), i + 1, 4, QStringLiteral("direction"), {} };
        r.amounts = { Amount { AmountKind::Budget, 2024, 1000 },
                      Amount { AmountKind::Settlement, 2024, settlements[i] } };
        r.sourceFile = QStringLiteral("direction.csv");
        r.sourceLine = i + 2;
        records.append(r);
    }
    return records;
}

// Imports the three tables into `db`; false with `error` on failure.
inline bool importAll(Hyoka::ReviewDatabase &db, QString *error)
{
    using namespace Hyoka;
    QList<Record> seed;
    for (const Record &r : TestSupport::seedRecords())
        seed.append(withLevelRating(r));
    RecordStore store(db);
    const QList<std::pair<QList<Record>, QString>> files = {
        { seed, QStringLiteral("kawasaki_r3_evaluation.md") },
        { letterRecords(), QStringLiteral("shinagawa_r7.csv") },
        { directionRecords(), QStringLiteral("direction.csv") },
    };
    for (const auto &[records, file] : files) {
        const ImportResult r = store.importRecords(records, file);
        if (!r.ok) {
            *error = r.error;
            return false;
        }
    }
    return true;
}

} // namespace MixedScales

// Shared by the store and shared-database tests: records of the generalised shape
// (issue 13) built in memory, and a database of schema version 2 to migrate.
#pragma once

#include "flagstore.h"
#include "record.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "testrecords.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace GeneralRecords {

// A record of a table without codes (品川区-like): organisation, name, a letter rating,
// money of two years.
inline Hyoka::Record withoutCode(const QString &name, qint64 settlement2024)
{
    using namespace Hyoka;
    Record r = TestSupport::projectRecord(2025, QStringLiteral("区民部"), 1, QString(), name,
                                          QStringLiteral("Ｅ 一般"));
    r.division = QStringLiteral("戸籍住民課");
    r.summary = QStringLiteral("【目的】\n住民の記録\n\n【概要】\n窓口の運営");
    r.refPage = 12;
    r.rating = Rating { QStringLiteral("B 継続する事業"), 2, 4, QStringLiteral("letter"), {} };
    r.amounts = { Amount { AmountKind::Settlement, 2024, settlement2024 } };
    r.sourceFile = QStringLiteral("shinagawa_r7.csv");
    r.sourceLine = 3;
    return r;
}

// A record with every new field: a code with leading zeros, a verdict with component
// grades, amounts of three kinds, indicators with years, a sheet and a page.
inline Hyoka::Record everyField()
{
    using namespace Hyoka;
    Record r = TestSupport::projectRecord(2024, QStringLiteral("市民生活部"), 7, QStringLiteral("0086"),
                                          QStringLiteral("環境学習推進事業"), QStringLiteral("事業"));
    r.division = QStringLiteral("市民環境課／環境保全課");
    r.summary = QStringLiteral("環境学習の講座");
    r.achievements = { QStringLiteral("目標 2,000名(R6) 実績 2,053名(R5)") };
    r.budget = 1000;
    r.settlement = 950;
    r.rating = Rating { QStringLiteral("拡充"), 1, 4, QStringLiteral("direction"),
                        { { QStringLiteral("必要性"), QStringLiteral("A") },
                          { QStringLiteral("有効性"), QStringLiteral("B") },
                          { QStringLiteral("効率性"), QStringLiteral("B") } } };
    r.amounts = { Amount { AmountKind::Settlement, 2023, 900 },
                  Amount { AmountKind::Budget, 2024, 1000 },
                  Amount { AmountKind::SettlementEstimate, 2024, 950 },
                  Amount { AmountKind::Plan, 2026, 1200 } };
    Indicator ind;
    ind.label = QStringLiteral("参加者数");
    ind.actual = 2053;
    ind.target = 2000;
    ind.unit = ind.targetUnit = QStringLiteral("名");
    ind.achievementIndex = 0;
    ind.actualYear = 2023;
    ind.targetYear = 2024;
    r.indicators = { ind };
    r.sourceFile = QStringLiteral("city.xlsx");
    r.sourceSheet = QStringLiteral("評価シート");
    r.sourceLine = 5;
    r.sourcePage = 3;
    return r;
}

// Imports everyField() and a record without a code (from "city.xlsx") and flags the
// latter; returns the two records, or nothing (with `error`) on failure.
inline QList<Hyoka::Record> importTwoAndFlagOne(Hyoka::ReviewDatabase &db, QString *error)
{
    using namespace Hyoka;
    const QList<Record> records = { everyField(), withoutCode(QStringLiteral("住民記録事務"), 1234) };
    const ImportResult imported = RecordStore(db).importRecords(records, QStringLiteral("city.xlsx"));
    Flag f;
    f.status = QStringLiteral("flagged");
    const FlagStore::SetResult flagged = imported.ok
            ? FlagStore(db).setFlag(2025, records.at(1).identityKey(), f, 0)
            : FlagStore::SetResult {};
    if (!flagged.ok()) {
        *error = imported.ok ? flagged.error : imported.error;
        return {};
    }
    return records;
}

// Builds a version-2 review database at `spec` with two records (one at level 4) and a
// flag with its audit rows on the first, as Hyoka before issue 13 stored them.
inline bool createVersion2Database(const QString &spec, QString *error)
{
    using namespace Hyoka;
    ReviewDatabase db;
    if (!db.openAtVersionForTests(spec, 2, error))
        return false;
    if (db.schemaVersion() != 2) {
        *error = QStringLiteral("not at version 2");
        return false;
    }
    QSqlQuery q(db.database());
    const QStringList statements = {
        QStringLiteral("INSERT INTO imports (file_name, imported_at) VALUES ('old.md', '2025-01-01T00:00:00Z')"),
        QStringLiteral("INSERT INTO records (fiscal_year, code, bureau, no, name, budget, settlement, level,"
                       " execution_rate, import_id, source_line)"
                       " VALUES (2021, '20102070', 'こども未来局', 7, '保育士確保対策事業', 1000, 960, 3, 0.96, 1, 9)"),
        QStringLiteral("INSERT INTO records (fiscal_year, code, bureau, no, name, budget, settlement, level,"
                       " execution_rate, import_id, source_line)"
                       " VALUES (2021, '50102010', '総務企画局', 2, '広聴等事務', 1000, 1308, 4, 1.308, 1, 12)"),
    };
    for (const QString &s : statements) {
        if (!q.exec(s)) {
            *error = s + QStringLiteral(": ") + q.lastError().text();
            return false;
        }
    }
    Flag f;
    f.status = QStringLiteral("flagged");
    f.note = QStringLiteral("確認する");
    f.reviewer = QStringLiteral("alice");
    const FlagStore::SetResult set = FlagStore(db).setFlag(2021, QStringLiteral("50102010"), f, 0);
    if (!set.ok()) {
        *error = set.error;
        return false;
    }
    return true;
}

} // namespace GeneralRecords

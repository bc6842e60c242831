#include "childrowbatch.h"

#include "recordfields.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

namespace Hyoka {

void ChildRowBatch::add(const Record &r, qint64 id)
{
    for (qsizetype i = 0; i < r.achievements.size(); ++i) {
        m_achievements[0].addInt(id);
        m_achievements[1].addInt(i);
        m_achievements[2].add(r.achievements.at(i));
        ++m_achievementRows;
    }
    const auto nonZero = [](Column &c, int value) { value ? c.addInt(value) : c.addNull(); };
    for (qsizetype i = 0; i < r.indicators.size(); ++i) {
        const Indicator &ind = r.indicators.at(i);
        Column *c = m_indicators;
        c[0].addInt(id);
        c[1].addInt(i);
        c[2].addInt(ind.achievementIndex);
        c[3].add(ind.label);
        c[4].addDouble(ind.actual);
        c[5].addDouble(ind.target);
        c[6].add(ind.unit);
        c[7].add(ind.targetUnit);
        if (const auto ratio = ind.ratio())
            c[8].addDouble(*ratio);
        else
            c[8].addNull();
        nonZero(c[9], ind.actualYear);
        nonZero(c[10], ind.targetYear);
        ++m_indicatorRows;
    }
    for (qsizetype i = 0; i < r.amounts.size(); ++i) {
        const Amount &a = r.amounts.at(i);
        m_amounts[0].addInt(id);
        m_amounts[1].addInt(i);
        m_amounts[2].add(RecordFields::amountKindName(a.kind));
        nonZero(m_amounts[3], a.fiscalYear);
        m_amounts[4].addInt(a.amount);
        ++m_amountRows;
    }
    m_ids.insert(id);
    ++m_records;
}

bool ChildRowBatch::flush(QString *error)
{
    struct Table
    {
        const char *sql;
        Column *columns;
        int count;
        int *rows;
    };
    const Table tables[] = {
        { "INSERT INTO achievements (record_id, seq, text)"
          " SELECT * FROM unnest(?::bigint[], ?::integer[], ?::text[])",
          m_achievements, 3, &m_achievementRows },
        { "INSERT INTO indicators (record_id, seq, achievement_seq, label, actual, target, unit,"
          " target_unit, ratio, actual_year, target_year)"
          " SELECT * FROM unnest(?::bigint[], ?::integer[], ?::integer[], ?::text[],"
          " ?::double precision[], ?::double precision[], ?::text[], ?::text[],"
          " ?::double precision[], ?::integer[], ?::integer[])",
          m_indicators, 11, &m_indicatorRows },
        { "INSERT INTO amounts (record_id, seq, kind, fiscal_year, amount)"
          " SELECT * FROM unnest(?::bigint[], ?::integer[], ?::text[], ?::integer[], ?::bigint[])",
          m_amounts, 5, &m_amountRows },
    };
    bool ok = true;
    for (const Table &t : tables) {
        QStringList arrays;
        for (int c = 0; c < t.count; ++c)
            arrays << t.columns[c].take();
        const int rows = std::exchange(*t.rows, 0);
        if (!ok || rows == 0)
            continue;
        QSqlQuery q(m_db);
        q.prepare(QString::fromLatin1(t.sql));
        for (const QString &a : std::as_const(arrays))
            q.addBindValue(a);
        if (!q.exec()) {
            if (error)
                *error = tr("%1 (writing the achievements, indicators and amounts of the %n project(s)"
                                 " before it)", "", m_records)
                                      .arg(q.lastError().text().simplified());
            ok = false;
        }
    }
    m_ids.clear();
    m_records = 0;
    return ok;
}

} // namespace Hyoka

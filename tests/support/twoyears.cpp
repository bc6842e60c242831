#include "twoyears.h"

#include "testrecords.h"

namespace Hyoka::TestSupport {

void setLevel(Record &r, int level)
{
    r.level = level;
    r.rating = Rating { QString::number(level), level, 5, QStringLiteral("level"), {} };
}

QList<Record> inYear(QList<Record> records, int fiscalYear)
{
    for (Record &r : records) {
        r.fiscalYear = fiscalYear;
        r.amounts.clear();
    }
    return records;
}

Record recoded(Record r, const QString &code, const QString &name)
{
    r.code = code;
    r.name = name;
    return r;
}

QList<Record> kawasaki2021()
{
    QList<Record> records = seedRecords();
    for (Record &r : records)
        setLevel(r, 2);
    setLevel(*findRecord(records, QStringLiteral("20103040")), 4);
    setLevel(*findRecord(records, QStringLiteral("20104020")), 3);
    return records;
}

QList<Record> kawasaki2022()
{
    QList<Record> records = inYear(kawasaki2021(), 2022);
    setLevel(*findRecord(records, QStringLiteral("20104020")), 4);
    Record *worse = findRecord(records, QStringLiteral("20104020"));
    worse->budget = *worse->budget * 3 / 2;
    Record *slightly = findRecord(records, QStringLiteral("20104040"));
    setLevel(*slightly, 3);
    slightly->budget = *slightly->budget * 11 / 10;
    Record *doubled = findRecord(records, QStringLiteral("20102010"));
    doubled->budget = *doubled->budget * 2;
    Record *renamed = findRecord(records, QStringLiteral("40205030"));
    *renamed = recoded(*renamed, QStringLiteral("40205099"), QStringLiteral("電子申請推進事業（拡充）"));
    const Record added = recoded(*findRecord(records, QStringLiteral("10101070")), QStringLiteral("10109999"),
                                 QStringLiteral("庁内デジタル人材育成事業"));
    records.removeIf([](const Record &r) { return r.code == u"50101060"; });
    records.append(added);
    return records;
}

} // namespace Hyoka::TestSupport

#pragma once

#include "record.h"

#include <QList>

// Two fiscal years of the bundled sample for the tests across years (docs/years.md).
namespace Hyoka::TestSupport {

// The seed as fiscal 2021, every project at level 2 except 20103040 (level 4) and
// 20104020 (level 3).
QList<Record> kawasaki2021();
// Fiscal 2022 made from 2021: 20103040 below target again; 20104020 worse (3 → 4) with
// its budget up 50 %; 20104040 worse (2 → 3) with its budget up 10 %; 20102010's budget
// doubled at the same level; 40205030 renamed with a new code; 50101060 dropped;
// 10109999 added to the same bureau.
QList<Record> kawasaki2022();
// `records` moved to `fiscalYear`, without their amounts (those are of the old year's table).
QList<Record> inYear(QList<Record> records, int fiscalYear);
// `r` under another code and name: the project renamed, or a new one made from it.
Record recoded(Record r, const QString &code, const QString &name);
// An achievement level as the record's rating too.
void setLevel(Record &r, int level);

} // namespace Hyoka::TestSupport

#pragma once

#include <QString>

#include <optional>

namespace Hyoka {

// The columns of one record that the grid shows: a slim, flat copy of a records
// row without summary, achievements or indicators (RecordStore::record() has those).
struct RecordRow
{
    qint64 id = 0;
    int fiscalYear = 0;
    QString bureau;
    int no = 0;
    QString code;
    QString name;
    QString category;
    std::optional<qint64> budget;
    std::optional<qint64> settlement;
    bool settlementEstimated = false;
    std::optional<int> level;
    std::optional<int> refPage;
    std::optional<double> executionRate;

    bool isUnderperforming() const { return level && *level >= 4; }
};

} // namespace Hyoka

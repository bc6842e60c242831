#pragma once

#include "record.h"

// A record as the readers return it: an achievement level is also its rating
// {"4", 4, 5, "level"} (docs/column-recognition.md, "Reading the cells").
inline Hyoka::Record withLevelRating(Hyoka::Record r)
{
    if (r.level && !r.rating)
        r.rating = Hyoka::Rating { QString::number(*r.level), *r.level, 5, QStringLiteral("level"), {} };
    return r;
}

#pragma once

#include <QString>

namespace Hyoka {

// One row of the append-only audit trail: who changed which field of a flag, when,
// from what to what.
struct FlagAuditEntry
{
    qint64 id = 0;
    int fiscalYear = 0;
    QString code;
    QString changedAt; // ISO-8601 UTC
    QString reviewer;
    QString field;     // "status", "reason", "reason_text" or "note"
    QString oldValue;  // empty for a flag's first save of that field
    QString newValue;
    int version = 0;   // the flag version this change produced
};

} // namespace Hyoka

#include "recorddetail.h"

#include "flagstore.h"
#include "projectlinks.h"
#include "recordstore.h"
#include "reviewdatabase.h"
#include "yearrules.h"

namespace Hyoka {

RecordDetail RecordDetail::read(ReviewDatabase *db, qint64 id)
{
    RecordDetail detail;
    detail.id = id;
    if (!db || id == 0)
        return detail;
    detail.record = RecordStore(*db).record(id);
    if (detail.record) {
        const FlagStore flags(*db);
        const std::optional<Flag> flag = flags.flag(detail.record->fiscalYear, detail.record->identityKey(), &detail.error);
        const std::optional<QList<FlagAuditEntry>> history =
                flag ? flags.history(detail.record->fiscalYear, detail.record->identityKey(), &detail.error)
                     : std::nullopt;
        if (flag && history) {
            detail.flag = *flag;
            detail.history = *history;
        }
        detail.years = ProjectLinks(*db).history(detail.record->fiscalYear, detail.record->identityKey());
        detail.yearFindings = YearRules::explainRecord(*db, detail.record->fiscalYear, detail.record->identityKey(),
                                                       YearRules::loadSettings(*db));
        if (SourceExcerpt::hasSource(*detail.record))
            detail.import = SourceImport::read(db, id);
    }
    return detail;
}

} // namespace Hyoka

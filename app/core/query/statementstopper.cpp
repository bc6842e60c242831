#include "statementstopper.h"

#include "reviewdatabase.h"
#include "sqlitehandle.h"

#include <sqlite3.h>

namespace Hyoka {

namespace {

// How many virtual-machine steps pass between two looks: a few microseconds' work.
constexpr int progressSteps = 2000;

} // namespace

StatementStopper::StatementStopper(const ReviewDatabase &db, std::function<bool()> stop)
    : m_handle(sqliteHandle(db.database())), m_stop(std::move(stop))
{
    if (m_handle)
        sqlite3_progress_handler(m_handle, progressSteps, &StatementStopper::progress, this);
}

StatementStopper::~StatementStopper()
{
    if (m_handle)
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
}

int StatementStopper::progress(void *context)
{
    const auto *self = static_cast<const StatementStopper *>(context);
    return self->m_stop() ? 1 : 0;
}

} // namespace Hyoka

#include "statementstopper.h"

#include "reviewdatabase.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace Hyoka {

namespace {

// How many virtual-machine steps pass between two looks: a few microseconds' work.
constexpr int progressSteps = 2000;

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

StatementStopper::StatementStopper(const ReviewDatabase &db, std::function<bool()> stop)
    : m_handle(db.isSqlite() ? sqliteHandle(db.database()) : nullptr), m_stop(std::move(stop))
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

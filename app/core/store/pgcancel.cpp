#include "pgcancel.h"

#include "libpq.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Hyoka {

namespace {

// libpq's PQgetCancel, PQcancel and PQfreeCancel (libpq.h).
struct CancelFunctions
{
    using GetCancel = void *(*)(void *);
    using Cancel = int (*)(void *, char *, int);
    using FreeCancel = void (*)(void *);

    GetCancel get = libpqFunction<GetCancel>("PQgetCancel");
    Cancel cancel = libpqFunction<Cancel>("PQcancel");
    FreeCancel free = libpqFunction<FreeCancel>("PQfreeCancel");

    bool isValid() const { return get && cancel && free; }
};

const CancelFunctions &functions()
{
    static const CancelFunctions f;
    return f;
}

} // namespace

PgCanceller::PgCanceller(const QSqlDatabase &db)
{
    void *connection = postgresConnection(db);
    if (connection && functions().isValid())
        m_cancel = functions().get(connection);
}

PgCanceller::~PgCanceller()
{
    if (m_cancel)
        functions().free(m_cancel);
}

bool PgCanceller::cancel(QString *error) const
{
    if (!m_cancel) {
        if (error)
            *error = QCoreApplication::translate("Hyoka::PgCanceller", "Not a PostgreSQL connection.");
        return false;
    }
    char message[256] = {};
    if (functions().cancel(m_cancel, message, int(sizeof message)))
        return true;
    if (error)
        *error = QString::fromLocal8Bit(message).trimmed();
    return false;
}

} // namespace Hyoka

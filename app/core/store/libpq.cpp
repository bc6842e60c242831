#include "libpq.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <dlfcn.h>

namespace Hyoka {

void *libpqFunction(const char *name)
{
    void *lib = dlopen("libpq.so.5", RTLD_LAZY | RTLD_NOLOAD);
    return lib ? dlsym(lib, name) : nullptr;
}

void *postgresConnection(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt 6 names a registered type by what the compiler calls it: PGconn is a typedef
    // of struct pg_conn, so the handle's type is "pg_conn*" (Qt 5 said "PGconn*").
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return nullptr;
    return *static_cast<void *const *>(handle.constData());
}

} // namespace Hyoka

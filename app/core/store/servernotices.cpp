#include "servernotices.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <dlfcn.h>

namespace Hyoka {

Q_LOGGING_CATEGORY(lcServer, "hyoka.server", QtWarningMsg)

namespace {

// libpq's PQnoticeProcessor and PQsetNoticeProcessor, looked up in the libpq the QPSQL
// plugin loaded (no link to libpq, no libpq-dev needed to build).
using NoticeProcessor = void (*)(void *, const char *);
using SetNoticeProcessor = NoticeProcessor (*)(void *, NoticeProcessor, void *);

void logNotice(void *, const char *message)
{
    qCDebug(lcServer, "%s", message);
}

SetNoticeProcessor resolveSetter()
{
    void *libpq = dlopen("libpq.so.5", RTLD_LAZY | RTLD_NOLOAD);
    return libpq ? reinterpret_cast<SetNoticeProcessor>(dlsym(libpq, "PQsetNoticeProcessor")) : nullptr;
}

} // namespace

void quietServerNotices(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return;
    const QVariant handle = db.driver()->handle();
    // Qt 6 names a registered type by what the compiler calls it: PGconn is a typedef
    // of struct pg_conn, so the handle's type is "pg_conn*" (Qt 5 said "PGconn*").
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return;
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
    void *connection = *static_cast<void *const *>(handle.constData());
    static const SetNoticeProcessor setter = resolveSetter();
    if (connection && setter)
        setter(connection, &logNotice, nullptr);
}

} // namespace Hyoka

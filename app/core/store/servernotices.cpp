#include "servernotices.h"

#include "libpq.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Hyoka {

Q_LOGGING_CATEGORY(lcServer, "hyoka.server", QtWarningMsg)

namespace {

void logNotice(void *, const char *message)
{
    qCDebug(lcServer, "%s", message);
}

} // namespace

void quietServerNotices(const QSqlDatabase &db)
{
    void *connection = postgresConnection(db);
    if (!connection)
        return;
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
    // libpq's PQsetNoticeProcessor.
    using NoticeProcessor = void (*)(void *, const char *);
    using SetNoticeProcessor = NoticeProcessor (*)(void *, NoticeProcessor, void *);
    static const auto setter = libpqFunction<SetNoticeProcessor>("PQsetNoticeProcessor");
    if (setter)
        setter(connection, &logNotice, nullptr);
}

} // namespace Hyoka

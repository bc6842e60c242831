#include "pgpassword.h"

#include "libpq.h"

#include <QSqlDatabase>
#include <QStringList>

#include <QDeadlineTimer>

#include <cerrno>
#include <poll.h>

namespace Hyoka {

namespace {

// The few libpq functions needed (libpq.h).
struct LibPq
{
    using ConnectStart = void *(*)(const char *);
    using OfConnection = int (*)(const void *);
    using Poll = int (*)(void *);
    using SetVerbosity = int (*)(void *, int);
    using ErrorMessage = const char *(*)(const void *);
    using Finish = void (*)(void *);

    ConnectStart connectStart = nullptr;
    Poll connectPoll = nullptr;
    OfConnection status = nullptr;
    OfConnection socket = nullptr;
    OfConnection needsPassword = nullptr;
    SetVerbosity setErrorVerbosity = nullptr;
    ErrorMessage errorMessage = nullptr;
    Finish finish = nullptr;

    LibPq()
    {
        resolve("PQconnectStart", connectStart);
        resolve("PQconnectPoll", connectPoll);
        resolve("PQstatus", status);
        resolve("PQsocket", socket);
        resolve("PQconnectionNeedsPassword", needsPassword);
        resolve("PQsetErrorVerbosity", setErrorVerbosity);
        resolve("PQerrorMessage", errorMessage);
        resolve("PQfinish", finish);
    }
    template<typename F>
    static void resolve(const char *name, F &f)
    {
        f = libpqFunction<F>(name);
    }
    bool isValid() const
    {
        return connectStart && connectPoll && status && socket && needsPassword && setErrorVerbosity
                && errorMessage && finish;
    }
};

// libpq's enums (libpq-fe.h): ConnStatusType, PostgresPollingStatusType, PGVerbosity.
constexpr int connectionOk = 0, connectionBad = 1;
constexpr int pollingFailed = 0, pollingReading = 1, pollingWriting = 2, pollingOk = 3;
constexpr int errorsSqlstate = 3; // the message of a server's error is its SQLSTATE
// SQLSTATE invalid_password: the server refused the password (any method, any language).
constexpr char invalidPassword[] = "28P01";

// A value in a libpq connection string: quoted, backslash and quote escaped.
QString quoted(const QString &value)
{
    QString v = value;
    v.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + v + u'\'';
}

} // namespace

PasswordWanted passwordWanted(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return PasswordWanted::No;
    static const LibPq pq;
    if (!pq.isValid())
        return PasswordWanted::No;
    // The connection string the QPSQL driver builds from the same parameters.
    QStringList parts;
    const auto add = [&parts](const char *key, const QString &value) {
        if (!value.isEmpty())
            parts << QLatin1String(key) + u'=' + quoted(value);
    };
    add("host", db.hostName());
    add("dbname", db.databaseName());
    add("user", db.userName());
    add("password", db.password());
    if (db.port() != -1)
        add("port", QString::number(db.port()));
    for (const QString &option : db.connectOptions().split(u';', Qt::SkipEmptyParts))
        parts << option.trimmed(); // PgConnectOptions: already key=value with quoting
    // Connected step by step (PQconnectStart, PQconnectPoll) so that the error
    // verbosity is set before the server's answer arrives: its SQLSTATE, not its words.
    void *connection = pq.connectStart(parts.join(u' ').toLocal8Bit().constData());
    if (!connection)
        return PasswordWanted::No;
    pq.setErrorVerbosity(connection, errorsSqlstate);
    const QDeadlineTimer deadline(10000); // connect_timeout's ten seconds
    int polling = pq.status(connection) == connectionBad ? pollingFailed : pollingWriting;
    while (polling == pollingReading || polling == pollingWriting) {
        pollfd fd { pq.socket(connection), short(polling == pollingReading ? POLLIN : POLLOUT), 0 };
        const int ready = ::poll(&fd, 1, int(qMax<qint64>(0, deadline.remainingTime())));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            break; // no answer in time: not a question of passwords
        polling = pq.connectPoll(connection);
    }
    PasswordWanted wanted = PasswordWanted::No;
    if (polling != pollingOk && pq.status(connection) != connectionOk) {
        if (pq.needsPassword(connection))
            wanted = PasswordWanted::Missing;
        else if (QByteArray(pq.errorMessage(connection)).contains(invalidPassword))
            wanted = PasswordWanted::Rejected;
    }
    pq.finish(connection);
    return wanted;
}

} // namespace Hyoka

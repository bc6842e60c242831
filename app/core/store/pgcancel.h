#pragma once

#include <QString>

class QSqlDatabase;

namespace Hyoka {

// Stops the statement a PostgreSQL connection is running, from another thread: libpq's
// PQcancel asks the server to interrupt it, and the statement then fails with SQLSTATE
// 57014 (query_canceled); the connection stays usable. A request that arrives while the
// connection is idle does nothing. Made on the connection's thread, for an open QPSQL
// connection; invalid for any other. docs/storage.md, "Stopping a query".
class PgCanceller
{
public:
    explicit PgCanceller(const QSqlDatabase &db);
    ~PgCanceller();
    PgCanceller(const PgCanceller &) = delete;
    PgCanceller &operator=(const PgCanceller &) = delete;

    bool isValid() const { return m_cancel != nullptr; }
    // Sends the request and waits until the server has passed it on (a new connection
    // to the server: about a millisecond on this machine, up to the connection's
    // timeout when the server is away — never call it on a window's thread). Safe
    // from any thread, once at a time. False, with libpq's message, when it could not
    // be sent.
    bool cancel(QString *error = nullptr) const;

    // SQLSTATE query_canceled: what a statement stopped this way fails with.
    static QString canceledState() { return QStringLiteral("57014"); }

private:
    void *m_cancel = nullptr; // PGcancel
};

} // namespace Hyoka

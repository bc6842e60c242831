#pragma once

class QSqlDatabase;

namespace Hyoka {

// The libpq the QPSQL plugin loaded, for what QtSql does not offer (a password
// question, notices, cancelling): its functions are looked up by name, so Hyoka
// neither links libpq nor needs libpq-dev to build (docs/storage.md, "libpq").

// A libpq function, or nullptr when no libpq is loaded (no PostgreSQL connection was
// ever opened) or it has no such function.
void *libpqFunction(const char *name);

template<typename F>
F libpqFunction(const char *name)
{
    return reinterpret_cast<F>(libpqFunction(name));
}

// The PGconn under an open QPSQL connection; nullptr for any other driver or a
// closed connection.
void *postgresConnection(const QSqlDatabase &db);

} // namespace Hyoka

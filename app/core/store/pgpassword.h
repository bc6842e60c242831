#pragma once

class QSqlDatabase;

namespace Hyoka {

// Whether a PostgreSQL connection that could not be opened failed for want of a
// password — asked of libpq itself, not read from its message (which the server words
// in its own language): docs/robustness.md, "Passwords".
enum class PasswordWanted {
    No,       // it connects now, or failed for another reason (server away, no database)
    Missing,  // the server asks for a password and none was given (~/.pgpass has none)
    Rejected, // the server asked for a password and refused the one given
};

// Tries `db`'s host, port, database, user, password and options once through libpq
// (the one the QPSQL driver loaded; a connection is made and closed). Blocks for as
// long as connecting takes (connect_timeout): call it where a failed open already
// waited, never on a window's thread while it could hang. No for other drivers.
PasswordWanted passwordWanted(const QSqlDatabase &db);

} // namespace Hyoka

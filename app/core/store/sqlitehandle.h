#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace Hyoka {

// The sqlite3 handle under an open Qt SQLite connection, for what QtSql does not
// offer (prepared statements bound by position, the progress handler); nullptr for
// any other driver or a closed connection.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace Hyoka

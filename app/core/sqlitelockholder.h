#pragma once

#include <QString>

namespace Hyoka {

// Who holds the write lock of a SQLite file, when another process does: read with
// fcntl(F_GETLK) on the lock bytes SQLite uses (the WAL index's write lock in
// <file>-shm, else the RESERVED byte of the file itself). Linux names the process
// from /proc. Empty when no other process holds it or it cannot be told.
namespace SqliteLockHolder {
QString describe(const QString &databasePath);
} // namespace SqliteLockHolder

} // namespace Hyoka

#pragma once

#include <QString>

namespace Hyoka {

// SQLite keeps its locks as POSIX advisory locks, and closing any descriptor of a file
// drops every such lock the process holds on it — SQLite's too. Another process may
// then think it is the last user of the file and remove its write-ahead log under our
// open connections ("database disk image is malformed"; found by the load test,
// docs/robustness.md). So a file this process has open through SQLite is never opened
// and closed by other means: ReviewDatabase registers its open files here; and the
// holder of a busy file's write lock is read from /proc/locks, without opening it.
namespace SqliteLocks {

void opened(const QString &databasePath);
void closed(const QString &databasePath);
bool isOpenHere(const QString &databasePath);

// Who holds the write lock of the SQLite file (the WAL index's write lock in
// <file>-shm, else the RESERVED byte of the file itself), e.g. "process 1234 (hyoka)";
// empty when it cannot be told.
QString describeWriter(const QString &databasePath);

// How long a writer waits for another's write lock, in ms (ReviewDatabase::setWriteLockWait;
// defined in reviewdatabasewrites.cpp).
int writeLockWaitMs();

} // namespace SqliteLocks

} // namespace Hyoka

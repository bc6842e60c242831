#pragma once

#include <functional>

struct sqlite3;

namespace Hyoka {

class ReviewDatabase;

// While it lives, the SQLite statements of one connection stop once `stop` returns
// true: SQLite's progress handler asks it every few thousand virtual-machine steps,
// and a statement so stopped fails with SQLITE_INTERRUPT, leaving nothing half-done.
// Lets a worker give up a query whose answer nobody wants any more (a newer search,
// a deadline). Does nothing on PostgreSQL. Used on the connection's own thread;
// `stop` may read what other threads write (atomics).
class StatementStopper
{
public:
    StatementStopper(const ReviewDatabase &db, std::function<bool()> stop);
    ~StatementStopper();
    StatementStopper(const StatementStopper &) = delete;
    StatementStopper &operator=(const StatementStopper &) = delete;

private:
    static int progress(void *context);

    sqlite3 *m_handle = nullptr;
    std::function<bool()> m_stop;
};

} // namespace Hyoka

#pragma once

#include "pgpassword.h"
#include "reviewdatabase.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

namespace Hyoka {

// Opens a review database for the window off the GUI thread (docs/architecture.md,
// "Opening a database"): the connection, the checks of the file, an upgrade of its
// schema (with the backup before it and the relink of the years) run on a worker
// thread with a connection of their own, which is closed again. finished() then gives
// what the checks found (ReviewDatabase::Prepared), from which the window's threads
// connect without checking again.
class DatabaseOpener : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        bool ok = false;
        ReviewDatabase::Prepared prepared; // when ok
        QString error;
        PasswordWanted passwordWanted = PasswordWanted::No; // why it failed, as far as passwords go
    };

    explicit DatabaseOpener(QObject *parent = nullptr);
    ~DatabaseOpener() override;

    // Supersedes an opening under way: only the last one is answered.
    void open(const QString &spec);
    // Forgets the opening under way (it runs to its end on the worker, unanswered).
    void cancel();
    bool isOpening() const { return m_watcher != nullptr; }

    // What open() does on the worker thread.
    static Outcome prepare(const QString &spec);

signals:
    void finished(const Hyoka::DatabaseOpener::Outcome &outcome);

private:
    QFutureWatcher<Outcome> *m_watcher = nullptr;
};

} // namespace Hyoka

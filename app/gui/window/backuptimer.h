#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Hyoka {

class ReviewDatabase;

// The window's daily backup of the review work (docs/robustness.md): once an hour it
// asks whether the open database's newest backup is a day old, and if so writes one
// (ReviewBackup::writeAutomatic). Both run on a thread of their own with their own
// connection, so that a slow disk or a shared server never holds up the window.
// Tells the outcome through message() and finished().
class BackupTimer : public QObject
{
    Q_OBJECT
public:
    BackupTimer(std::function<ReviewDatabase *()> database, QObject *parent);
    ~BackupTimer() override;

    // Starts a check now (the timer calls it; tests too). Returns false when there is
    // nothing to check (no database open) or a check is still running.
    bool backupIfDue();
    bool isBusy() const { return m_watcher.isRunning(); }

signals:
    void message(const QString &text);
    // A check ended; `written` when it wrote a backup.
    void finished(bool written);

private:
    struct Outcome
    {
        bool written = false;
        QString path;
        QString error;
    };

    std::function<ReviewDatabase *()> m_database;
    QTimer m_timer;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace Hyoka

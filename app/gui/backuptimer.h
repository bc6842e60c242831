#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace Hyoka {

class ReviewDatabase;

// The window's daily backup of the review work (docs/robustness.md): once an hour it
// asks core whether the open database's newest backup is a day old, and if so writes
// one (ReviewBackup::writeAutomatic, on the window's own connection: flags and audit
// rows are small). Tells the outcome through message().
class BackupTimer : public QObject
{
    Q_OBJECT
public:
    BackupTimer(std::function<ReviewDatabase *()> database, QObject *parent);

    // Checks now (the timer calls it; tests too). Returns whether a backup was written.
    bool backupIfDue();

signals:
    void message(const QString &text);

private:
    std::function<ReviewDatabase *()> m_database;
    QTimer m_timer;
};

} // namespace Hyoka

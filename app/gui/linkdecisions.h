#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <functional>

namespace Hyoka {

// A reviewer's decision about a rename matched by name (docs/years.md, "How records
// are linked"): "the same project" confirms it, "not the same project" undoes it.
// ProjectLinks relinks every year in one transaction, which takes seconds at a million
// records, so it runs on a thread of its own with its own connection; finished() tells
// the window, which reads again.
class LinkDecisions : public QObject
{
    Q_OBJECT
public:
    // `databaseSpec` names the window's current database when called.
    explicit LinkDecisions(std::function<QString()> databaseSpec, QObject *parent = nullptr);
    ~LinkDecisions() override;

    bool isBusy() const { return m_watcher.isRunning(); }
    void decide(int fiscalYear, const QString &key, bool sameProject);

signals:
    // `message` says what was done, or why not.
    void finished(bool ok, const QString &message);

private:
    std::function<QString()> m_databaseSpec;
    QFutureWatcher<QString> m_watcher; // the error; empty when done
    bool m_sameProject = false;
};

} // namespace Hyoka

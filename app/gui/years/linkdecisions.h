#pragma once

#include "projectlinks.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <functional>

namespace Hyoka {

// A reviewer's decision about a rename matched by name (docs/years.md, "How records
// are linked"): "the same project" confirms it, "not the same project" undoes it.
// ProjectLinks relinks every year in one transaction, which takes seconds at a million
// records, so it runs on a thread of its own with its own connection; finished() tells
// the window, which reads again. The Project Links dialog's edits (bureau renames, the
// name threshold, several decisions) go the same way, together, through apply().
class LinkDecisions : public QObject
{
    Q_OBJECT
public:
    // `databaseSpec` names the window's current database when called.
    explicit LinkDecisions(std::function<QString()> databaseSpec, QObject *parent = nullptr);
    ~LinkDecisions() override;

    bool isBusy() const { return m_watcher.isRunning(); }
    void decide(int fiscalYear, const QString &key, bool sameProject);
    // Writes `changes` in one transaction and relinks (ProjectLinks::apply()): all or
    // nothing. False (and no finished()) while busy or without a database.
    bool apply(const ProjectLinks::Changes &changes);

signals:
    // `message` says what was done, or why not.
    void finished(bool ok, const QString &message);

private:
    bool start(std::function<bool(ProjectLinks &, QString *)> work, const QString &doneMessage);

    std::function<QString()> m_databaseSpec;
    QFutureWatcher<QString> m_watcher; // the error; empty when done
    QString m_doneMessage;
};

} // namespace Hyoka

#pragma once

#include "importchoices.h"
#include "queryworker.h"
#include "recordreader.h"
#include "rulesettings.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace Hyoka {

// Decides how each file given to the window is imported, off the GUI thread
// (docs/import-dialog.md, "Which files the dialog asks about"): through the saved
// profile whose pattern matches its name (asked of the window's read service), as a
// known layout (its first rows read and recognised on a worker thread), or through
// the import dialog, which gets the first rows already read.
class ImportPlanner : public QObject
{
    Q_OBJECT
public:
    struct Plan
    {
        // Imported at once, each with its options.
        QStringList direct;
        QList<ReadOptions> options;
        // "file: read with the saved profile X", for the status bar.
        QStringList profileNotes;
        // A saved profile that matched but could not be applied (the dialog asks
        // instead), or the profiles could not be read.
        QStringList errors;
        // The files the dialog asks about, their first rows read.
        QList<ImportChoices> dialogs;
    };

    explicit ImportPlanner(QObject *parent = nullptr);

    // Plans `paths` and calls `done` on this object's thread, unless cancel() came
    // first. `rules`: where each preview's review part starts (ImportChoices).
    void plan(QueryWorker *reads, const QStringList &paths, const RuleSettings &rules,
              std::function<void(const Plan &)> done);
    // The plans under way are dropped (the window's database changed).
    void cancel();
    // Plans under way.
    int pending() const { return m_pending; }

signals:
    void pendingChanged(int pending);

private:
    void preview(const QStringList &paths, const RuleSettings &rules, Plan plan,
                 std::function<void(const Plan &)> done);
    void finish(const Plan &plan, const std::function<void(const Plan &)> &done);

    ReadChannel m_profileReads;
    quint64 m_generation = 0; // cancel() moves it on; previews of older ones are dropped
    int m_pending = 0;
};

} // namespace Hyoka

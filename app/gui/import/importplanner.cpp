#include "importplanner.h"

#include "columnprofile.h"
#include "profilestore.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>
#include <utility>

namespace Hyoka {

namespace {

// The saved profiles that match the files' names, read on the read service's thread.
struct ProfileMatches
{
    QList<std::optional<StoredProfile>> profiles; // one per path
    QString error;
};

// A file's first rows, read on a worker thread.
struct Preview
{
    ImportChoices choices;
    bool read = false;
};

} // namespace

ImportPlanner::ImportPlanner(QObject *parent) : QObject(parent) { }

void ImportPlanner::plan(QueryWorker *reads, const QStringList &paths, const RuleSettings &rules,
                         std::function<void(const Plan &)> done)
{
    if (paths.isEmpty())
        return;
    ++m_pending;
    emit pendingChanged(m_pending);
    const auto decide = [this, paths, rules, done](const ProfileMatches &matches) {
        Plan plan;
        QStringList previews;
        for (qsizetype i = 0; i < paths.size(); ++i) {
            const QString &path = paths.at(i);
            if (const std::optional<StoredProfile> &stored = matches.profiles.value(i)) {
                ReadOptions options;
                QString error;
                if (ColumnProfile::applyText(stored->profile.toUtf8(), tr("profile %1").arg(stored->name),
                                             &options, &error)) {
                    plan.direct.append(path);
                    plan.options.append(options);
                    plan.profileNotes.append(tr("%1: read with the saved profile %2")
                                                     .arg(QFileInfo(path).fileName(), stored->name));
                    continue;
                }
                plan.errors.append(error); // the dialog asks instead
            }
            // The bundled sample and the formats the dialog cannot show are imported
            // as they are; the import says why when it fails.
            if (path.startsWith(u':') || !ImportChoices::canPreview(path)) {
                plan.direct.append(path);
                plan.options.append(ReadOptions());
            } else {
                previews.append(path);
            }
        }
        if (!matches.error.isEmpty())
            plan.errors.append(tr("The saved import profiles could not be read: %1").arg(matches.error));
        if (previews.isEmpty())
            finish(plan, done);
        else
            preview(previews, rules, std::move(plan), done);
    };
    if (!reads) {
        decide(ProfileMatches { QList<std::optional<StoredProfile>>(paths.size()), QString() });
        return;
    }
    reads->readBeside(
            m_profileReads, this, QueryWorker::Priority::Browse,
            [paths](ReviewDatabase *db) {
                ProfileMatches matches;
                if (!db) {
                    matches.profiles.resize(paths.size());
                    return matches;
                }
                ProfileStore store(*db);
                for (const QString &path : paths) {
                    QString error;
                    matches.profiles.append(store.match(path, &error));
                    if (!error.isEmpty() && matches.error.isEmpty())
                        matches.error = error;
                }
                return matches;
            },
            decide);
}

void ImportPlanner::preview(const QStringList &paths, const RuleSettings &rules, Plan plan,
                            std::function<void(const Plan &)> done)
{
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<QList<Preview>>(this);
    connect(watcher, &QFutureWatcher<QList<Preview>>::finished, this,
            [this, watcher, generation, plan = std::move(plan), done]() mutable {
                watcher->deleteLater();
                if (generation != m_generation)
                    return;
                for (const Preview &p : watcher->result()) {
                    // A file without a table to show is imported, which says why.
                    if (!p.read || p.choices.isKnownLayout()) {
                        plan.direct.append(p.choices.path());
                        plan.options.append(ReadOptions());
                    } else {
                        plan.dialogs.append(p.choices);
                    }
                }
                finish(plan, done);
            });
    watcher->setFuture(QtConcurrent::run([paths, rules] {
        QList<Preview> previews;
        for (const QString &path : paths) {
            Preview p;
            p.choices.setRuleSettings(rules);
            QString error;
            p.read = p.choices.load(path, &error);
            previews.append(p);
        }
        return previews;
    }));
}

void ImportPlanner::finish(const Plan &plan, const std::function<void(const Plan &)> &done)
{
    --m_pending;
    emit pendingChanged(m_pending);
    done(plan);
}

void ImportPlanner::cancel()
{
    m_profileReads.cancel();
    ++m_generation;
    if (m_pending) {
        m_pending = 0;
        emit pendingChanged(0);
    }
}

} // namespace Hyoka

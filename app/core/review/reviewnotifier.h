#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace Hyoka {

class ReviewDatabase;

// Tells open windows that another reviewer changed something in the shared review
// database. On PostgreSQL it LISTENs on the channel `hyoka_changes` through
// QSqlDriver::subscribeToNotification (writers NOTIFY in the same transaction, so
// the message arrives only after the commit). On SQLite, where there is no such
// channel, it polls PRAGMA data_version, which changes when another connection
// commits to the same file.
class ReviewNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr const char16_t *channel = u"hyoka_changes";

    // `db` must outlive the notifier and belong to this thread.
    explicit ReviewNotifier(ReviewDatabase &db, QObject *parent = nullptr);
    ~ReviewNotifier() override;

    bool isActive() const { return m_active; }
    // Listens again after ReviewDatabase::reconnect() (a new server session knows
    // nothing of the old one's LISTEN). Returns whether it listens.
    bool resubscribe();

    // Sends the change notice for a flag (inside the writer's open transaction on
    // PostgreSQL; a no-op on SQLite). `payload` is "flag:<year>:<code>" or "import".
    static bool notify(ReviewDatabase &db, const QString &payload, QString *error = nullptr);
    static QString flagPayload(int fiscalYear, const QString &code);

signals:
    // Another connection changed the flag of (fiscalYear, code).
    void flagChanged(int fiscalYear, const QString &code);
    // Another connection changed something else (an import), or SQLite says
    // "something changed": reload what is shown.
    void databaseChanged();

private:
    void onNotification(const QString &name, int source, const QVariant &payload);
    void pollSqlite();

    ReviewDatabase &m_db;
    QTimer *m_poll = nullptr;
    qint64 m_dataVersion = -1;
    bool m_active = false;
};

} // namespace Hyoka

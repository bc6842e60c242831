#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QBoxLayout;
class QLabel;

namespace Hyoka {

class ConnectionWatch;
class ReviewDatabase;

// The window's side of a shared database whose server goes away (docs/robustness.md,
// "The server going away"): a ConnectionWatch per open database, and a banner above
// the grid — never a dialog — that says the connection is lost and is being tried
// again, and how many flag changes wait to be saved. When the server answers again
// but wants another password, the banner says so with a link that asks for it (no
// dialog pops up by itself). It hides itself once the connection is back; the window
// then reads again what changed meanwhile.
class ConnectionBanner : public QObject
{
    Q_OBJECT
public:
    // Puts the (hidden) banner into `layout` at `index`.
    ConnectionBanner(QBoxLayout *layout, int index, QObject *parent = nullptr);
    ~ConnectionBanner() override;

    // Watches `db` (nullptr: nothing). Call with nullptr before the database goes away.
    void setDatabase(ReviewDatabase *db);
    ConnectionWatch *watch() const { return m_watch.get(); }
    // The banner's text; empty while it is hidden.
    QString text() const;
    QLabel *label() const { return m_label; }
    void setWaitingChanges(int count);
    void retranslate();
    // The banner's link: asks for the password and tries again with it.
    void askPassword();

signals:
    void lost();
    void restored();
    void passwordNeeded();

private:
    void update();

    QLabel *m_label;
    std::unique_ptr<ConnectionWatch> m_watch;
    ReviewDatabase *m_db = nullptr;
    int m_waiting = 0;
};

} // namespace Hyoka

#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;

namespace Hyoka {

// The databases opened and files imported lately, newest first, kept in QSettings
// and shown in a menu (with a "clear" action at its end).
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    RecentFiles(QMenu *menu, QAction *clearAction, QObject *parent = nullptr);

    QStringList files() const;
    void add(const QString &path);
    void clear();
    // Menu texts follow the UI language: call after a language switch.
    void rebuildMenu();

    static bool isDatabaseFile(const QString &path);

signals:
    void fileTriggered(const QString &path);

private:
    QMenu *m_menu;
    QAction *m_clearAction;
};

} // namespace Hyoka

#include "recentfiles.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace Hyoka {

namespace {
constexpr int maxRecentFiles = 10;
const QString settingsKey = QStringLiteral("recentFiles");
} // namespace

RecentFiles::RecentFiles(QMenu *menu, QAction *clearAction, QObject *parent)
    : QObject(parent), m_menu(menu), m_clearAction(clearAction)
{
    connect(m_clearAction, &QAction::triggered, this, &RecentFiles::clear);
    rebuildMenu();
}

bool RecentFiles::isDatabaseFile(const QString &path)
{
    static const QStringList suffixes = { QStringLiteral("sqlite"), QStringLiteral("sqlite3"),
                                          QStringLiteral("db"), QStringLiteral("hyoka") };
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

QStringList RecentFiles::files() const
{
    return QSettings().value(settingsKey).toStringList();
}

void RecentFiles::add(const QString &path)
{
    QStringList recent = files();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecentFiles)
        recent.removeLast();
    QSettings().setValue(settingsKey, recent);
    rebuildMenu();
}

void RecentFiles::clear()
{
    QSettings().remove(settingsKey);
    rebuildMenu();
}

void RecentFiles::rebuildMenu()
{
    m_menu->clear();
    const QStringList recent = files();
    for (qsizetype i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        const QString kind = isDatabaseFile(path) ? tr("database") : tr("import");
        QAction *a = m_menu->addAction(
                tr("&%1 %2 (%3)").arg(i + 1).arg(QFileInfo(path).fileName(), kind));
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] { emit fileTriggered(path); });
    }
    if (!recent.isEmpty())
        m_menu->addSeparator();
    m_menu->addAction(m_clearAction);
    m_clearAction->setEnabled(!recent.isEmpty());
}

} // namespace Hyoka

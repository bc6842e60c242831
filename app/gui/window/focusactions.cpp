#include "focusactions.h"

#include "chartpanel.h"
#include "filterbar.h"
#include "recorddetailpanel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QMenu>

namespace Hyoka {

namespace {

void showDock(QDockWidget *dock)
{
    dock->show();
    dock->raise();
}

} // namespace

FocusActions::FocusActions(const Targets &targets, QMenu *menu, QObject *parent)
    : QObject(parent),
      m_targets(targets),
      m_menu(menu),
      m_grid(menu->addAction(QString())),
      m_detail(menu->addAction(QString())),
      m_charts(menu->addAction(QString())),
      m_filters(menu->addAction(QString()))
{
    m_grid->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_detail->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_charts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_filters->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    for (QAction *a : { m_grid, m_detail, m_charts, m_filters })
        a->setShortcutContext(Qt::WindowShortcut);
    connect(m_grid, &QAction::triggered, this, [this] { focusGrid(m_targets.grid); });
    connect(m_detail, &QAction::triggered, this, [this] {
        showDock(m_targets.detailDock);
        m_targets.detail->focusDetails();
    });
    connect(m_charts, &QAction::triggered, this, [this] {
        showDock(m_targets.chartDock);
        m_targets.charts->focusControls();
    });
    connect(m_filters, &QAction::triggered, this, [this] { m_targets.filters->focusFilters(); });
    retranslate();
}

void FocusActions::focusGrid(QAbstractItemView *grid)
{
    grid->setFocus(Qt::ShortcutFocusReason);
    if (!grid->currentIndex().isValid() && grid->model() && grid->model()->rowCount() > 0) {
        grid->selectionModel()->setCurrentIndex(
                grid->model()->index(0, 0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

QList<QPair<QString, QKeySequence>> FocusActions::help() const
{
    return {
        { tr("Go to the project list"), m_grid->shortcut() },
        { tr("Go to the details"), m_detail->shortcut() },
        { tr("Go to the charts"), m_charts->shortcut() },
        { tr("Go to the filter buttons"), m_filters->shortcut() },
        { tr("From the search box to the results"), QKeySequence(Qt::Key_Down) },
        { tr("Check or uncheck a value in a filter's list"), QKeySequence(Qt::Key_Space) },
        { tr("Scroll the details"), QKeySequence(Qt::Key_PageDown) },
    };
}

void FocusActions::retranslate()
{
    m_menu->setTitle(tr("&Go To"));
    m_grid->setText(tr("&Project List"));
    m_detail->setText(tr("&Details"));
    m_charts->setText(tr("&Charts"));
    m_filters->setText(tr("&Filters"));
}

} // namespace Hyoka

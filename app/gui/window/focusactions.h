#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPair>

class QAbstractItemView;
class QAction;
class QDockWidget;
class QMenu;
class QWidget;

namespace Hyoka {

class ChartPanel;
class FilterBar;
class RecordDetailPanel;

// The keys that move the focus between the window's parts (docs/keyboard-and-screens.md):
// Ctrl+1 the grid, Ctrl+2 the detail panel, Ctrl+3 the charts, Ctrl+4 the filter
// buttons (Ctrl+F the search box). A hidden dock is shown first. View → Go To lists them.
class FocusActions : public QObject
{
    Q_OBJECT
public:
    struct Targets
    {
        QAbstractItemView *grid = nullptr;
        QDockWidget *detailDock = nullptr;
        RecordDetailPanel *detail = nullptr;
        QDockWidget *chartDock = nullptr;
        ChartPanel *charts = nullptr;
        FilterBar *filters = nullptr;
    };
    FocusActions(const Targets &targets, QMenu *menu, QObject *parent = nullptr);

    // The grid gets the focus, on its current row (the first one when there is none).
    static void focusGrid(QAbstractItemView *grid);
    // For the F1 list: what each key does.
    QList<QPair<QString, QKeySequence>> help() const;
    void retranslate();

private:
    Targets m_targets;
    QMenu *m_menu;
    QAction *m_grid;
    QAction *m_detail;
    QAction *m_charts;
    QAction *m_filters;
};

} // namespace Hyoka

#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QMenu;
class QTableView;

namespace Hyoka {

class RecordTableModel;

// The habits of the window's grid view over a RecordTableModel: default column widths
// and the review columns beside the name, widths fitted to the contents once (what
// is missing of the view's width is taken from the names), the View → Columns menu,
// the selected rows as TSV, and selecting records by id (for the charts).
class RecordGrid : public QObject
{
    Q_OBJECT
public:
    // `view` shows `model`; `columnsMenu` lists the columns to hide and show.
    RecordGrid(QTableView *view, RecordTableModel *model, QMenu *columnsMenu, QObject *parent = nullptr);

    // Column widths from the contents and the header, once, as soon as the first
    // rows are read (the window reads them on its worker); false when there were no
    // rows yet to measure.
    bool fitColumnsOnce();
    // The user's widths were restored: nothing to fit.
    void setColumnsFitted(bool fitted) { m_columnsFitted = fitted; }
    // After QHeaderView::restoreState(): the saved widths count as fitted, the names
    // still take the free width.
    void headerRestored();
    void rebuildColumnsMenu();
    // After a language change: the columns menu, and room for the flag labels.
    void retranslate();

    // The selected rows as tab-separated text with a header row, columns as shown.
    QString selectedRowsAsTsv() const;
    QList<qint64> selectedRecordIds() const;
    // Selects the rows of these records (those the filter hides are left out); the
    // first becomes current. Returns how many were selected.
    int selectRecords(const QList<qint64> &ids);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The name column takes the view's free width.
    void fillNames();
    // fitColumnsOnce() on rows that are read.
    void fitColumns();
    int flagColumnWidth() const;

    QTableView *m_view;
    QObject *m_viewport = nullptr; // m_view's viewport, whose resizes fillNames() follows
    RecordTableModel *m_model;
    QMenu *m_columnsMenu;
    bool m_columnsFitted = false;
    bool m_fitWaiting = false; // fitColumnsOnce() waits for the first rows
};

} // namespace Hyoka

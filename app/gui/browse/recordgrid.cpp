#include "recordgrid.h"

#include "flag.h"
#include "recordtablemodel.h"
#include "roledelegates.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelection>
#include <QMenu>
#include <QPointer>
#include <QPainter>
#include <QProxyStyle>
#include <QScrollBar>
#include <QSet>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace Hyoka {

namespace {

// Default widths of the grid's columns, in average character widths.
int defaultColumnChars(int column)
{
    switch (column) {
    case RecordTableModel::FiscalYearColumn: return 6;
    case RecordTableModel::BureauColumn: return 11;
    case RecordTableModel::NoColumn: return 5;
    case RecordTableModel::CodeColumn: return 10;
    case RecordTableModel::NameColumn: return 30;
    case RecordTableModel::CategoryColumn: return 16;
    case RecordTableModel::BudgetColumn: return 12;
    case RecordTableModel::SettlementColumn: return 15;
    case RecordTableModel::ExecutionRateColumn: return 8;
    case RecordTableModel::LevelColumn: return 6;
    case RecordTableModel::RefPageColumn: return 6;
    case RecordTableModel::FlagColumn: return 9;
    case RecordTableModel::SuggestionsColumn: return 8;
    case RecordTableModel::DivisionColumn: return 11;
    case RecordTableModel::RatingColumn: return 12;
    case RecordTableModel::PrevRatingColumn: return 12;
    case RecordTableModel::PrevBudgetColumn: return 12;
    case RecordTableModel::BudgetChangeColumn: return 11;
    case RecordTableModel::YearsBelowTargetColumn: return 7;
    default: return 10;
    }
}

// Ascending shows ▲, as in Excel and LibreOffice Calc. QHeaderView asks for
// SortDown when ascending, and Fusion on Linux draws SortDown as ▼: the header's
// style swaps the two.
class SortArrowStyle : public QProxyStyle
{
public:
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option);
        if (element != PE_IndicatorHeaderArrow || !header) {
            QProxyStyle::drawPrimitive(element, option, painter, widget);
            return;
        }
        QStyleOptionHeader swapped(*header);
        if (header->sortIndicator == QStyleOptionHeader::SortDown)
            swapped.sortIndicator = QStyleOptionHeader::SortUp;
        else if (header->sortIndicator == QStyleOptionHeader::SortUp)
            swapped.sortIndicator = QStyleOptionHeader::SortDown;
        QProxyStyle::drawPrimitive(element, &swapped, painter, widget);
    }
};

} // namespace

RecordGrid::RecordGrid(QTableView *view, RecordTableModel *model, QMenu *columnsMenu, QObject *parent)
    : QObject(parent), m_view(view), m_model(model), m_columnsMenu(columnsMenu)
{
    view->setModel(model);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    auto *arrows = new SortArrowStyle;
    arrows->setParent(header);
    header->setStyle(arrows);
    const int charWidth = view->fontMetrics().averageCharWidth();
    for (int c = 0; c < RecordTableModel::ColumnCount; ++c)
        header->resizeSection(c, defaultColumnChars(c) * charWidth + 12);
    // The review columns came last to the model; they are read beside the name.
    header->moveSection(header->visualIndex(RecordTableModel::FlagColumn),
                        header->visualIndex(RecordTableModel::NameColumn));
    header->moveSection(header->visualIndex(RecordTableModel::SuggestionsColumn),
                        header->visualIndex(RecordTableModel::NameColumn));
    // Division and rating came later still: the division beside its bureau, the
    // rating where the level is.
    header->moveSection(header->visualIndex(RecordTableModel::DivisionColumn),
                        header->visualIndex(RecordTableModel::BureauColumn) + 1);
    header->moveSection(header->visualIndex(RecordTableModel::RatingColumn),
                        header->visualIndex(RecordTableModel::LevelColumn) + 1);
    // The rating shows the level too (and every other scale): the level column is
    // there for View → Columns, hidden unless the reviewer shows it.
    header->setSectionHidden(RecordTableModel::LevelColumn, true);
    // The year-on-year columns beside what they compare: the previous rating and the
    // years below target after the rating, the previous budget and the change after the
    // budget. They are for databases of several years: View → Columns shows them.
    header->moveSection(header->visualIndex(RecordTableModel::PrevRatingColumn),
                        header->visualIndex(RecordTableModel::RatingColumn) + 1);
    header->moveSection(header->visualIndex(RecordTableModel::YearsBelowTargetColumn),
                        header->visualIndex(RecordTableModel::PrevRatingColumn) + 1);
    header->moveSection(header->visualIndex(RecordTableModel::PrevBudgetColumn),
                        header->visualIndex(RecordTableModel::BudgetColumn) + 1);
    header->moveSection(header->visualIndex(RecordTableModel::BudgetChangeColumn),
                        header->visualIndex(RecordTableModel::PrevBudgetColumn) + 1);
    for (const int column : { int(RecordTableModel::PrevRatingColumn), int(RecordTableModel::PrevBudgetColumn),
                              int(RecordTableModel::BudgetChangeColumn),
                              int(RecordTableModel::YearsBelowTargetColumn) })
        header->setSectionHidden(column, true);
    view->setItemDelegateForColumn(RecordTableModel::SuggestionsColumn,
                                   new SuggestionDelegate(RecordTableModel::SuggestionsRole, view));
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setSortingEnabled(true);

    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint &pos) { m_columnsMenu->popup(header->mapToGlobal(pos)); });
    // After a sort the view shows the top, as a spreadsheet does; the selection stays.
    // Other layout changes keep the current row in view.
    connect(model, &RecordTableModel::layoutChanged, this,
            [view](const QList<QPersistentModelIndex> &, QAbstractItemModel::LayoutChangeHint hint) {
                if (hint == QAbstractItemModel::VerticalSortHint)
                    view->scrollToTop();
                else if (view->currentIndex().isValid())
                    view->scrollTo(view->currentIndex());
            });
    m_viewport = view->viewport();
    m_viewport->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int logical) {
        if (logical != RecordTableModel::NameColumn)
            fillNames();
    });
    rebuildColumnsMenu();
}

void RecordGrid::fillNames()
{
    // The names take whatever width the other columns leave, as long as that is at
    // least eight ideographs (their tooltip has them whole); dragging the column's
    // edge still works until the view's width changes.
    QHeaderView *header = m_view->horizontalHeader();
    int others = 0;
    for (int c = 0; c < RecordTableModel::ColumnCount; ++c) {
        if (c != RecordTableModel::NameColumn && !header->isSectionHidden(c))
            others += header->sectionSize(c);
    }
    const int wide = m_view->fontMetrics().horizontalAdvance(QStringLiteral("国"));
    const int width = std::max(8 * wide, m_view->viewport()->width() - others);
    if (header->sectionSize(RecordTableModel::NameColumn) != width)
        header->resizeSection(RecordTableModel::NameColumn, width);
}

bool RecordGrid::eventFilter(QObject *watched, QEvent *event)
{
    // The viewport is remembered: while the view is destroyed its children still get
    // events, and the half-destroyed view must not be asked for its viewport.
    if (watched == m_viewport && event->type() == QEvent::Resize)
        fillNames();
    return QObject::eventFilter(watched, event);
}

void RecordGrid::headerRestored()
{
    m_columnsFitted = true;
    fillNames();
}

void RecordGrid::rebuildColumnsMenu()
{
    m_columnsMenu->clear();
    QHeaderView *header = m_view->horizontalHeader();
    for (int c = 0; c < RecordTableModel::ColumnCount; ++c) {
        QAction *a = m_columnsMenu->addAction(RecordTableModel::columnTitle(c));
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        // The name column stays: without it no row can be told apart.
        a->setEnabled(c != RecordTableModel::NameColumn);
        connect(a, &QAction::toggled, header, [this, header, c](bool on) {
            header->setSectionHidden(c, !on);
            // A column shown again is at least as wide as its title and sort arrow.
            if (on && header->sectionSize(c) < header->sectionSizeHint(c))
                header->resizeSection(c, header->sectionSizeHint(c));
            fillNames();
        });
    }
}

bool RecordGrid::fitColumnsOnce()
{
    if (m_columnsFitted || m_fitWaiting || m_model->rowCount() == 0)
        return false;
    // The view measures the rows it samples: they have to be read first.
    QList<int> sampled;
    for (int row = 0; row < std::min(m_model->rowCount(), 200); ++row)
        sampled.append(row);
    m_fitWaiting = true;
    m_model->readRows(sampled, [grid = QPointer<RecordGrid>(this)] {
        if (grid) {
            grid->m_fitWaiting = false;
            grid->fitColumns();
        }
    });
    return true;
}

void RecordGrid::fitColumns()
{
    QTableView *view = m_view;
    if (m_columnsFitted || m_model->rowCount() == 0)
        return;
    m_columnsFitted = true;
    // Contents decide (the view samples a bounded number of rows), and the header
    // text, without the room QHeaderView keeps on every section for a sort arrow
    // (Fusion draws it above the text). Long names and categories are cut at a
    // width that leaves the detail panel its room.
    const QHeaderView *header = view->horizontalHeader();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const QFontMetrics headerMetrics(header->font());
    const int wide = view->fontMetrics().horizontalAdvance(QStringLiteral("国"));
    for (int c = 0; c < RecordTableModel::ColumnCount; ++c) {
        const QString title = m_model->headerData(c, Qt::Horizontal).toString();
        const int headerWidth = headerMetrics.horizontalAdvance(title) + 2 * margin + 8;
        const bool narrow = c == RecordTableModel::DivisionColumn || c == RecordTableModel::RatingColumn;
        const int cap = c == RecordTableModel::NameColumn ? 14 * wide : narrow ? 5 * wide : 9 * wide;
        int contents = static_cast<QAbstractItemView *>(view)->sizeHintForColumn(c);
        if (c == RecordTableModel::FlagColumn)
            contents = std::max(contents, flagColumnWidth());
        view->setColumnWidth(c, std::min(std::max(contents, headerWidth), cap));
    }
    // A table without divisions (the first screen of rows has none) leaves the
    // division column to View → Columns: its room goes to the names.
    bool anyDivision = false;
    for (int row = 0; row < std::min(m_model->rowCount(), 200) && !anyDivision; ++row)
        anyDivision = !m_model->index(row, RecordTableModel::DivisionColumn).data().toString().isEmpty();
    view->horizontalHeader()->setSectionHidden(RecordTableModel::DivisionColumn, !anyDivision);
    int used = 0;
    for (int c = 0; c < RecordTableModel::ColumnCount; ++c) {
        if (!header->isSectionHidden(c))
            used += view->columnWidth(c);
    }
    // The vertical scroll bar may not be shown yet, but it will take its room.
    int available = view->viewport()->width();
    const int rowsHeight = m_model->rowCount() * view->verticalHeader()->defaultSectionSize();
    if (!view->verticalScrollBar()->isVisible() && rowsHeight > view->viewport()->height())
        available -= view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view);
    const int slack = available - used;
    const int name = view->columnWidth(RecordTableModel::NameColumn);
    if (slack > 0) {
        // What is left of the view's width goes to the names, the column read most.
        view->setColumnWidth(RecordTableModel::NameColumn,
                             std::min(name + slack, std::max(name, 24 * wide)));
    } else if (slack < 0) {
        // What is missing comes from the categories (down to 6 ideographs), the
        // bureaus (down to 5), then the names (down to 8): every column stays in view,
        // long texts are elided and whole in their tooltips.
        int missing = -slack;
        const std::pair<int, int> cuts[] = { { RecordTableModel::CategoryColumn, 6 },
                                             { RecordTableModel::BureauColumn, 5 },
                                             { RecordTableModel::NameColumn, 8 } };
        for (const auto &[column, least] : cuts) {
            const int width = view->columnWidth(column);
            const int cut = std::min(missing, std::max(0, width - least * wide));
            view->setColumnWidth(column, width - cut);
            missing -= cut;
        }
    }
    fillNames();
}

int RecordGrid::flagColumnWidth() const
{
    // Room for any status, flagged later or not: icon and text.
    const QStyle *style = m_view->style();
    const int icon = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view);
    const int margins = 2 * style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 12;
    int width = 0;
    for (const QString &status : Flag::statusIds()) {
        if (status != Flag::noneStatus()) // shown as an empty cell
            width = std::max(width, m_view->fontMetrics().horizontalAdvance(Flag::statusLabel(status)));
    }
    return width + icon + margins;
}

void RecordGrid::retranslate()
{
    rebuildColumnsMenu();
    // Another language's status labels may need more room.
    if (m_view->columnWidth(RecordTableModel::FlagColumn) < flagColumnWidth())
        m_view->setColumnWidth(RecordTableModel::FlagColumn, flagColumnWidth());
}

QString RecordGrid::selectedRowsAsTsv() const
{
    const QHeaderView *header = m_view->horizontalHeader();
    QList<int> columns; // visual order, visible only
    for (int v = 0; v < header->count(); ++v) {
        const int logical = header->logicalIndex(v);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    if (rows.isEmpty())
        return QString();

    const auto clean = [](QString s) {
        s.replace(u'\t', u' ');
        s.replace(u'\n', u' ');
        s.replace(u'\r', u' ');
        return s;
    };
    QStringList lines;
    QStringList cells;
    for (int c : std::as_const(columns))
        cells.append(clean(m_model->headerData(c, Qt::Horizontal).toString()));
    lines.append(cells.join(u'\t'));
    for (const QModelIndex &row : std::as_const(rows)) {
        cells.clear();
        for (int c : std::as_const(columns)) {
            const QModelIndex cell = m_model->index(row.row(), c);
            // Money as plain numbers, so that spreadsheets read them as numbers.
            const bool money = c == RecordTableModel::BudgetColumn || c == RecordTableModel::SettlementColumn;
            cells.append(clean(cell.data(money ? int(RecordTableModel::RawValueRole) : int(Qt::DisplayRole))
                                       .toString()));
        }
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

QList<qint64> RecordGrid::selectedRecordIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        ids << row.data(RecordTableModel::RecordIdRole).toLongLong();
    return ids;
}

int RecordGrid::selectRecords(const QList<qint64> &ids)
{
    QList<int> rows;
    if (ids.size() > 16) {
        // Many ids (a bureau's bar): one pass over the grid's ids, not one per id.
        const QSet<qint64> wanted(ids.cbegin(), ids.cend());
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (wanted.contains(m_model->recordId(row)))
                rows << row;
        }
    } else {
        for (const qint64 id : ids) {
            const int row = m_model->rowOfRecord(id);
            if (row >= 0)
                rows << row;
        }
        std::sort(rows.begin(), rows.end());
    }
    if (rows.isEmpty())
        return 0;
    QItemSelection selection;
    for (const int row : std::as_const(rows)) {
        const QModelIndex index = m_model->index(row, 0);
        selection.select(index, index);
    }
    const QModelIndex first = m_model->index(rows.constFirst(), 0);
    QItemSelectionModel *selectionModel = m_view->selectionModel();
    selectionModel->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(first);
    return int(rows.size());
}

} // namespace Hyoka

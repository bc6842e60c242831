#pragma once

#include "queryworker.h"
#include "recordfilter.h"
#include "recordquery.h"
#include "recordrow.h"

#include <QAbstractTableModel>

#include <optional>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>

namespace Hyoka {

// The grid's model: the ids of the records the current filter accepts, in the
// order the database sorted them, and a small LRU cache of row blocks fetched on
// demand. Sorting and filtering are SQL queries, so a million records cost one id
// list (8 MB) and never a million Record objects. It runs none of them itself: the
// ids come from its RecordBrowser (showIds() and the like), the rows from the read
// service, and a sort() (a header click) only asks for the order (sortRequested()).
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        FiscalYearColumn,
        BureauColumn,
        NoColumn,
        CodeColumn,
        NameColumn,
        CategoryColumn,
        BudgetColumn,
        SettlementColumn,
        ExecutionRateColumn,
        LevelColumn,
        RefPageColumn,
        FlagColumn,        // the flag's status: icon and text
        SuggestionsColumn, // one icon per review rule that fires
        DivisionColumn,    // 課 (shown after the bureau)
        RatingColumn,      // the rating's label, coloured by its rank on its scale
        // Across the years (docs/years.md, "In the grid"), hidden until View → Columns
        // shows them: the previous year's rating and budget, the budget's change since,
        // and how many of the project's years were rated below target.
        PrevRatingColumn,
        PrevBudgetColumn,
        BudgetChangeColumn,
        YearsBelowTargetColumn,
        ColumnCount
    };
    enum Role {
        RecordIdRole = Qt::UserRole, // qint64
        RawValueRole,                // the stored value of the cell; null when unknown (the
                                     // review columns: their sort keys, the status's place
                                     // in Flag::statusIds() and the number of rules)
        SettlementEstimatedRole,     // bool: the settlement is 見込
        LevelRole,                   // int 1–5, or null
        UnderperformingRole,         // bool: level 4 or 5
        FlagStatusRole,              // QString: flagged, reviewed, dismissed or none
        FlagVersionRole,             // int: 0 when never flagged
        SuggestionsRole,             // QStringList: ids of the review rules that fire
        FiscalYearRole,              // int: with the code, the key of the record's flag
        CodeRole,                    // QString: Record::identityKey(), the flag key
        MayFlagRole,                 // bool: the user may flag it (its bureau is theirs)
    };

    static constexpr int blockSize = 256;
    static constexpr int maxCachedBlocks = 64;

    explicit RecordTableModel(QObject *parent = nullptr);

    // The window's read service (not owned; the RecordBrowser sets it; empties the
    // model): row blocks are read on its thread, never in data(). A row whose block is
    // not read yet shows empty until rowsRead(); a block read again (flags changed)
    // shows its old rows meanwhile. Without one, no row is read.
    void setReadService(QueryWorker *service);
    // Row blocks asked of the read service are not in yet.
    bool isReadingRows() const { return !m_requested.isEmpty(); }
    // Calls `then` once the blocks of these rows are read (at once when they are),
    // keeping them cached until then (the window copies a selection this way).
    void readRows(const QList<int> &rows, const std::function<void()> &then);

    // The filter the ids shown were read for.
    RecordFilter filter() const { return m_filter; }

    // The ids, as the RecordBrowser's QueryWorker answered them. showIds() replaces
    // the rows (a model reset), appendIds() adds rows after the first ones,
    // applySortedIds() puts the same records in a new order (a layout change:
    // selection and current row follow their records), applyFirstSortedIds() shows a
    // new order's first rows at once.
    void showIds(const RecordFilter &filter, int sortColumn, Qt::SortOrder order,
                 const QList<qint64> &ids);
    void appendIds(const QList<qint64> &ids);
    void applySortedIds(int column, Qt::SortOrder order, const QList<qint64> &ids);
    // The first rows of a new order of the same records, before the whole list: they
    // take the top rows, the other records keep their order below them; the same
    // layout change as applySortedIds(), which the whole list then makes.
    void applyFirstSortedIds(int column, Qt::SortOrder order, const QList<qint64> &first);
    const QList<qint64> &ids() const { return m_ids; }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    qint64 recordId(int row) const;
    int rowOfRecord(qint64 id) const; // -1 when the filter hides it
    // Reads the rows of these records again (their flags changed) and says so with
    // dataChanged(); the order and the filter stay.
    void refreshRecords(const QList<qint64> &ids);
    // Reads every row again, keeping order and filter (e.g. flags changed elsewhere).
    void refreshAllRows();
    int cachedBlockCount() const { return int(m_blocks.size()); }
    // The bureaus whose records the user may flag (docs/permissions.md); the other
    // rows are greyed out. nullopt: all.
    void setFlaggableBureaus(const std::optional<QStringList> &bureaus);

    // Header and cell texts follow the UI language: call after a language switch.
    void retranslate();

    static RecordQuery::Column queryColumn(int column);
    static QString columnTitle(int column);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Only asks for the order (sortRequested()); the ids come in the new order later.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // The view asked for this order.
    void sortRequested(int column, Qt::SortOrder order);
    // Row blocks came from the read service (dataChanged() said which rows).
    void rowsRead();
    // A block of rows could not be read (its rows stay blank): the database's reason.
    void readFailed(const QString &message);

private:
    const RecordRow *rowAt(int row) const;
    void requestBlock(int block) const;
    void blockRead(int block, const QList<qint64> &ids, QList<RecordRow> rows);
    void cacheBlock(int block, const QList<qint64> &ids, QList<RecordRow> rows) const;
    void runWaiting();
    QVariant displayData(const RecordRow &r, int column) const;
    QVariant rawData(const RecordRow &r, int column) const;
    QVariant toolTipData(const RecordRow &r, int column) const;
    QString suggestionsText(const RecordRow &r) const;
    static QString otherYearText(const std::pair<int, qint64> &amount);
    static QString otherYearToolTip(const std::pair<int, qint64> &amount, int recordYear);
    void clearCache();

    std::optional<QStringList> m_flaggableBureaus;
    RecordFilter m_filter;
    int m_sortColumn = -1; // -1: storage order
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<qint64> m_ids;
    // Row blocks by block number (row / blockSize); m_lru lists them, most recent last.
    mutable QHash<int, QList<RecordRow>> m_blocks;
    mutable QList<int> m_lru;

    // Rows read on the read service.
    QueryWorker *m_reads = nullptr;
    mutable ReadChannel m_rowReads;  // moves on when the ids change
    mutable QSet<int> m_requested;   // blocks asked for
    mutable QSet<int> m_staleBlocks; // cached, shown, being read again
    struct Waiting
    {
        QSet<int> blocks;
        std::function<void()> then;
    };
    QList<Waiting> m_waiting; // readRows() calls; their blocks are never evicted
};

} // namespace Hyoka

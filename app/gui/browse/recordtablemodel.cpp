#include "recordtablemodel.h"

#include "levelcolors.h"
#include "scalesteps.h"

#include "flag.h"
#include "recordformat.h"
#include "reviewicons.h"
#include "reviewrules.h"

#include <QFont>
#include <QPalette>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace Hyoka {

RecordTableModel::RecordTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void RecordTableModel::setReadService(QueryWorker *service)
{
    beginResetModel();
    m_reads = service;
    m_ids.clear();
    clearCache();
    endResetModel();
}

void RecordTableModel::clearCache()
{
    m_blocks.clear();
    m_lru.clear();
    // Blocks on their way hold the rows of other ids.
    m_rowReads.cancel();
    m_requested.clear();
    m_staleBlocks.clear();
    runWaiting(); // what they wait for is not there any more: they do without
}

qint64 RecordTableModel::recordId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int RecordTableModel::rowOfRecord(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

void RecordTableModel::refreshRecords(const QList<qint64> &ids)
{
    for (const qint64 id : ids) {
        const int row = rowOfRecord(id);
        if (row < 0)
            continue;
        const int block = row / blockSize;
        // Shown as they were until read again.
        if (m_blocks.contains(block)) {
            m_staleBlocks.insert(block);
            requestBlock(block);
        }
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void RecordTableModel::refreshAllRows()
{
    // Shown as they were until read again.
    for (auto it = m_blocks.cbegin(); it != m_blocks.cend(); ++it)
        m_staleBlocks.insert(it.key());
    for (const int block : std::as_const(m_staleBlocks))
        requestBlock(block);
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void RecordTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const RecordRow *RecordTableModel::rowAt(int row) const
{
    if (!m_reads || row < 0 || row >= m_ids.size())
        return nullptr;
    const int block = row / blockSize;
    const auto it = m_blocks.constFind(block);
    if (it == m_blocks.cend()) {
        requestBlock(block); // shown empty until it is read
        return nullptr;
    }
    if (m_staleBlocks.contains(block))
        requestBlock(block);
    if (m_lru.constLast() != block) {
        m_lru.removeOne(block);
        m_lru.append(block);
    }
    const qsizetype offset = row % blockSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

void RecordTableModel::setFlaggableBureaus(const std::optional<QStringList> &bureaus)
{
    if (bureaus == m_flaggableBureaus)
        return;
    m_flaggableBureaus = bureaus;
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1),
                         { Qt::ForegroundRole, MayFlagRole });
}

void RecordTableModel::cacheBlock(int block, const QList<qint64> &ids, QList<RecordRow> rows) const
{
    if (rows.size() != ids.size()) {
        // Records deleted behind our back: keep positions, leave those rows blank.
        QHash<qint64, RecordRow> byId;
        for (const RecordRow &r : std::as_const(rows))
            byId.insert(r.id, r);
        rows.clear();
        for (qint64 id : ids) {
            RecordRow r = byId.value(id);
            r.id = id;
            rows.append(r);
        }
    }
    m_lru.removeOne(block);
    // The least recently used block goes, unless a readRows() waits for it.
    for (qsizetype i = 0; m_blocks.size() >= maxCachedBlocks && !m_blocks.contains(block) && i < m_lru.size();) {
        const int old = m_lru.at(i);
        const bool wanted = std::any_of(m_waiting.cbegin(), m_waiting.cend(),
                                        [old](const Waiting &w) { return w.blocks.contains(old); });
        if (wanted) {
            ++i;
            continue;
        }
        m_blocks.remove(old);
        m_staleBlocks.remove(old);
        m_lru.removeAt(i);
    }
    m_blocks.insert(block, rows);
    m_lru.append(block);
}

void RecordTableModel::requestBlock(int block) const
{
    if (m_requested.contains(block))
        return;
    m_requested.insert(block);
    const QList<qint64> ids = m_ids.mid(qsizetype(block) * blockSize, blockSize);
    auto *self = const_cast<RecordTableModel *>(this); // the cache is mutable
    using Rows = std::pair<std::optional<QList<RecordRow>>, QString>; // the rows, or the error
    m_reads->readBeside(
            m_rowReads, self, QueryWorker::Priority::Rows,
            [ids, rules = m_filter.ruleSettings](ReviewDatabase *db) {
                if (!db)
                    return Rows { QList<RecordRow>(), QString() };
                QString error;
                std::optional<QList<RecordRow>> rows = RecordQuery(*db).rows(ids, rules, &error);
                return Rows { std::move(rows), error };
            },
            [self, block, ids](const Rows &answer) {
                self->blockRead(block, ids, answer.first.value_or(QList<RecordRow>()));
                if (!answer.first)
                    emit self->readFailed(answer.second);
            });
}

void RecordTableModel::blockRead(int block, const QList<qint64> &ids, QList<RecordRow> rows)
{
    m_requested.remove(block);
    m_staleBlocks.remove(block);
    cacheBlock(block, ids, std::move(rows)); // rows not read (a failure) stay blank
    const int first = block * blockSize;
    const int last = std::min<int>(first + blockSize, int(m_ids.size())) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    runWaiting();
    emit rowsRead();
}

void RecordTableModel::readRows(const QList<int> &rows, const std::function<void()> &then)
{
    Waiting waiting { {}, then };
    for (const int row : rows) {
        const int block = row / blockSize;
        if (row >= 0 && row < m_ids.size() && (!m_blocks.contains(block) || m_staleBlocks.contains(block)))
            waiting.blocks.insert(block);
    }
    if (waiting.blocks.isEmpty() || !m_reads) {
        then();
        return;
    }
    m_waiting.append(waiting);
    for (const int block : std::as_const(waiting.blocks))
        requestBlock(block);
}

void RecordTableModel::runWaiting()
{
    // Those whose blocks are all in (or given up) run; each once.
    QList<Waiting> ready;
    for (qsizetype i = 0; i < m_waiting.size();) {
        Waiting &w = m_waiting[i];
        w.blocks.removeIf([this](int block) { return !m_requested.contains(block); });
        if (w.blocks.isEmpty())
            ready.append(m_waiting.takeAt(i));
        else
            ++i;
    }
    for (const Waiting &w : std::as_const(ready))
        w.then();
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    if (role == RecordIdRole)
        return m_ids.at(index.row());
    const RecordRow *r = rowAt(index.row());
    if (!r)
        return QVariant();
    const int column = index.column();

    const bool mayFlag = !m_flaggableBureaus || m_flaggableBureaus->contains(r->bureau);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*r, column);
    case Qt::ForegroundRole:
        // Another bureau's project: readable, but not the user's to flag.
        return mayFlag ? QVariant() : QVariant(QPalette().color(QPalette::Disabled, QPalette::Text));
    case MayFlagRole:
        return mayFlag;
    case Qt::AccessibleTextRole:
        if (column == LevelColumn && r->level)
            return RecordFormat::levelText(*r->level);
        if (column == FlagColumn)
            return Flag::statusLabel(r->flagStatus);
        return displayData(*r, column);
    case Qt::DecorationRole:
        if (column == FlagColumn)
            return ReviewIcons::status(r->flagStatus);
        return QVariant();
    case Qt::ToolTipRole:
        return toolTipData(*r, column);
    case Qt::TextAlignmentRole:
        switch (column) {
        case NameColumn:
        case BureauColumn:
        case DivisionColumn:
        case RatingColumn:
        case PrevRatingColumn:
        case CategoryColumn:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        case FlagColumn:
        case SuggestionsColumn:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        case LevelColumn:
        case FiscalYearColumn:
        case CodeColumn:
            return QVariant(Qt::AlignHCenter | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
    case Qt::BackgroundRole:
        if (column == ExecutionRateColumn && r->executionRate
            && RecordFormat::isUnusualExecutionRate(*r->executionRate))
            return RecordFormat::unusualRateBackground();
        if (column == LevelColumn && r->isUnderperforming())
            return RecordFormat::levelBackground(*r->level);
        if (column == RatingColumn && r->ratingRank > 0)
            return LevelColors::ratingBackground(r->ratingScale, r->ratingRank, r->ratingRanks);
        if (column == PrevRatingColumn && r->prevRatingRank > 0 && r->prevRatingRanks > 0)
            return LevelColors::ratingBackground(r->prevRatingScale, r->prevRatingRank, r->prevRatingRanks);
        return QVariant();
    case Qt::FontRole:
        if (column == LevelColumn && r->isUnderperforming()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case RawValueRole:
        return rawData(*r, column);
    case SettlementEstimatedRole:
        return r->settlementEstimated;
    case LevelRole:
        return r->level ? QVariant(*r->level) : QVariant();
    case UnderperformingRole:
        return r->isUnderperforming();
    case FlagStatusRole:
        return r->flagStatus;
    case FlagVersionRole:
        return r->flagVersion;
    case SuggestionsRole:
        return r->suggestions;
    case FiscalYearRole:
        return r->fiscalYear;
    case CodeRole:
        return r->identityKey(); // what its flag is stored under (docs/storage.md)
    default:
        return QVariant();
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= ColumnCount)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(section);
    case Qt::ToolTipRole:
        switch (section) {
        case BudgetColumn: return tr("Budget, thousand yen");
        case SettlementColumn: return tr("Settlement, thousand yen (est. = estimated, 見込)");
        case ExecutionRateColumn: return tr("Settlement ÷ budget; marked outside 80–120%");
        case LevelColumn: return tr("Achievement level: 1 far above target … 5 far below target");
        case RefPageColumn: return tr("Page in the reference material");
        case FlagColumn: return tr("The reviewers' flag: flagged, reviewed or dismissed");
        case SuggestionsColumn: return tr("Review rules that suggest a closer look (hover a cell for which)");
        default: return columnTitle(section);
        }
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    default:
        return QVariant();
    }
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void RecordTableModel::showIds(const RecordFilter &filter, int sortColumn, Qt::SortOrder order,
                               const QList<qint64> &ids)
{
    beginResetModel();
    m_filter = filter;
    m_sortColumn = sortColumn;
    m_sortOrder = order;
    m_ids = ids;
    clearCache();
    endResetModel();
    // The first screen is read at once, before a view asks for it.
    if (m_reads && !m_ids.isEmpty())
        requestBlock(0);
}

void RecordTableModel::appendIds(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_ids.size()), int(m_ids.size() + ids.size() - 1));
    m_ids += ids;
    endInsertRows();
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= ColumnCount)
        return;
    emit sortRequested(column, order);
}

void RecordTableModel::applySortedIds(int column, Qt::SortOrder order, const QList<qint64> &ids)
{
    if (column < -1 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<qint64> persistentIds;
    persistentIds.reserve(persistent.size());
    for (const QModelIndex &i : persistent)
        persistentIds.append(m_ids.value(i.row()));

    m_sortColumn = column;
    m_sortOrder = order;
    m_ids = ids;
    clearCache();

    // A view keeps a handful of persistent indexes (current, selection ends): a scan
    // each is cheaper than hashing a million ids. A big selection gets the hash.
    QModelIndexList to;
    to.reserve(persistent.size());
    QHash<qint64, int> rowById;
    if (persistent.size() > 16) {
        rowById.reserve(m_ids.size());
        for (int row = 0; row < m_ids.size(); ++row)
            rowById.insert(m_ids.at(row), row);
    }
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        const int row = rowById.isEmpty() ? int(m_ids.indexOf(persistentIds.at(i)))
                                          : rowById.value(persistentIds.at(i), -1);
        to.append(row < 0 ? QModelIndex() : index(row, persistent.at(i).column()));
    }
    changePersistentIndexList(persistent, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (m_reads && !m_ids.isEmpty())
        requestBlock(0);
}

void RecordTableModel::applyFirstSortedIds(int column, Qt::SortOrder order, const QList<qint64> &first)
{
    const QSet<qint64> head(first.cbegin(), first.cend());
    QList<qint64> ids;
    ids.reserve(std::max(m_ids.size(), first.size()));
    ids += first;
    for (const qint64 id : std::as_const(m_ids)) {
        if (!head.contains(id))
            ids.append(id);
    }
    applySortedIds(column, order, ids);
}

} // namespace Hyoka

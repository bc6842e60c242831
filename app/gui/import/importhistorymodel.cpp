#include "importhistorymodel.h"

#include "recordformat.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

namespace Hyoka {

ImportHistoryModel::ImportHistoryModel(QObject *parent) : QAbstractTableModel(parent) { }

void ImportHistoryModel::setEntries(const QList<ImportHistory::Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const ImportHistory::Entry *ImportHistoryModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int ImportHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ImportHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportHistoryModel::timeText(const QString &isoUtc)
{
    QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!t.isValid())
        return isoUtc;
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QVariant ImportHistoryModel::data(const QModelIndex &index, int role) const
{
    const ImportHistory::Entry *e = index.isValid() ? entry(index.row()) : nullptr;
    if (!e || index.column() >= ColumnCount)
        return {};
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time: return timeText(e->importedAt);
        case File: return QFileInfo(e->fileName).fileName();
        case Size: return locale.formattedDataSize(e->fileSize);
        case Records: return locale.toString(e->recordCount);
        case New: return e->inserted < 0 ? RecordFormat::missing() : locale.toString(e->inserted);
        case Updated: return e->updated < 0 ? RecordFormat::missing() : locale.toString(e->updated);
        case Skipped: return locale.toString(e->skippedCount);
        case Warnings: return locale.toString(e->warningCount);
        case Current: return locale.toString(e->currentRecords);
        }
    } else if (role == Qt::UserRole) { // the raw value, for sorting and tests
        switch (index.column()) {
        case Time: return e->importedAt;
        case File: return e->fileName;
        case Size: return e->fileSize;
        case Records: return e->recordCount;
        case New: return e->inserted;
        case Updated: return e->updated;
        case Skipped: return e->skippedCount;
        case Warnings: return e->warningCount;
        case Current: return e->currentRecords;
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() >= Size)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == File)
            return e->fileName;
        if ((index.column() == New || index.column() == Updated) && e->inserted < 0)
            return tr("Not known for imports made before Hyoka kept these counts");
        if (index.column() == Current)
            return tr("Records this import is still the last to have written");
    }
    return {};
}

QVariant ImportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Imported");
    case File: return tr("File");
    case Size: return tr("Size");
    case Records: return tr("Records");
    case New: return tr("New");
    case Updated: return tr("Updated");
    case Skipped: return tr("Skipped");
    case Warnings: return tr("Warnings");
    case Current: return tr("Still current");
    }
    return {};
}

} // namespace Hyoka

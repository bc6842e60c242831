#pragma once

#include "importhistory.h"

#include <QAbstractTableModel>

namespace Hyoka {

// File → Import History's table: one row per import, newest first (ImportHistory).
class ImportHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, File, Size, Records, New, Updated, Skipped, Warnings, Current, ColumnCount };

    explicit ImportHistoryModel(QObject *parent = nullptr);

    void setEntries(const QList<ImportHistory::Entry> &entries);
    const QList<ImportHistory::Entry> &entries() const { return m_entries; }
    // The import of `row`; nullptr when there is none.
    const ImportHistory::Entry *entry(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The import's time as shown: local time, to the minute.
    static QString timeText(const QString &isoUtc);

private:
    QList<ImportHistory::Entry> m_entries;
};

} // namespace Hyoka

#pragma once

#include "flagauditentry.h"

#include <QAbstractTableModel>
#include <QList>

namespace Hyoka {

class FlagStore;

// The audit trail of one record's flag as a table (oldest first): when, who, which
// field, from what, to what. Read-only; the detail panel shows it under the flag editor.
class FlagHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ChangedAtColumn, ReviewerColumn, FieldColumn, OldValueColumn, NewValueColumn,
                  ColumnCount };
    enum Role {
        FieldIdRole = Qt::UserRole,  // "status", "reason", "reason_text", "note"
        RawOldValueRole,             // stored value (ids for status and reason)
        RawNewValueRole,
        ChangedAtRole,               // ISO-8601 UTC text
        VersionRole,                 // flag version the change produced
    };

    explicit FlagHistoryModel(QObject *parent = nullptr);

    // Shows `entries` (as FlagStore::history() returns them).
    void setEntries(const QList<FlagAuditEntry> &entries);
    // Reads the history of one record from `store`; false (the model emptied) when it
    // cannot be read (`error` says why).
    bool load(const FlagStore &store, int fiscalYear, const QString &code, QString *error = nullptr);
    void clear();
    // After a language change: headers and labels are asked for again.
    void retranslate();
    const QList<FlagAuditEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The translated name of an audited field, and a stored value as the user reads it.
    static QString fieldLabel(const QString &field);
    static QString valueText(const QString &field, const QString &value);

private:
    QList<FlagAuditEntry> m_entries;
};

} // namespace Hyoka

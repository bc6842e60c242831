#include "flaghistorymodel.h"

#include "flag.h"
#include "flagstore.h"

#include <QDateTime>
#include <QLocale>

namespace Hyoka {

FlagHistoryModel::FlagHistoryModel(QObject *parent) : QAbstractTableModel(parent) { }

void FlagHistoryModel::setEntries(const QList<FlagAuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

bool FlagHistoryModel::load(const FlagStore &store, int fiscalYear, const QString &code, QString *error)
{
    const std::optional<QList<FlagAuditEntry>> entries = store.history(fiscalYear, code, error);
    setEntries(entries.value_or(QList<FlagAuditEntry>()));
    return entries.has_value();
}

void FlagHistoryModel::clear()
{
    setEntries({});
}

void FlagHistoryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::DisplayRole, Qt::ToolTipRole });
}

int FlagHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int FlagHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FlagHistoryModel::fieldLabel(const QString &field)
{
    if (field == u"status")
        return tr("Status");
    if (field == u"reason")
        return tr("Reason");
    if (field == u"reason_text")
        return tr("Reason (free text)");
    if (field == u"note")
        return tr("Note");
    return field;
}

QString FlagHistoryModel::valueText(const QString &field, const QString &value)
{
    if (field == u"status")
        return Flag::statusLabel(value);
    if (field == u"reason")
        return value.isEmpty() ? QString() : Flag::reasonLabel(value);
    return value;
}

QVariant FlagHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const FlagAuditEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ChangedAtColumn: {
            const QDateTime when = QDateTime::fromString(e.changedAt, Qt::ISODateWithMs);
            // To the second: four changes within a minute are four different rows.
            const QLocale locale;
            return when.isValid() ? locale.toString(when.toLocalTime(),
                                                    locale.dateFormat(QLocale::ShortFormat)
                                                            + QStringLiteral(" HH:mm:ss"))
                                  : e.changedAt;
        }
        case ReviewerColumn: return e.reviewer;
        case FieldColumn: return fieldLabel(e.field);
        case OldValueColumn: return valueText(e.field, e.oldValue);
        case NewValueColumn: return valueText(e.field, e.newValue);
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == OldValueColumn)
            return valueText(e.field, e.oldValue);
        if (index.column() == NewValueColumn)
            return valueText(e.field, e.newValue);
        if (index.column() == ChangedAtColumn)
            return e.changedAt;
        return QVariant();
    case FieldIdRole: return e.field;
    case RawOldValueRole: return e.oldValue;
    case RawNewValueRole: return e.newValue;
    case ChangedAtRole: return e.changedAt;
    case VersionRole: return e.version;
    }
    return QVariant();
}

QVariant FlagHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChangedAtColumn: return tr("When");
    case ReviewerColumn: return tr("Who");
    case FieldColumn: return tr("Field");
    case OldValueColumn: return tr("Before");
    case NewValueColumn: return tr("After");
    }
    return QVariant();
}

} // namespace Hyoka

#include "importpreviewmodel.h"

#include "columnrecognizer.h"
#include "importchoices.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace Hyoka {

ImportPreviewModel::ImportPreviewModel(const ImportChoices *choices, QObject *parent)
    : QAbstractTableModel(parent), m_choices(choices)
{
}

void ImportPreviewModel::refresh()
{
    beginResetModel();
    endResetModel();
}

QList<Field> ImportPreviewModel::choosableFields()
{
    return { Field::Ignore,   Field::Name,         Field::Code,     Field::No,
             Field::FiscalYear, Field::Bureau,     Field::Division, Field::Organisation,
             Field::Category, Field::Summary,      Field::Achievements, Field::Budget,
             Field::Settlement, Field::Amount,     Field::Level,    Field::Rating,
             Field::Grades,   Field::RefPage };
}

QString ImportPreviewModel::fieldName(Field f)
{
    switch (f) {
    case Field::Ignore: return tr("(not imported)");
    case Field::FiscalYear: return tr("Fiscal year");
    case Field::Bureau: return tr("Bureau");
    case Field::Division: return tr("Division");
    case Field::Organisation: return tr("Bureau and division");
    case Field::No: return tr("No.");
    case Field::Code: return tr("Code");
    case Field::Name: return tr("Project name");
    case Field::Category: return tr("Category");
    case Field::Summary: return tr("Summary");
    case Field::Achievements: return tr("Achievements");
    case Field::Budget: return tr("Budget (record's year)");
    case Field::Settlement: return tr("Settlement (record's year)");
    case Field::Amount: return tr("Amount of money");
    case Field::SettlementEstimated: return tr("Settlement estimated");
    case Field::Level: return tr("Achievement level");
    case Field::Rating: return tr("Rating");
    case Field::Grades: return tr("Component grades");
    case Field::RefPage: return tr("Reference page");
    }
    return QString();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_choices->previewRows().size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_choices->columnCount());
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Field field = m_choices->field(index.column());
    if (index.row() == FieldRow) {
        switch (role) {
        case Qt::DisplayRole: return fieldName(field);
        case Qt::ToolTipRole: return m_choices->reason(index.column());
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(field != Field::Ignore);
            return bold;
        }
        default: return QVariant();
        }
    }
    const QString cell = m_choices->previewRows().value(index.row() - 1).cells.value(index.column());
    switch (role) {
    case Qt::DisplayRole: {
        const QString oneLine = cell.simplified();
        return oneLine.size() > 60 ? oneLine.left(59) + QChar(0x2026) : oneLine;
    }
    case Qt::ToolTipRole: return cell.size() > 60 || cell.contains(u'\n') ? cell : QVariant();
    case Qt::ForegroundRole:
        return field == Field::Ignore ? QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text))
                                      : QVariant();
    default: return QVariant();
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role != Qt::DisplayRole || section < 0 || section >= rowCount())
            return QVariant();
        if (section == FieldRow)
            return tr("Field");
        return m_choices->previewRows().value(section - 1).line;
    }
    if (section < 0 || section >= columnCount())
        return QVariant();
    const QString header = m_choices->header(section);
    if (role == Qt::DisplayRole) {
        const QString shown = header.size() > 16 ? header.left(15) + QChar(0x2026) : header;
        return QStringLiteral("%1 %2").arg(ColumnRecognizer::columnLetter(section), shown).trimmed();
    }
    if (role == Qt::ToolTipRole) {
        const QString reason = m_choices->reason(section);
        return reason.isEmpty() ? header : tr("%1\n%2").arg(header, reason);
    }
    return QVariant();
}

} // namespace Hyoka

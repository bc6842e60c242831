#pragma once

#include "columnlayout.h"

#include <QAbstractTableModel>
#include <QList>

namespace Hyoka {

class ImportChoices;

// The import dialog's preview (docs/import-dialog.md): row 0 holds each column's field
// (the dialog puts a chooser on it), the rows below the first data rows of the file as
// Hyoka reads them; the header names each column by letter and header text, and the
// tooltips say why each column got its field.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int FieldRow = 0;

    explicit ImportPreviewModel(const ImportChoices *choices, QObject *parent = nullptr);

    // Read the choices again (after any change).
    void refresh();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The fields a column can be given, in the choosers' order, and their names.
    static QList<Field> choosableFields();
    static QString fieldName(Field f);

private:
    const ImportChoices *m_choices;
};

} // namespace Hyoka

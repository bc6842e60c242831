#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Hyoka {

class ColumnLayout;

// A table's own totals rows (合計, 総計, 小計, こども未来局計, 計 25件 …) checked against
// the records read above them (docs/formats.md, "Totals rows"). A totals row is no
// project: RecordBuilder hands it here instead of building a record. Where the row's
// amounts or its stated number of projects disagree with what was read — beyond what
// rounding each record to the column's unit explains — check() returns the warnings.
class StatedTotals
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::StatedTotals)
public:
    struct Label
    {
        QString text;                // as published, cleaned: 合計, 企画経営部 小計
        bool subtotal = false;       // 小計 or an organisation's 計: the rows since the last totals row
        std::optional<qint64> count; // a stated number of projects (計 25件, 合計（25事業）)
    };

    // The row's label when it is a totals row; looks only at the columns that name a
    // project (number, code, name, organisation, category) and at the first cell.
    static std::optional<Label> label(const QStringList &cells, const ColumnLayout &layout);

    // Starts counting afresh when the table changes (another file, sheet, heading).
    void enterTable(const QString &fileName, const QString &sheet, const QString &bureau,
                    int fiscalYear);
    void recordRead() { ++m_section.records; ++m_table.records; }
    void rowSkipped() { ++m_section.skipped; ++m_table.skipped; }
    // A record's figure of money column `column`, in thousand yen.
    void addAmount(qsizetype column, qint64 thousandYen)
    {
        m_section.amounts[column] += thousandYen;
        m_table.amounts[column] += thousandYen;
    }

    // Compares the totals row with the records above it: the section since the last
    // totals row for a subtotal, the whole table for a total. The section starts again.
    QStringList check(const Label &label, const QStringList &cells, const ColumnLayout &layout);

private:
    struct Sums
    {
        qint64 records = 0;
        qint64 skipped = 0;
        QHash<qsizetype, qint64> amounts; // by money column
    };

    QString m_fileName;
    QString m_sheet;
    QString m_bureau;
    int m_fiscalYear = 0;
    Sums m_section;
    Sums m_table;
};

} // namespace Hyoka

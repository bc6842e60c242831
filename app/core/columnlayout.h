#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Hyoka {

// What a column of a table holds, decided from its header text.
enum class Field {
    Ignore,
    FiscalYear,
    Bureau,
    No,
    Code,
    Name,
    Category,
    Summary,
    Achievements,
    Budget,
    Settlement,
    SettlementEstimated, // an explicit 見込 yes/no column (our own CSV export writes it)
    Level,
    RefPage,
};

// Maps the header row of a markdown table, CSV file or XLSX sheet to record fields.
// Accepts the published Japanese headings and their usual variants (予算額(千円), 決算額,
// 決算見込額, 達成度, 参考資料掲載頁 …) as well as the English keys of the JSON export.
class ColumnLayout
{
public:
    static ColumnLayout fromHeader(const QStringList &headerCells);
    static Field fieldForHeader(const QString &headerText);

    // A header of a record table names at least the code and the name.
    bool isRecordTable() const;
    Field field(qsizetype column) const
    {
        return column < m_fields.size() ? m_fields.at(column) : Field::Ignore;
    }
    qsizetype columnCount() const { return m_fields.size(); }
    qsizetype columnOf(Field f) const { return m_fields.indexOf(f); }
    // The last column that holds data; legend columns beyond it are not data.
    qsizetype lastDataColumn() const;
    // True when the settlement header says (見込).
    bool settlementEstimated() const { return m_settlementEstimated; }
    void setSettlementEstimated(bool estimated) { m_settlementEstimated = estimated; }
    // Merges a second header row (予算額 | 決算額 (見込) under 事業費 (千円)).
    void mergeSubHeader(const QStringList &subHeaderCells);

private:
    static ColumnLayout matchHeader(const QStringList &headerCells);

    QList<Field> m_fields;
    QStringList m_headers;
    bool m_settlementEstimated = false;
};

} // namespace Hyoka

#pragma once

#include "moneyheader.h"
#include "ratingscale.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Hyoka {

// What a column of a table holds (docs/column-recognition.md).
enum class Field {
    Ignore,
    FiscalYear,
    Bureau,
    Division,     // 課 (担当課, 主管課, 課室, 所管課)
    Organisation, // 部 and 課 in one cell (部課名): split into bureau and division
    No,
    Code,
    Name,
    Category,
    Summary,      // several columns are joined in column order
    Achievements,
    Budget,       // money columns; each carries a MoneyHeader (kind, year, unit)
    Settlement,
    Amount,       // a money column of another kind or year (R6決算, R8年度予定 …)
    SettlementEstimated, // an explicit 見込 yes/no column (our own CSV export writes it)
    Level,        // Kawasaki's achievement level 1–5
    Rating,       // a verdict on another scale (letters, direction words …)
    Grades,       // component grades (必要性A・有効性B・効率性B) beside a verdict
    RefPage,
};

// What the user (or a profile) says a column is: `--map FIELD=COLUMN`.
struct ColumnOverride
{
    QString field;   // JSON key (name, code, bureau …) or "amount"
    std::optional<AmountKind> kind; // for FIELD = KIND@YEAR
    int year = 0;    // 0 = the record's own year (plus yearOffset)
    int yearOffset = 0;
    QString column;  // header text, a letter such as FP, #N (1-based), or "none"
    QString source;  // "--map" or "profile NAME": the reason shown for it
    int thousandDivisor = 0;    // a money column's unit; 0 = as its header says
    int thousandMultiplier = 0;
};

// One column's role and why it was chosen.
struct ColumnRole
{
    Field field = Field::Ignore;
    QString reason;                   // "header 事業名", "values: …", "--map", "profile X"
    std::optional<MoneyHeader> money; // for Budget, Settlement and Amount
};

// The mapping of a table's columns to record fields: the header row's texts, each
// column's role, the rating scale and how codes are treated (docs/column-recognition.md).
class ColumnLayout
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::ColumnLayout)
public:
    // The Kawasaki path (markdown tables): header synonyms only.
    static ColumnLayout fromHeader(const QStringList &headerCells);
    // The reason of a column found by its header, "header %1" in the UI language.
    static QString headerReason();
    static Field fieldForHeader(const QString &headerText);
    // The JSON key of a field ("name", "ref_page" …); empty for Ignore.
    static QString fieldKey(Field f);
    static std::optional<Field> fieldForKey(const QString &key);

    // A header of a Kawasaki record table names at least the code and the name.
    bool isRecordTable() const;
    bool hasName() const { return columnOf(Field::Name) >= 0; }
    Field field(qsizetype column) const
    {
        return column < m_roles.size() ? m_roles.at(column).field : Field::Ignore;
    }
    const ColumnRole &role(qsizetype column) const;
    qsizetype columnCount() const { return m_roles.size(); }
    qsizetype columnOf(Field f) const;
    QList<qsizetype> columnsOf(Field f) const;
    // Budget, Settlement and Amount columns, in column order.
    QList<qsizetype> moneyColumns() const;
    const QStringList &headers() const { return m_headers; }
    QString header(qsizetype column) const { return m_headers.value(column); }
    // The last column that holds data; legend columns beyond it are not data.
    qsizetype lastDataColumn() const;
    // True when the settlement header says (見込).
    bool settlementEstimated() const { return m_settlementEstimated; }
    void setSettlementEstimated(bool estimated) { m_settlementEstimated = estimated; }
    // Merges a second header row (予算額 | 決算額 (見込) under 事業費 (千円)).
    void mergeSubHeader(const QStringList &subHeaderCells);

    // Sets (or clears, with Ignore) one column's role; a single-column field moves.
    void setRole(qsizetype column, Field f, const QString &reason,
                 std::optional<MoneyHeader> money = std::nullopt);
    void clearField(Field f);

    // Codes padded to 8 digits with a warning (Kawasaki's 事務事業コード), or kept as published.
    bool padCodes() const { return m_padCodes; }
    void setPadCodes(bool pad) { m_padCodes = pad; }
    // Categories checked against Kawasaki's nine (サービス分類), or kept as published.
    bool canonicalCategories() const { return m_canonicalCategories; }
    const std::optional<RatingScale> &ratingScale() const { return m_ratingScale; }
    void setRatingScale(std::optional<RatingScale> scale) { m_ratingScale = std::move(scale); }
    const std::optional<RatingScale> &gradesScale() const { return m_gradesScale; }
    // The rating scale's steps in the order the user gave (import dialog, profile); steps
    // it leaves out follow in the scale's own order. Empty: the scale's own order.
    void setRatingOrder(const QStringList &steps) { m_ratingOrder = steps; }
    // The rating scale's steps in rank order (the user's order when one was given).
    QStringList orderedRatingSteps() const;
    // A rank read on the scale's own order (RatingScales::parse) moved to the user's order.
    int orderedRank(int scaleRank) const;
    // Columns of Hyoka's own CSV/XLSX export read back as written: rating_rank,
    // rating_ranks, rating_scale, rating_grades, amounts; -1 when absent.
    qsizetype exportColumn(const QString &key) const { return m_exportColumns.value(key, -1); }
    void setGradesScale(std::optional<RatingScale> scale) { m_gradesScale = std::move(scale); }

private:
    static ColumnLayout matchHeader(const QStringList &headerCells);
    static bool isMultiColumn(Field f);

    QList<ColumnRole> m_roles;
    QStringList m_headers;
    bool m_settlementEstimated = false;
    bool m_padCodes = true;
    bool m_canonicalCategories = true;
    std::optional<RatingScale> m_ratingScale;
    std::optional<RatingScale> m_gradesScale;
    QStringList m_ratingOrder;
    QHash<QString, qsizetype> m_exportColumns;
};

} // namespace Hyoka

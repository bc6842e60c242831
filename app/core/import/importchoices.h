#pragma once

#include "columnrecognizer.h"
#include "recordreader.h"
#include "rulesettings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Hyoka {

// What the import dialog decides for one CSV file or XLSX workbook (its first table),
// without widgets (docs/import-dialog.md): the first rows, the mapping recognition
// found, and the user's corrections (header row, encoding, year, a field per column,
// the rating scale's order and review steps, each money column's kind and year).
// They become a column profile, the one the import reads the file with and the one
// "Save as profile" stores, so a dialog import and a --profile import are the same.
class ImportChoices
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::ImportChoices)
public:
    static constexpr int PreviewRows = 20;

    // Reads the first rows of `path` (CSV or XLSX); false with `error` when it has none.
    bool load(const QString &path, QString *error);
    QString path() const { return m_path; }

    // True for a layout Hyoka reads without asking: Kawasaki's (code, name and level
    // columns) or Hyoka's own export.
    bool isKnownLayout() const;
    // True when the file's type is one the dialog reads (CSV, XLSX).
    static bool canPreview(const QString &path);

    const DetectedTable &table() const { return m_table; }
    qsizetype columnCount() const;
    QString header(qsizetype column) const;
    Field field(qsizetype column) const { return m_table.layout.field(column); }
    // Why the column has its field ("header 評価", "values: …", "chosen in the import dialog").
    QString reason(qsizetype column) const;
    // The data rows after the header, at most PreviewRows.
    QList<SourceRow> previewRows() const;
    // The 1-based lines (CSV) or rows (XLSX) that may be the header.
    QList<int> headerCandidates() const;
    // The fields no column holds yet (JSON keys); the import needs `name`.
    QStringList notFound() const { return m_table.notFound(); }
    // Whether the records get a year: a title row's, a 年度 column, or setFiscalYear().
    bool knowsYear() const { return m_year > 0 || m_table.layout.columnOf(Field::FiscalYear) >= 0; }
    // The import needs the name column and a year (every row without one is skipped).
    bool canImport() const { return m_table.layout.hasName() && knowsYear(); }

    int headerLine() const { return m_table.headerLine; }
    void setHeaderLine(int line);
    // The encoding the file is read in ("UTF-8", "Shift_JIS (CP932)"); empty = detected.
    QString encoding() const { return m_table.encoding; }
    bool setEncoding(const QByteArray &encoding, QString *error);
    int fiscalYear() const { return m_year; }
    void setFiscalYear(int year) { m_year = year; }

    void setField(qsizetype column, Field field);
    // A money column's kind and year (0: the record's own year).
    void setMoney(qsizetype column, AmountKind kind, int year);

    // The rating column's steps in rank order and those that need review.
    QStringList ratingSteps() const { return m_table.layout.orderedRatingSteps(); }
    QString ratingScaleId() const;
    void moveRatingStep(int from, int to);
    // The review part is a tail of the steps in their order, as the review rules see it
    // (docs/ratings-and-money.md, "Review per scale"): every step from rank
    // reviewFrom() on; 0 = none. Checking a step takes in every step after it,
    // unchecking one leaves out every step before it.
    QStringList reviewSteps() const;
    int reviewFrom() const { return m_reviewFrom; }
    void setNeedsReview(const QString &step, bool needsReview);
    // The review part starts as `rules` has it for the rating column's scale (the
    // database's settings), and again whenever that scale changes. Before load(), or
    // after it to start again from newer rules (the dialog of a file read earlier).
    void setRuleSettings(const RuleSettings &rules);
    // The review part from a profile's `scale.review` list: from its first step on.
    void setReviewSteps(const QStringList &steps);
    // Writes the review part into `rules` for the rating column's scale (the level scale:
    // its threshold, which cannot be "none"); false when nothing changes.
    bool applyReview(RuleSettings *rules) const;

    // The choices as a column profile (docs/profiles.md), and as the text "Save as
    // profile" stores (ProfileStore::save(), written by the import job).
    QJsonObject profile() const;
    QString profileText() const;
    // The options the import reads the file with: the profile applied, as --profile does.
    ReadOptions readOptions() const;
    // The pattern offered for the profile: the file name, digits as * (city_r7.csv → city_r*.csv).
    QString suggestedPattern() const;

private:
    bool readPreview(QString *error);
    void recognize();
    void addOverride(const ColumnOverride &o);

    QString m_path;
    QByteArray m_encoding;
    QList<SourceRow> m_rows;
    DetectedTable m_table;
    QList<ColumnOverride> m_overrides;
    int m_headerLine = 0;
    int m_year = 0;
    QStringList m_order;
    RuleSettings m_rules;
    QString m_reviewScale; // the scale m_reviewFrom belongs to
    int m_reviewFrom = 0;
};

} // namespace Hyoka

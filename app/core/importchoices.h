#pragma once

#include "columnrecognizer.h"
#include "recordreader.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Hyoka {

class ProfileStore;

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
    bool canImport() const { return m_table.layout.hasName(); }

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
    QStringList reviewSteps() const { return m_review; }
    void setNeedsReview(const QString &step, bool needsReview);

    // The choices as a column profile (docs/profiles.md).
    QJsonObject profile() const;
    // The options the import reads the file with: the profile applied, as --profile does.
    ReadOptions readOptions() const;
    // "Save as profile": stored in the database, matched to file names by `pattern`.
    bool saveProfile(ProfileStore &store, const QString &name, const QString &pattern,
                     QString *error) const;
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
    QStringList m_review;
};

} // namespace Hyoka

#pragma once

#include "columnlayout.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

namespace Hyoka {

// A row as a reader found it, with its 1-based physical line (CSV) or row (XLSX).
struct SourceRow
{
    QStringList cells;
    int line = 0;
};

// The mapping decided for one table (one CSV file or one XLSX sheet), as `hyoka detect`
// prints it (docs/column-recognition.md).
struct DetectedTable
{
    bool found = false;      // a header row with a name column was found
    ColumnLayout layout;
    int headerIndex = -1;    // index into the rows given of the header row
    int titleRows = 0;       // rows before the header (and its block labels): titles, notes
    int firstDataIndex = -1; // index of the first row after the header (and its sub-rows)
    int headerLine = 0;
    QString sheet;           // XLSX sheet name
    QString encoding;        // CSV encoding
    int fiscalYear = 0;      // the year the rows get when no column names it
    QStringList problems;    // --map or profile entries that name no column
    // Header texts that occur in more than one column (blocks repeated per year).
    QList<std::pair<QString, QList<qsizetype>>> repeatedHeaders;

    // The JSON keys of the fields no column was found for.
    QStringList notFound() const;
};

// Finds the header row among the first rows of a table, maps its columns from their
// headers and values, and applies the user's overrides (docs/column-recognition.md).
class ColumnRecognizer
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::ColumnRecognizer)
public:
    // How many rows a reader buffers before deciding: header candidates and value samples.
    static constexpr int HeaderScanRows = 20;
    static constexpr int SampleRows = 200;

    static DetectedTable recognize(const QList<SourceRow> &rows,
                                   const QList<ColumnOverride> &overrides, int headerLine = 0);

    // "FP" → 171, "#3" → 2, a header text → its column; -1 when nothing matches.
    static qsizetype resolveColumn(const QString &spec, const QStringList &headers);
    static QString columnLetter(qsizetype column);
    // The header texts, normalised for comparing (no white space, NFKC, case folded).
    static QString headerKey(const QString &text);

private:
    static void detectFromValues(DetectedTable &t, const QList<SourceRow> &rows);
    static void decideCodeStyle(DetectedTable &t, const QList<SourceRow> &rows);
    static void applyOverrides(DetectedTable &t, const QList<SourceRow> &rows,
                               const QList<ColumnOverride> &overrides);
};

} // namespace Hyoka

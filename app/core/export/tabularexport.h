#pragma once

#include "record.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringConverter>
#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;
class QTemporaryFile;

namespace Hyoka {

// The export columns shared by the CSV and XLSX writers: 年度, 局名, 番号, 事務事業コード,
// 事務事業名, サービス分類, 事務事業の概要, 主な取組の実績, 予算額(千円), 決算額(千円),
// 決算見込, 達成度, 参考資料掲載頁, 執行率. ColumnLayout maps every header back to its
// field (執行率 is derived and read back as Ignore).
namespace TabularExport {

QStringList headerLabels();

// Achievements as one cell: each entry prefixed with ● and joined with "\n".
QString achievementsCell(const QStringList &achievements);
// "P12", or empty when the page is unknown.
QString refPageCell(const std::optional<int> &refPage);
// Execution rate rounded to four decimals (0.9506), as the JSON export does.
std::optional<double> roundedExecutionRate(const Record &record);

// Formula-injection guard for text cells. A text that a spreadsheet would read as a
// formula (= + - @ tab CR, full-width ＝＋－＠) gets a leading apostrophe; so does a text
// that already starts with apostrophes before such a character, so that unguard()
// gives back exactly the original. Numeric cells are never guarded.
bool needsFormulaGuard(QStringView text);
QString guardFormula(const QString &text);
// The reverse, applied by the CSV and XLSX readers to every cell: removes one leading
// apostrophe when (after any further apostrophes) a formula character follows.
QString unguardFormula(const QString &cell);

// libxlsxwriter writes the rows of each sheet to a temporary file first and does not
// notice when that write fails (a full disk, a file-size limit): the workbook then
// closes "successfully" with rows cut off. This reads a written workbook back and
// checks that sheet N holds rowsPerSheet[N-1] rows; false with `problem` otherwise.
bool workbookIsComplete(const QString &path, const QList<quint32> &rowsPerSheet, QString *problem);

} // namespace TabularExport

// Streams records as CSV (RFC 4180, CRLF) in UTF-8 with a BOM, or Shift_JIS/CP932 on request.
class CsvRecordWriter
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::CsvRecordWriter)
public:
    // `encoding`: "utf-8" (default, written with a BOM so Excel recognises it),
    // "utf-8-nobom", "shift_jis", "cp932" or any name QStringEncoder knows.
    explicit CsvRecordWriter(QIODevice &device, const QByteArray &encoding = QByteArrayLiteral("utf-8"));

    // Writes the BOM (UTF-8 only) and the header line.
    bool begin();
    // One line per record. Fails when the device fails or a character of the record
    // cannot be written in the chosen encoding (nothing is silently replaced by '?').
    bool write(const Record &record);
    bool finish();

    QString errorString() const { return m_error; }

private:
    bool writeLine(const QStringList &cells, const Record *record);

    QIODevice &m_device;
    QByteArray m_encodingName;
    // Built in place: Qt 6.4 loses an ICU converter's error state when it is moved.
    std::optional<QStringEncoder> m_encoder;
    bool m_bom = false;
    bool m_begun = false;
    QString m_error;
};

// Writes records to an .xlsx file with libxlsxwriter; the target is replaced only on success.
class XlsxRecordWriter
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::XlsxRecordWriter)
public:
    // `constantMemory`: stream rows to disk (inline strings) so that a large export
    // needs no more memory than one row; false writes a shared-string table instead.
    explicit XlsxRecordWriter(const QString &targetPath, bool constantMemory = true);
    ~XlsxRecordWriter();
    XlsxRecordWriter(const XlsxRecordWriter &) = delete;
    XlsxRecordWriter &operator=(const XlsxRecordWriter &) = delete;

    // Creates the workbook in a temporary file next to the target and writes the header.
    bool begin();
    bool write(const Record &record);
    // Closes the workbook and moves it into place. Until then the target is untouched.
    bool finish();
    // Discards the temporary file (also done by the destructor when finish() was not reached).
    void cancel();

    QString errorString() const { return m_error; }

    static QString sheetName();

private:
    struct Workbook;
    bool addSheet();

    QString m_targetPath;
    bool m_constantMemory = true;
    std::unique_ptr<QTemporaryFile> m_temp;
    std::unique_ptr<Workbook> m_workbook;
    quint32 m_row = 0;
    QList<quint32> m_sheetRows; // rows of each sheet already full, header included
    QString m_error;
};

} // namespace Hyoka

#pragma once

#include "reviewlist.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QIODevice;
class QSaveFile;
class QTemporaryFile;

namespace Hyoka {

class ReviewDatabase;
struct RuleSettings;

// Streams the review list as CSV (UTF-8 with a BOM, CRLF) or XLSX (rows go to disk as
// they come, so a million entries need no more memory than one). Text cells get the
// formula guard of TabularExport; a target file is replaced only by finish().
class ReviewListWriter
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::ReviewListWriter)
public:
    enum class Format { Csv, Xlsx };

    // Writes to a file, replaced atomically by finish().
    ReviewListWriter(const QString &path, Format format);
    // Writes CSV to an open device (standard output).
    explicit ReviewListWriter(QIODevice &device);
    ~ReviewListWriter();
    ReviewListWriter(const ReviewListWriter &) = delete;
    ReviewListWriter &operator=(const ReviewListWriter &) = delete;

    bool begin();
    bool write(const ReviewList::Entry &entry);
    bool finish();
    // Discards what was written to a file target (also done when finish() is never reached).
    void cancel();
    QString errorString() const { return m_error; }

    // begin(), every entry of the review list with `settings`, finish(): the window's
    // export and `hyoka review-list`. On failure nothing is left (cancel()) and
    // errorString() says why; `readFailed` tells a database error from a write error.
    bool writeAll(ReviewDatabase &db, const RuleSettings &settings, qint64 *count = nullptr,
                  bool *readFailed = nullptr);
    // Convenience for a list in memory.
    static bool write(const QList<ReviewList::Entry> &entries, const QString &path, Format format,
                      QString *error);
    static QByteArray csv(const QList<ReviewList::Entry> &entries);
    static QString sheetName();

private:
    struct Workbook;
    bool writeCsvLine(const QStringList &cells);
    bool beginXlsx();
    bool writeXlsxRow(const ReviewList::Entry &entry);
    bool finishXlsx();

    QString m_path;
    Format m_format = Format::Csv;
    QIODevice *m_device = nullptr;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QTemporaryFile> m_temp;
    std::unique_ptr<Workbook> m_workbook;
    quint32 m_row = 0;
    bool m_begun = false;
    QString m_error;
};

} // namespace Hyoka

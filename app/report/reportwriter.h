#pragma once

#include "chartdata.h"
#include "reportdata.h"
#include "reportoptions.h"

#include <QCoreApplication>
#include <QFont>
#include <QString>

#include <memory>
#include <optional>

class QPagedPaintDevice;

namespace Hyoka {

class ReviewDatabase;

// The printable summary report ("print pack") of the records a filter accepts:
// A4 portrait, a cover (title, fiscal years, bureaus, filters, date), the totals per
// bureau (projects, budget, settlement, execution rate, level mix), the bureau and
// level-mix charts, for records of several fiscal years the changes since the previous
// year per bureau (YearChanges), then the flagged and suggested projects with their reasons and
// notes (ReportOptions::reviewList can supply another list); a
// header and "page n of m" on every page. Paints on any QPagedPaintDevice: a
// QPdfWriter for files, a QPrinter for printing and print preview.
// Charts are drawn by HyokaChart, which needs a QApplication (not only a
// QGuiApplication); the offscreen platform is enough.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::ReportWriter)
public:
    ReportWriter(ReviewDatabase &db, const ReportOptions &options);
    // Paints `data`, read before (read(), e.g. on the window's read service).
    ReportWriter(const ReportData &data, const ReportOptions &options);
    ~ReportWriter();
    ReportWriter(const ReportWriter &) = delete;
    ReportWriter &operator=(const ReportWriter &) = delete;

    // Reads every figure from the database. paint() calls it when not done yet.
    bool prepare(QString *error);
    // Every figure the report shows, read from `db` on the caller's thread (no
    // painting): nullopt with `error` when the database cannot answer.
    static std::optional<ReportData> read(ReviewDatabase &db, const ReportOptions &options,
                                          QString *error);
    // Sets A4 portrait and the margins on `device`, then paints every page.
    bool paint(QPagedPaintDevice *device, QString *error);
    // Pages painted by the last paint().
    int pageCount() const { return m_pageCount; }

    // The whole report as a PDF at `path`, written to a temporary file first and
    // renamed into place, so that `path` is never left half-written.
    static bool writePdf(ReviewDatabase &db, const ReportOptions &options,
                         const QString &path, QString *error);
    // The same from data read before.
    static bool writePdf(const ReportData &data, const ReportOptions &options,
                         const QString &path, QString *error);

    // The default review list: the filtered records that a reviewer flagged (any status
    // but "none") or that a review rule suggests (FlagStore, ReviewRules with the
    // database's thresholds), in storage order, with the flag's status, reason, note and
    // the rules' findings. At most `limit` entries.
    static QList<ReportOptions::ReviewEntry> reviewEntries(ReviewDatabase &db,
                                                           const RecordFilter &filter,
                                                           int limit = 100000,
                                                           qint64 *total = nullptr,
                                                           QString *error = nullptr);
    // The filter in words, for the cover: "none (all records)" when empty.
    static QString describeFilter(const RecordFilter &filter);

private:
    QString title() const;
    QString dateText() const;
    bool write(const QString &path, QString *error);

    ReviewDatabase *m_db = nullptr; // nullptr: painted from data read before
    ReportOptions m_options;
    std::unique_ptr<ReportData> m_data;
    int m_pageCount = 0;
};

} // namespace Hyoka

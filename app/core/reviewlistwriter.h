#pragma once

#include "reviewlist.h"

#include <QCoreApplication>
#include <QString>

namespace Hyoka {

// Writes the review list as CSV (UTF-8 with a BOM, CRLF) or XLSX. Text cells get the
// formula guard of TabularExport; the target file is replaced only when the whole file
// was written.
class ReviewListWriter
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::ReviewListWriter)
public:
    enum class Format { Csv, Xlsx };

    static bool write(const QList<ReviewList::Entry> &entries, const QString &path, Format format,
                      QString *error);
    // The CSV bytes (BOM, header and rows), for standard output and tests.
    static QByteArray csv(const QList<ReviewList::Entry> &entries);

    static QString sheetName();

private:
    static bool writeXlsx(const QList<ReviewList::Entry> &entries, const QString &path,
                          QString *error);
};

} // namespace Hyoka

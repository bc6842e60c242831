#pragma once

#include "recordfilter.h"

#include <QDate>
#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Hyoka {

class ReviewDatabase;

// What goes into the printed summary report (ReportWriter): which records, the
// title and date on the cover, the font, and where the list of projects for review
// comes from.
struct ReportOptions
{
    // One project in the report's review list, with why it is there.
    struct ReviewEntry
    {
        qint64 recordId = 0;
        QString status;      // as printed: 要確認, 確認済, "suggested" …
        QStringList reasons; // as printed, one a line
        QString note;        // the reviewer's note (may be empty or several lines)
    };
    // Another source for the review list: returns the projects to list among the
    // records `filter` accepts, in the order to print them (the report groups them by
    // bureau). When empty, ReportWriter::reviewEntries() is used: the flagged and the
    // rule-suggested projects.
    using ReviewListProvider =
            std::function<QList<ReviewEntry>(ReviewDatabase &, const RecordFilter &)>;

    RecordFilter filter;
    QString title;              // empty: "Evaluation summary report" in the UI language
    QString filterDescription;  // empty: ReportWriter::describeFilter(filter)
    QDate date;                 // invalid: today
    QString fontFamily = QStringLiteral("Noto Sans CJK JP");
    qreal fontPointSize = 9.0;

    // The base font of the report (and of charts written to PDF): outlines, and no
    // shaping, so that every glyph is one the font's character map knows and the
    // PDF's text extracts as written (Noto Sans CJK would otherwise substitute
    // proportional digits in Latin runs, which have no Unicode mapping).
    QFont font() const
    {
        QFont f(fontFamily);
        f.setPointSizeF(fontPointSize);
        f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
        return f;
    }
    ReviewListProvider reviewList;
    // At most this many projects in the review list; the rest are counted, not listed.
    int maxReviewEntries = 2000;
    QString reviewListTitle;    // empty: "Flagged and suggested projects"
    // At most this many projects in each list of the changes since last year (new,
    // ended, rating worse, below target again) per bureau; the rest are counted.
    int maxChangeEntries = 15;
};

} // namespace Hyoka

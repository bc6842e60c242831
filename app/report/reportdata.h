#pragma once

#include "chartdata.h"
#include "reportoptions.h"
#include "yearchanges.h"

#include <QFont>
#include <QList>
#include <QString>

namespace Hyoka {

// Everything the printed report shows, read from the database once by ReportWriter
// and laid out by ReportLayout (which never touches the database).
struct ReportData
{
    // One project of the review list and why it is there.
    struct ReviewItem
    {
        ChartData::Project project;
        ReportOptions::ReviewEntry entry;
    };
    // The review list of one bureau.
    struct ReviewGroup
    {
        QString bureau;
        QList<ReviewItem> items;
    };

    QString title;             // cover and page header
    QString date;              // "prepared on", in the locale's long format
    QString filterDescription; // the filter in words
    QString reviewListTitle;   // empty: the default heading
    bool customReviewList = false; // ReportOptions::reviewList supplied the list
    QFont font;                // the base font (ReportOptions::font())

    QList<ChartData::BureauTotals> bureaus;
    QList<ChartData::RatingMix> ratingMix; // per bureau and rating scale
    ChartData::BureauTotals overall;
    QList<int> years;
    QList<ReviewGroup> review;
    qint64 reviewCount = 0;   // listed
    qint64 reviewOmitted = 0; // beyond ReportOptions::maxReviewEntries

    // The changes since last year, per bureau (YearChanges); empty when the records
    // span one fiscal year, and then the report has no such pages.
    QList<YearChanges::Bureau> changes;
    QList<ChartData::YearTotals> yearTotals; // each bureau's money per year (trend chart)
    int belowTargetLevel = 4;                // YearRuleSettings::belowTargetLevel
};

} // namespace Hyoka

#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Hyoka {

// How the window writes record values: money in thousand yen with the locale's
// grouping, rates in per cent, translated level labels, the colours that mark
// levels 4–5 and unusual execution rates (translucent, so they read on light and
// dark palettes alike). Shared by the grid, the detail panel and the status bar.
class RecordFormat
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::RecordFormat)
public:
    static QString money(qint64 thousandYen);
    static QString money(const std::optional<qint64> &thousandYen); // "—" when unknown
    static QString number(double value); // grouping, no trailing zeros
    static QString percent(double ratio, int decimals = 1);
    static QString percent(const std::optional<double> &ratio); // "—" when unknown
    static QString missing(); // the dash shown for an unknown value

    static QString levelLabel(int level);     // 目標を下回った … in the UI language
    static QString levelText(int level);      // "4 – 目標を下回った"
    static QString fiscalYear(int year);      // "FY2021 (Reiwa 3)" / "2021年度（令和3年度）"
    static QString refPage(const std::optional<int> &page);

    static bool isUnusualExecutionRate(double rate) { return rate < 0.8 || rate > 1.2; }
    static bool isLowAttainment(double ratio) { return ratio < 0.8; }

    // Translucent backgrounds: none (invalid) for ordinary values.
    static QColor levelBackground(int level);
    static QColor unusualRateBackground();
    // Solid colours for small marks (the attainment bar).
    static QColor lowAttainmentColor();
    static QColor attainmentColor();
};

} // namespace Hyoka

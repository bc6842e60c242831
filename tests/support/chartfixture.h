#pragma once

// The chart dock's panel as the chart tests set it up.

#include "chartpanel.h"

#include <QSize>
#include <QTest>

#include <memory>
#include <optional>

namespace Hyoka::TestSupport {

// The panel reads its figures on a read service (its own without a window): true once
// the chart shows the answer to the last change.
[[nodiscard]] inline bool waitForFigures(const ChartPanel &panel, int timeoutMs = 30000)
{
    return QTest::qWaitFor([&panel] { return !panel.isReading(); }, timeoutMs);
}

// A ChartPanel on `db`, shown (resized to `size` when valid), switched to `chart` (when
// given) and with its figures read; nullptr when the panel was never exposed.
[[nodiscard]] inline std::unique_ptr<ChartPanel>
shownChartPanel(ReviewDatabase *db, std::optional<ChartPanel::Chart> chart = std::nullopt,
                QSize size = QSize())
{
    auto panel = std::make_unique<ChartPanel>();
    if (size.isValid())
        panel->resize(size);
    panel->setDatabase(db);
    panel->show();
    if (!QTest::qWaitForWindowExposed(panel.get()))
        return nullptr;
    if (chart)
        panel->setCurrentChart(*chart);
    panel->refresh();
    if (!waitForFigures(*panel))
        return nullptr;
    return panel;
}

} // namespace Hyoka::TestSupport

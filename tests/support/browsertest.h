#pragma once

// Waiting for a RecordBrowser's answers (docs/architecture.md, "Threading"): its
// QueryWorker reads the ids, facet counts, totals and the grid's row blocks on a
// thread of its own, so a test that changes the filter or the order waits before it
// looks at the models.

#include "recordbrowser.h"
#include "recordtablemodel.h"
#include "workertest.h"

#include <QTest>

#include <memory>

namespace Hyoka::TestSupport {

// Every answer asked of the browser is in: the ids, the facet counts and totals, and
// the grid's row blocks asked for (among them the first block of the rows shown).
inline bool hasAnswered(const RecordBrowser *browser)
{
    return !browser->isBusy() && !browser->tableModel()->isReadingRows();
}

// Waits until hasAnswered(); false when it did not within `timeoutMs`.
[[nodiscard]] inline bool waitForBrowser(const RecordBrowser *browser, int timeoutMs = 30000)
{
    return QTest::qWaitFor([browser] { return hasAnswered(browser); }, timeoutMs);
}

// Reads the row blocks of `rows` on the read service and waits for them (a view
// asks for its rows the same way, by showing them): their cells are then in the
// model until other blocks push them out. False when they did not come in time.
[[nodiscard]] inline bool waitForRows(RecordTableModel *model, const QList<int> &rows,
                                      int timeoutMs = 30000)
{
    auto read = std::make_shared<bool>(false);
    model->readRows(rows, [read] { *read = true; });
    return QTest::qWaitFor([read] { return *read; }, timeoutMs);
}

} // namespace Hyoka::TestSupport

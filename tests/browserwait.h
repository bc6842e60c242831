#pragma once

// The review window answers searches, sorts and counts on a worker thread
// (RecordBrowser::setAsynchronous): a test that changes the filter waits for the
// answers before it looks at the grid, the facets or the status bar.

#include "recordbrowser.h"

#include <QTest>

// True once every answer is in (false after `timeoutMs`).
[[nodiscard]] inline bool waitForAnswers(const Hyoka::RecordBrowser *browser, int timeoutMs = 30000)
{
    return QTest::qWaitFor([browser] { return !browser->isBusy(); }, timeoutMs);
}

// What a reader gave for one input, and its warnings as text: the reader tests share them.
#pragma once

#include "recordsink.h"

#include <QString>
#include <QStringList>

namespace Hyoka::TestSupport {

// A reader's answer: whether it read the input, its error if not, what it delivered.
struct ReadResult
{
    bool ok = false;
    QString error;
    CollectingSink sink;
};

// The warnings a sink collected, one a line ("file:line: text").
inline QString warningsText(const CollectingSink &sink)
{
    QStringList lines;
    for (const ImportWarning &w : sink.warnings)
        lines << w.toString();
    return lines.join(u'\n');
}

} // namespace Hyoka::TestSupport

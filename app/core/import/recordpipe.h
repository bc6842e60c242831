#pragma once

#include "recordsink.h"

#include <QString>

#include <functional>

namespace Hyoka {

// Runs a reader on a thread of its own and replays what it finds (records, warnings,
// skipped rows, progress, in their order) into a sink on the calling thread, so that
// reading, normalising and indicator extraction overlap with what the sink does with
// the records: the database writes of an import. A bounded queue keeps memory flat;
// when the sink refuses a record the reader is told to stop at its next one.
namespace RecordPipe {

using Reader = std::function<bool(RecordSink &sink, QString *error)>;

// Returns the reader's result and error, as if it had been called with `sink`.
bool run(const Reader &reader, RecordSink &sink, QString *error);

} // namespace RecordPipe
} // namespace Hyoka

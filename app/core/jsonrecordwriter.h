#pragma once

#include "record.h"

#include <QByteArray>

class QIODevice;

namespace Hyoka {

// Streams records as the JSON export of SPEC §5 ({"records": [...], "warnings": [...]}),
// keys in the SPEC's order, one record at a time so a million records never sit in memory.
class JsonRecordWriter
{
public:
    explicit JsonRecordWriter(QIODevice &device);

    bool begin();
    bool write(const Record &record);
    // Closes the records array, writes the warnings and the closing brace.
    bool finish(const QList<ImportWarning> &warnings);

    // The JSON object of one record (used by tests and the detail view's "copy as JSON").
    static QByteArray recordObject(const Record &record, int indent = 4);
    static QByteArray quoted(const QString &text);
    static QByteArray number(double value, int decimals);

private:
    QIODevice &m_device;
    bool m_first = true;
    bool m_ok = true;
};

} // namespace Hyoka

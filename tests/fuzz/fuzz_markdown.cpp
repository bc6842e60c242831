// libFuzzer target: the markdown reader (docs/formats.md#markdown) on arbitrary bytes.
#include "fuzzsink.h"
#include "recordreader.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Hyoka;
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    FuzzSink sink;
    QString error;
    ReadOptions options;
    options.defaultYear = 2021;
    MarkdownReader::read(buffer, QStringLiteral("fuzz.md"), sink, options, &error);
    // Format detection peeks at the same bytes.
    buffer.seek(0);
    (void)RecordReader::detectFormat(QStringLiteral("fuzz"), &buffer);
    return 0;
}

// libFuzzer target: the PDF reader (docs/pdf.md) on arbitrary bytes.
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
    PdfReader::read(buffer, QStringLiteral("fuzz.pdf"), sink, options, &error);
    return 0;
}

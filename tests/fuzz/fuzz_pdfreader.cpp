// libFuzzer target: the PDF reader (docs/pdf.md) on arbitrary bytes, from memory
// (the bytes Poppler gets) and through format detection.
#include "fuzzsink.h"
#include "recordreader.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return 0;
    if (Hyoka::RecordReader::detectFormat(QStringLiteral("fuzz"), &buffer) != Hyoka::SourceFormat::Pdf)
        bytes.prepend("%PDF-1.7\n"); // reach Poppler's parser with most inputs
    Hyoka::FuzzSink sink;
    QString error;
    Hyoka::PdfReader::read(buffer, QStringLiteral("fuzz.pdf"), sink, Hyoka::ReadOptions {}, &error);
    return 0;
}

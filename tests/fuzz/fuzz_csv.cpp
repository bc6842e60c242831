// libFuzzer target: the CSV reader with encoding detection. The first byte picks the
// options (named encoding or detection, .csv or .tsv, a default year and bureau);
// the rest is the file.
#include "fuzzsink.h"
#include "recordreader.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Hyoka;
    if (size < 1)
        return 0;
    const uint8_t selector = data[0];
    ++data;
    --size;

    static const char *const encodings[] = { "", "", "", "", "utf-8", "shift_jis", "cp932", "utf-16" };
    ReadOptions options;
    options.encoding = QByteArray(encodings[selector & 7]);
    if (selector & 0x10) {
        options.defaultYear = 2021;
        options.defaultBureau = QStringLiteral("総務企画局");
    }
    const QString fileName = (selector & 0x08) ? QStringLiteral("fuzz.tsv") : QStringLiteral("fuzz.csv");

    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    FuzzSink sink;
    QString error;
    CsvReader::read(buffer, fileName, sink, options, &error);
    return 0;
}

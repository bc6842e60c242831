// libFuzzer target: the XLSX reader and its ZIP layer.
//
// Two input forms, so that mutations reach both the archive code and the XML parsing:
// - input starting with "PK": the bytes are the .xlsx file itself (ZIP structure,
//   inflate, size and ratio limits);
// - anything else: XML parts separated by "\x01PART\x01", in the order workbook.xml,
//   workbook.xml.rels, sharedStrings.xml, sheet1.xml, _rels/.rels, sheet2.xml; this
//   target packs them into a stored (uncompressed) ZIP before reading it, so the
//   mutations land in the XML rather than in deflate streams.
#include "fuzzsink.h"
#include "recordreader.h"

#include "../support/zipbuilder.h"

#include <QBuffer>

namespace {

QByteArray workbookFromParts(const QByteArray &input)
{
    static const char *const names[] = {
        "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml",
        "xl/worksheets/sheet1.xml", "_rels/.rels", "xl/worksheets/sheet2.xml",
    };
    static const QByteArray separator("\x01PART\x01");
    QList<QByteArray> xml;
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = input.indexOf(separator, from);
        if (at < 0) {
            xml.append(input.mid(from));
            break;
        }
        xml.append(input.mid(from, at - from));
        from = at + separator.size();
    }
    ZipBuilder zip; // stored entries
    for (qsizetype i = 0; i < xml.size() && i < qsizetype(std::size(names)); ++i)
        zip.add(QByteArray(names[i]), xml.at(i));
    return zip.archive();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Hyoka;
    QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QByteArray file = input.startsWith("PK") ? input : workbookFromParts(input);
    QBuffer buffer(&file);
    buffer.open(QIODevice::ReadOnly);
    FuzzSink sink;
    QString error;
    ReadOptions options;
    XlsxReader::read(buffer, QStringLiteral("fuzz.xlsx"), sink, options, &error);
    return 0;
}

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

#include <QBuffer>
#include <QtEndian>

#include <zlib.h>

namespace {

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

// A minimal ZIP with stored entries: local headers, central directory, end record.
QByteArray storedZip(const QList<QPair<QByteArray, QByteArray>> &entries)
{
    QByteArray zip;
    QByteArray central;
    for (const auto &[name, data] : entries) {
        const quint32 offset = quint32(zip.size());
        const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()),
                                          uInt(data.size())));
        put32(zip, 0x04034b50);
        put16(zip, 20);
        put16(zip, 0);
        put16(zip, 0); // stored
        put16(zip, 0);
        put16(zip, 0);
        put32(zip, crc);
        put32(zip, quint32(data.size()));
        put32(zip, quint32(data.size()));
        put16(zip, quint16(name.size()));
        put16(zip, 0);
        zip += name;
        zip += data;

        put32(central, 0x02014b50);
        put16(central, 20);
        put16(central, 20);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put32(central, crc);
        put32(central, quint32(data.size()));
        put32(central, quint32(data.size()));
        put16(central, quint16(name.size()));
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put32(central, 0);
        put32(central, offset);
        central += name;
    }
    const quint32 dirOffset = quint32(zip.size());
    zip += central;
    put32(zip, 0x06054b50);
    put16(zip, 0);
    put16(zip, 0);
    put16(zip, quint16(entries.size()));
    put16(zip, quint16(entries.size()));
    put32(zip, quint32(central.size()));
    put32(zip, dirOffset);
    put16(zip, 0);
    return zip;
}

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
    QList<QPair<QByteArray, QByteArray>> entries;
    for (qsizetype i = 0; i < xml.size() && i < qsizetype(std::size(names)); ++i)
        entries.append({ QByteArray(names[i]), xml.at(i) });
    return storedZip(entries);
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

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtEndian>

#include <optional>

// Builds ZIP archives byte by byte for the XLSX and hostile-input tests: stored or
// deflated entries, any entry name (../x), and sizes in the headers that may lie.
class ZipBuilder
{
public:
    struct Entry
    {
        QByteArray name;
        QByteArray data;
        bool deflate = false;
        std::optional<quint32> declaredSize; // uncompressed size written in the headers
        bool utf8Name = false;               // general-purpose flag bit 11
    };

    void add(const QByteArray &name, const QByteArray &data, bool deflate = false,
             std::optional<quint32> declaredSize = std::nullopt)
    {
        m_entries.append({ name, data, deflate, declaredSize, false });
    }

    // As a spreadsheet program writes an entry: the name in UTF-8 (and flagged so),
    // the data deflated unless told otherwise.
    void addUtf8(const QString &name, const QByteArray &data, bool deflate = true)
    {
        m_entries.append({ name.toUtf8(), data, deflate, std::nullopt, true });
    }

    QByteArray archive() const
    {
        QByteArray zip;
        QByteArray central;
        for (const Entry &e : m_entries) {
            const QByteArray body = e.deflate ? rawDeflate(e.data) : e.data;
            const quint32 crc = crc32(e.data);
            const quint32 size = e.declaredSize.value_or(quint32(e.data.size()));
            const quint16 method = e.deflate ? 8 : 0;
            const quint16 flags = e.utf8Name ? 0x0800 : 0;
            const quint32 offset = quint32(zip.size());
            put32(zip, 0x04034b50);
            put16(zip, 20);
            put16(zip, flags);
            put16(zip, method);
            put32(zip, 0); // time, date
            put32(zip, crc);
            put32(zip, quint32(body.size()));
            put32(zip, size);
            put16(zip, quint16(e.name.size()));
            put16(zip, 0);
            zip += e.name;
            zip += body;

            put32(central, 0x02014b50);
            put16(central, 20);
            put16(central, 20);
            put16(central, flags);
            put16(central, method);
            put32(central, 0);
            put32(central, crc);
            put32(central, quint32(body.size()));
            put32(central, size);
            put16(central, quint16(e.name.size()));
            put16(central, 0);
            put16(central, 0);
            put16(central, 0);
            put16(central, 0);
            put32(central, 0);
            put32(central, offset);
            central += e.name;
        }
        const quint32 dirOffset = quint32(zip.size());
        zip += central;
        put32(zip, 0x06054b50);
        put16(zip, 0);
        put16(zip, 0);
        put16(zip, quint16(m_entries.size()));
        put16(zip, quint16(m_entries.size()));
        put32(zip, quint32(central.size()));
        put32(zip, dirOffset);
        put16(zip, 0);
        return zip;
    }

    // A raw deflate stream: qCompress() output without its size prefix, zlib header
    // and Adler-32 trailer.
    static QByteArray rawDeflate(const QByteArray &data)
    {
        const QByteArray z = qCompress(data, 9);
        return z.mid(6, z.size() - 10);
    }

    static quint32 crc32(const QByteArray &data)
    {
        quint32 crc = 0xFFFFFFFFu;
        for (const char ch : data) {
            crc ^= quint8(ch);
            for (int k = 0; k < 8; ++k)
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
        return ~crc;
    }

private:
    static void put16(QByteArray &out, quint16 v)
    {
        char b[2];
        qToLittleEndian(v, b);
        out.append(b, 2);
    }
    static void put32(QByteArray &out, quint32 v)
    {
        char b[4];
        qToLittleEndian(v, b);
        out.append(b, 4);
    }

    QList<Entry> m_entries;
};

#include "ziparchive.h"

#include <QtEndian>

#include <zlib.h>

namespace Hyoka {

namespace {

constexpr quint32 endOfCentralDirSignature = 0x06054b50;
constexpr quint32 centralHeaderSignature = 0x02014b50;
constexpr quint32 localHeaderSignature = 0x04034b50;
constexpr quint32 zip64EndLocatorSignature = 0x07064b50;
constexpr quint32 zip64EndSignature = 0x06064b50;

quint16 u16(const char *p) { return qFromLittleEndian<quint16>(p); }
quint32 u32(const char *p) { return qFromLittleEndian<quint32>(p); }
quint64 u64(const char *p) { return qFromLittleEndian<quint64>(p); }

// Inflates (or copies) one entry on demand; never produces more than the declared size.
class EntryDevice : public QIODevice
{
public:
    EntryDevice(QIODevice *source, qint64 dataOffset, const ZipArchive::Entry &entry)
        : m_source(source), m_position(dataOffset), m_entry(entry)
    {
        m_remainingInput = qint64(entry.compressedSize);
        if (entry.method == 8) {
            m_stream.zalloc = Z_NULL;
            m_stream.zfree = Z_NULL;
            m_stream.opaque = Z_NULL;
            m_inflating = inflateInit2(&m_stream, -MAX_WBITS) == Z_OK;
        }
    }
    ~EntryDevice() override
    {
        if (m_inflating)
            inflateEnd(&m_stream);
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_finished && QIODevice::atEnd(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_failed)
            return -1;
        if (m_finished || maxSize <= 0)
            return 0;
        const qint64 allowed = qint64(m_entry.uncompressedSize) - m_produced;
        if (allowed <= 0) {
            m_finished = true;
            return 0;
        }
        maxSize = qMin(maxSize, allowed);
        if (m_entry.method == 0) {
            if (!m_source->seek(m_position))
                return fail();
            const qint64 n = m_source->read(data, qMin(maxSize, m_remainingInput));
            if (n <= 0)
                return fail();
            m_position += n;
            m_remainingInput -= n;
            m_produced += n;
            if (m_remainingInput == 0)
                m_finished = true;
            return n;
        }
        if (!m_inflating)
            return fail();
        m_stream.next_out = reinterpret_cast<Bytef *>(data);
        m_stream.avail_out = uInt(qMin<qint64>(maxSize, 1 << 30));
        while (m_stream.avail_out > 0) {
            if (m_stream.avail_in == 0 && m_remainingInput > 0) {
                if (!m_source->seek(m_position))
                    return fail();
                m_buffer.resize(int(qMin<qint64>(m_remainingInput, 64 * 1024)));
                const qint64 n = m_source->read(m_buffer.data(), m_buffer.size());
                if (n <= 0)
                    return fail();
                m_position += n;
                m_remainingInput -= n;
                m_stream.next_in = reinterpret_cast<Bytef *>(m_buffer.data());
                m_stream.avail_in = uInt(n);
            }
            const int rc = inflate(&m_stream, Z_NO_FLUSH);
            if (rc == Z_STREAM_END) {
                m_finished = true;
                break;
            }
            if (rc != Z_OK && rc != Z_BUF_ERROR)
                return fail();
            if (rc == Z_BUF_ERROR && m_stream.avail_in == 0 && m_remainingInput == 0)
                return fail(); // truncated stream
        }
        const qint64 produced = qint64(reinterpret_cast<char *>(m_stream.next_out) - data);
        m_produced += produced;
        return produced;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 fail()
    {
        m_failed = true;
        setErrorString(ZipArchive::tr("damaged compressed data in %1").arg(m_entry.name));
        return -1;
    }

    QIODevice *m_source;
    qint64 m_position;
    ZipArchive::Entry m_entry;
    qint64 m_remainingInput = 0;
    qint64 m_produced = 0;
    z_stream m_stream {};
    QByteArray m_buffer;
    bool m_inflating = false;
    bool m_finished = false;
    bool m_failed = false;
};

} // namespace

bool ZipArchive::open(QIODevice *device, QString *error)
{
    m_device = device;
    m_entries.clear();
    m_order.clear();
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!device || !device->isOpen() || device->isSequential())
        return fail(tr("not a readable file"));
    const qint64 size = device->size();
    if (size < 22)
        return fail(tr("not a ZIP archive (too short)"));
    // The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
    const qint64 tailSize = qMin<qint64>(size, 65557);
    if (!device->seek(size - tailSize))
        return fail(tr("cannot read"));
    const QByteArray tail = device->read(tailSize);
    qsizetype eocd = -1;
    for (qsizetype i = tail.size() - 22; i >= 0; --i) {
        if (u32(tail.constData() + i) == endOfCentralDirSignature) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        return fail(tr("not a ZIP archive (no central directory)"));
    const char *e = tail.constData() + eocd;
    quint64 entryCount = u16(e + 10);
    quint64 dirSize = u32(e + 12);
    quint64 dirOffset = u32(e + 16);
    if (entryCount == 0xFFFF || dirOffset == 0xFFFFFFFF) {
        // ZIP64: the locator stands right before the end record.
        if (eocd < 20 || u32(tail.constData() + eocd - 20) != zip64EndLocatorSignature)
            return fail(tr("damaged ZIP64 archive"));
        const quint64 zip64End = u64(tail.constData() + eocd - 20 + 8);
        if (zip64End + 56 > quint64(size) || !device->seek(qint64(zip64End)))
            return fail(tr("damaged ZIP64 archive"));
        const QByteArray rec = device->read(56);
        if (rec.size() < 56 || u32(rec.constData()) != zip64EndSignature)
            return fail(tr("damaged ZIP64 archive"));
        entryCount = u64(rec.constData() + 32);
        dirSize = u64(rec.constData() + 40);
        dirOffset = u64(rec.constData() + 48);
    }
    if (dirOffset + dirSize > quint64(size) || dirSize > 64ull * 1024 * 1024 || entryCount > 100000)
        return fail(tr("damaged ZIP archive (central directory out of range)"));
    if (!device->seek(qint64(dirOffset)))
        return fail(tr("cannot read"));
    const QByteArray dir = device->read(qint64(dirSize));
    if (quint64(dir.size()) != dirSize)
        return fail(tr("damaged ZIP archive (short central directory)"));
    qsizetype p = 0;
    for (quint64 n = 0; n < entryCount; ++n) {
        if (p + 46 > dir.size() || u32(dir.constData() + p) != centralHeaderSignature)
            return fail(tr("damaged ZIP archive (bad central directory entry)"));
        const char *h = dir.constData() + p;
        Entry entry;
        entry.method = u16(h + 10);
        entry.compressedSize = u32(h + 20);
        entry.uncompressedSize = u32(h + 24);
        const quint16 nameLength = u16(h + 28);
        const quint16 extraLength = u16(h + 30);
        const quint16 commentLength = u16(h + 32);
        entry.localHeaderOffset = u32(h + 42);
        if (p + 46 + nameLength + extraLength + commentLength > dir.size())
            return fail(tr("damaged ZIP archive (bad central directory entry)"));
        entry.name = QString::fromUtf8(h + 46, nameLength);
        // ZIP64 extra field: 64-bit sizes and offset, in this order, when the 32-bit ones are full.
        const char *x = h + 46 + nameLength;
        const char *xEnd = x + extraLength;
        while (x + 4 <= xEnd) {
            const quint16 id = u16(x);
            const quint16 len = u16(x + 2);
            const char *v = x + 4;
            if (v + len > xEnd)
                break;
            if (id == 0x0001) {
                const char *f = v;
                auto take = [&](quint64 &field) {
                    if (field == 0xFFFFFFFF && f + 8 <= v + len) {
                        field = u64(f);
                        f += 8;
                    }
                };
                take(entry.uncompressedSize);
                take(entry.compressedSize);
                take(entry.localHeaderOffset);
            }
            x = v + len;
        }
        p += 46 + nameLength + extraLength + commentLength;
        if (!m_entries.contains(entry.name))
            m_order.append(entry.name);
        m_entries.insert(entry.name, entry);
    }
    return true;
}

const ZipArchive::Entry *ZipArchive::entry(const QString &name) const
{
    const auto it = m_entries.constFind(name);
    return it == m_entries.constEnd() ? nullptr : &it.value();
}

std::unique_ptr<QIODevice> ZipArchive::openEntry(const QString &name, QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::unique_ptr<QIODevice>();
    };
    const Entry *e = entry(name);
    if (!e)
        return fail(tr("%1 is missing from the archive").arg(name));
    if (e->method != 0 && e->method != 8)
        return fail(tr("%1 uses an unsupported compression method (%2)").arg(name).arg(e->method));
    if (e->uncompressedSize > maxEntrySize)
        return fail(tr("%1 is too large (%2 bytes uncompressed)").arg(name).arg(e->uncompressedSize));
    if (e->uncompressedSize > 1024 * 1024 && e->uncompressedSize / qMax<quint64>(e->compressedSize, 1) > maxRatio)
        return fail(tr("%1 expands more than %2 times: refused as a possible zip bomb").arg(name).arg(maxRatio));
    if (!m_device->seek(qint64(e->localHeaderOffset)))
        return fail(tr("cannot read %1").arg(name));
    const QByteArray local = m_device->read(30);
    if (local.size() < 30 || u32(local.constData()) != localHeaderSignature)
        return fail(tr("damaged ZIP archive (bad local header of %1)").arg(name));
    const qint64 dataOffset = qint64(e->localHeaderOffset) + 30 + u16(local.constData() + 26)
            + u16(local.constData() + 28);
    if (dataOffset + qint64(e->compressedSize) > m_device->size())
        return fail(tr("damaged ZIP archive (%1 runs past the end)").arg(name));
    auto device = std::make_unique<EntryDevice>(m_device, dataOffset, *e);
    device->open(QIODevice::ReadOnly);
    return device;
}

QByteArray ZipArchive::readEntry(const QString &name, qint64 maxBytes, QString *error) const
{
    const Entry *e = entry(name);
    if (e && e->uncompressedSize > quint64(maxBytes)) {
        if (error)
            *error = tr("%1 is too large (%2 bytes uncompressed)").arg(name).arg(e->uncompressedSize);
        return QByteArray();
    }
    std::unique_ptr<QIODevice> device = openEntry(name, error);
    if (!device)
        return QByteArray();
    QByteArray data = device->readAll();
    if (quint64(data.size()) != e->uncompressedSize) {
        if (error)
            *error = device->errorString().isEmpty() ? tr("damaged entry %1").arg(name)
                                                     : device->errorString();
        return QByteArray();
    }
    return data;
}

} // namespace Hyoka

#include "ziparchive.h"

#include <unzip.h>

#include <limits>

namespace Hyoka {

namespace {

// minizip's file functions on a QIODevice: the device is both the opaque pointer and
// the stream. minizip seeks before every read, so several handles may share the device.
voidpf ZCALLBACK openDevice(voidpf opaque, const void *, int)
{
    return opaque;
}

uLong ZCALLBACK readDevice(voidpf, voidpf stream, void *buffer, uLong size)
{
    const qint64 n = static_cast<QIODevice *>(stream)->read(static_cast<char *>(buffer), qint64(size));
    return n < 0 ? 0 : uLong(n);
}

uLong ZCALLBACK writeDevice(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

ZPOS64_T ZCALLBACK tellDevice(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<QIODevice *>(stream)->pos());
}

long ZCALLBACK seekDevice(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *device = static_cast<QIODevice *>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = device->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = device->size();
    if (offset > ZPOS64_T(std::numeric_limits<qint64>::max() - base))
        return -1;
    const qint64 target = base + qint64(offset);
    return target <= device->size() && device->seek(target) ? 0 : -1;
}

int ZCALLBACK closeDevice(voidpf, voidpf)
{
    return 0;
}

int ZCALLBACK deviceError(voidpf, voidpf)
{
    return 0;
}

// An unzip handle on the device, or nullptr when minizip finds no archive there.
unzFile openUnzip(QIODevice *device)
{
    zlib_filefunc64_def functions {};
    functions.zopen64_file = openDevice;
    functions.zread_file = readDevice;
    functions.zwrite_file = writeDevice;
    functions.ztell64_file = tellDevice;
    functions.zseek64_file = seekDevice;
    functions.zclose_file = closeDevice;
    functions.zerror_file = deviceError;
    functions.opaque = device;
    return unzOpen2_64("", &functions);
}

// One entry's uncompressed bytes, on its own unzip handle; never more than the
// declared size (minizip stops there), and a damaged stream, a short one or a CRC
// that does not match makes the device fail.
class EntryDevice : public QIODevice
{
public:
    EntryDevice(unzFile zip, const ZipArchive::Entry &entry) : m_zip(zip), m_entry(entry) { }
    ~EntryDevice() override
    {
        unzCloseCurrentFile(m_zip);
        unzClose(m_zip);
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
        const qint64 wanted = qMin(qMin(maxSize, allowed), qint64(1) << 30);
        const int n = wanted > 0 ? unzReadCurrentFile(m_zip, data, unsigned(wanted)) : 0;
        if (n < 0)
            return fail();
        m_produced += n;
        if (m_produced == qint64(m_entry.uncompressedSize)) {
            m_finished = true;
            if (unzCloseCurrentFile(m_zip) != UNZ_OK)
                return fail(); // the CRC does not match
        } else if (n == 0) {
            return fail(); // the stream ended before the declared size
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 fail()
    {
        m_failed = true;
        setErrorString(ZipArchive::tr("damaged compressed data in %1").arg(m_entry.name));
        return -1;
    }

    unzFile m_zip;
    ZipArchive::Entry m_entry;
    qint64 m_produced = 0;
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
    if (device->size() < 22)
        return fail(tr("not a ZIP archive (too short)"));
    const unzFile zip = openUnzip(device);
    if (!zip)
        return fail(tr("not a ZIP archive (no central directory)"));
    const std::unique_ptr<void, int (*)(unzFile)> closer(zip, unzClose);

    unz_global_info64 global {};
    if (unzGetGlobalInfo64(zip, &global) != UNZ_OK || global.number_entry > maxEntries)
        return fail(tr("damaged ZIP archive (central directory out of range)"));
    quint64 nameBytes = 0;
    QByteArray name(0xFFFF, Qt::Uninitialized);
    for (int rc = unzGoToFirstFile(zip); rc != UNZ_END_OF_LIST_OF_FILE; rc = unzGoToNextFile(zip)) {
        unz_file_info64 info {};
        unz64_file_pos position {};
        if (rc != UNZ_OK
            || unzGetCurrentFileInfo64(zip, &info, name.data(), uLong(name.size()), nullptr, 0, nullptr, 0) != UNZ_OK
            || unzGetFilePos64(zip, &position) != UNZ_OK)
            return fail(tr("damaged ZIP archive (bad central directory entry)"));
        nameBytes += info.size_filename;
        if (nameBytes > maxNameBytes || quint64(m_order.size()) >= maxEntries)
            return fail(tr("damaged ZIP archive (central directory out of range)"));
        Entry entry;
        entry.name = QString::fromUtf8(name.constData(), qMin<qsizetype>(info.size_filename, name.size()));
        entry.method = quint16(info.compression_method);
        entry.compressedSize = info.compressed_size;
        entry.uncompressedSize = info.uncompressed_size;
        entry.encrypted = (info.flag & 1) != 0;
        entry.directoryPosition = position.pos_in_zip_directory;
        entry.fileNumber = position.num_of_file;
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
    if (e->encrypted)
        return fail(tr("%1 is encrypted").arg(name));
    if (e->uncompressedSize > maxEntrySize)
        return fail(tr("%1 is too large (%2 bytes uncompressed)").arg(name).arg(e->uncompressedSize));
    if (e->uncompressedSize > 1024 * 1024 && e->uncompressedSize / qMax<quint64>(e->compressedSize, 1) > maxRatio)
        return fail(tr("%1 expands more than %2 times: refused as a possible zip bomb").arg(name).arg(maxRatio));
    if (e->compressedSize > quint64(m_device->size()))
        return fail(tr("damaged ZIP archive (%1 runs past the end)").arg(name));
    const unzFile zip = openUnzip(m_device);
    if (!zip)
        return fail(tr("cannot read %1").arg(name));
    const unz64_file_pos position { e->directoryPosition, e->fileNumber };
    if (unzGoToFilePos64(zip, &position) != UNZ_OK || unzOpenCurrentFile(zip) != UNZ_OK) {
        unzClose(zip);
        return fail(tr("damaged ZIP archive (bad local header of %1)").arg(name));
    }
    auto device = std::make_unique<EntryDevice>(zip, *e);
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

#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QString>

#include <memory>

namespace Hyoka {

// Reads entries of a ZIP archive (as XLSX files are) with minizip's unzip API, reading
// the QIODevice through minizip's I/O callbacks and streaming each entry through a
// QIODevice. Written for untrusted files: entry sizes and compression ratios are
// bounded, names are only looked up, never used as paths. (The system libminizip is
// the one libxlsxwriter links too; QuaZip's bundled copy would clash with it.)
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::ZipArchive)
public:
    struct Entry
    {
        QString name;
        quint16 method = 0; // 0 stored, 8 deflated
        quint64 compressedSize = 0;
        quint64 uncompressedSize = 0;
        bool encrypted = false;
        quint64 directoryPosition = 0; // where minizip finds it again (unz64_file_pos)
        quint64 fileNumber = 0;
    };

    static constexpr quint64 maxEntrySize = 1024ull * 1024 * 1024; // 1 GiB uncompressed
    static constexpr quint64 maxRatio = 100;                        // zip-bomb guard
    static constexpr quint64 maxEntries = 100000;
    static constexpr quint64 maxNameBytes = 64ull * 1024 * 1024;    // all names together

    // `device` must be open, random access, and outlive the archive.
    bool open(QIODevice *device, QString *error);
    bool contains(const QString &name) const { return m_entries.contains(name); }
    const Entry *entry(const QString &name) const;
    QStringList entryNames() const { return m_order; }

    // A sequential device producing the entry's uncompressed bytes, or nullptr with
    // `error` set (unknown entry, unsupported method, size or ratio over the limits).
    // Reading past the declared size or a damaged stream makes the device fail.
    std::unique_ptr<QIODevice> openEntry(const QString &name, QString *error) const;
    // The whole entry, refused when larger than `maxBytes`.
    QByteArray readEntry(const QString &name, qint64 maxBytes, QString *error) const;

private:
    QIODevice *m_device = nullptr;
    QHash<QString, Entry> m_entries;
    QStringList m_order;
};

} // namespace Hyoka

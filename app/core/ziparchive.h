#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QString>

#include <memory>

namespace Hyoka {

// Reads entries of a ZIP archive (as XLSX files are) with zlib, streaming each entry
// through a QIODevice. Written for untrusted files: entry sizes and compression
// ratios are bounded, names are only looked up, never used as paths.
// (QuaZip cannot be used: its bundled minizip exports the same symbols as the
// system minizip that libxlsxwriter uses, and one of the two then crashes.)
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
        quint64 localHeaderOffset = 0;
    };

    static constexpr quint64 maxEntrySize = 1024ull * 1024 * 1024; // 1 GiB uncompressed
    static constexpr quint64 maxRatio = 100;                        // zip-bomb guard

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

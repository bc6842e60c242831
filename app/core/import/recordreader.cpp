#include "recordreader.h"

#include "recordsink.h"

#include <QFile>
#include <QFileInfo>

namespace Hyoka {

SourceFormat RecordReader::detectFormat(const QString &path, QIODevice *device)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"md" || suffix == u"markdown" || suffix == u"txt")
        return SourceFormat::Markdown;
    if (suffix == u"csv" || suffix == u"tsv")
        return SourceFormat::Csv;
    if (suffix == u"xlsx" || suffix == u"xlsm")
        return SourceFormat::Xlsx;
    if (suffix == u"pdf")
        return SourceFormat::Pdf;
    if (device) {
        const QByteArray head = device->peek(4096);
        if (head.startsWith("%PDF-"))
            return SourceFormat::Pdf;
        if (head.startsWith("PK\x03\x04"))
            return SourceFormat::Xlsx;
        if (head.contains("\n|") || head.startsWith("|"))
            return SourceFormat::Markdown;
    }
    return SourceFormat::Csv;
}

bool RecordReader::readFile(const QString &path, RecordSink &sink, const ReadOptions &options,
                            QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (error)
            *error = tr("%1: no such file").arg(path);
        return false;
    }
    if (info.isDir()) {
        if (error)
            *error = tr("%1: is a directory, not a file").arg(path);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot open: %2").arg(path, file.errorString());
        return false;
    }
    SourceFormat format = options.format;
    if (format == SourceFormat::Auto)
        format = detectFormat(path, &file);
    QString readError;
    bool ok = false;
    switch (format) {
    case SourceFormat::Markdown:
        ok = MarkdownReader::read(file, path, sink, options, &readError);
        break;
    case SourceFormat::Xlsx:
        ok = XlsxReader::read(file, path, sink, options, &readError);
        break;
    case SourceFormat::Pdf:
        ok = PdfReader::read(file, path, sink, options, &readError);
        break;
    case SourceFormat::Csv:
    case SourceFormat::Auto:
        ok = CsvReader::read(file, path, sink, options, &readError);
        break;
    }
    if (!ok && error)
        *error = readError.isEmpty() ? tr("%1: cannot read").arg(path) : readError;
    return ok;
}

} // namespace Hyoka

// "Show source" for Markdown, CSV and XLSX records (docs/years.md, "Show source").
#include "sourceexcerpt.h"

#include "recordreader.h"
#include "recordsink.h"
#include "reviewdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlQuery>
#include <QStringDecoder>

#include <optional>

namespace Hyoka {

namespace {

constexpr qint64 chunkSize = 64 * 1024;

// The SHA-256 of the files hashed lately, keyed by path, size and modification time:
// moving through the records of one large file hashes it once.
QMutex hashMutex;
QHash<QString, QString> hashCache;

bool isPdfPath(const QString &path)
{
    return path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
}

bool isXlsxPath(const QString &path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
            || path.endsWith(QLatin1String(".xlsm"), Qt::CaseInsensitive);
}

// The decoder the readers would use for a file starting with `head` (csvreader.cpp).
std::optional<QStringDecoder> decoderFor(const QByteArray &head, const QByteArray &encoding,
                                         QString *label)
{
    if (!encoding.isEmpty()) {
        const QByteArray key = encoding.toLower();
        const bool sjis = key == "shift_jis" || key == "shift-jis" || key == "sjis"
                || key == "cp932" || key == "ms932" || key == "windows-31j";
        QStringDecoder decoder(sjis ? "windows-31j" : encoding.constData());
        *label = sjis ? QStringLiteral("Shift_JIS (CP932)") : QString::fromLatin1(encoding);
        return decoder;
    }
    if (head.startsWith("\xEF\xBB\xBF")) {
        *label = QStringLiteral("UTF-8");
        return QStringDecoder(QStringConverter::Utf8); // skips the BOM
    }
    if (head.startsWith("\xFF\xFE")) {
        *label = QStringLiteral("UTF-16LE");
        return QStringDecoder(QStringConverter::Utf16LE);
    }
    if (head.startsWith("\xFE\xFF")) {
        *label = QStringLiteral("UTF-16BE");
        return QStringDecoder(QStringConverter::Utf16BE);
    }
    // Valid UTF-8 (a sequence cut at the sample's end stays in the decoder's state).
    QStringDecoder probe(QStringConverter::Utf8);
    const QString probed = probe.decode(head); // converted here: decode() is lazy
    if (!probe.hasError()) {
        *label = QStringLiteral("UTF-8");
        return QStringDecoder(QStringConverter::Utf8);
    }
    *label = QStringLiteral("Shift_JIS (CP932)");
    return QStringDecoder("windows-31j"); // ICU's CP932: ①, 髙, ～
}

QString cut(QString line)
{
    if (line.endsWith(u'\r'))
        line.chop(1);
    if (line.size() > SourceExcerpt::maxLineChars) {
        line.truncate(SourceExcerpt::maxLineChars);
        line += QChar(0x2026);
    }
    return line;
}

} // namespace

SourceImport SourceImport::read(ReviewDatabase *db, qint64 recordId)
{
    SourceImport result;
    if (!db || recordId == 0)
        return result;
    QSqlQuery q(db->database());
    q.prepare(QStringLiteral("SELECT i.file_name, i.sha256, i.imported_at, i.file_size FROM imports i"
                             " JOIN records r ON r.import_id = i.id WHERE r.id = ?"));
    q.addBindValue(recordId);
    if (!q.exec() || !q.next())
        return result;
    result.fileName = q.value(0).toString();
    result.sha256 = q.value(1).toString().toLower();
    result.importedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
    if (result.importedAt.isValid() && result.importedAt.timeSpec() == Qt::LocalTime)
        result.importedAt.setTimeSpec(Qt::UTC); // written as UTC (RecordStore)
    result.fileSize = q.value(3).isNull() ? -1 : q.value(3).toLongLong();
    return result;
}

bool SourceExcerpt::isTextRecord(const Record &record)
{
    return record.sourcePage <= 0 && record.sourceLine > 0 && record.sourceSheet.isEmpty()
            && !record.sourceFile.isEmpty() && !isPdfPath(record.sourceFile)
            && !isXlsxPath(record.sourceFile);
}

bool SourceExcerpt::isSheetRecord(const Record &record)
{
    return record.sourcePage <= 0 && record.sourceLine > 0 && !record.sourceFile.isEmpty()
            && (!record.sourceSheet.isEmpty() || isXlsxPath(record.sourceFile));
}

QString SourceExcerpt::findFile(const QString &stored, const QString &databaseDir)
{
    if (stored.isEmpty())
        return QString();
    if (QDir::isAbsolutePath(stored))
        return QFileInfo(stored).isFile() ? QDir::cleanPath(stored) : QString();
    QStringList bases;
    if (!databaseDir.isEmpty())
        bases << databaseDir;
    bases << QDir::currentPath();
    for (const QString &base : std::as_const(bases)) {
        const QFileInfo info(QDir(base), stored);
        if (info.isFile())
            return QDir::cleanPath(info.absoluteFilePath());
    }
    return QString();
}

QString SourceExcerpt::sha256(const QString &path)
{
    const QFileInfo info(path);
    const QString key = QStringLiteral("%1\n%2\n%3")
                                .arg(info.absoluteFilePath())
                                .arg(info.size())
                                .arg(info.lastModified().toMSecsSinceEpoch());
    {
        QMutexLocker lock(&hashMutex);
        const auto it = hashCache.constFind(key);
        if (it != hashCache.constEnd())
            return *it;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return QString();
    const QString sum = QString::fromLatin1(hash.result().toHex());
    QMutexLocker lock(&hashMutex);
    if (hashCache.size() >= 32)
        hashCache.clear();
    hashCache.insert(key, sum);
    return sum;
}

SourceExcerpt SourceExcerpt::readLines(const QString &path, int line, int context,
                                       const QByteArray &encoding)
{
    SourceExcerpt result;
    result.filePath = path;
    result.line = line;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.status = Status::Unreadable;
        result.message = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return result;
    }
    const int first = std::max(1, line - std::max(0, context));
    const int last = line + std::max(0, context);
    result.firstLine = first;

    std::optional<QStringDecoder> decoder;
    int current = 1;  // the line the next character belongs to
    QString pending;  // the part of the current line read so far (only when wanted)
    bool pendingCut = false;
    bool lineStarted = false; // the current line has characters (the last one may lack a line end)
    bool done = false;
    auto wanted = [&] { return current >= first && current <= last; };
    while (!done) {
        const QByteArray bytes = file.read(chunkSize);
        if (bytes.isEmpty())
            break;
        if (!decoder)
            decoder = decoderFor(bytes, encoding, &result.encoding);
        const QString text = decoder->decode(bytes);
        qsizetype from = 0;
        while (from < text.size()) {
            const qsizetype nl = text.indexOf(u'\n', from);
            const qsizetype end = nl < 0 ? text.size() : nl;
            lineStarted = lineStarted || end > from;
            if (wanted() && !pendingCut) {
                pending += QStringView(text).mid(from, end - from);
                if (pending.size() > maxLineChars + 1)
                    pendingCut = true, pending.truncate(maxLineChars + 1);
            }
            if (nl < 0)
                break;
            if (wanted())
                result.lines << cut(pending);
            pending.clear();
            pendingCut = false;
            lineStarted = false;
            ++current;
            from = nl + 1;
            if (current > last) {
                done = true;
                break;
            }
        }
    }
    if (file.error() != QFileDevice::NoError) {
        result.status = Status::Unreadable;
        result.message = tr("%1 cannot be read: %2").arg(path, file.errorString());
        result.lines.clear();
        return result;
    }
    if (!done && wanted() && lineStarted)
        result.lines << cut(pending); // the last line, without a line end
    if (!decoder)
        result.encoding = QStringLiteral("UTF-8");
    if (line < first || line >= first + result.lines.size()) {
        result.status = Status::NoLine;
        result.message = tr("%1 has %n line(s) now, not line %2: the file changed since the import",
                            "", std::max(0, lineStarted ? current : current - 1))
                                 .arg(path)
                                 .arg(line);
        return result;
    }
    result.status = Status::Ok;
    return result;
}

SourceExcerpt SourceExcerpt::readSheetRow(const QString &path, const QString &sheet, int row)
{
    SourceExcerpt result;
    result.filePath = path;
    result.sheet = sheet;
    result.line = row;
    bool found = false;
    bool sheetSeen = false;
    bool anyRow = false; // the workbook could be read (the reader then says "no table")
    ReadOptions options;
    options.format = SourceFormat::Xlsx;
    options.onSheetRow = [&](const QString &name, const QStringList &cells, int r) {
        anyRow = true;
        if (name != sheet)
            return !sheetSeen; // the sheets after it are not needed
        sheetSeen = true;
        if (r < row)
            return true;
        if (r == row) {
            found = true;
            result.cells = cells;
        }
        return false;
    };
    CollectingSink sink;
    QString error;
    RecordReader::readFile(path, sink, options, &error);
    if (found) {
        result.status = Status::Sheet;
        return result;
    }
    if (!anyRow && !error.isEmpty()) {
        result.status = Status::Unreadable;
        result.message = tr("%1 cannot be read: %2").arg(path, error);
        return result;
    }
    result.status = Status::NoLine;
    result.message = sheetSeen ? tr("%1: sheet %2 has no row %3 now: the file changed since the import")
                                         .arg(path, sheet)
                                         .arg(row)
                               : tr("%1 has no sheet %2 now: the file changed since the import")
                                         .arg(path, sheet);
    return result;
}

SourceExcerpt SourceExcerpt::read(const Record &record, const SourceImport &import,
                                  const QString &databaseDir, const QString &chosenPath, int context)
{
    SourceExcerpt result;
    result.import = import;
    result.storedPath = record.sourceFile;
    result.line = record.sourceLine;
    result.sheet = record.sourceSheet;
    if (!hasSource(record))
        return result;
    const QString path = chosenPath.isEmpty() ? findFile(record.sourceFile, databaseDir)
                                              : QFileInfo(chosenPath).absoluteFilePath();
    if (path.isEmpty()) {
        result.status = Status::Missing;
        result.message = tr("%1: not found (moved, renamed or deleted since the import)")
                                 .arg(record.sourceFile);
        return result;
    }
    // The import's SHA-256 is the file's only when the record's file is the import's.
    const bool comparable = import.isValid() && !import.sha256.isEmpty()
            && import.fileName == record.sourceFile;
    const QString sum = comparable ? sha256(path) : QString();
    const bool changed = comparable && sum != import.sha256;
    if (!chosenPath.isEmpty() && comparable && changed) {
        // A located file is taken only when it is the one imported.
        result.status = Status::Missing;
        result.filePath.clear();
        result.message = tr("%1 is not the file that was imported (its SHA-256 differs); "
                            "choose the file imported on %2")
                                 .arg(QDir::toNativeSeparators(path),
                                      QLocale().toString(import.importedAt.toLocalTime(),
                                                         QLocale::ShortFormat));
        return result;
    }

    // A sheet's row, or the lines around a text record's; either may have changed since.
    const bool sheet = isSheetRecord(record);
    SourceExcerpt excerpt = sheet ? readSheetRow(path, record.sourceSheet, record.sourceLine)
                                  : readLines(path, record.sourceLine, context);
    excerpt.import = import;
    excerpt.storedPath = record.sourceFile;
    excerpt.sheet = record.sourceSheet;
    if (excerpt.status == (sheet ? Status::Sheet : Status::Ok) && changed) {
        excerpt.status = Status::Changed;
        excerpt.message = (sheet ? tr("The file changed since it was imported on %1: the cells may not be "
                                      "the record's any more.")
                                 : tr("The file changed since it was imported on %1: the lines may not be "
                                      "the record's any more."))
                                  .arg(QLocale().toString(import.importedAt.toLocalTime(), QLocale::ShortFormat));
    }
    return excerpt;
}

} // namespace Hyoka

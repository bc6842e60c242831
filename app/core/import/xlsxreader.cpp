#include "recordreader.h"

#include "columnlayout.h"
#include "recordbuilder.h"
#include "recordsink.h"
#include "tablerows.h"
#include "tabularexport.h"
#include "titledefaults.h"
#include "textnormaliser.h"

#include <QDir>
#include <QHash>
#include <QIODevice>
#include <QLocale>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include "xlsxxml.h"
#include "ziparchive.h"

#include <cmath>
#include <functional>

namespace Hyoka {

namespace {

using namespace XlsxXml;

// Zip-bomb limits, checked against the entry's header and again while inflating.
constexpr qint64 MaxEntrySize = 256 * 1024 * 1024;
constexpr qint64 MaxCompressionRatio = 100;
// Below this size a high ratio is harmless (a sheet of empty cells compresses very well).
constexpr qint64 RatioCheckFloor = 1024 * 1024;
// A bound on shared strings to cap memory (the columns' limit is in xlsxxml.h).
// With the text bound they keep the shared-string table under about 250 MB (a QString
// costs 24 bytes before its text), so that a workbook within the zip-bomb limits still
// reads in bounded memory.
constexpr qsizetype MaxSharedStrings = 4 * 1024 * 1024;
constexpr qsizetype MaxSharedStringChars = 64 * 1024 * 1024;
// QXmlStreamReader holds a whole text or tag in memory (and readElementText() copies
// it), so none may be longer than this; a cell holds at most 32,767 characters.
constexpr qint64 MaxRunBytes = 4 * 1024 * 1024;
// Characters of one sheet row, shared strings counted each time they are used.
constexpr qsizetype MaxRowChars = 4 * 1024 * 1024;

// A read-only view of one inflating zip entry that fails as soon as the bytes produced
// pass the zip-bomb limits, whatever the entry's header claims.
class BoundedEntryDevice : public QIODevice
{
public:
    BoundedEntryDevice(QIODevice &entry, qint64 compressedSize,
                       std::function<void(qint64)> progress)
        : m_entry(entry), m_compressedSize(compressedSize), m_progress(std::move(progress))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool exceeded() const { return m_exceeded; }
    bool overlongRun() const { return m_overlongRun; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_exceeded || m_overlongRun)
            return -1;
        const qint64 n = m_entry.read(data, maxSize);
        if (n <= 0)
            return n;
        for (qint64 i = 0; i < n; ++i) {
            if (data[i] == '<' || data[i] == '>') {
                m_run = 0;
            } else if (++m_run > MaxRunBytes) {
                m_overlongRun = true;
                return -1;
            }
        }
        m_produced += n;
        if (m_produced > MaxEntrySize
            || (m_produced > RatioCheckFloor && m_produced > m_compressedSize * MaxCompressionRatio)) {
            m_exceeded = true;
            return -1;
        }
        if (m_progress)
            m_progress(m_produced);
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice &m_entry;
    qint64 m_compressedSize = 0;
    qint64 m_produced = 0;
    qint64 m_run = 0; // bytes since the last < or >
    bool m_exceeded = false;
    bool m_overlongRun = false;
    std::function<void(qint64)> m_progress;
};

struct SheetEntry
{
    QString name;
    QString path;
};

// Forwards to the caller's sink, naming the sheet in every warning.
class SheetSink : public RecordSink
{
public:
    SheetSink(RecordSink &inner, const QString &sheet) : m_inner(inner), m_sheet(sheet) { }

    bool addRecord(Record &&record) override { return m_inner.addRecord(std::move(record)); }
    void addWarning(const ImportWarning &warning) override
    {
        ImportWarning w = warning;
        w.message = RecordReader::tr("sheet %1: %2").arg(m_sheet, warning.message);
        m_inner.addWarning(w);
    }
    void rowSkipped() override { m_inner.rowSkipped(); }
    void progress(qint64 bytesRead, qint64 bytesTotal) override
    {
        m_inner.progress(bytesRead, bytesTotal);
    }

private:
    RecordSink &m_inner;
    QString m_sheet;
};

// Reads the parts of one workbook in turn: workbook, relationships, shared strings, sheets.
class XlsxFileReader
{
public:
    XlsxFileReader(QIODevice &device, const QString &fileName, RecordSink &sink,
                   const ReadOptions &options)
        : m_device(device), m_fileName(fileName), m_sink(sink), m_options(options)
    {
    }

    bool read(QString *error);

private:
    using Parser = std::function<void(QXmlStreamReader &)>;
    // Opens a part by name and runs `parse` over it. False with m_error set when the
    // part is missing (and `required`), too large, or not well-formed XML.
    bool parsePart(const QString &path, const Parser &parse, bool required, bool *found = nullptr);
    bool readRelationships(const QString &relsPath, const QString &baseDir,
                           QHash<QString, QPair<QString, QString>> *byId, bool *found = nullptr);
    bool readWorkbook(QList<SheetEntry> *sheets, QString *sharedStringsPath);
    bool readSheet(const SheetEntry &sheet, bool *hadTable);

    QIODevice &m_device;
    ZipArchive m_zip;
    QString m_fileName;
    RecordSink &m_sink;
    const ReadOptions &m_options;
    QStringList m_sharedStrings;
    QString m_error;
    bool m_stop = false;
    qint64 m_sheetBytesTotal = 0;
    qint64 m_sheetBytesDone = 0;
};

bool XlsxFileReader::parsePart(const QString &path, const Parser &parse, bool required, bool *found)
{
    if (found)
        *found = false;
    QString entryName = path;
    if (!m_zip.contains(entryName)) {
        // Some writers differ in case ("xl/SharedStrings.xml").
        entryName.clear();
        const QStringList names = m_zip.entryNames();
        for (const QString &name : names) {
            if (name.compare(path, Qt::CaseInsensitive) == 0) {
                entryName = name;
                break;
            }
        }
    }
    if (entryName.isEmpty()) {
        if (required)
            m_error = RecordReader::tr("%1: not an XLSX workbook (%2 is missing)").arg(m_fileName, path);
        return !required;
    }
    if (found)
        *found = true;
    const ZipArchive::Entry *info = m_zip.entry(entryName);
    const qint64 size = qint64(info->uncompressedSize);
    const qint64 packed = qint64(info->compressedSize);
    if (size > MaxEntrySize) {
        m_error = RecordReader::tr("%1: the entry %2 would unpack to %3 MiB, more than the %4 MiB "
                                   "allowed; refused as a possible zip bomb")
                          .arg(m_fileName, path)
                          .arg(size / (1024 * 1024))
                          .arg(MaxEntrySize / (1024 * 1024));
        return false;
    }
    if (size > RatioCheckFloor && size > packed * MaxCompressionRatio) {
        m_error = RecordReader::tr("%1: the entry %2 is compressed more than %3:1; refused as a "
                                   "possible zip bomb")
                          .arg(m_fileName, path)
                          .arg(MaxCompressionRatio);
        return false;
    }
    QString openError;
    std::unique_ptr<QIODevice> entryDevice = m_zip.openEntry(entryName, &openError);
    if (!entryDevice) {
        m_error = RecordReader::tr("%1: cannot unpack the entry %2: %3").arg(m_fileName, path, openError);
        return false;
    }
    QIODevice &entry = *entryDevice;
    const qint64 before = m_sheetBytesDone;
    BoundedEntryDevice bounded(entry, packed, [this, before](qint64 produced) {
        if (m_sheetBytesTotal > 0)
            m_sink.progress(before + produced, m_sheetBytesTotal);
    });
    QXmlStreamReader xml(&bounded);
    parse(xml);
    if (bounded.exceeded()) {
        m_error = RecordReader::tr("%1: the entry %2 unpacks to more than its size allows; "
                                   "refused as a possible zip bomb")
                          .arg(m_fileName, path);
        return false;
    }
    if (bounded.overlongRun()) {
        m_error = RecordReader::tr("%1: the entry %2 holds a text or tag longer than %3 MiB; refused")
                          .arg(m_fileName, path)
                          .arg(MaxRunBytes / (1024 * 1024));
        return false;
    }
    if (xml.hasError() && !m_stop) {
        m_error = RecordReader::tr("%1: %2 is not valid XML (line %3): %4")
                          .arg(m_fileName, path)
                          .arg(xml.lineNumber())
                          .arg(xml.errorString());
        return false;
    }
    entry.close();
    return true;
}

bool XlsxFileReader::readRelationships(const QString &relsPath, const QString &baseDir,
                                       QHash<QString, QPair<QString, QString>> *byId, bool *found)
{
    return parsePart(
            relsPath,
            [&](QXmlStreamReader &xml) {
                while (nextToken(xml)) {
                    if (!xml.isStartElement() || xml.name() != u"Relationship")
                        continue;
                    const auto a = xml.attributes();
                    if (a.value(QLatin1String("TargetMode")) == u"External")
                        continue;
                    const QString target = resolvePart(baseDir, a.value(QLatin1String("Target")).toString());
                    if (!target.isEmpty()) {
                        byId->insert(a.value(QLatin1String("Id")).toString(),
                                     { a.value(QLatin1String("Type")).toString(), target });
                    }
                }
            },
            false, found);
}

bool XlsxFileReader::readWorkbook(QList<SheetEntry> *sheets, QString *sharedStringsPath)
{
    // The package relationships name the workbook part (normally xl/workbook.xml).
    QString workbookPath = QStringLiteral("xl/workbook.xml");
    QHash<QString, QPair<QString, QString>> rootRels;
    if (!readRelationships(QStringLiteral("_rels/.rels"), QString(), &rootRels))
        return false;
    for (const auto &rel : std::as_const(rootRels)) {
        if (rel.first.endsWith(u"/officeDocument")) {
            workbookPath = rel.second;
            break;
        }
    }
    const QString baseDir = workbookPath.contains(u'/')
            ? workbookPath.left(workbookPath.lastIndexOf(u'/'))
            : QString();
    const QString relsPath = (baseDir.isEmpty() ? QString() : baseDir + u'/')
            + QStringLiteral("_rels/") + workbookPath.mid(workbookPath.lastIndexOf(u'/') + 1)
            + QStringLiteral(".rels");
    QHash<QString, QPair<QString, QString>> rels;
    bool haveRels = false;
    if (!readRelationships(relsPath, baseDir, &rels, &haveRels))
        return false;

    QList<QPair<QString, QString>> named; // sheet name, relationship id
    const bool ok = parsePart(
            workbookPath,
            [&](QXmlStreamReader &xml) {
                while (nextToken(xml)) {
                    if (!xml.isStartElement() || xml.name() != u"sheet")
                        continue;
                    QString id;
                    for (const QXmlStreamAttribute &a : xml.attributes()) {
                        if (a.name() == u"id" && !a.namespaceUri().isEmpty())
                            id = a.value().toString();
                    }
                    named.append({ xml.attributes().value(QLatin1String("name")).toString(), id });
                }
            },
            true);
    if (!ok)
        return false;

    for (const auto &rel : std::as_const(rels)) {
        if (rel.first.endsWith(u"/sharedStrings"))
            *sharedStringsPath = rel.second;
    }
    for (qsizetype i = 0; i < named.size(); ++i) {
        const auto rel = rels.value(named.at(i).second);
        QString path = rel.second;
        if (!haveRels)
            path = QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1); // no rels part at all
        if (!rel.first.isEmpty() && !rel.first.endsWith(u"/worksheet"))
            continue; // chart sheets, dialog sheets
        if (path.isEmpty()) {
            // A missing reference, or one that points outside the archive.
            m_sink.addWarning(ImportWarning {
                    m_fileName, 0,
                    RecordReader::tr("sheet %1 cannot be found in the workbook; ignored")
                            .arg(named.at(i).first) });
            continue;
        }
        sheets->append({ named.at(i).first, path });
    }
    return true;
}

bool XlsxFileReader::readSheet(const SheetEntry &sheet, bool *hadTable)
{
    *hadTable = false;
    SheetSink sink(m_sink, sheet.name);
    RecordBuilder builder(sink);

    // Defaults for the rows: a title row above the header, then the user's options,
    // then the sheet name (こども未来局, 令和3年度).
    const QString sheetName = sheet.name.trimmed();
    const QString sheetBureau = sheetName.endsWith(u'局') ? sheetName : QString();
    const int sheetYear = sheetName.contains(u'年') ? TextNormaliser::parseFiscalYear(sheetName) : 0;

    ColumnLayout layout;
    QStringList headerCells;
    RowContext context;
    QList<SourceRow> buffer; // the first rows, until the header and mapping are decided

    auto buildRow = [&](QStringList &cells, int line) -> bool {
        if (TableRows::sameCells(cells, headerCells))
            return true; // the header repeated
        // Excel leaves trailing empty cells out of a row: they are empty, not missing.
        if (cells.size() < layout.columnCount())
            cells.resize(layout.columnCount());
        return builder.buildAndAdd(cells, layout, context, line);
    };
    auto decide = [&]() -> bool {
        DetectedTable table = ColumnRecognizer::recognize(buffer, m_options.overrides, m_options.headerLine);
        table.sheet = sheet.name;
        table.layout.setRatingOrder(m_options.ratingOrder);
        const QList<SourceRow> rows = std::exchange(buffer, {});
        if (!table.found)
            return !m_options.onPreview || m_options.onPreview(rows, table);
        *hadTable = true;
        for (const QString &p : std::as_const(table.problems))
            sink.addWarning(ImportWarning { m_fileName, table.headerLine, p });
        // A title row above the table may name the year and the bureau.
        TitleDefaults title;
        for (int i = 0; i < table.titleRows; ++i)
            title.read(rows.at(i).cells);
        layout = table.layout;
        headerCells = rows.at(table.headerIndex).cells;
        context.fileName = m_fileName;
        context.sheet = sheet.name;
        context.fiscalYear = title.year > 0 ? title.year
                : m_options.defaultYear > 0 ? m_options.defaultYear
                                            : sheetYear;
        context.bureau = !title.bureau.isEmpty() ? title.bureau
                : !m_options.defaultBureau.isEmpty() ? m_options.defaultBureau
                                                     : sheetBureau;
        table.fiscalYear = context.fiscalYear;
        if (m_options.onTable)
            m_options.onTable(table);
        if (m_options.onPreview && !m_options.onPreview(rows, table))
            return false;
        for (qsizetype i = table.firstDataIndex; i < rows.size(); ++i) {
            QStringList cells = rows.at(i).cells;
            if (!buildRow(cells, rows.at(i).line))
                return false;
        }
        return true;
    };
    bool decided = false;
    auto handleRow = [&](QStringList &cells, int line) -> bool {
        if (m_options.onSheetRow)
            return m_options.onSheetRow(sheet.name, cells, line); // the raw rows, no records
        if (TableRows::isBlankRow(cells))
            return true;
        if (decided)
            return *hadTable ? buildRow(cells, line) : true;
        buffer.append(SourceRow { cells, line });
        if (buffer.size() < ColumnRecognizer::HeaderScanRows + ColumnRecognizer::SampleRows)
            return true;
        decided = true;
        return decide();
    };

    return parsePart(
            sheet.path,
            [&](QXmlStreamReader &xml) {
                int rowNumber = 0;
                while (!m_stop && nextToken(xml)) {
                    if (!xml.isStartElement() || xml.name() != u"row")
                        continue;
                    bool ok = false;
                    const int r = xml.attributes().value(QLatin1String("r")).toInt(&ok);
                    rowNumber = (ok && r > rowNumber) ? r : rowNumber + 1;
                    QStringList cells;
                    int nextColumn = 0;
                    qsizetype rowChars = 0;
                    bool rowTooLong = false;
                    while (nextToken(xml)) {
                        if (xml.isEndElement() && xml.name() == u"row")
                            break;
                        if (!xml.isStartElement())
                            continue;
                        if (xml.name() != u"c") {
                            xml.skipCurrentElement();
                            continue;
                        }
                        const auto attributes = xml.attributes();
                        int column = columnOfReference(attributes.value(QLatin1String("r")));
                        if (column < 0)
                            column = nextColumn;
                        const QString type = attributes.value(QLatin1String("t")).toString();
                        QString value;
                        QString inlineText;
                        while (nextToken(xml)) {
                            if (xml.isEndElement() && xml.name() == u"c")
                                break;
                            if (!xml.isStartElement())
                                continue;
                            if (xml.name() == u"v")
                                value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                            else if (xml.name() == u"is")
                                inlineText = readRichText(xml);
                            else
                                xml.skipCurrentElement(); // <f>, <extLst>
                        }
                        QString text;
                        if (type == u"s") {
                            bool indexOk = false;
                            const qsizetype index = value.trimmed().toLongLong(&indexOk);
                            if (indexOk && index >= 0 && index < m_sharedStrings.size())
                                text = TabularExport::unguardFormula(m_sharedStrings.at(index));
                        } else if (type == u"inlineStr") {
                            text = TabularExport::unguardFormula(inlineText);
                        } else if (type == u"str") {
                            text = TabularExport::unguardFormula(decodeXString(value));
                        } else if (type == u"b") {
                            text = value.trimmed() == u"1" ? QStringLiteral("TRUE")
                                                           : QStringLiteral("FALSE");
                        } else if (type == u"e" || type == u"d") {
                            text = value;
                        } else {
                            text = numberText(value);
                        }
                        if (column >= MaxColumns || rowTooLong)
                            continue;
                        rowChars += text.size();
                        if (rowChars > MaxRowChars) {
                            rowTooLong = true;
                            cells = QStringList(); // release it now; read on to the row's end
                            continue;
                        }
                        if (cells.size() <= column)
                            cells.resize(column + 1);
                        cells[column] = text;
                        nextColumn = column + 1;
                    }
                    if (xml.hasError())
                        return;
                    if (rowTooLong) {
                        sink.addWarning(ImportWarning {
                                m_fileName, rowNumber,
                                RecordReader::tr("row skipped: the row is longer than %1 million characters")
                                        .arg(MaxRowChars / (1024 * 1024)) });
                        sink.rowSkipped();
                        continue;
                    }
                    if (!handleRow(cells, rowNumber))
                        m_stop = true;
                }
                if (!m_stop && !xml.hasError() && !decided && !buffer.isEmpty()) {
                    decided = true;
                    if (!decide())
                        m_stop = true;
                }
            },
            true);
}

bool XlsxFileReader::read(QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_device.isSequential())
        return fail(RecordReader::tr("%1: an XLSX file cannot be read from a stream").arg(m_fileName));
    QString zipError;
    if (!m_zip.open(&m_device, &zipError))
        return fail(RecordReader::tr("%1: not an XLSX file (it cannot be opened as a ZIP archive: %2)")
                            .arg(m_fileName, zipError));

    QList<SheetEntry> sheets;
    QString sharedStringsPath = QStringLiteral("xl/sharedStrings.xml");
    if (!readWorkbook(&sheets, &sharedStringsPath))
        return fail(m_error);

    qsizetype sharedChars = 0;
    const bool ok = parsePart(
            sharedStringsPath,
            [&](QXmlStreamReader &xml) {
                while (nextToken(xml)) {
                    if (!xml.isStartElement() || xml.name() != u"si")
                        continue;
                    if (m_sharedStrings.size() >= MaxSharedStrings) {
                        xml.raiseError(RecordReader::tr("more than %1 shared strings").arg(MaxSharedStrings));
                        return;
                    }
                    m_sharedStrings.append(readRichText(xml));
                    sharedChars += m_sharedStrings.constLast().size();
                    if (sharedChars > MaxSharedStringChars) {
                        xml.raiseError(RecordReader::tr("the shared strings hold more than %1 million "
                                                        "characters")
                                               .arg(MaxSharedStringChars / (1024 * 1024)));
                        return;
                    }
                }
            },
            false);
    if (!ok)
        return fail(m_error);

    for (const SheetEntry &sheet : std::as_const(sheets)) {
        if (const ZipArchive::Entry *info = m_zip.entry(sheet.path))
            m_sheetBytesTotal += qint64(info->uncompressedSize);
    }

    bool anyTable = false;
    for (const SheetEntry &sheet : std::as_const(sheets)) {
        bool hadTable = false;
        if (!readSheet(sheet, &hadTable))
            return fail(m_error);
        if (const ZipArchive::Entry *info = m_zip.entry(sheet.path))
            m_sheetBytesDone += qint64(info->uncompressedSize);
        if (hadTable) {
            anyTable = true;
        } else {
            m_sink.addWarning(ImportWarning {
                    m_fileName, 0,
                    RecordReader::tr("sheet %1 has no record table (no header names the project "
                                     "name); ignored")
                            .arg(sheet.name) });
        }
        if (m_stop)
            return true;
    }
    if (!anyTable)
        return fail(RecordReader::tr("%1: no sheet has a header naming the project name column (name "
                                     "it with --map name=COLUMN)")
                            .arg(m_fileName));
    m_sink.progress(m_sheetBytesTotal, m_sheetBytesTotal);
    return true;
}

} // namespace

bool XlsxReader::read(QIODevice &device, const QString &fileName, RecordSink &sink,
                 const ReadOptions &options, QString *error)
{
    return XlsxFileReader(device, fileName, sink, options).read(error);
}

} // namespace Hyoka

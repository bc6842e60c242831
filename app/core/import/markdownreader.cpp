// Reads the markdown that PDF conversion makes of 事務事業の評価結果一覧 (docs/formats.md#markdown).
#include "recordreader.h"

#include "columnlayout.h"
#include "recordbuilder.h"
#include "recordsink.h"
#include "tableheading.h"
#include "textnormaliser.h"
#include "utf8.h"

#include <QIODevice>
#include <QStringDecoder>

namespace Hyoka::MarkdownReader {

namespace {

// A table row becomes several copies of its text on the way to the database; the
// longest real rows are a few kilobytes.
constexpr qint64 maxLineBytes = 4 * 1024 * 1024;
constexpr int maxEncodingWarnings = 20;

// Splits `| a | b \| c |` into cells; an escaped pipe stays in its cell.
// Cells are cut out of the line whole (one allocation each), not built a character
// at a time.
QStringList splitRow(QStringView line)
{
    QStringList cells;
    cells.reserve(16); // a record table has about a dozen columns
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n && line[i].isSpace())
        ++i;
    if (i < n && line[i] == u'|')
        ++i;
    auto cellText = [&](qsizetype from, qsizetype to, bool escaped) {
        const QStringView cell = line.mid(from, to - from).trimmed();
        if (!escaped)
            return cell.toString();
        QString unescaped = cell.toString();
        unescaped.replace(QStringLiteral("\\|"), QStringLiteral("|"));
        return unescaped;
    };
    qsizetype start = i;
    bool escaped = false;
    for (; i < n; ++i) {
        const QChar c = line[i];
        if (c == u'\\' && i + 1 < n && line[i + 1] == u'|') {
            escaped = true;
            ++i;
        } else if (c == u'|') {
            cells.append(cellText(start, i, escaped));
            start = i + 1;
            escaped = false;
        }
    }
    const QString tail = cellText(start, n, escaped);
    if (!tail.isEmpty())
        cells.append(tail); // a row without a closing pipe
    return cells;
}

// Reads one line (with its '\n') into `line`, at most maxLineBytes of it; `overlong`
// tells that the cap was reached before the line ended. Reads in 64 KiB steps:
// QIODevice::readLine(maxSize) would allocate the whole cap for every line.
void readBoundedLine(QIODevice &device, QByteArray &line, bool *overlong)
{
    line.clear();
    *overlong = false;
    char buffer[64 * 1024];
    for (;;) {
        const qint64 n = device.readLine(buffer, qint64(sizeof buffer));
        if (n <= 0)
            return;
        line.append(buffer, qsizetype(n));
        if (buffer[n - 1] == '\n')
            return;
        if (line.size() >= maxLineBytes) {
            *overlong = true;
            return;
        }
    }
}

bool isSeparatorRow(const QStringList &cells)
{
    bool sawDash = false;
    for (const QString &c : cells) {
        if (c.isEmpty())
            continue;
        for (QChar ch : c) {
            if (ch != u'-' && ch != u':' && ch != u' ')
                return false;
        }
        sawDash = true;
    }
    return sawDash;
}

// The code column holds digits (ASCII or full-width, maybe wrap spaces): a data row.
bool hasNumericCode(const QStringList &cells, const ColumnLayout &layout)
{
    const qsizetype column = layout.columnOf(Field::Code);
    if (column < 0 || column >= cells.size())
        return false;
    bool digit = false;
    for (const QChar c : cells.at(column)) {
        const char16_t u = c.unicode();
        if ((u >= u'0' && u <= u'9') || (u >= 0xFF10 && u <= 0xFF19))
            digit = true;
        else if (!c.isSpace())
            return false;
    }
    return digit;
}

bool allEmpty(const QStringList &cells)
{
    for (const QString &c : cells) {
        if (!TextNormaliser::cleanText(c).isEmpty())
            return false;
    }
    return true;
}

// A row with no code whose cells are headings (予算額 | 決算額 (見込)): the span row.
bool isSubHeaderRow(const QStringList &cells, const ColumnLayout &layout)
{
    const qsizetype codeColumn = layout.columnOf(Field::Code);
    if (codeColumn >= 0 && codeColumn < cells.size()
        && !TextNormaliser::cleanText(cells.at(codeColumn)).isEmpty())
        return false;
    bool sawHeading = false;
    for (const QString &c : cells) {
        if (c.isEmpty())
            continue;
        if (ColumnLayout::fieldForHeader(c) == Field::Ignore)
            return false;
        sawHeading = true;
    }
    return sawHeading;
}

} // namespace

bool read(QIODevice &device, const QString &fileName, RecordSink &sink, const ReadOptions &options,
          QString *error)
{
    if (!device.isReadable()) {
        if (error)
            *error = RecordReader::tr("%1: cannot read").arg(fileName);
        return false;
    }
    RecordBuilder builder(sink);
    RowContext context { fileName, options.defaultYear, options.defaultBureau, {} };
    ColumnLayout layout;
    bool inTable = false;
    bool recordTable = false;
    bool sawRecordTable = false;
    int lineNo = 0;
    int encodingWarnings = 0;
    const qint64 total = device.size();
    qint64 lastProgress = 0;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);

    QByteArray bytes;
    QString line; // one buffer for every line: decode() reuses its capacity
    while (!device.atEnd()) {
        bool overlong = false;
        readBoundedLine(device, bytes, &overlong);
        ++lineNo;
        if (overlong) {
            // Overlong line: never hold it; skip to the next newline.
            sink.addWarning({ fileName, lineNo,
                              RecordReader::tr("line longer than %1 MiB skipped")
                                      .arg(maxLineBytes / (1024 * 1024)) });
            do {
                readBoundedLine(device, bytes, &overlong);
            } while (overlong);
            if (recordTable)
                sink.rowSkipped(); // a row too long to hold; the table goes on
            continue;
        }
        if (lineNo == 1 && bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        while (bytes.endsWith('\n') || bytes.endsWith('\r'))
            bytes.chop(1);
        if (!Utf8::decode(bytes, line)) {
            // Not valid UTF-8: Qt's decoder replaces what it cannot read.
            line = decoder.decode(bytes);
            if (decoder.hasError()) {
                decoder.resetState();
                if (encodingWarnings < maxEncodingWarnings)
                    sink.addWarning({ fileName, lineNo,
                                      RecordReader::tr("invalid UTF-8; unreadable characters replaced") });
                ++encodingWarnings;
            }
        }

        const qint64 pos = device.pos();
        if (pos - lastProgress > 256 * 1024) {
            sink.progress(pos, total);
            lastProgress = pos;
        }

        const QStringView trimmed = QStringView(line).trimmed();
        if (!trimmed.startsWith(u'|')) {
            inTable = false;
            recordTable = false;
            if (trimmed.isEmpty())
                continue;
            int year = 0;
            QString bureau;
            if (TableHeading::parse(line, &year, &bureau)) {
                context.fiscalYear = year;
                context.bureau = bureau;
            }
            continue;
        }

        const QStringList cells = splitRow(trimmed);
        if (isSeparatorRow(cells))
            continue;
        // Matching every cell against the header names is costly on long cells; a
        // row of a record table with a number in the code column is no header.
        if (!(recordTable && hasNumericCode(cells, layout))) {
            const ColumnLayout candidate = ColumnLayout::fromHeader(cells);
            if (candidate.isRecordTable()) {
                // A table header, or its repeat at a page break.
                layout = candidate;
                inTable = true;
                recordTable = true;
                sawRecordTable = true;
                continue;
            }
        }
        if (!inTable) {
            inTable = true; // a table that is not a record table (legend, notes)
            recordTable = false;
            continue;
        }
        if (!recordTable)
            continue;
        if (isSubHeaderRow(cells, layout)) {
            layout.mergeSubHeader(cells);
            continue;
        }
        if (allEmpty(cells))
            continue;
        if (!builder.buildAndAdd(cells, layout, context, lineNo))
            return true; // the sink asked to stop
    }
    if (encodingWarnings > maxEncodingWarnings)
        sink.addWarning({ fileName, 0,
                          RecordReader::tr("%n more line(s) with invalid UTF-8", "",
                                           encodingWarnings - maxEncodingWarnings) });
    sink.progress(total, total);
    if (!sawRecordTable) {
        if (error)
            *error = RecordReader::tr("%1: no record table (no table header names the project "
                                      "code and name columns)")
                             .arg(fileName);
        return false;
    }
    return true;
}

} // namespace Hyoka::MarkdownReader

#include "recordreader.h"

#include "columnlayout.h"
#include "recordbuilder.h"
#include "recordsink.h"
#include "tablerows.h"
#include "tabularexport.h"
#include "titledefaults.h"

#include <QFileInfo>
#include <QIODevice>
#include <QStringDecoder>

#include <optional>

namespace Hyoka {

namespace {

constexpr qint64 ChunkSize = 64 * 1024;
// Memory guards: a row beyond these is reported and skipped, never buffered.
// A record holds several copies of its text on the way to the database (cells, cleaned
// fields, search text, bound values): with 16 Mi-character cells one row of four took
// 944 MB to import. Excel itself holds at most 32,767 characters in a cell.
constexpr qsizetype MaxCellChars = 1024 * 1024;
constexpr qsizetype MaxRowCells = 10000;
constexpr qsizetype MaxRowChars = 4 * 1024 * 1024;

// True when `data` is well-formed UTF-8. A sequence cut off at the end counts as valid:
// the sample may end at the 64 KiB boundary, or the file itself may be truncated (the
// decoder then reports it).
bool isValidUtf8(QByteArrayView data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0; // no overlong forms
            else if (c == 0xED)
                hi = 0x9F; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return false;
        }
        for (int k = 1; k < len; ++k) {
            if (i + k >= n)
                return true; // cut at the end of the sample
            const unsigned char d = p[i + k];
            if (k == 1 ? (d < lo || d > hi) : (d < 0x80 || d > 0xBF))
                return false;
        }
        i += len;
    }
    return true;
}

// A QStringDecoder that can tell whether input ended inside a multibyte sequence
// (the built-in UTF-8/UTF-16 decoders keep such bytes in their state).
class StreamDecoder : public QStringDecoder
{
public:
    using QStringDecoder::QStringDecoder;
    bool endsIncomplete() const { return state.remainingChars > 0; }
};

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// Streams one CSV/TSV file: decodes chunks, splits RFC 4180 rows while counting
// physical lines, and hands each row to the header logic and the RecordBuilder.
class CsvFileReader
{
public:
    CsvFileReader(QIODevice &device, const QString &fileName, RecordSink &sink,
                  const ReadOptions &options)
        : m_device(device),
          m_fileName(fileName),
          m_sink(sink),
          m_builder(sink),
          m_context { fileName, options.defaultYear, options.defaultBureau, {} },
          m_options(options)
    {
    }

    bool read(QString *error);

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    bool openDecoder(const QByteArray &head);
    QChar chooseSeparator(QStringView firstText) const;
    // Parses decoded text; false when reading must stop (sink full or fatal header).
    bool consume(QStringView text);
    bool finishInput();

    void append(QStringView text);
    void endCell();
    bool endRow();
    void discardRow(const QString &message);
    void resetRow();
    bool handleRow(QStringList &cells, int line);
    bool handleDataRow(QStringList &cells, int line);
    bool decideLayout();

    void warn(int line, const QString &message)
    {
        m_sink.addWarning(ImportWarning { m_fileName, line, message });
    }

    QIODevice &m_device;
    QString m_fileName;
    RecordSink &m_sink;
    RecordBuilder m_builder;
    RowContext m_context;
    const ReadOptions &m_options;

    // Built in place: Qt 6.4 loses an ICU converter's error state when it is moved.
    std::optional<StreamDecoder> m_decoder;
    QString m_encodingLabel;
    bool m_watchInvalid = true;  // until the first invalid byte sequence has been reported
    bool m_lookForReplacement = false;

    QChar m_separator = u',';
    State m_state = State::FieldStart;
    int m_line = 1;        // physical line of the next character
    bool m_prevCR = false; // the last character was CR (a following LF is the same line end)
    int m_rowLine = 0;     // line where the current row started; 0 = no row yet
    int m_quoteLine = 0;   // line where the current quoted cell started
    QString m_cell;
    QStringList m_cells;
    qsizetype m_rowChars = 0;
    bool m_discarding = false; // the current row broke a memory guard and is being skipped

    bool m_haveHeader = false;
    QList<SourceRow> m_buffer; // the first rows, until the header and mapping are decided
    ColumnLayout m_layout;
    QStringList m_headerCells;
    bool m_stop = false;  // the sink wants no more
    bool m_skippedBeforeHeader = false; // a row was skipped while no header was found yet
    QString m_fatal;      // a fatal error (bad header)
};

bool CsvFileReader::openDecoder(const QByteArray &head)
{
    if (!m_options.encoding.isEmpty()) {
        const QByteArray key = m_options.encoding.toLower();
        const bool sjis = key == "shift_jis" || key == "shift-jis" || key == "sjis"
                || key == "cp932" || key == "ms932" || key == "windows-31j";
        // ICU's Shift_JIS converter is the Windows code page 932 superset (①, 髙, ～).
        m_decoder.emplace(sjis ? "windows-31j" : m_options.encoding.constData());
        m_encodingLabel = m_decoder->isValid() ? QString::fromLatin1(m_decoder->name())
                                               : QString::fromLatin1(m_options.encoding);
        return m_decoder->isValid();
    }
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_decoder.emplace(QStringConverter::Utf8); // skips the BOM
        m_encodingLabel = QStringLiteral("UTF-8");
    } else if (head.startsWith("\xFF\xFE")) {
        m_decoder.emplace(QStringConverter::Utf16LE); // Excel's "Unicode text"
        m_encodingLabel = QStringLiteral("UTF-16LE");
    } else if (head.startsWith("\xFE\xFF")) {
        m_decoder.emplace(QStringConverter::Utf16BE);
        m_encodingLabel = QStringLiteral("UTF-16BE");
    } else if (isValidUtf8(head)) {
        m_decoder.emplace(QStringConverter::Utf8);
        m_encodingLabel = QStringLiteral("UTF-8");
    } else {
        m_decoder.emplace("windows-31j");
        m_encodingLabel = QStringLiteral("Shift_JIS (CP932)");
    }
    return m_decoder->isValid();
}

QChar CsvFileReader::chooseSeparator(QStringView firstText) const
{
    if (QFileInfo(m_fileName).suffix().compare(u"tsv", Qt::CaseInsensitive) == 0)
        return u'\t';
    // The first non-blank line decides: tabs and no commas → tab-separated.
    qsizetype start = 0;
    while (start < firstText.size()) {
        qsizetype end = start;
        while (end < firstText.size() && !isLineBreak(firstText[end]))
            ++end;
        const QStringView line = firstText.mid(start, end - start);
        if (!line.trimmed().isEmpty())
            return (line.contains(u'\t') && !line.contains(u',')) ? QChar(u'\t') : QChar(u',');
        start = end + 1;
    }
    return u',';
}

bool CsvFileReader::read(QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };

    const qint64 total = m_device.isSequential() ? 0 : m_device.size();
    qint64 bytesRead = 0;

    // Reads up to `max` bytes into `buffer`; false on a device error.
    auto readChunk = [&](QByteArray &buffer, qint64 max) {
        buffer.resize(max);
        qint64 got = 0;
        while (got < max) {
            const qint64 r = m_device.read(buffer.data() + got, max - got);
            if (r < 0)
                return false;
            if (r == 0)
                break;
            got += r;
        }
        buffer.resize(got);
        return true;
    };
    auto readFailed = [&] {
        return fail(RecordReader::tr("%1: cannot read: %2").arg(m_fileName, m_device.errorString()));
    };

    // The first 64 KiB decide the encoding.
    QByteArray chunk;
    if (!readChunk(chunk, ChunkSize))
        return readFailed();
    if (!openDecoder(chunk))
        return fail(RecordReader::tr("%1: unknown text encoding \"%2\"")
                            .arg(m_fileName, QString::fromLatin1(m_options.encoding)));

    bool first = true;
    while (!chunk.isEmpty()) {
        bytesRead += chunk.size();
        const QString text = m_decoder->decode(chunk);
        if (m_watchInvalid && m_decoder->hasError()) {
            // Report the first U+FFFD the decoder produced, at the line it lands on.
            m_watchInvalid = false;
            m_lookForReplacement = true;
        }
        if (first) {
            m_separator = chooseSeparator(text);
            first = false;
        }
        if (!consume(text))
            break;
        m_sink.progress(bytesRead, total);
        if (!readChunk(chunk, ChunkSize))
            return readFailed();
    }
    if (!m_stop && m_fatal.isEmpty()) {
        if (m_watchInvalid && m_decoder->endsIncomplete()) {
            // The file ends inside a multibyte character: it is truncated or mis-encoded.
            m_watchInvalid = false;
            warn(m_line, RecordReader::tr("the file ends inside a %1 character; the last bytes "
                                          "were dropped")
                                 .arg(m_encodingLabel));
        }
        finishInput();
    }
    if (!m_fatal.isEmpty())
        return fail(m_fatal);
    if (!m_haveHeader && !m_stop)
        return fail(m_skippedBeforeHeader
                            ? RecordReader::tr("%1: no header row (the rows that could hold it were "
                                               "skipped)")
                                      .arg(m_fileName)
                            : RecordReader::tr("%1: no header row (the file is empty)").arg(m_fileName));
    m_sink.progress(total > 0 ? total : bytesRead, total);
    return true;
}

bool CsvFileReader::consume(QStringView text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    // The end of the run of ordinary characters starting at `from`.
    auto runEnd = [&](qsizetype from) {
        qsizetype end = from + 1;
        while (end < n) {
            const QChar d = text[end];
            if (d == u'"' || isLineBreak(d)
                || (m_state != State::Quoted && d == m_separator)
                || (m_lookForReplacement && d == QChar::ReplacementCharacter))
                break;
            ++end;
        }
        return end;
    };

    while (i < n) {
        const QChar c = text[i];
        if (m_lookForReplacement && c == QChar::ReplacementCharacter) {
            m_lookForReplacement = false;
            warn(m_line,
                 RecordReader::tr("invalid %1 byte sequence, shown as \uFFFD; if the file is in "
                                  "another encoding, name it (--encoding)")
                         .arg(m_encodingLabel));
        }
        if (m_rowLine == 0 && !isLineBreak(c))
            m_rowLine = m_line;

        if (m_state == State::Quoted) {
            if (c == u'"') {
                m_state = State::QuoteInQuoted;
            } else if (isLineBreak(c)) {
                append(QStringView(&c, 1)); // a line break inside quotes is cell text
            } else {
                const qsizetype end = runEnd(i);
                append(text.mid(i, end - i));
                m_prevCR = false;
                i = end;
                continue;
            }
        } else if (c == u'"') {
            if (m_state == State::FieldStart) {
                m_state = State::Quoted;
                m_quoteLine = m_line;
            } else if (m_state == State::QuoteInQuoted) {
                append(u"\""); // "" inside quotes is one quote
                m_state = State::Quoted;
            } else {
                append(QStringView(&c, 1)); // a quote inside an unquoted cell is text
            }
        } else if (c == m_separator) {
            endCell();
        } else if (isLineBreak(c)) {
            if (!endRow())
                return false;
        } else {
            // Ordinary text; after a closing quote ("abc"def) it is read leniently as abcdef.
            m_state = State::Unquoted;
            const qsizetype end = runEnd(i);
            append(text.mid(i, end - i));
            m_prevCR = false;
            i = end;
            continue;
        }

        // Physical lines: CR, LF and CRLF each end one line, inside quotes too.
        if (c == u'\r') {
            ++m_line;
            m_prevCR = true;
        } else if (c == u'\n') {
            if (!m_prevCR)
                ++m_line;
            m_prevCR = false;
        } else {
            m_prevCR = false;
        }
        ++i;
    }
    return true;
}

void CsvFileReader::append(QStringView text)
{
    if (m_discarding)
        return;
    if (m_cell.size() + text.size() > MaxCellChars) {
        discardRow(RecordReader::tr("row skipped: a cell is longer than %1 million characters")
                           .arg(MaxCellChars / (1024 * 1024)));
        return;
    }
    if (m_rowChars + text.size() > MaxRowChars) {
        discardRow(RecordReader::tr("row skipped: the row is longer than %1 million characters")
                           .arg(MaxRowChars / (1024 * 1024)));
        return;
    }
    m_cell += text;
    m_rowChars += text.size();
}

void CsvFileReader::endCell()
{
    m_state = State::FieldStart;
    if (m_discarding)
        return;
    if (m_cells.size() >= MaxRowCells) {
        discardRow(RecordReader::tr("row skipped: more than %1 cells").arg(MaxRowCells));
        return;
    }
    m_cells.append(TabularExport::unguardFormula(m_cell));
    m_cell.clear();
}

void CsvFileReader::discardRow(const QString &message)
{
    warn(m_rowLine > 0 ? m_rowLine : m_line, message);
    m_sink.rowSkipped();
    m_skippedBeforeHeader = m_skippedBeforeHeader || !m_haveHeader;
    m_discarding = true;
    m_cell = QString(); // release the memory now
    m_cells = QStringList();
    m_rowChars = 0;
}

void CsvFileReader::resetRow()
{
    m_state = State::FieldStart;
    m_cell.clear();
    m_cells.clear();
    m_rowChars = 0;
    m_rowLine = 0;
    m_discarding = false;
}

bool CsvFileReader::endRow()
{
    endCell();
    const bool discarded = m_discarding;
    const int line = m_rowLine > 0 ? m_rowLine : m_line;
    QStringList cells;
    cells.swap(m_cells);
    resetRow();
    if (discarded)
        return true;
    return handleRow(cells, line);
}

bool CsvFileReader::finishInput()
{
    if (m_state == State::Quoted) {
        warn(m_quoteLine,
             RecordReader::tr("row skipped: a quoted cell starting on this line is never closed"));
        if (!m_discarding)
            m_sink.rowSkipped();
        m_skippedBeforeHeader = m_skippedBeforeHeader || !m_haveHeader;
        resetRow();
        if (!m_haveHeader && !m_buffer.isEmpty())
            return decideLayout();
        return true;
    }
    if (!(m_rowLine == 0 && m_cells.isEmpty() && m_cell.isEmpty()) && !endRow())
        return false;
    if (!m_haveHeader && !m_buffer.isEmpty())
        return decideLayout();
    return true;
}


bool CsvFileReader::handleRow(QStringList &cells, int line)
{
    if (TableRows::isBlankRow(cells))
        return true;
    if (m_haveHeader)
        return handleDataRow(cells, line);
    m_buffer.append(SourceRow { cells, line });
    if (m_buffer.size() < ColumnRecognizer::HeaderScanRows + ColumnRecognizer::SampleRows)
        return true;
    return decideLayout();
}

bool CsvFileReader::decideLayout()
{
    DetectedTable table = ColumnRecognizer::recognize(m_buffer, m_options.overrides, m_options.headerLine);
    table.encoding = m_encodingLabel;
    table.layout.setRatingOrder(m_options.ratingOrder);
    const QList<SourceRow> rows = std::exchange(m_buffer, {});
    if (m_options.onPreview && !table.found && !m_options.onPreview(rows, table)) {
        m_stop = true;
        return false;
    }
    if (!table.found) {
        m_fatal = RecordReader::tr("%1:%2: no header row names the project name column (looked at "
                                   "the first %n row(s); name it with --map name=COLUMN)",
                                   "", int(std::min<qsizetype>(rows.size(), ColumnRecognizer::HeaderScanRows)))
                          .arg(m_fileName)
                          .arg(rows.isEmpty() ? m_line : rows.first().line);
        // A guessed legacy encoding is the likely cause when UTF-8 bytes were misread.
        if (m_options.encoding.isEmpty() && !m_encodingLabel.startsWith(u"UTF"))
            m_fatal += RecordReader::tr(" (read as %1; if the file is in another encoding, "
                                        "name it with --encoding)")
                               .arg(m_encodingLabel);
        return false;
    }
    for (const QString &p : std::as_const(table.problems))
        warn(table.headerLine, p);
    // Title rows above the header may name the year and the bureau.
    TitleDefaults title;
    for (int i = 0; i < table.titleRows; ++i)
        title.read(rows.at(i).cells);
    m_context.fiscalYear = title.year > 0 ? title.year : m_options.defaultYear;
    if (!title.bureau.isEmpty() && m_options.defaultBureau.isEmpty())
        m_context.bureau = title.bureau;
    table.fiscalYear = m_context.fiscalYear;
    m_layout = table.layout;
    m_headerCells = rows.at(table.headerIndex).cells;
    m_haveHeader = true;
    if (m_options.onTable)
        m_options.onTable(table);
    if (m_options.onPreview && !m_options.onPreview(rows, table)) {
        m_stop = true;
        return false;
    }
    for (qsizetype i = table.firstDataIndex; i < rows.size(); ++i) {
        QStringList cells = rows.at(i).cells;
        if (!handleDataRow(cells, rows.at(i).line))
            return false;
    }
    return true;
}

bool CsvFileReader::handleDataRow(QStringList &cells, int line)
{
    if (TableRows::sameCells(cells, m_headerCells))
        return true; // the header repeated (files concatenated)
    if (!m_builder.buildAndAdd(cells, m_layout, m_context, line)) {
        m_stop = true;
        return false;
    }
    return true;
}

} // namespace

bool CsvReader::read(QIODevice &device, const QString &fileName, RecordSink &sink,
                 const ReadOptions &options, QString *error)
{
    return CsvFileReader(device, fileName, sink, options).read(error);
}

} // namespace Hyoka

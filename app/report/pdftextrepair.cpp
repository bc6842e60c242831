#include "pdftextrepair.h"

#include <QHash>
#include <QRawFont>
#include <QRegularExpression>

namespace Hyoka {

int PdfTextRepair::preference(char16_t c)
{
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3040 && c <= 0x30FF))
        return 0; // unified ideographs, hiragana, katakana
    if ((c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20 && c <= 0x7E))
        return 1; // CJK punctuation, full- and half-width forms, ASCII
    if ((c >= 0x2E80 && c <= 0x2FDF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x3200 && c <= 0x33FF))
        return 4; // radicals, compatibility ideographs, enclosed and squared forms
    if ((c >= 0xA0 && c <= 0x24F) || (c >= 0x2000 && c <= 0x206F) || (c >= 0x3400 && c <= 0x4DBF))
        return 2;
    return 3;
}

namespace {

// For each glyph of `raw` that several BMP code points share, the preferred one.
QHash<quint32, char16_t> preferredCodes(const QRawFont &raw)
{
    QList<QChar> chars;
    chars.reserve(0x10000);
    for (uint c = 0; c < 0x10000; ++c) {
        if (c < 0xD800 || c > 0xDFFF)
            chars.append(QChar(char16_t(c)));
    }
    QList<quint32> glyphs(chars.size());
    int count = int(chars.size());
    if (!raw.glyphIndexesForChars(chars.constData(), count, glyphs.data(), &count))
        return {};
    QHash<quint32, char16_t> best;
    QHash<quint32, int> uses;
    for (int i = 0; i < count; ++i) {
        const quint32 g = glyphs.at(i);
        if (g == 0)
            continue;
        const char16_t c = chars.at(i).unicode();
        const auto it = best.constFind(g);
        if (it == best.cend() || PdfTextRepair::preference(c) < PdfTextRepair::preference(*it))
            best.insert(g, c);
        ++uses[g];
    }
    // Only glyphs with look-alikes matter.
    for (auto it = best.begin(); it != best.end();) {
        if (uses.value(it.key()) < 2)
            it = best.erase(it);
        else
            ++it;
    }
    return best;
}

// "NotoSansCJKjp-Regular" (or "ABCDEF+NotoSans…") belongs to "Noto Sans CJK JP".
bool sameFamily(const QByteArray &baseFont, const QString &family)
{
    QByteArray name = baseFont;
    const qsizetype plus = name.indexOf('+');
    if (plus == 6)
        name = name.mid(7);
    QString key = family;
    key.remove(u' ');
    return QString::fromLatin1(name).startsWith(key, Qt::CaseInsensitive);
}

int hexValue(const char *p)
{
    bool ok = false;
    const int v = QByteArray(p, 4).toInt(&ok, 16);
    return ok ? v : -1;
}

void writeHex(char *p, int v)
{
    const QByteArray hex = QByteArray::number(v, 16).toUpper().rightJustified(4, '0');
    memcpy(p, hex.constData(), 4);
}

// Rewrites the destination codes of one ToUnicode CMap (stream bytes at
// [begin, end) of `pdf`) in place.
void repairCMap(QByteArray &pdf, qsizetype begin, qsizetype end, const QRawFont &raw,
                const QHash<quint32, char16_t> &preferred)
{
    char *data = pdf.data();
    bool inRange = false;
    bool inChar = false;
    qsizetype lineStart = begin;
    while (lineStart < end) {
        qsizetype lineEnd = pdf.indexOf('\n', lineStart);
        if (lineEnd < 0 || lineEnd > end)
            lineEnd = end;
        const QByteArray line = pdf.mid(lineStart, lineEnd - lineStart).trimmed();
        if (line.endsWith("beginbfrange")) {
            inRange = true;
        } else if (line.endsWith("beginbfchar")) {
            inChar = true;
        } else if (line == "endbfrange" || line == "endbfchar") {
            inRange = inChar = false;
        } else if (inRange || inChar) {
            // Source codes (one for bfchar, two for bfrange) stay; a linear range
            // "<lo> <hi> <start>" maps consecutive codes and is left alone.
            QList<qsizetype> tokens;
            for (qsizetype p = lineStart; p + 5 < lineEnd + 1; ++p) {
                if (data[p] == '<' && p + 5 < pdf.size() && data[p + 5] == '>')
                    tokens << p + 1;
            }
            const int sources = inRange ? 2 : 1;
            const bool linear = inRange && !line.contains('[') && tokens.size() == 3
                    && hexValue(data + tokens.at(0)) != hexValue(data + tokens.at(1));
            if (!linear) {
                for (qsizetype t = sources; t < tokens.size(); ++t) {
                    const int code = hexValue(data + tokens.at(t));
                    if (code <= 0)
                        continue;
                    const QChar ch { char16_t(code) };
                    quint32 glyph = 0;
                    int n = 1;
                    if (!raw.glyphIndexesForChars(&ch, 1, &glyph, &n) || glyph == 0)
                        continue;
                    const auto it = preferred.constFind(glyph);
                    if (it != preferred.cend() && *it != char16_t(code))
                        writeHex(data + tokens.at(t), *it);
                }
            }
        }
        lineStart = lineEnd + 1;
    }
}

} // namespace

QByteArray PdfTextRepair::repair(const QByteArray &pdfIn, const QFont &font)
{
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid())
        return pdfIn;
    QByteArray pdf = pdfIn;
    static const QRegularExpression fontDict(
            QStringLiteral("/BaseFont\\s*/([^\\s/>]+)[^>]*?/ToUnicode\\s+(\\d+)\\s+0\\s+R"));
    // Latin-1 view of the bytes: offsets stay byte offsets.
    const QString text = QString::fromLatin1(pdf);
    QHash<quint32, char16_t> preferred;
    bool computed = false;
    QRegularExpressionMatchIterator it = fontDict.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!sameFamily(m.captured(1).toLatin1(), raw.familyName()))
            continue;
        const QByteArray header = "\n" + m.captured(2).toLatin1() + " 0 obj";
        const qsizetype object = pdf.indexOf(header);
        if (object < 0)
            continue;
        const qsizetype stream = pdf.indexOf("stream\n", object);
        const qsizetype endStream = pdf.indexOf("endstream", stream);
        const qsizetype endObject = pdf.indexOf("endobj", object);
        if (stream < 0 || endStream < 0 || endStream > endObject)
            continue;
        if (!computed) {
            preferred = preferredCodes(raw);
            computed = true;
        }
        repairCMap(pdf, stream + 7, endStream, raw, preferred);
    }
    return pdf;
}

} // namespace Hyoka

#pragma once

// The XML of an XLSX part as the reader needs it (xlsxreader.cpp): safe tokens, shared
// and inline strings without furigana, cell references and numbers as Excel shows them.
#include "recordreader.h"

#include <QDir>
#include <QLocale>
#include <QStringList>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <cmath>

namespace Hyoka::XlsxXml {

// Excel's limit of columns per row.
constexpr int MaxColumns = 16384;

// Reads the next token; refuses a DOCTYPE that declares entities (entity expansion attacks).
inline bool nextToken(QXmlStreamReader &xml)
{
    if (xml.atEnd())
        return false;
    xml.readNext();
    if (xml.tokenType() == QXmlStreamReader::DTD && !xml.entityDeclarations().isEmpty())
        xml.raiseError(RecordReader::tr("a DOCTYPE declaring entities is not allowed"));
    return !xml.atEnd() && !xml.hasError();
}

// OOXML escapes characters XML cannot hold as _xHHHH_ (Excel writes _x000D_ for CR).
inline QString decodeXString(QString text)
{
    if (!text.contains(u"_x"))
        return text;
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype last = 0;
    auto it = escape.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += QChar(char16_t(m.capturedView(1).toUInt(nullptr, 16)));
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

// The text of an <si> or <is> element: its <t> and rich-text <r><t> runs, without the
// phonetic <rPh> runs (furigana) Japanese Excel adds.
inline QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && nextToken(xml)) {
        if (xml.isStartElement()) {
            if (xml.name() == u"t") {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (xml.name() == u"rPh" || xml.name() == u"phoneticPr" || xml.name() == u"rPr") {
                xml.skipCurrentElement();
            } else {
                ++depth;
            }
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
    return decodeXString(text);
}

// "B12" → column 1 (0-based); -1 when the reference has no valid column.
inline int columnOfReference(QStringView ref)
{
    int col = 0;
    qsizetype i = 0;
    for (; i < ref.size(); ++i) {
        const char16_t c = ref[i].unicode();
        int v = 0;
        if (c >= u'A' && c <= u'Z')
            v = c - u'A' + 1;
        else if (c >= u'a' && c <= u'z')
            v = c - u'a' + 1;
        else
            break;
        col = col * 26 + v;
        if (col > MaxColumns)
            return -1;
    }
    return i == 0 ? -1 : col - 1;
}

// Excel stores 548333 as "548333", "548333.0" or "5.48333E5": integral values come back
// as plain digits, others in their shortest form.
inline QString numberText(const QString &raw)
{
    const QString v = raw.trimmed();
    if (v.isEmpty())
        return v;
    bool ok = false;
    const double d = QLocale::c().toDouble(v, &ok);
    if (!ok || !std::isfinite(d))
        return v;
    // Excel shows 15 significant digits: 548332.99999999994 is the 548,333 the clerk sees.
    const double shown = QLocale::c().toDouble(QLocale::c().toString(d, 'g', 15));
    if (std::floor(shown) == shown && std::fabs(shown) < 1e15)
        return QString::number(qint64(shown));
    return QLocale::c().toString(shown, 'g', QLocale::FloatingPointShortest);
}

// A part's name inside the archive from a relationship's target; empty for one that
// climbs out of the archive or is absolute.
inline QString resolvePart(const QString &baseDir, const QString &target)
{
    if (target.isEmpty())
        return QString();
    const QString joined = target.startsWith(u'/') ? target.mid(1)
            : baseDir.isEmpty()                    ? target
                                                   : baseDir + u'/' + target;
    const QString path = QDir::cleanPath(joined);
    // Only names inside the archive: never a path that climbs out or is absolute.
    if (path.isEmpty() || path == u".." || path.startsWith(u"../") || path.startsWith(u'/'))
        return QString();
    return path;
}


} // namespace Hyoka::XlsxXml

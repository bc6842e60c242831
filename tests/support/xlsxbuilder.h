#pragma once

// Hand-made XLSX workbooks for the reader tests: sheets as XML, shared strings,
// inline cells (built with ZipBuilder, byte by byte).
#include "zipbuilder.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace {

const QByteArray mainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray relNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// A workbook of the given sheets (name, sheet XML), with optional shared strings.
inline QByteArray workbook(const QList<QPair<QString, QByteArray>> &sheets, const QByteArray &sharedStrings = {},
                    const QByteArray &relsOverride = {})
{
    ZipBuilder zip;
    zip.addUtf8(QStringLiteral("[Content_Types].xml"),
            "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
    zip.addUtf8(QStringLiteral("_rels/.rels"),
            "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"" + relNs + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
            "</Relationships>");
    QByteArray book = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + mainNs
            + "\" xmlns:r=\"" + relNs + "\"><sheets>";
    QByteArray rels = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        book += "<sheet name=\"" + sheets.at(i).first.toUtf8() + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + relNs + "/worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
        zip.addUtf8(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheets.at(i).second);
    }
    book += "</sheets></workbook>";
    if (!sharedStrings.isEmpty()) {
        rels += "<Relationship Id=\"rIdS\" Type=\"" + relNs + "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
        zip.addUtf8(QStringLiteral("xl/sharedStrings.xml"), sharedStrings);
    }
    rels += "</Relationships>";
    zip.addUtf8(QStringLiteral("xl/workbook.xml"), book);
    zip.addUtf8(QStringLiteral("xl/_rels/workbook.xml.rels"), relsOverride.isEmpty() ? rels : relsOverride);
    return zip.archive();
}

inline QByteArray sheetXml(const QByteArray &rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"" + mainNs
            + "\"><sheetData>" + rows + "</sheetData></worksheet>";
}

inline QByteArray inlineCell(const QByteArray &ref, const QString &text)
{
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text.toHtmlEscaped().toUtf8() + "</t></is></c>";
}

// A column letter: 0 → A, 25 → Z, 26 → AA.
inline QByteArray columnName(int column)
{
    QByteArray letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(char('A' + (n - 1) % 26));
    return letters;
}

// One row of inline-string cells from column A on; empty texts leave the cell out.
inline QByteArray inlineRow(int row, const QStringList &texts)
{
    QByteArray xml = "<row r=\"" + QByteArray::number(row) + "\">";
    for (int c = 0; c < texts.size(); ++c) {
        if (!texts.at(c).isEmpty())
            xml += inlineCell(columnName(c) + QByteArray::number(row), texts.at(c));
    }
    return xml + "</row>";
}

} // namespace

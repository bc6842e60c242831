#pragma once

#include <QByteArray>
#include <QFont>

namespace Hyoka {

// Makes the text of a PDF written by Qt copy and search as it was written. Qt's PDF
// writer maps each embedded glyph back to the lowest code point that shares it, and
// Noto Sans CJK shares glyphs between common characters and rare look-alikes: 人 comes
// out as the Kangxi radical ⼈ (U+2F08), 士 as ⼠, ・ as ‧ (U+2027). This rewrites the
// ToUnicode maps of the fonts of `font`'s family to prefer the common character
// (kana and unified ideographs first, radicals and compatibility forms last). Code
// points keep their length, so nothing else in the file moves.
class PdfTextRepair
{
public:
    // The repaired PDF; `pdf` unchanged when it holds no font of that family.
    static QByteArray repair(const QByteArray &pdf, const QFont &font);
    // How preferable `codePoint` is as the text of a glyph: 0 best.
    static int preference(char16_t codePoint);
};

} // namespace Hyoka

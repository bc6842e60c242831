#pragma once

// Where a text stands on a PDF page, found through Poppler's own word list,
// independently of the reader (for tests that link Poppler: pdfsource, pdfwindow).

#include <poppler-qt6.h>

#include <QList>
#include <QRectF>
#include <QString>

namespace Hyoka::TestSupport {

// Producers that write compatibility characters (⼦ for 子) and full-width forms
// compare equal after NFKC; white space is dropped.
inline QString foldForSearch(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_KC);
    folded.remove(u' ');
    folded.remove(u'\u3000');
    return folded;
}

// The boxes (points, origin top left) of every place on page `page` (1-based) of `file`
// where the words spell `chars` characters of `text`: its first ones, else (a glyph
// Poppler maps to another character, a line wrap) the first run of `chars` found.
// Each place is the union of the boxes of the words holding them.
inline QList<QRectF> textBoxes(const QString &file, int page, const QString &text, int chars = 5)
{
    QList<QRectF> found;
    const auto document = Poppler::Document::load(file);
    if (!document || document->isLocked() || page < 1 || page > document->numPages())
        return found;
    const auto pdfPage = document->page(page - 1);
    QString joined;
    QList<QRectF> charBox;
    for (const auto &word : pdfPage->textList()) {
        const QString folded = foldForSearch(word->text());
        joined += folded;
        for (qsizetype i = 0; i < folded.size(); ++i)
            charBox.append(word->boundingBox());
    }
    const QString wanted = foldForSearch(text);
    for (qsizetype start = 0; found.isEmpty() && start + 1 < wanted.size(); ++start) {
        const QString needle = wanted.mid(start, chars);
        for (qsizetype at = joined.indexOf(needle); at >= 0; at = joined.indexOf(needle, at + 1)) {
            QRectF box = charBox.at(at);
            for (qsizetype i = at; i < at + needle.size(); ++i)
                box |= charBox.at(i);
            found.append(box);
        }
    }
    return found;
}

} // namespace Hyoka::TestSupport

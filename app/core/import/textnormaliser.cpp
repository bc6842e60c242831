#include "textnormaliser.h"

#include <QRegularExpression>
#include <QVarLengthArray>

#include <limits>

namespace Hyoka::TextNormaliser {

bool isJapanese(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x303F)     // CJK symbols and punctuation (、。「」々)
            || (u >= 0x3040 && u <= 0x30FF) // hiragana, katakana incl. ー ・
            || (u >= 0x31F0 && u <= 0x31FF) // katakana phonetic extensions
            || (u >= 0x3400 && u <= 0x4DBF) // CJK extension A
            || (u >= 0x4E00 && u <= 0x9FFF) // CJK unified ideographs
            || (u >= 0xF900 && u <= 0xFAFF) // CJK compatibility ideographs
            || (u >= 0xFF01 && u <= 0xFFEF) // full-width forms, half-width katakana
            || c.isSurrogate();             // CJK extension B and beyond
}

// Any white space, the no-break and ideographic spaces included. Inline: it runs on
// every character of every cell, and Japanese text (above U+3000) is never space.
static inline bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u == u' ' || (u >= 0x09 && u <= 0x0D);
    if (u > 0x3000)
        return false;
    return u == 0x3000 || u == 0x00A0 || c.isSpace();
}

QString stripHtml(QStringView raw)
{
    // Each tag becomes one space, so the output is never longer than the input.
    QString out(raw.size(), Qt::Uninitialized);
    QChar *const begin = out.data();
    QChar *d = begin;
    bool inTag = false;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw[i];
        if (inTag) {
            if (c == u'>') {
                inTag = false;
                *d++ = u' ';
            }
            continue;
        }
        // A tag starts with '<' followed by a letter, '/' or '!'; a lone '<' is text.
        if (c == u'<' && i + 1 < raw.size()
            && (raw[i + 1].isLetter() || raw[i + 1] == u'/' || raw[i + 1] == u'!')
            && raw[i + 1].unicode() < 0x80) {
            inTag = true;
            continue;
        }
        *d++ = c;
    }
    out.truncate(d - begin);
    return out;
}

QString decodeEntities(QStringView raw)
{
    if (!raw.contains(u'&'))
        return raw.toString();
    static const struct
    {
        const char16_t *name;
        char16_t value;
    } named[] = { { u"amp", u'&' },   { u"lt", u'<' },     { u"gt", u'>' },
                  { u"quot", u'"' },  { u"apos", u'\'' },  { u"nbsp", 0x00A0 },
                  { u"yen", 0x00A5 }, { u"times", 0x00D7 } };
    QString out;
    out.reserve(raw.size());
    qsizetype i = 0;
    while (i < raw.size()) {
        const QChar c = raw[i];
        if (c != u'&') {
            out += c;
            ++i;
            continue;
        }
        const qsizetype semi = raw.indexOf(u';', i + 1);
        if (semi < 0 || semi - i > 10) {
            out += c;
            ++i;
            continue;
        }
        const QStringView ent = raw.mid(i + 1, semi - i - 1);
        bool decoded = false;
        if (ent.startsWith(u'#')) {
            bool ok = false;
            const uint code = (ent.size() > 1 && (ent[1] == u'x' || ent[1] == u'X'))
                    ? ent.mid(2).toUInt(&ok, 16)
                    : ent.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
                const char32_t cp = code;
                out += QString::fromUcs4(&cp, 1);
                decoded = true;
            }
        } else {
            for (const auto &n : named) {
                if (ent == QStringView(n.name)) {
                    out += QChar(n.value);
                    decoded = true;
                    break;
                }
            }
        }
        if (decoded) {
            i = semi + 1;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

QString removeJapaneseSpaces(QStringView text)
{
    // Fold every run of white space to one ASCII space, drop it when both
    // neighbours are Japanese, trim the ends. Written through a pointer into a
    // buffer of the input's size: the output is never longer.
    QString out(text.size(), Qt::Uninitialized);
    QChar *const begin = out.data();
    QChar *d = begin;
    qsizetype i = 0;
    const qsizetype n = text.size();
    const QChar *src = text.data();
    while (i < n && isSpace(src[i]))
        ++i;
    while (i < n) {
        const QChar c = src[i];
        if (!isSpace(c)) {
            // Control characters (C0 other than white space, DEL, C1) are debris of
            // conversion, never text: a NUL would cut an exported cell short.
            const char16_t u = c.unicode();
            if (!(u < 0x20 || (u >= 0x7F && u <= 0x9F)))
                *d++ = c;
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < n && isSpace(src[j]))
            ++j;
        if (j >= n)
            break; // trailing space
        const QChar before = d == begin ? QChar() : d[-1];
        const QChar after = src[j];
        if (!(isJapanese(before) && isJapanese(after)))
            *d++ = u' ';
        i = j;
    }
    out.truncate(d - begin);
    return out;
}

QString cleanText(QStringView raw)
{
    // Most cells hold neither tags nor entities: skip those passes (and their copies).
    QString stripped;
    QString decoded;
    QStringView text = raw;
    if (text.contains(u'<')) {
        stripped = stripHtml(text);
        text = stripped;
    }
    if (text.contains(u'&')) {
        decoded = decodeEntities(text);
        text = decoded;
    }
    return removeJapaneseSpaces(text);
}

QString searchKey(QStringView text)
{
    QString s = text.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    for (QChar &c : s) {
        const char16_t u = c.unicode();
        if (u >= 0x30A1 && u <= 0x30F6) // katakana ァ..ヶ → hiragana ぁ..ゖ
            c = QChar(char16_t(u - 0x60));
    }
    return s;
}

static bool isAscii(QStringView s)
{
    for (QChar c : s) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// NFKC without any white space. Runs on every number, level, page and category
// cell: ASCII is its own NFKC, and the white space goes in one pass (no regex).
static QString nfkcTrimmed(QStringView cell)
{
    QString s = isAscii(cell) ? cell.toString()
                              : cell.toString().normalized(QString::NormalizationForm_KC);
    s.removeIf([](QChar c) { return c.isSpace(); });
    return s;
}

static bool isNullMark(QStringView s)
{
    return s.isEmpty() || s == u"-" || s == u"―" || s == u"ー" || s == u"—" || s == u"–"
            || s == u"‐" || s == u"－" || s == u"−";
}

// A short cell in the form nfkcTrimmed(stripHtml(cell)) gives it, without a QString.
using CompactCell = QVarLengthArray<char16_t, 32>;

// The cell without its white space when it is plain ASCII without '<': then it is its
// own NFKC and holds no tag, and this is what nfkcTrimmed(stripHtml(cell)) would
// return. False for any other cell (the caller takes the general path).
static bool compactAscii(QStringView cell, CompactCell &out)
{
    out.clear();
    for (const QChar c : cell) {
        const char16_t u = c.unicode();
        if (u >= 0x80 || u == u'<')
            return false;
        if (u == u' ' || (u >= 0x09 && u <= 0x0D))
            continue; // QChar::isSpace() of ASCII
        out.append(u);
    }
    return true;
}

static QStringView view(const CompactCell &cell)
{
    return QStringView(cell.constData(), cell.size());
}

// `s` already normalised (NFKC, no white space): the rules of parseInteger().
static ParsedNumber parseNormalisedInteger(QStringView s)
{
    ParsedNumber r;
    if (isNullMark(s))
        return r;
    bool negative = false;
    if (s.startsWith(u'△') || s.startsWith(u'▲') || s.startsWith(u'-') || s.startsWith(u'−')) {
        negative = true;
        s = s.mid(1);
    }
    // Digits and thousands commas only; at least one digit; no overflow.
    qint64 v = 0;
    bool digits = false;
    for (const QChar c : s) {
        if (c == u',')
            continue;
        if (c < u'0' || c > u'9') {
            r.invalid = true;
            return r;
        }
        const int d = c.unicode() - u'0';
        if (v > (std::numeric_limits<qint64>::max() - d) / 10) {
            r.invalid = true;
            return r;
        }
        v = v * 10 + d;
        digits = true;
    }
    if (!digits) {
        r.invalid = true;
        return r;
    }
    r.value = negative ? -v : v;
    return r;
}

ParsedNumber parseInteger(QStringView cell)
{
    CompactCell compact;
    if (compactAscii(cell, compact))
        return parseNormalisedInteger(view(compact));
    return parseNormalisedInteger(nfkcTrimmed(stripHtml(cell)));
}

ParsedNumber parseLevel(QStringView cell)
{
    ParsedNumber r;
    // The usual cell, one digit 1–5 (or nothing), without a QString.
    CompactCell compact;
    if (compactAscii(cell, compact)) {
        if (compact.isEmpty())
            return r;
        if (compact.size() == 1 && compact[0] >= u'1' && compact[0] <= u'5') {
            r.value = compact[0] - u'0';
            return r;
        }
    }
    const QString s = nfkcTrimmed(stripHtml(cell));
    if (isNullMark(s))
        return r;
    bool ok = false;
    const int v = s.toInt(&ok);
    if (!ok || v < 1 || v > 5) {
        r.invalid = true;
        return r;
    }
    r.value = v;
    return r;
}

ParsedNumber parseRefPage(QStringView cell)
{
    ParsedNumber r;
    // The usual cells, P12, p.12 or 12 (or nothing), without a QString or an expression:
    // what the expression below would read from them.
    CompactCell compact;
    if (compactAscii(cell, compact)) {
        const QStringView s = view(compact);
        if (s.isEmpty())
            return r;
        qsizetype i = 0;
        if (s[0] == u'P' || s[0] == u'p') {
            ++i;
            if (i < s.size() && s[i] == u'.')
                ++i;
        }
        const qsizetype digitsStart = i;
        qint64 v = 0;
        // Seven digits are already too many for a page: stop adding before v overflows.
        while (i < s.size() && s[i] >= u'0' && s[i] <= u'9' && i - digitsStart <= 6)
            v = v * 10 + (s[i++].unicode() - u'0');
        if (i == s.size() && i > digitsStart && i - digitsStart <= 6) {
            r.value = v;
            return r;
        }
    }
    const QString s = nfkcTrimmed(stripHtml(cell));
    if (isNullMark(s))
        return r;
    // Placeholders: P●●, P○○, P**, P〇〇, ＰＸＸ …
    static const QRegularExpression placeholder(
            QStringLiteral("^[Pp]?\\.?[●○〇◯*＊×xX?？]+$"));
    if (placeholder.match(s).hasMatch())
        return r;
    static const QRegularExpression page(
            QStringLiteral("^(?:[Pp](?:\\.|age)?)?(\\d{1,6})(?:頁|ページ)?(?:[-~〜～]\\d+)?$"));
    const auto m = page.match(s);
    if (!m.hasMatch()) {
        r.invalid = true;
        return r;
    }
    r.value = m.captured(1).toLongLong();
    return r;
}

const QStringList &canonicalCategories()
{
    static const QStringList list = {
        QStringLiteral("施設の管理・運営"),
        QStringLiteral("補助・助成金"),
        QStringLiteral("イベント等"),
        QStringLiteral("表彰・顕彰・認定"),
        QStringLiteral("参加・協働の場"),
        QStringLiteral("公聴及び相談・苦情申し立ての聴取等"),
        QStringLiteral("許認可等"),
        QStringLiteral("出版物等"),
        QStringLiteral("その他"),
    };
    return list;
}

std::optional<QString> canonicalCategory(QStringView cell)
{
    // A cell that is a canonical value once its white space is gone is that value:
    // the values are their own NFKC and hold no ･, and NFKC turns white space into
    // white space only. No tag in it: nothing to strip.
    if (!cell.contains(u'<')) {
        QVarLengthArray<char16_t, 64> compact;
        for (const QChar c : cell) {
            if (!c.isSpace())
                compact.append(c.unicode());
        }
        const QStringView key(compact.constData(), compact.size());
        for (const QString &c : canonicalCategories()) {
            if (key == c)
                return c;
        }
    }
    QString key = nfkcTrimmed(stripHtml(cell));
    key.replace(u'･', u'・');
    for (const QString &c : canonicalCategories()) {
        if (key == c)
            return c;
    }
    return std::nullopt;
}

static int kanjiNumber(QStringView s)
{
    // 一 … 九十九, enough for era years.
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    int total = 0;
    int current = 0;
    for (QChar c : s) {
        const qsizetype d = digits.indexOf(c);
        if (d >= 0) {
            current = int(d);
        } else if (c == u'十') {
            total += (current == 0 ? 1 : current) * 10;
            current = 0;
        } else {
            return -1;
        }
    }
    return total + current;
}

int parseFiscalYear(QStringView text)
{
    const QString s = nfkcTrimmed(text);
    static const QRegularExpression era(
            QStringLiteral("(令和|平成|[RrHh])(元|\\d{1,2}|[〇一二三四五六七八九十]{1,3})(?:年度?)?"));
    static const QRegularExpression western(QStringLiteral("^(\\d{4})(?:年度?)?$"));
    const auto w = western.match(s);
    if (w.hasMatch()) {
        const int y = w.captured(1).toInt();
        return (y >= 1900 && y <= 2200) ? y : 0;
    }
    const auto m = era.match(s);
    if (!m.hasMatch())
        return 0;
    const QString e = m.captured(1);
    const QString n = m.captured(2);
    int v = 0;
    if (n == u"元")
        v = 1;
    else if (n.front().isDigit())
        v = n.toInt();
    else
        v = kanjiNumber(n);
    if (v <= 0)
        return 0;
    const bool reiwa = (e == u"令和" || e == u"R" || e == u"r");
    return (reiwa ? 2018 : 1988) + v;
}

QStringList splitAchievements(const QString &cleanedCell)
{
    // Each entry cut out of the cell once, trimmed (no list of untrimmed copies first).
    QStringList out;
    const QStringView cell(cleanedCell);
    qsizetype start = 0;
    for (;;) {
        const qsizetype bullet = cell.indexOf(u'●', start);
        const qsizetype end = bullet < 0 ? cell.size() : bullet;
        const QStringView entry = cell.mid(start, end - start).trimmed();
        if (!entry.isEmpty())
            out.append(entry.toString());
        if (bullet < 0)
            break;
        start = bullet + 1;
    }
    return out;
}

const char *levelLabel(int level)
{
    static const char *const labels[] = { "目標を大きく上回って達成", "目標を上回って達成",
                                          "目標をほぼ達成", "目標を下回った",
                                          "目標を大きく下回った" };
    return (level >= 1 && level <= 5) ? labels[level - 1] : "";
}

} // namespace Hyoka::TextNormaliser

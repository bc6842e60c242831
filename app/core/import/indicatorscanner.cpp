#include "indicatorscanner.h"

// The phrasings (docs/formats.md#indicators), on text with ASCII digits, ':', ',', '.', '%', '(', ')', '/',
// ';' and spaces (IndicatorExtractor folds the full-width forms first):
//
//   actual first:  [実績|結果[値][は][:]] [年間|年|約] N [(n)] [unit] [qualifier] [(year)]
//                  [※ ( / 、 , ;]{0,2} 目標[値][は][:] [年間|年|約] N [(n)] [unit] [qualifier]
//                  [(year)]
//   target first:  目標[値][は][:] [年間|年|約] N [(n)] [unit] [qualifier] [(year)]
//                  {のところ|に対し[て]|に対する|( / 、 , ;}* 実績|結果[値][は][:]
//                  [年間|年|約] N [(n)] [unit] [qualifier] [(year)]
//
// N is a number not preceded by a digit, '.' or a thousands comma: 1,234,567.8 or 1234.5;
// (n) a parenthesised sub-count, 421(26)件 (421 is the value); (year) a fiscal-year tag,
// (R6), (令和6年度), (H30), (2024年度), with spaces allowed inside the brackets.
// A unit is a known word (人, 件, か所, 千円 …); else 1–4 kanji/katakana, at the end
// only when what follows them is no more Japanese text (a qualifier aside); else 1–3
// Latin letters right after the digits (ha, km), at the end not followed by another.
// Spaces (ASCII white space only) may stand between the parts.
//
// This used to be one regular expression, and every choice below is made in the order
// its backtracking made it: the longer alternative first where the expression was
// greedy, the shorter where it was lazy (the unit word), so the first way that reaches
// the end of the phrasing is the match the expression found, with the same captures.
// Each step takes a continuation (the rest of the phrasing) and tries it at every end
// it can offer, in that order. The continuation's answer depends only on the position,
// so where the expression would have tried one position several times (spaces shared
// between two optional parts) each is tried once, where the expression first tried it.
// Sub-counts and year tags are optional parts of it, tried first with, then without.
// Kept rather than QRegularExpression: the expression costs far more than 10 % of the
// markdown parse (docs/performance.md); tests/indicators compares the two.
namespace Hyoka::IndicatorScanner {

namespace {

struct Word
{
    const char16_t *text;
    qsizetype size;
};

template<qsizetype N>
constexpr Word word(const char16_t (&text)[N])
{
    return { text, N - 1 };
}

// In the order they are tried: a longer spelling before its prefix (千円/円, 事業所/事業).
constexpr Word knownUnits[] = {
    word(u"千円"), word(u"万円"), word(u"億円"), word(u"円"), word(u"世帯"), word(u"団体"),
    word(u"施設"), word(u"事業所"), word(u"事業"), word(u"か所"), word(u"ヶ所"), word(u"ケ所"),
    word(u"カ所"), word(u"ヵ所"), word(u"箇所"), word(u"個所"), word(u"人日"), word(u"人回"),
    word(u"人"), word(u"名"), word(u"件"), word(u"回"), word(u"園"), word(u"校"), word(u"部"),
    word(u"台"), word(u"社"), word(u"店舗"), word(u"店"), word(u"戸"), word(u"冊"), word(u"組"),
    word(u"区"), word(u"室"), word(u"棟"), word(u"床"), word(u"本"), word(u"枚"), word(u"点"),
    word(u"日"), word(u"時間"), word(u"ポイント"), word(u"講座"), word(u"品目"), word(u"種類"),
    word(u"種"), word(u"項目"), word(u"%"), word(u"㎡"),
};

constexpr Word qualifiers[] = {
    word(u"以上"), word(u"以下"), word(u"未満"), word(u"以内"), word(u"超"), word(u"増加"),
    word(u"減少"), word(u"増"), word(u"減"), word(u"程度"), word(u"前後"),
};

// Between a target and the actual that follows it; に対して before に対し.
constexpr Word targetFirstLinks[] = {
    word(u"のところ"), word(u"に対して"), word(u"に対し"), word(u"に対する"),
};

inline bool isSpace(char16_t c)
{
    return c == u' ' || (c >= 0x09 && c <= 0x0D);
}

inline bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

inline bool isLatin(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Kanji, katakana (with ー and ヶ), 々: a word that may be an unknown unit.
inline bool isUnitWordChar(char16_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC
            || c == 0x3005;
}

// Kana, kanji, 々: Japanese text that may not follow a unit word at the end.
inline bool isJapaneseText(char16_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF) || c == 0x3005;
}

inline bool isActualFirstSeparator(char16_t c)
{
    return c == u'※' || c == u'(' || c == u'/' || c == u'、' || c == u',' || c == u';';
}

inline bool isTargetFirstSeparator(char16_t c)
{
    return c == u'(' || c == u'/' || c == u'、' || c == u',' || c == u';';
}

// Where the last 目標 starts, or -1; also -1 when the text is not valid UTF-16 (an
// unpaired surrogate), in which the regular expression found nothing either.
qsizetype lastTargetWord(const char16_t *s, qsizetype n)
{
    qsizetype last = -1;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i];
        if (c == u'目') {
            if (i + 1 < n && s[i + 1] == u'標')
                last = i;
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            if (c >= 0xDC00 || i + 1 >= n || s[i + 1] < 0xDC00 || s[i + 1] > 0xDFFF)
                return -1;
            ++i;
        }
    }
    return last;
}

class Scanner
{
public:
    Scanner(const char16_t *text, qsizetype size) : m_s(text), m_n(size) { }

    bool actualFirstAt(qsizetype s)
    {
        auto afterKeyword = [&](qsizetype p0) {
            return prefix(p0, [&](qsizetype p1) {
                return number(p1, m_found.actual, [&](qsizetype p2) {
                    return unit(p2, m_found.actualUnit, [&](qsizetype p3) {
                        return qualifierAndYear(p3, m_found.actualYear, [&](qsizetype p4) {
                            return actualFirstSeparator(p4, [&](qsizetype p5) {
                                return targetKeyword(p5, [&](qsizetype p6) {
                                    return prefix(p6, [&](qsizetype p7) {
                                        return number(p7, m_found.target, [&](qsizetype p8) {
                                            m_found.whole.end = tail(p8, m_found.targetUnit, m_found.targetYear);
                                            return true;
                                        });
                                    });
                                });
                            });
                        });
                    });
                });
            });
        };
        if (isActualKeyword(s) && keywordRest(s + 2, afterKeyword))
            return finish(s, true);
        return afterKeyword(s) && finish(s, true);
    }

    bool targetFirstAt(qsizetype s)
    {
        const bool found = targetKeyword(s, [&](qsizetype p0) {
            return prefix(p0, [&](qsizetype p1) {
                return number(p1, m_found.target, [&](qsizetype p2) {
                    return unit(p2, m_found.targetUnit, [&](qsizetype p3) {
                        return qualifierAndYear(p3, m_found.targetYear, [&](qsizetype p4) {
                            return targetFirstSeparator(p4, [&](qsizetype p5) {
                                if (!isActualKeyword(p5))
                                    return false;
                                return keywordRest(p5 + 2, [&](qsizetype p6) {
                                    return prefix(p6, [&](qsizetype p7) {
                                        return number(p7, m_found.actual, [&](qsizetype p8) {
                                            m_found.whole.end = tail(p8, m_found.actualUnit, m_found.actualYear);
                                            return true;
                                        });
                                    });
                                });
                            });
                        });
                    });
                });
            });
        });
        return found && finish(s, false);
    }

    const Figures &found() const { return m_found; }
    qsizetype figuresStart() const
    {
        return m_found.actualFirst ? m_found.actual.start : m_found.target.start;
    }

private:
    char16_t at(qsizetype i) const { return i < m_n ? m_s[i] : u'\0'; }

    bool startsWith(qsizetype p, const Word &w) const
    {
        if (p + w.size > m_n)
            return false;
        for (qsizetype i = 0; i < w.size; ++i) {
            if (m_s[p + i] != w.text[i])
                return false;
        }
        return true;
    }

    // k at each end from `longest` down to `shortest`: the characters a greedy
    // expression gives back one by one when what follows does not match.
    template<typename K>
    static bool givingBack(qsizetype longest, qsizetype shortest, K &&k)
    {
        for (qsizetype q = longest; q >= shortest; --q) {
            if (k(q))
                return true;
        }
        return false;
    }

    qsizetype spacesEnd(qsizetype p) const
    {
        while (p < m_n && isSpace(m_s[p]))
            ++p;
        return p;
    }

    qsizetype digitsEnd(qsizetype p) const
    {
        while (p < m_n && isDigit(m_s[p]))
            ++p;
        return p;
    }

    bool finish(qsizetype start, bool actualFirst)
    {
        m_found.whole.start = start;
        m_found.actualFirst = actualFirst;
        return true;
    }

    bool isActualKeyword(qsizetype p) const
    {
        return (at(p) == u'実' && at(p + 1) == u'績') || (at(p) == u'結' && at(p + 1) == u'果');
    }

    // 目標 and what may follow it.
    template<typename K>
    bool targetKeyword(qsizetype p, K &&k)
    {
        return at(p) == u'目' && at(p + 1) == u'標' && keywordRest(p + 2, k);
    }

    // After 目標, 実績 or 結果: [値] [spaces] [は] [spaces] [:] [spaces].
    template<typename K>
    bool keywordRest(qsizetype p, K &&k)
    {
        if (at(p) == u'値' && keywordTail(p + 1, k))
            return true;
        return keywordTail(p, k);
    }

    // [spaces] [は] [spaces] [:] [spaces], every position it can end at, in the order
    // of the greedy expression: the longest reading first, then the spaces given back.
    template<typename K>
    bool keywordTail(qsizetype p, K &&k)
    {
        const qsizetype e0 = spacesEnd(p);
        if (at(e0) == u'は') {
            const qsizetype e1 = spacesEnd(e0 + 1);
            if (at(e1) == u':') {
                if (givingBack(spacesEnd(e1 + 1), e1 + 1, k))
                    return true;
            }
            if (givingBack(e1, e0 + 1, k))
                return true;
        } else if (at(e0) == u':') {
            if (givingBack(spacesEnd(e0 + 1), e0 + 1, k))
                return true;
        }
        return givingBack(e0, p, k);
    }

    // [年間|年|約]
    template<typename K>
    bool prefix(qsizetype p, K &&k)
    {
        if (at(p) == u'年') {
            if (at(p + 1) == u'間' && k(p + 2))
                return true;
            if (k(p + 1))
                return true;
        } else if (at(p) == u'約') {
            if (k(p + 1))
                return true;
        }
        return k(p);
    }

    // A number not continuing another one: 1,234,567[.89] first, then 1234567[.89].
    template<typename K>
    bool number(qsizetype p, Span &capture, K &&k)
    {
        if (!isDigit(at(p)))
            return false;
        if (p > 0) {
            const char16_t before = m_s[p - 1];
            if (isDigit(before) || before == u'.')
                return false;
            if (before == u',' && p > 1 && isDigit(m_s[p - 2]))
                return false;
        }
        const qsizetype digits = digitsEnd(p) - p;
        for (qsizetype lead = std::min<qsizetype>(3, digits); lead >= 1; --lead) {
            const qsizetype groupsStart = p + lead;
            qsizetype groups = 0;
            for (qsizetype g = groupsStart; at(g) == u',' && isDigit(at(g + 1))
                 && isDigit(at(g + 2)) && isDigit(at(g + 3));
                 g += 4) {
                ++groups;
            }
            for (; groups >= 1; --groups) {
                if (decimals(p, groupsStart + 4 * groups, capture, k))
                    return true;
            }
        }
        for (qsizetype length = digits; length >= 1; --length) {
            if (decimals(p, p + length, capture, k))
                return true;
        }
        return false;
    }

    // [.digits] after the integer part of the number that starts at `start`.
    template<typename K>
    bool decimals(qsizetype start, qsizetype p, Span &capture, K &&k)
    {
        if (at(p) == u'.' && isDigit(at(p + 1))) {
            for (qsizetype q = digitsEnd(p + 1); q > p + 1; --q) {
                capture = { start, q };
                if (subCount(q, k))
                    return true;
            }
        }
        capture = { start, p };
        return subCount(p, k);
    }

    // [(digits and commas)] after a number: 421(26)件.
    template<typename K>
    bool subCount(qsizetype p, K &&k)
    {
        if (at(p) == u'(' && isDigit(at(p + 1))) {
            qsizetype q = p + 2;
            while (isDigit(at(q)) || at(q) == u',')
                ++q;
            if (at(q) == u')' && k(q + 1))
                return true;
        }
        return k(p);
    }

    // Where a year tag starting at `p` ends ([spaces] "(" [spaces] era N [年度|年]
    // [spaces] ")" or the same with a four-digit year), with its inside in `inside`; -1
    // when there is none.
    qsizetype yearTagEnd(qsizetype p, Span *inside) const
    {
        qsizetype q = spacesEnd(p);
        if (at(q) != u'(')
            return -1;
        q = spacesEnd(q + 1);
        const qsizetype start = q;
        const char16_t c = at(q);
        if ((c == u'令' && at(q + 1) == u'和') || (c == u'平' && at(q + 1) == u'成')
            || c == u'R' || c == u'H' || c == u'Ｒ' || c == u'Ｈ') {
            q = spacesEnd(q + (c == u'令' || c == u'平' ? 2 : 1));
            if (at(q) == u'元') {
                ++q;
            } else {
                const qsizetype digits = digitsEnd(q) - q;
                if (digits < 1 || digits > 2)
                    return -1;
                q += digits;
            }
        } else if ((c == u'1' && at(q + 1) == u'9') || (c == u'2' && at(q + 1) == u'0')) {
            if (digitsEnd(q) - q != 4)
                return -1;
            q += 4;
        } else {
            return -1;
        }
        if (at(q) == u'年')
            q += at(q + 1) == u'度' ? 2 : 1;
        const qsizetype insideEnd = q;
        q = spacesEnd(q);
        if (at(q) != u')')
            return -1;
        *inside = { start, insideEnd };
        return q + 1;
    }

    // [qualifier] [year tag], the tag tried first.
    template<typename K>
    bool qualifierAndYear(qsizetype p, Span &year, K &&k)
    {
        return qualifier(p, [&](qsizetype q) {
            Span inside;
            const qsizetype end = yearTagEnd(q, &inside);
            if (end >= 0) {
                year = inside;
                if (k(end))
                    return true;
            }
            year = {};
            return k(q);
        });
    }

    // [spaces] [unit] where more of the phrasing follows: a known unit, else the
    // shortest unit word that lets the rest match, else Latin letters after digits.
    template<typename K>
    bool unit(qsizetype p, Span &capture, K &&k)
    {
        const qsizetype e0 = spacesEnd(p);
        for (const Word &w : knownUnits) {
            if (startsWith(e0, w)) {
                capture = { e0, e0 + w.size };
                if (k(e0 + w.size))
                    return true;
            }
        }
        for (qsizetype length = 1; length <= 4 && isUnitWordChar(at(e0 + length - 1)); ++length) {
            capture = { e0, e0 + length };
            if (k(e0 + length))
                return true;
        }
        if (e0 > 0 && isDigit(m_s[e0 - 1])) {
            qsizetype letters = 0;
            while (letters < 3 && isLatin(at(e0 + letters)))
                ++letters;
            for (; letters >= 1; --letters) {
                capture = { e0, e0 + letters };
                if (k(e0 + letters))
                    return true;
            }
        }
        capture = {};
        return givingBack(e0, p, k);
    }

    // [以上|以下|未満|以内|超|増加|減少|増|減|程度|前後]
    template<typename K>
    bool qualifier(qsizetype p, K &&k)
    {
        for (const Word &w : qualifiers) {
            if (startsWith(p, w) && k(p + w.size))
                return true;
        }
        return k(p);
    }

    // [spaces] ([※ ( / 、 , ;] [spaces]){0,2}
    template<typename K>
    bool actualFirstSeparator(qsizetype p, K &&k)
    {
        const qsizetype e0 = spacesEnd(p);
        if (isActualFirstSeparator(at(e0))) {
            const qsizetype e1 = spacesEnd(e0 + 1);
            if (isActualFirstSeparator(at(e1))) {
                if (givingBack(spacesEnd(e1 + 1), e1 + 1, k))
                    return true;
            }
            if (givingBack(e1, e0 + 1, k))
                return true;
        }
        return givingBack(e0, p, k);
    }

    // ([spaces] のところ|に対して|に対し|に対する|( / 、 , ;)* [spaces]
    template<typename K>
    bool targetFirstSeparator(qsizetype p, K &&k)
    {
        const qsizetype e0 = spacesEnd(p);
        for (const Word &w : targetFirstLinks) {
            if (startsWith(e0, w) && targetFirstSeparator(e0 + w.size, k))
                return true;
        }
        if (isTargetFirstSeparator(at(e0)) && targetFirstSeparator(e0 + 1, k))
            return true;
        return givingBack(e0, p, k);
    }

    // [spaces] [unit] [qualifier] [year tag] at the end of the phrasing, which always
    // matches; returns where it ends. A unit word here must not run on into Japanese text.
    qsizetype tail(qsizetype p, Span &capture, Span &year) const
    {
        const qsizetype e0 = spacesEnd(p);
        capture = {};
        for (const Word &w : knownUnits) {
            if (startsWith(e0, w)) {
                capture = { e0, e0 + w.size };
                break;
            }
        }
        if (!capture.isValid()) {
            for (qsizetype length = 1; length <= 4 && isUnitWordChar(at(e0 + length - 1));
                 ++length) {
                if (endsBeforeText(e0 + length)) {
                    capture = { e0, e0 + length };
                    break;
                }
            }
        }
        if (!capture.isValid() && e0 > 0 && isDigit(m_s[e0 - 1])) {
            qsizetype letters = 0;
            while (letters < 4 && isLatin(at(e0 + letters)))
                ++letters;
            if (letters >= 1 && letters <= 3)
                capture = { e0, e0 + letters };
        }
        qsizetype end = capture.isValid() ? capture.end : e0;
        for (const Word &w : qualifiers) {
            if (startsWith(end, w)) {
                end += w.size;
                break;
            }
        }
        year = {};
        Span inside;
        const qsizetype tagEnd = yearTagEnd(end, &inside);
        if (tagEnd >= 0) {
            year = inside;
            end = tagEnd;
        }
        return end;
    }

    // After a unit word at the end: [qualifier] and then no kana, kanji or 々.
    bool endsBeforeText(qsizetype p) const
    {
        for (const Word &w : qualifiers) {
            if (startsWith(p, w) && !isJapaneseText(at(p + w.size)))
                return true;
        }
        return !isJapaneseText(at(p));
    }

    const char16_t *m_s;
    qsizetype m_n;
    Figures m_found;
};

// Whether `at` lies in a note: after a ※ (not before `from`) that introduces no target
// (not followed by 目標 or another separator), with no 、。●) or line break between.
bool inNote(QStringView s, qsizetype from, qsizetype at)
{
    for (qsizetype i = at - 1; i >= from; --i) {
        const char16_t c = s[i].unicode();
        if (c == u'、' || c == u'。' || c == u'●' || c == u')' || c == u'\n')
            return false;
        if (c != u'※')
            continue;
        qsizetype j = i + 1;
        while (j < at && isSpace(s[j].unicode()))
            ++j;
        const QStringView next = s.mid(j);
        return !(next.startsWith(u"目標") || (!next.isEmpty() && isActualFirstSeparator(next[0].unicode())));
    }
    return false;
}

} // namespace

Finder::Finder(QStringView folded)
    : m_text(folded),
      m_lastTarget(lastTargetWord(reinterpret_cast<const char16_t *>(folded.data()), folded.size()))
{
}

bool Finder::next(Figures *found)
{
    const auto *s = reinterpret_cast<const char16_t *>(m_text.data());
    Scanner scanner(s, m_text.size());
    // Every phrasing holds 目標; none starts after the last one.
    for (qsizetype i = m_from; i <= m_lastTarget; ++i) {
        const char16_t c = s[i];
        bool matched = false;
        if (isDigit(c) || c == u'実' || c == u'結' || c == u'年' || c == u'約')
            matched = scanner.actualFirstAt(i);
        else if (c == u'目')
            matched = scanner.targetFirstAt(i);
        if (matched && !inNote(m_text, m_noteFloor, scanner.figuresStart())) {
            *found = scanner.found();
            m_from = found->whole.end;
            m_noteFloor = m_from;
            return true;
        }
    }
    m_from = m_lastTarget + 1;
    return false;
}

} // namespace Hyoka::IndicatorScanner

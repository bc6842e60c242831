#include "indicatorextractor.h"

#include "indicatorscanner.h"
#include "textnormaliser.h"

#include <QCoreApplication>
#include <QRegularExpression>

// How it works (docs/formats.md#indicators)
//
// 1. Quick exit when the text has no 目標: every phrasing names the target.
// 2. A working copy folds the full-width forms that matter for figures (digits,
//    ：，．％（）／ and the ideographic space) to ASCII one character for one, so
//    positions in the copy are positions in the original.
// 3. IndicatorScanner finds the pairs, left to right, non-overlapping:
//      actual first:  [実績|結果][:] [年] N [unit] [以上…] [※ ( / 、] 目標[:] [年] N [unit]
//      target first:  目標[:] [年] N [unit] [以上…] [のところ|に対し|、|/] 実績|結果[:] [年] N [unit]
//    A unit is a word from a known list (人, 件, か所, %, 千円 …); where the unit is
//    followed by more of the phrasing, an unknown run of 1–4 kanji/katakana (or 1–3
//    Latin letters) is also accepted, and at the end of the phrasing such a run is
//    accepted when no more Japanese text (or letter) follows it directly.
// 4. The label is the text between the nearest delimiter before the figures and
//    the figures (see labelBefore()).
namespace Hyoka::IndicatorExtractor {

namespace {

// Whether the text holds 目標 (a search for 目 is quicker than one for the word).
bool containsTargetWord(QStringView text)
{
    for (qsizetype i = text.indexOf(u'目'); i >= 0; i = text.indexOf(u'目', i + 1)) {
        if (i + 1 < text.size() && text[i + 1] == u'標')
            return true;
    }
    return false;
}

// Folds the full-width characters figures are written with to ASCII, one for one.
// Returns the text unchanged (shared) when there is nothing to fold.
QString foldFigures(const QString &text)
{
    QString out = text;
    const qsizetype n = text.size();
    const QChar *src = text.constData();
    bool detached = false;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = src[i].unicode();
        if ((u < 0xFF05 || u > 0xFF1B) && u != 0x3000)
            continue; // none of the folded forms
        char16_t r = 0;
        if (u >= 0xFF10 && u <= 0xFF19)
            r = char16_t(u - 0xFF10 + u'0');
        else if (u == 0xFF1A)
            r = u':';
        else if (u == 0xFF0C)
            r = u',';
        else if (u == 0xFF0E)
            r = u'.';
        else if (u == 0xFF05)
            r = u'%';
        else if (u == 0xFF08)
            r = u'(';
        else if (u == 0xFF09)
            r = u')';
        else if (u == 0xFF0F)
            r = u'/';
        else if (u == 0xFF1B)
            r = u';';
        else if (u == 0x3000)
            r = u' ';
        if (r) {
            if (!detached) {
                out.detach();
                detached = true;
            }
            out[i] = QChar(r);
        }
    }
    return out;
}

// Digits with thousands commas and at most one decimal point, as the scanner found
// them. Up to 15 digits the value is read directly: mantissa / 10^decimals is one
// correctly rounded division of two exact doubles, the same double toDouble() gives.
double toNumber(QStringView digits)
{
    static constexpr double powersOfTen[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
                                              1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15 };
    quint64 mantissa = 0;
    int digitCount = 0;
    int decimals = 0;
    bool point = false;
    bool direct = true;
    for (const QChar c : digits) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            mantissa = mantissa * 10 + (u - u'0');
            ++digitCount;
            if (point)
                ++decimals;
        } else if (u == u'.' && !point) {
            point = true;
        } else if (u != u',') {
            direct = false;
            break;
        }
    }
    if (direct && digitCount <= 15)
        return double(mantissa) / powersOfTen[decimals];
    QString s;
    s.reserve(digits.size());
    for (QChar c : digits) {
        if (c != u',')
            s += c;
    }
    return s.toDouble();
}

// (R6), (令和6年度), (2024年度) → the fiscal year; 0 without a tag.
int yearOfTag(QStringView tag)
{
    if (tag.isEmpty())
        return 0;
    QString compact = tag.toString();
    compact.removeIf([](QChar c) { return c.isSpace(); });
    return TextNormaliser::parseFiscalYear(compact);
}

// The spellings of か所 are one unit.
QString unitKey(const QString &unit)
{
    static const QStringList kasho = { QStringLiteral("ヶ所"), QStringLiteral("ケ所"),
                                       QStringLiteral("カ所"), QStringLiteral("ヵ所"),
                                       QStringLiteral("箇所"), QStringLiteral("個所") };
    if (kasho.contains(unit))
        return QStringLiteral("か所");
    return unit;
}

bool isOpenBracket(QChar c)
{
    return c == u'(' || c == u'[' || c == u'【' || c == u'〔' || c == u'［';
}

bool isQuoteClose(QChar c)
{
    return c == u'」' || c == u'』';
}

bool isQuoteOpen(QChar c)
{
    return c == u'「' || c == u'『';
}

// A character that ends the label on its left. `folded` has ASCII brackets/commas.
bool isDelimiter(const QString &folded, qsizetype i)
{
    const QChar c = folded.at(i);
    switch (c.unicode()) {
    case u'(':
    case u')':
    case u'[':
    case u']':
    case u'【':
    case u'】':
    case u'〔':
    case u'〕':
    case u'［':
    case u'］':
    case u'、':
    case u'。':
    case u'●':
    case u'○':
    case u'◯':
    case u'■':
    case u'「':
    case u'」':
    case u'『':
    case u'』':
    case u'※':
    case u';':
        return true;
    case u',':
        // A thousands comma is part of a number, not a delimiter.
        return !(i > 0 && folded.at(i - 1).isDigit() && i + 1 < folded.size()
                 && folded.at(i + 1).isDigit());
    default:
        return false;
    }
}

QString trimLabel(QString s)
{
    s = s.trimmed();
    while (!s.isEmpty()) {
        const QChar last = s.back();
        if (last == u':' || last == u'：' || last.isSpace()) {
            s.chop(1);
            continue;
        }
        // 「利用者数は 120人」: a topic/subject particle is not part of the label.
        if ((last == u'は' || last == u'が') && s.size() > 1) {
            s.chop(1);
            continue;
        }
        break;
    }
    while (!s.isEmpty() && (s.front() == u':' || s.front() == u'：' || s.front().isSpace()))
        s.remove(0, 1);
    return s;
}

// Only particles left between a 「quote」 and the figures: 「愛着」は目標6.5…
bool onlyParticles(QStringView s)
{
    for (QChar c : s) {
        if (!(c == u'は' || c == u'が' || c == u'の' || c == u'で' || c == u'も' || c == u':'
              || c == u'：' || c.isSpace()))
            return false;
    }
    return true;
}

// Drops a relative clause before the noun of a long free-standing label:
// 「令和3年4月1日時点で横浜保育室を利用する川崎市民」 → 「川崎市民」.
QString dropLeadingClause(const QString &label)
{
    if (label.size() <= 16)
        return label;
    static const QRegularExpression clause(
            QStringLiteral("^.*(?:する|した|される|された|している|時点で)(?=.{2,}$)"));
    const QRegularExpressionMatch m = clause.match(label);
    if (m.hasMatch())
        return label.mid(m.capturedLength());
    return label;
}

// Drops the verb phrase of an activity text to get the measured thing:
// 「一時保育事業実施園数を確保」 → 「一時保育事業実施園数」, 「車座集会の実施」 → 「車座集会」.
QString dropTrailingVerb(const QString &text)
{
    QString s = text;
    const qsizetype wo = s.lastIndexOf(u'を');
    if (wo > 0) {
        s.truncate(wo);
    } else {
        static const QRegularExpression noVerb(
                QStringLiteral("^(.+?)の[\\x{4E00}-\\x{9FFF}]{2}(?:を(?:実施|行う|行った))?$"));
        const QRegularExpressionMatch m = noVerb.match(s);
        if (m.hasMatch())
            s = m.captured(1);
    }
    s = trimLabel(s);
    return s.isEmpty() ? trimLabel(text) : s;
}

// The label of figures starting at `end`: the text between the nearest delimiter
// before them (not before `floor`, the end of the previous indicator) and them.
QString labelBefore(const QString &original, const QString &folded, qsizetype end, qsizetype floor)
{
    qsizetype i = end;
    while (i > floor && !isDelimiter(folded, i - 1))
        --i;
    const qsizetype start = i;
    const QChar delim = start > floor ? folded.at(start - 1) : QChar();
    const QStringView segment = QStringView(original).mid(start, end - start);

    // 「愛着」は目標6.5 → 愛着;  「愛着」の指標値 5.5(目標6.5) → 「愛着」の指標値.
    if (isQuoteClose(delim)) {
        qsizetype q = start - 2;
        while (q >= floor && !isQuoteOpen(folded.at(q)))
            --q;
        if (q >= floor) {
            if (onlyParticles(segment))
                return trimLabel(original.mid(q + 1, start - 2 - q));
            if (segment.startsWith(u'の'))
                return trimLabel(original.mid(q, end - q));
        }
    }

    QString label = trimLabel(segment.toString());
    if (!label.isEmpty()) {
        if (!isOpenBracket(delim))
            label = dropLeadingClause(label);
        return label;
    }

    // Figures right after a bracket with no label inside:
    // 「一時保育事業実施園数を確保(86か所※目標88か所)」 → take it from before the bracket.
    if (isOpenBracket(delim)) {
        const qsizetype close = start - 1;
        qsizetype j = close;
        while (j > floor && !isDelimiter(folded, j - 1))
            --j;
        const QString before = trimLabel(original.mid(j, close - j));
        if (!before.isEmpty())
            return dropTrailingVerb(dropLeadingClause(before));
    }
    return label;
}

} // namespace

QList<Indicator> extract(const QString &achievement, QStringList *warnings)
{
    QList<Indicator> found;
    if (!containsTargetWord(achievement))
        return found;

    const QString folded = foldFigures(achievement);
    qsizetype floor = 0;
    IndicatorScanner::Finder finder(folded);
    IndicatorScanner::Figures m;
    while (finder.next(&m)) {
        Indicator ind;
        ind.actual = toNumber(m.actual.in(folded));
        ind.target = toNumber(m.target.in(folded));
        ind.unit = m.actualUnit.in(folded).toString();
        ind.targetUnit = m.targetUnit.in(folded).toString();
        ind.actualYear = yearOfTag(m.actualYear.in(folded));
        ind.targetYear = yearOfTag(m.targetYear.in(folded));
        ind.label = labelBefore(achievement, folded, m.whole.start, floor);
        floor = m.whole.end;

        if (ind.unit.isEmpty())
            ind.unit = ind.targetUnit;
        else if (ind.targetUnit.isEmpty())
            ind.targetUnit = ind.unit;
        else if (ind.unit != ind.targetUnit && unitKey(ind.unit) == unitKey(ind.targetUnit))
            ind.targetUnit = ind.unit;

        if (ind.unitMismatch() && warnings) {
            warnings->append(QCoreApplication::translate(
                                     "Hyoka::IndicatorExtractor",
                                     "indicator \"%1\": actual in %2 but target in %3")
                                     .arg(ind.label, ind.unit, ind.targetUnit));
        }
        found.append(std::move(ind));
    }
    return found;
}

QList<Indicator> extract(const QStringList &achievements, QStringList *warnings)
{
    QList<Indicator> all;
    for (qsizetype i = 0; i < achievements.size(); ++i) {
        QList<Indicator> found = extract(achievements.at(i), warnings);
        for (Indicator &ind : found) {
            ind.achievementIndex = int(i);
            all.append(std::move(ind));
        }
    }
    return all;
}

} // namespace Hyoka::IndicatorExtractor

#pragma once

// The regular expression IndicatorScanner replaced, kept as it was, and helpers that
// put its matches and the scanner's side by side (tst_indicators compares them).

#include "indicatorextractor.h"
#include "indicatorscanner.h"

#include <QRegularExpression>
#include <QStringList>

namespace IndicatorReference {

using namespace Hyoka;

inline QString referencePattern()
{
    const QString known = QStringLiteral(
            "千円|万円|億円|円|世帯|団体|施設|事業所|事業|か所|ヶ所|ケ所|カ所|ヵ所|箇所|個所|"
            "人日|人回|人|名|件|回|園|校|部|台|社|店舗|店|戸|冊|組|区|室|棟|床|本|枚|点|日|時間|"
            "ポイント|講座|品目|種類|種|項目|%|㎡");
    const QString word = QStringLiteral("[\\x{4E00}-\\x{9FFF}\\x{30A1}-\\x{30FA}\\x{30FC}\\x{3005}]");
    const QString jp = QStringLiteral("[\\x{3040}-\\x{30FF}\\x{4E00}-\\x{9FFF}\\x{3005}]");
    const QString num = QStringLiteral(
            "(?<![0-9.])(?<![0-9],)([0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?)");
    const QString prefix = QStringLiteral("(?:年間|年|約)?");
    const QString qualifier = QStringLiteral("(?:以上|以下|未満|以内|超|増加|減少|増|減|程度|前後)?");
    const QString unitMid = QStringLiteral("\\s*(%1|%2{1,4}?|(?<=[0-9])[A-Za-z]{1,3})?").arg(known, word);
    const QString unitEnd = QStringLiteral("\\s*(%1|%2{1,4}?(?=%3(?!%4))|(?<=[0-9])[A-Za-z]{1,3}(?![A-Za-z]))?")
                                    .arg(known, word, qualifier, jp);
    const QString actualKw = QStringLiteral("(?:実績|結果)(?:値)?\\s*(?:は)?\\s*:?\\s*");
    const QString targetKw = QStringLiteral("目標(?:値)?\\s*(?:は)?\\s*:?\\s*");
    const QString sepActualFirst = QStringLiteral("\\s*(?:[※(/、,;]\\s*){0,2}");
    const QString sepTargetFirst = QStringLiteral("(?:\\s*(?:のところ|に対し(?:て)?|に対する|[(/、,;]))*\\s*");
    // Groups: 1 actual, 2 actual unit, 3 target, 4 target unit   (actual first)
    //         5 target, 6 target unit, 7 actual, 8 actual unit   (target first)
    const QString actualFirst = QStringLiteral("(?:%1)?").arg(actualKw) + prefix + num + unitMid
            + qualifier + sepActualFirst + targetKw + prefix + num + unitEnd + qualifier;
    const QString targetFirst = targetKw + prefix + num + unitMid + qualifier + sepTargetFirst
            + actualKw + prefix + num + unitEnd + qualifier;
    return QStringLiteral("(?:%1)|(?:%2)").arg(actualFirst, targetFirst);
}

inline const QRegularExpression &referenceRe()
{
    static const QRegularExpression re = [] {
        QRegularExpression r(referencePattern());
        r.optimize();
        return r;
    }();
    return re;
}

// The extractor's folding of full-width figure characters, for texts given unfolded.
inline QString foldedForTest(QString text)
{
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            c = QChar(char16_t(u - 0xFF10 + u'0'));
        else if (u == 0xFF1A)
            c = u':';
        else if (u == 0xFF0C)
            c = u',';
        else if (u == 0xFF0E)
            c = u'.';
        else if (u == 0xFF05)
            c = u'%';
        else if (u == 0xFF08)
            c = u'(';
        else if (u == 0xFF09)
            c = u')';
        else if (u == 0xFF0F)
            c = u'/';
        else if (u == 0xFF1B)
            c = u';';
        else if (u == 0x3000)
            c = u' ';
    }
    return text;
}

inline QString spanText(qsizetype start, qsizetype end)
{
    return start < 0 ? u"-"_qs : QStringLiteral("%1..%2").arg(start).arg(end);
}

// Every match as one line: branch, whole span, then each group's span and text.
inline QStringList referenceMatches(const QString &text)
{
    QStringList out;
    QRegularExpressionMatchIterator it = referenceRe().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const bool actualFirst = m.capturedStart(1) >= 0;
        const int groups[4] = { actualFirst ? 1 : 7, actualFirst ? 2 : 8, actualFirst ? 3 : 5,
                                actualFirst ? 4 : 6 };
        QString line = QStringLiteral("%1 %2").arg(actualFirst ? u"A"_qs : u"T"_qs,
                                                    spanText(m.capturedStart(0), m.capturedEnd(0)));
        for (int g : groups) {
            line += QStringLiteral(" [%1 %2]")
                            .arg(spanText(m.capturedStart(g), m.capturedEnd(g)), m.captured(g));
        }
        out.append(line);
    }
    return out;
}

inline QStringList scannerMatches(const QString &text)
{
    QStringList out;
    IndicatorScanner::Finder finder(text);
    IndicatorScanner::Figures f;
    qsizetype from = 0;
    while (finder.next(&f)) {
        QString line = QStringLiteral("%1 %2").arg(f.actualFirst ? u"A"_qs : u"T"_qs,
                                                    spanText(f.whole.start, f.whole.end));
        for (const IndicatorScanner::Span &s : { f.actual, f.actualUnit, f.target, f.targetUnit }) {
            line += QStringLiteral(" [%1 %2]")
                            .arg(spanText(s.start, s.end), s.in(text).toString());
        }
        out.append(line);
        if (f.whole.end <= from)
            break; // never: a match is not empty; guards the test against a loop
        from = f.whole.end;
    }
    return out;
}

// The figures the extractor gave before the scanner: numbers and units from the
// reference expression on the folded text, with the extractor's unit rules.
inline QStringList referenceFigures(const QString &text)
{
    QStringList out;
    if (!text.contains(u"目標"))
        return out;
    static const QStringList kasho = { u"ヶ所"_qs, u"ケ所"_qs, u"カ所"_qs, u"ヵ所"_qs, u"箇所"_qs, u"個所"_qs };
    auto key = [](const QString &u) { return kasho.contains(u) ? u"か所"_qs : u; };
    QRegularExpressionMatchIterator it = referenceRe().globalMatch(foldedForTest(text));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const bool actualFirst = m.capturedStart(1) >= 0;
        const QString actual = m.captured(actualFirst ? 1 : 7).remove(u',');
        const QString target = m.captured(actualFirst ? 3 : 5).remove(u',');
        QString unit = m.captured(actualFirst ? 2 : 8);
        QString targetUnit = m.captured(actualFirst ? 4 : 6);
        if (unit.isEmpty())
            unit = targetUnit;
        else if (targetUnit.isEmpty())
            targetUnit = unit;
        else if (unit != targetUnit && key(unit) == key(targetUnit))
            targetUnit = unit;
        out.append(QStringLiteral("%1 %2 / %3 %4")
                           .arg(actual.toDouble(), 0, 'g', 17)
                           .arg(unit)
                           .arg(target.toDouble(), 0, 'g', 17)
                           .arg(targetUnit));
    }
    return out;
}

inline QStringList extractedFigures(const QString &text)
{
    QStringList out;
    for (const Indicator &ind : IndicatorExtractor::extract(text)) {
        out.append(QStringLiteral("%1 %2 / %3 %4")
                           .arg(ind.actual, 0, 'g', 17)
                           .arg(ind.unit)
                           .arg(ind.target, 0, 'g', 17)
                           .arg(ind.targetUnit));
    }
    return out;
}

} // namespace IndicatorReference

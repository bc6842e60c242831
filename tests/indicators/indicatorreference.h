#pragma once

// The regular expression IndicatorScanner replaced, with the sub-counts and year tags
// of other cities' tables added, and helpers that put its matches and the scanner's
// side by side (tst_indicators compares them). Like the scanner, a match whose figures
// start in a ※ note is passed over (the note is found here by its own expression).

#include "indicatorextractor.h"
#include "indicatorscanner.h"
#include "textnormaliser.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>

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
            "(?<![0-9.])(?<![0-9],)([0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?)"
            "(?:\\([0-9][0-9,]*\\))?");
    const QString year = QStringLiteral(
            "(?:\\s*\\(\\s*((?:令和|平成|[RHＲＨ])\\s*(?:元|[0-9]{1,2})(?:年度|年)?"
            "|(?:19|20)[0-9]{2}(?:年度|年)?)\\s*\\))?");
    const QString prefix = QStringLiteral("(?:年間|年|約)?");
    const QString qualifier = QStringLiteral("(?:以上|以下|未満|以内|超|増加|減少|増|減|程度|前後)?");
    const QString unitMid = QStringLiteral("\\s*(%1|%2{1,4}?|(?<=[0-9])[A-Za-z]{1,3})?").arg(known, word);
    const QString unitEnd = QStringLiteral("\\s*(%1|%2{1,4}?(?=%3(?!%4))|(?<=[0-9])[A-Za-z]{1,3}(?![A-Za-z]))?")
                                    .arg(known, word, qualifier, jp);
    const QString actualKw = QStringLiteral("(?:実績|結果)(?:値)?\\s*(?:は)?\\s*:?\\s*");
    const QString targetKw = QStringLiteral("目標(?:値)?\\s*(?:は)?\\s*:?\\s*");
    const QString sepActualFirst = QStringLiteral("\\s*(?:[※(/、,;]\\s*){0,2}");
    const QString sepTargetFirst = QStringLiteral("(?:\\s*(?:のところ|に対し(?:て)?|に対する|[(/、,;]))*\\s*");
    // Groups: 1 actual, 2 unit, 3 year, 4 target, 5 unit, 6 year     (actual first)
    //         7 target, 8 unit, 9 year, 10 actual, 11 unit, 12 year   (target first)
    const QString actualFirst = QStringLiteral("(?:%1)?").arg(actualKw) + prefix + num + unitMid
            + qualifier + year + sepActualFirst + targetKw + prefix + num + unitEnd + qualifier + year;
    const QString targetFirst = targetKw + prefix + num + unitMid + qualifier + year + sepTargetFirst
            + actualKw + prefix + num + unitEnd + qualifier + year;
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

// Whether a match's figures starting at `at` lie in a ※ note opened after `from`: a ※
// followed by neither 目標 nor a separator, and no 、。●), line break or other ※ after it.
inline bool inNote(const QString &text, qsizetype from, qsizetype at)
{
    static const QRegularExpression note(
            QStringLiteral("※(?![ \\t\\n\\v\\f\\r]*(?:目標|[※(/、,;]))[^、。●)\\n※]*$"));
    return note.match(text.mid(from, at - from)).hasMatch();
}

// The matches, left to right, not overlapping, none starting in a note.
inline QList<QRegularExpressionMatch> referenceMatchList(const QString &text)
{
    QList<QRegularExpressionMatch> out;
    qsizetype from = 0;
    qsizetype floor = 0;
    for (;;) {
        const QRegularExpressionMatch m = referenceRe().match(text, from);
        if (!m.hasMatch())
            break;
        const bool actualFirst = m.capturedStart(1) >= 0;
        if (inNote(text, floor, m.capturedStart(actualFirst ? 1 : 7))) {
            from = m.capturedStart() + 1;
            continue;
        }
        out.append(m);
        from = floor = m.capturedEnd();
    }
    return out;
}

// Every match as one line: branch, whole span, then each group's span and text.
inline QStringList referenceMatches(const QString &text)
{
    QStringList out;
    for (const QRegularExpressionMatch &m : referenceMatchList(text)) {
        const bool actualFirst = m.capturedStart(1) >= 0;
        const int groups[6] = { actualFirst ? 1 : 10, actualFirst ? 2 : 11, actualFirst ? 4 : 7,
                                actualFirst ? 5 : 8, actualFirst ? 3 : 12, actualFirst ? 6 : 9 };
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
        for (const IndicatorScanner::Span &s : { f.actual, f.actualUnit, f.target, f.targetUnit,
                                                  f.actualYear, f.targetYear }) {
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
    for (const QRegularExpressionMatch &m : referenceMatchList(foldedForTest(text))) {
        const bool actualFirst = m.capturedStart(1) >= 0;
        const QString actual = m.captured(actualFirst ? 1 : 10).remove(u',');
        const QString target = m.captured(actualFirst ? 4 : 7).remove(u',');
        QString unit = m.captured(actualFirst ? 2 : 11);
        QString targetUnit = m.captured(actualFirst ? 5 : 8);
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

// The scanner and the expression agree on `text` and on its folded form, and the
// extractor's figures are the expression's.
inline void compareWithReference(const QString &text)
{
    QCOMPARE(scannerMatches(text), referenceMatches(text));
    const QString folded = foldedForTest(text);
    if (folded != text)
        QCOMPARE(scannerMatches(folded), referenceMatches(folded));
    QCOMPARE(extractedFigures(text), referenceFigures(text));
}

// A row of the seed document's table as the tests need it: name, level, achievements.
struct SeedRow
{
    QString name;
    int level = 0;
    QStringList achievements;
};

// The seed document's rows, read straight from its markdown (not through the reader).
inline QList<SeedRow> readSeed()
{
    QList<SeedRow> rows;
    QFile file(QStringLiteral(HYOKA_SEED_FILE));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    static const QRegularExpression ul(QStringLiteral("<ul[^>]*>"));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (!line.startsWith(u'|'))
            continue;
        const QStringList cols = line.split(u'|');
        if (cols.size() < 11)
            continue;
        bool ok = false;
        cols.at(1).trimmed().toInt(&ok);
        if (!ok)
            continue; // header, separator and budget sub-header rows
        SeedRow row;
        row.name = TextNormaliser::cleanText(cols.at(3));
        row.level = cols.at(9).trimmed().toInt();
        QString ach = cols.at(6);
        ach.remove(ul);
        row.achievements = TextNormaliser::splitAchievements(TextNormaliser::cleanText(ach));
        rows.append(row);
    }
    return rows;
}

} // namespace IndicatorReference

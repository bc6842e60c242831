#include "ratingscale.h"

#include "textnormaliser.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

// How a cell is read (docs/ratings-and-money.md, "Rating scales"): white space folded,
// then the NFKC form (full-width digits and letters to ASCII) tried in this order:
//   level     a bare number 1–5, or one followed by its level text (4 目標を下回った)
//   numbered  a number 1–9 and a Japanese label: １　現状維持, 2.改革改善, ③廃止
//   letter    a letter A–F alone or before a separator or Japanese text: A 拡大する事業,
//             B_現状のまま継続, Ｃ
//   grades    two or more "name + letter" pieces: 必要性A・有効性B・効率性B (a verdict
//             beside them, B 継続（必要性A・有効性B）, is read on its own scale)
//   direction a short label holding a direction word; its leading one picks the step
namespace Hyoka::RatingScales {

namespace {

using Grades = QList<std::pair<QString, QString>>;

const QString levelId = QStringLiteral("level");
const QString letterId = QStringLiteral("letter");
const QString directionId = QStringLiteral("direction");
const QString numberedId = QStringLiteral("numbered");
const QString gradesId = QStringLiteral("grades");

// Longest text of a verdict that carries a label (letter, numbered); a longer cell is prose.
constexpr int maxLabelLength = 40;
// Longest direction label: 「手法・内容の見直し」, 「事業規模を縮小して継続」.
constexpr int maxDirectionLength = 20;

// The direction words and their step (docs/ratings-and-money.md has the table).
struct DirectionWord
{
    const char16_t *text;
    int step;
};
constexpr DirectionWord directionWords[] = {
    { u"拡充", 1 },     { u"拡大", 1 },     { u"充実", 1 },     { u"強化", 1 },
    { u"重点化", 1 },   { u"継続", 2 },     { u"維持", 2 },     { u"現状維持", 2 },
    { u"現状どおり", 2 }, { u"現状通り", 2 }, { u"どおり", 2 },  { u"現状のまま", 2 },
    { u"改善", 3 },     { u"見直し", 3 },   { u"見直", 3 },     { u"縮小", 3 },
    { u"統合", 3 },     { u"改革", 3 },     { u"再構築", 3 },   { u"削減", 3 },
    { u"転換", 3 },     { u"廃止", 4 },     { u"休止", 4 },     { u"完了", 4 },
    { u"終了", 4 },     { u"中止", 4 },
};

const QStringList &directionSteps()
{
    static const QStringList steps = { QStringLiteral("拡充"), QStringLiteral("継続"),
                                       QStringLiteral("見直し"), QStringLiteral("廃止") };
    return steps;
}

// A cell read on the scale it shows by itself.
struct Reading
{
    QString scale;     // empty: no rating
    int rank = 0;      // level, letter A = 1, direction step, or the label's number
    QString label;
    Grades grades;
    bool bareNumber = false; // a number alone (any value): a level, or a numbered step
};

QString folded(const QString &spaced)
{
    return spaced.normalized(QString::NormalizationForm_KC).simplified();
}

bool isNoValue(const QString &f)
{
    static const QStringList marks = { QStringLiteral("-"), QStringLiteral("―"),
                                       QStringLiteral("ー"), QStringLiteral("—"),
                                       QStringLiteral("‐"), QStringLiteral("–"),
                                       QStringLiteral("−"), QStringLiteral("─") };
    return f.isEmpty() || marks.contains(f);
}

bool isProse(const QString &f, int maxLength)
{
    return f.size() > maxLength || f.contains(u'。');
}

// A number alone: its value, or -1.
int bareNumber(const QString &f)
{
    if (f.isEmpty() || f.size() > 6)
        return -1;
    for (QChar c : f) {
        if (c < u'0' || c > u'9')
            return -1;
    }
    return f.toInt();
}

// 1 目標を大きく上回って達成 … 5 目標を大きく下回った: a level with its text.
int levelWithText(int number, const QString &text)
{
    if (number < 1 || number > 5)
        return 0;
    return text == QString::fromUtf8(TextNormaliser::levelLabel(number)) ? number : 0;
}

// １　現状維持 → {1, 現状維持}; 0 when the cell is not a number and a Japanese label.
int numberedLabel(const QString &f, QString *text = nullptr)
{
    static const QRegularExpression re(QStringLiteral(
            "^([1-9])\\s*[.:、)_]?\\s*([^\\x{0000}-\\x{007F}].*)$"));
    if (isProse(f, maxLabelLength))
        return 0;
    const QRegularExpressionMatch m = re.match(f);
    if (!m.hasMatch() || m.capturedLength(2) < 2)
        return 0;
    if (text)
        *text = m.captured(2);
    return m.captured(1).toInt();
}

// A 拡大する事業, B_現状のまま継続, C → 1, 2, 3; 0 when the cell does not start with a verdict letter.
int verdictLetter(const QString &f)
{
    static const QRegularExpression re(QStringLiteral(
            "^([A-F])(?:$|[\\s_:.、・)\\-]|(?=[^\\x{0000}-\\x{007F}]))"));
    if (isProse(f, maxLabelLength))
        return 0;
    const QRegularExpressionMatch m = re.match(f);
    return m.hasMatch() ? m.captured(1).at(0).unicode() - u'A' + 1 : 0;
}

// The step of the direction word the label leads with (the earliest, the longest of
// those starting there); 0 when it has none.
int directionStep(const QString &f)
{
    if (isProse(f, maxDirectionLength))
        return 0;
    qsizetype bestAt = -1;
    qsizetype bestLength = 0;
    int step = 0;
    for (const DirectionWord &w : directionWords) {
        const QString word = QString::fromUtf16(w.text);
        const qsizetype at = f.indexOf(word);
        if (at < 0)
            continue;
        if (bestAt < 0 || at < bestAt || (at == bestAt && word.size() > bestLength)) {
            bestAt = at;
            bestLength = word.size();
            step = w.step;
        }
    }
    return step;
}

// 必要性A・有効性B・効率性B → {必要性, A} …; `rest` gets what is left of the cell
// (a verdict beside the grades), trimmed of separators and brackets.
Grades componentGrades(const QString &f, QString *rest)
{
    static const QRegularExpression piece(QStringLiteral(
            "([\\x{3041}-\\x{309F}\\x{30A1}-\\x{30FA}\\x{30FC}\\x{4E00}-\\x{9FFF}\\x{3005}]{1,10})"
            "\\s*:?\\s*([A-F])(?![A-Za-z])"));
    Grades grades;
    QString left;
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = piece.globalMatch(f);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        grades.append({ m.captured(1), m.captured(2) });
        left += f.mid(from, m.capturedStart() - from);
        from = m.capturedEnd();
    }
    left += f.mid(from);
    static const QRegularExpression separators(QStringLiteral("[\\s・、,/;()\\[\\]【】]+"));
    left.replace(separators, QStringLiteral(" "));
    if (rest)
        *rest = left.trimmed();
    return grades;
}

// The verdict a cell (without grades) shows by itself; `label` is as published.
Reading readVerdict(const QString &label, const QString &f)
{
    Reading r;
    r.label = label;
    const int number = bareNumber(f);
    if (number >= 0) {
        r.bareNumber = true;
        r.rank = number;
        if (number >= 1 && number <= 5) {
            r.scale = levelId;
            r.label = QString::number(number);
        }
        return r;
    }
    QString text;
    if (const int n = numberedLabel(f, &text)) {
        if (levelWithText(n, text)) {
            r.scale = levelId;
            r.label = QString::number(n);
        } else {
            r.scale = numberedId;
        }
        r.rank = n;
    } else if (const int letter = verdictLetter(f)) {
        r.scale = letterId;
        r.rank = letter;
    } else if (const int step = directionStep(f)) {
        r.scale = directionId;
        r.rank = step;
    }
    return r;
}

// The cell read by itself; an empty label when it is blank or a dash.
Reading read(const QString &cell)
{
    const QString label = cell.simplified();
    const QString f = folded(label);
    if (isNoValue(f))
        return {};
    QString rest;
    const Grades grades = componentGrades(f, &rest);
    if (grades.size() < 2)
        return readVerdict(label, f);
    Reading r;
    r.label = label;
    if (!rest.isEmpty()) {
        Reading verdict = readVerdict(rest, rest);
        if (!verdict.scale.isEmpty() && !verdict.bareNumber) {
            verdict.grades = grades;
            return verdict;
        }
    }
    r.scale = gradesId;
    r.rank = 0;
    r.grades = grades;
    return r;
}

QStringList letterSteps(int count)
{
    QStringList steps;
    for (int i = 0; i < count; ++i)
        steps.append(QString(QChar(u'A' + i)));
    return steps;
}

} // namespace

std::optional<RatingScale> detect(const QStringList &columnValues)
{
    QHash<QString, int> counts;
    int total = 0;
    int highestLetter = 0;
    int highestGrade = 0;
    int highestNumber = 0;
    int bareAboveFive = 0;
    QHash<int, QString> numberedLabels;
    for (const QString &value : columnValues) {
        const Reading r = read(value);
        if (r.label.isEmpty())
            continue;
        ++total;
        if (r.bareNumber && r.scale.isEmpty()) {
            if (r.rank >= 6 && r.rank <= 9) {
                ++bareAboveFive;
                highestNumber = std::max(highestNumber, r.rank);
            }
            continue;
        }
        if (r.scale.isEmpty())
            continue;
        ++counts[r.scale];
        if (r.scale == letterId)
            highestLetter = std::max(highestLetter, r.rank);
        if (r.scale == numberedId || r.scale == levelId) {
            highestNumber = std::max(highestNumber, r.rank);
            if (r.scale == numberedId && !numberedLabels.contains(r.rank))
                numberedLabels.insert(r.rank, r.label);
        }
        for (const auto &grade : r.grades)
            highestGrade = std::max(highestGrade, int(grade.second.at(0).unicode() - u'A' + 1));
    }
    if (total == 0)
        return std::nullopt;

    auto enough = [total](int fits) { return fits * 10 >= total * 9; };
    const int numbered = counts.value(numberedId);
    const int levels = counts.value(levelId);
    if (numbered > 0 && numbered >= levels && enough(numbered + levels + bareAboveFive)) {
        RatingScale scale{ numberedId, {} };
        for (int n = 1; n <= highestNumber; ++n)
            scale.steps.append(numberedLabels.value(n, QString::number(n)));
        return scale;
    }
    if (bareAboveFive == 0 && enough(levels))
        return RatingScale{ levelId, { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                         QStringLiteral("4"), QStringLiteral("5") } };
    if (enough(counts.value(letterId)))
        return RatingScale{ letterId, letterSteps(std::max(4, highestLetter)) };
    if (enough(counts.value(directionId)))
        return RatingScale{ directionId, directionSteps() };
    if (enough(counts.value(gradesId)))
        return RatingScale{ gradesId, letterSteps(std::max(3, highestGrade)) };
    return std::nullopt;
}

std::optional<Rating> parse(const QString &cell, const RatingScale &scale)
{
    const QString label = cell.simplified();
    const QString f = folded(label);
    if (isNoValue(f))
        return std::nullopt;

    Rating rating;
    rating.label = label;
    rating.scale = scale.id;
    rating.ranks = int(scale.steps.size());

    QString verdictLabel = label;
    QString verdict = f;
    QString rest;
    const Grades grades = componentGrades(f, &rest);
    if (grades.size() >= 2) {
        rating.grades = grades;
        verdictLabel = rest;
        verdict = rest;
    }

    int rank = 0;
    if (scale.id == levelId || scale.id == numberedId) {
        QString text;
        int n = bareNumber(verdict);
        if (n < 0)
            n = numberedLabel(verdict, &text);
        if (scale.id == levelId && n > 0 && (text.isEmpty() || levelWithText(n, text)))
            verdictLabel = QString::number(n);
        rank = (scale.id == levelId && !text.isEmpty() && !levelWithText(n, text)) ? 0 : n;
    } else if (scale.id == letterId) {
        rank = verdictLetter(verdict);
    } else if (scale.id == directionId) {
        rank = directionStep(verdict);
    }
    if (rank < 1 || rank > rating.ranks)
        rank = 0;
    rating.rank = rank;
    // A cell of grades alone has no verdict: its label is the whole cell.
    if (!verdictLabel.isEmpty() && (rank > 0 || rating.grades.isEmpty()))
        rating.label = verdictLabel;
    return rating;
}

QString scaleOf(const QString &cell)
{
    return read(cell).scale;
}

bool looksLikeRating(const QString &cell)
{
    return !scaleOf(cell).isEmpty();
}

} // namespace Hyoka::RatingScales

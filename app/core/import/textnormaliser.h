#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Hyoka {

// The cell-level clean-up rules of docs/formats.md#normalisation: wrap spaces, HTML, numbers, levels,
// reference pages, categories, era years. Pure functions, no state.
namespace TextNormaliser {

// True for kanji, kana (including ー and ・), CJK punctuation and full-width forms.
bool isJapanese(QChar c);

// Strips tags, decodes entities, folds white space, removes the white space between
// two Japanese characters and drops control characters (C0 other than white space,
// DEL, C1). The one function every text cell goes through.
QString cleanText(QStringView raw);

QString stripHtml(QStringView raw);
QString decodeEntities(QStringView raw);
QString removeJapaneseSpaces(QStringView text);

// NFKC, lower case, katakana folded to hiragana: the form search compares in.
QString searchKey(QStringView text);

// Outcome of reading a number-like cell.
struct ParsedNumber
{
    std::optional<qint64> value;
    bool invalid = false; // text that is neither a number nor a known "no value" mark
};
// `548,333` → 548333; full-width digits and commas; △/▲ negative; empty, -, ―, ー, — → null.
ParsedNumber parseInteger(QStringView cell);

// 1–5, or null; `invalid` when the cell holds anything else.
ParsedNumber parseLevel(QStringView cell);

// `P1`, `P.1`, `p1`, `1` → 1; `P●●` and empty → null (not invalid).
ParsedNumber parseRefPage(QStringView cell);

// The canonical spelling when the cell matches one of the nine categories.
std::optional<QString> canonicalCategory(QStringView cell);
const QStringList &canonicalCategories();

// 令和N → 2018+N (元 = 1), 平成N → 1988+N, R3/H30, 2021, 2021年度; 0 when not a year.
int parseFiscalYear(QStringView text);

// Splits on ●; a lead text before the first ● is its own first entry.
QStringList splitAchievements(const QString &cleanedCell);

// Label of achievement level 1–5 (目標を大きく上回って達成 …), translated by the caller.
const char *levelLabel(int level);

} // namespace TextNormaliser
} // namespace Hyoka

#pragma once

#include "record.h"

#include <QString>

#include <optional>

namespace Hyoka {

// How the generalised record's fields are spelt in storage and exports
// (docs/storage.md): amount kinds, rating grades and the encoded amounts column.
namespace RecordFields {

// The record's rating, or for a record with a level and no rating its level on the
// 1–5 scale ({"4", 4, 5, "level"}); std::nullopt when it has neither.
std::optional<Rating> ratingOf(const Record &record);

// "budget", "settlement", "settlement_estimate", "plan".
QString amountKindName(AmountKind kind);
std::optional<AmountKind> amountKindFromName(const QString &name);

// The grades as a JSON object text in their published order: {"必要性":"A",…};
// empty when there are none.
QString gradesToJson(const QList<std::pair<QString, QString>> &grades);
// The grades of such a text, in the order they were written; empty when `json` is
// empty or not an object of strings.
QList<std::pair<QString, QString>> gradesFromJson(const QString &json);

// A JSON string literal of `text`, with its quotes.
QString jsonString(const QString &text);

// The amounts as one CSV/XLSX cell: "settlement@2024=1234; budget@2025=2345".
QString amountsToCell(const QList<Amount> &amounts);
// The amounts of such a cell; std::nullopt when it is not one.
std::optional<QList<Amount>> amountsFromCell(const QString &cell);

// The grades as one cell: "必要性=A; 有効性=B".
QString gradesToCell(const QList<std::pair<QString, QString>> &grades);
std::optional<QList<std::pair<QString, QString>>> gradesFromCell(const QString &cell);

} // namespace RecordFields

} // namespace Hyoka

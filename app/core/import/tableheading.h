#pragma once

#include <QString>

namespace Hyoka::TableHeading {

// The line above a table naming year and bureau (docs/pdf.md, "Headings"):
// 令和3年度の(主な)事務事業の評価結果一覧(こども未来局), with (), （） or 【】.
// Shared by the markdown and the PDF reader.
bool parse(const QString &line, int *year, QString *bureau);

} // namespace Hyoka::TableHeading

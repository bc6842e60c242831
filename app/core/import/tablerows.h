#pragma once

#include <QString>
#include <QStringList>

#include <algorithm>

// Row tests every tabular reader (CSV, XLSX) makes on its cells.
namespace Hyoka::TableRows {

// True when every cell is empty or white space.
inline bool isBlankRow(const QStringList &cells)
{
    for (const QString &c : cells) {
        if (!c.trimmed().isEmpty())
            return false;
    }
    return true;
}

// True when both rows hold the same texts (white space trimmed, missing cells empty):
// a header repeated further down a sheet.
inline bool sameCells(const QStringList &a, const QStringList &b)
{
    const qsizetype n = std::max(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const QString x = i < a.size() ? a.at(i).trimmed() : QString();
        const QString y = i < b.size() ? b.at(i).trimmed() : QString();
        if (x != y)
            return false;
    }
    return true;
}

} // namespace Hyoka::TableRows

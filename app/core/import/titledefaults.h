#pragma once

#include "textnormaliser.h"

#include <QRegularExpression>
#include <QStringList>

namespace Hyoka {

// What title rows above a table's header say: 令和3年度の事務事業の評価結果一覧(こども未来局)
// names the year and, in brackets, the bureau. The first row that names each wins.
struct TitleDefaults
{
    int year = 0;
    QString bureau;

    void read(const QStringList &cells)
    {
        const QString title = cells.join(u' ');
        if (year == 0 && title.contains(u"年度"))
            year = TextNormaliser::parseFiscalYear(title);
        if (bureau.isEmpty())
            bureau = bureauInTitle(title);
    }

    static QString bureauInTitle(const QString &title)
    {
        static const QRegularExpression bracketed(
                QStringLiteral("[(（【]\\s*([^()（）【】]*局)\\s*[)）】]"));
        const auto m = bracketed.match(title);
        return m.hasMatch() ? TextNormaliser::cleanText(m.captured(1)) : QString();
    }
};

} // namespace Hyoka

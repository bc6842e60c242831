#include "tableheading.h"

#include "textnormaliser.h"

#include <QRegularExpression>

namespace Hyoka::TableHeading {

bool parse(const QString &line, int *year, QString *bureau)
{
    if (!line.contains(u"一覧"))
        return false;
    static const QRegularExpression heading(QStringLiteral(
            "((?:令和|平成)\\s*(?:元|[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\\s*年度?)"
            ".{0,20}?事務事業の?評価(?:結果)?一覧表?\\s*"
            "[\\(（【]\\s*([^\\)）】]{1,40}?)\\s*[\\)）】]"));
    const auto m = heading.match(line);
    if (!m.hasMatch())
        return false;
    const int y = TextNormaliser::parseFiscalYear(m.captured(1));
    if (y <= 0)
        return false;
    *year = y;
    *bureau = TextNormaliser::cleanText(m.captured(2));
    return !bureau->isEmpty();
}

} // namespace Hyoka::TableHeading

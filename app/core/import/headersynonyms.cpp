// The header synonyms of every field (docs/column-recognition.md, "Headers").
#include "columnlayout.h"

#include "textnormaliser.h"

namespace Hyoka {

static QString headerKey(const QString &text)
{
    QString s = TextNormaliser::stripHtml(text).normalized(QString::NormalizationForm_KC);
    s.removeIf([](QChar c) { return c.isSpace(); });
    return s.toCaseFolded();
}

static Field englishKey(const QString &k)
{
    if (k == u"no." || k == u"number" || k == u"№")
        return Field::No;
    if (k == u"page")
        return Field::RefPage;
    if (k == u"year")
        return Field::FiscalYear;
    const std::optional<Field> f = ColumnLayout::fieldForKey(k);
    return f && *f != Field::Organisation ? *f : Field::Ignore;
}

// 部課名, 担当部課, 所管部課: 部 and 課 in one cell.
static bool namesOrganisation(const QString &k)
{
    return k.contains(u"部課") || k.contains(u"部・課") || k.contains(u"部/課");
}

// 担当課, 主管課, 課室, 所管課, 課名.
static bool namesDivision(const QString &k)
{
    return k.endsWith(u'課') || k.contains(u"課名") || k.contains(u"課室") || k.contains(u"担当課")
            || k.contains(u"所管課") || k.contains(u"主管課") || k == u"課・係" || k == u"係";
}

// 局, 局名, 所管局, 部, 担当部, 部局, 担当部署, 部署.
static bool namesBureau(const QString &k)
{
    return k.contains(u'局') || k.contains(u"部署") || k == u"部" || k.contains(u"部名")
            || k.contains(u"担当部") || k.contains(u"所管部") || k == u"所管" || k == u"所管部局";
}

static bool namesRating(const QString &k)
{
    return k == u"評価" || k.contains(u"評価結果") || k.contains(u"総合評価") || k.contains(u"方向性")
            || k.contains(u"見直し区分") || k.contains(u"今後の方向") || k.contains(u"二次評価")
            || k.contains(u"一次評価") || k.contains(u"評価区分");
}

Field ColumnLayout::fieldForHeader(const QString &headerText)
{
    const QString k = headerKey(headerText);
    if (k.isEmpty())
        return Field::Ignore;
    auto has = [&k](const char16_t *needle) { return k.contains(QStringView(needle)); };

    // English keys first (our own exports and open-data portals that use them).
    if (const Field f = englishKey(k); f != Field::Ignore)
        return f;

    // A page is a reference page, never a code (ページ番号 is no 番号).
    if (has(u"頁") || has(u"ページ") || has(u"参考資料"))
        return Field::RefPage;
    if (has(u"コード") || has(u"事業番号") || has(u"事業id") || has(u"整理番号") || k == u"id")
        return Field::Code;
    if (k == u"決算見込" || k == u"見込" || k == u"決算区分")
        return Field::SettlementEstimated;
    if (has(u"予算"))
        return Field::Budget;
    if (has(u"決算"))
        return Field::Settlement;
    if (has(u"達成度") || has(u"達成状況"))
        return Field::Level;
    if (namesRating(k))
        return Field::Rating;
    if (has(u"実績") || has(u"取組") || has(u"成果") || has(u"指標"))
        return Field::Achievements;
    if (has(u"概要") || has(u"目的") || has(u"ねらい") || k == u"事業の内容" || k == u"事業内容"
        || k == u"内容")
        return Field::Summary;
    if (has(u"分類") || has(u"区分") || has(u"類型"))
        return Field::Category;
    if (namesOrganisation(k))
        return Field::Organisation;
    if (has(u"事業名") || has(u"名称"))
        return Field::Name;
    if (has(u"年度"))
        return Field::FiscalYear;
    if (namesDivision(k))
        return Field::Division;
    if (namesBureau(k))
        return Field::Bureau;
    if (has(u"番号") || k == u"no")
        return Field::No;
    return Field::Ignore;
}

} // namespace Hyoka

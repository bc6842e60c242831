#include "columnlayout.h"

#include "textnormaliser.h"

namespace Hyoka {

static QString headerKey(const QString &text)
{
    QString s = TextNormaliser::stripHtml(text).normalized(QString::NormalizationForm_KC);
    s.removeIf([](QChar c) { return c.isSpace(); });
    return s.toCaseFolded();
}

Field ColumnLayout::fieldForHeader(const QString &headerText)
{
    const QString k = headerKey(headerText);
    if (k.isEmpty())
        return Field::Ignore;
    auto has = [&k](const char16_t *needle) { return k.contains(QStringView(needle)); };
    auto is = [&k](const char16_t *needle) { return k == QStringView(needle); };

    // English keys first (our own exports and open-data portals that use them).
    if (is(u"fiscal_year") || is(u"year"))
        return Field::FiscalYear;
    if (is(u"bureau"))
        return Field::Bureau;
    if (is(u"no") || is(u"no.") || is(u"number") || is(u"№"))
        return Field::No;
    if (is(u"code"))
        return Field::Code;
    if (is(u"name"))
        return Field::Name;
    if (is(u"category"))
        return Field::Category;
    if (is(u"summary"))
        return Field::Summary;
    if (is(u"achievements"))
        return Field::Achievements;
    if (is(u"budget"))
        return Field::Budget;
    if (is(u"settlement"))
        return Field::Settlement;
    if (is(u"settlement_estimated"))
        return Field::SettlementEstimated;
    if (is(u"level"))
        return Field::Level;
    if (is(u"ref_page") || is(u"page"))
        return Field::RefPage;

    if (has(u"コード"))
        return Field::Code;
    if (is(u"決算見込") || is(u"見込") || is(u"決算区分"))
        return Field::SettlementEstimated;
    if (has(u"予算"))
        return Field::Budget;
    if (has(u"決算"))
        return Field::Settlement;
    if (has(u"達成度") || has(u"達成状況"))
        return Field::Level;
    if (has(u"頁") || has(u"ページ") || has(u"参考資料"))
        return Field::RefPage;
    if (has(u"実績") || has(u"取組"))
        return Field::Achievements;
    if (has(u"概要"))
        return Field::Summary;
    if (has(u"分類"))
        return Field::Category;
    if (has(u"事業名") || has(u"名称"))
        return Field::Name;
    if (has(u"年度"))
        return Field::FiscalYear;
    if (has(u"局") || has(u"所管"))
        return Field::Bureau;
    if (has(u"番号") || is(u"no") || is(u"no."))
        return Field::No;
    return Field::Ignore;
}

ColumnLayout ColumnLayout::fromHeader(const QStringList &headerCells)
{
    // A long table repeats its header (and span) rows at every page break: matching
    // them again cost more than reading the rows between. fromHeader() is a pure
    // function of the cells, so each thread remembers its last few answers.
    struct Memo
    {
        QStringList cells;
        ColumnLayout layout;
    };
    constexpr int memoSize = 4;
    thread_local Memo memo[memoSize];
    thread_local int nextMemo = 0;
    for (const Memo &m : memo) {
        if (!m.cells.isEmpty() && m.cells == headerCells)
            return m.layout;
    }
    ColumnLayout layout = matchHeader(headerCells);
    memo[nextMemo] = Memo { headerCells, layout };
    nextMemo = (nextMemo + 1) % memoSize;
    return layout;
}

ColumnLayout ColumnLayout::matchHeader(const QStringList &headerCells)
{
    ColumnLayout layout;
    layout.m_headers = headerCells;
    layout.m_fields.reserve(headerCells.size());
    for (const QString &h : headerCells) {
        Field f = fieldForHeader(h);
        // A field named twice: the first column wins, the others are ignored.
        if (f != Field::Ignore && layout.m_fields.contains(f))
            f = Field::Ignore;
        layout.m_fields.append(f);
        if (f == Field::Settlement && headerKey(h).contains(u"見込"))
            layout.m_settlementEstimated = true;
    }
    return layout;
}

void ColumnLayout::mergeSubHeader(const QStringList &subHeaderCells)
{
    QStringList merged = m_headers;
    while (merged.size() < subHeaderCells.size())
        merged.append(QString());
    for (qsizetype i = 0; i < subHeaderCells.size(); ++i) {
        const QString sub = subHeaderCells.at(i).trimmed();
        if (sub.isEmpty())
            continue;
        // 事業費 (千円) spans 予算額 and 決算額: the sub-header names the column.
        merged[i] = sub;
    }
    *this = fromHeader(merged);
}

bool ColumnLayout::isRecordTable() const
{
    return m_fields.contains(Field::Code) && m_fields.contains(Field::Name);
}

qsizetype ColumnLayout::lastDataColumn() const
{
    for (qsizetype i = m_fields.size() - 1; i >= 0; --i) {
        if (m_fields.at(i) != Field::Ignore)
            return i;
    }
    return -1;
}

} // namespace Hyoka

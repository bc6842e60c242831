#include "columnlayout.h"

#include "textnormaliser.h"

namespace Hyoka {

static const ColumnRole noRole;

QString ColumnLayout::fieldKey(Field f)
{
    switch (f) {
    case Field::Ignore: return QString();
    case Field::FiscalYear: return QStringLiteral("fiscal_year");
    case Field::Bureau: return QStringLiteral("bureau");
    case Field::Division: return QStringLiteral("division");
    case Field::Organisation: return QStringLiteral("organisation");
    case Field::No: return QStringLiteral("no");
    case Field::Code: return QStringLiteral("code");
    case Field::Name: return QStringLiteral("name");
    case Field::Category: return QStringLiteral("category");
    case Field::Summary: return QStringLiteral("summary");
    case Field::Achievements: return QStringLiteral("achievements");
    case Field::Budget: return QStringLiteral("budget");
    case Field::Settlement: return QStringLiteral("settlement");
    case Field::Amount: return QStringLiteral("amount");
    case Field::SettlementEstimated: return QStringLiteral("settlement_estimated");
    case Field::Level: return QStringLiteral("level");
    case Field::Rating: return QStringLiteral("rating");
    case Field::Grades: return QStringLiteral("grades");
    case Field::RefPage: return QStringLiteral("ref_page");
    }
    return QString();
}

std::optional<Field> ColumnLayout::fieldForKey(const QString &key)
{
    static const Field all[] = { Field::FiscalYear, Field::Bureau, Field::Division, Field::Organisation,
                                 Field::No, Field::Code, Field::Name, Field::Category, Field::Summary,
                                 Field::Achievements, Field::Budget, Field::Settlement,
                                 Field::SettlementEstimated, Field::Level, Field::Rating,
                                 Field::Grades, Field::RefPage };
    const QString k = key.trimmed().toLower();
    for (Field f : all) {
        if (fieldKey(f) == k)
            return f;
    }
    if (k == u"page")
        return Field::RefPage;
    if (k == u"year")
        return Field::FiscalYear;
    return std::nullopt;
}

bool ColumnLayout::isMultiColumn(Field f)
{
    return f == Field::Summary || f == Field::Amount || f == Field::Ignore;
}

// The money a column holds: what its header says, else the plain kind its field names.
static std::optional<MoneyHeader> moneyOf(Field f, const QString &header)
{
    // A legend column's long text may mention 予算額 or a year: no header is that long.
    constexpr qsizetype maxMoneyHeader = 40;
    std::optional<MoneyHeader> money;
    if (header.size() <= maxMoneyHeader)
        money = parseMoneyHeader(header);
    if (f != Field::Budget && f != Field::Settlement)
        return money;
    if (!money) {
        money = MoneyHeader {};
        money->kind = f == Field::Budget ? AmountKind::Budget : AmountKind::Settlement;
        money->fiscalYear = 0;
        money->thousandDivisor = 1;
        money->thousandMultiplier = 1;
    }
    return money;
}

// Budget and Settlement name the record's own year; other kinds and years are Amounts.
static Field moneyField(const MoneyHeader &m)
{
    if (m.fiscalYear != 0 || m.yearOffset != 0)
        return Field::Amount;
    if (m.kind == AmountKind::Budget)
        return Field::Budget;
    if (m.kind == AmountKind::Settlement || m.kind == AmountKind::SettlementEstimate)
        return Field::Settlement;
    return Field::Amount;
}

static bool sameMoney(const MoneyHeader &a, const MoneyHeader &b)
{
    auto settle = [](AmountKind k) {
        return k == AmountKind::SettlementEstimate ? AmountKind::Settlement : k;
    };
    return settle(a.kind) == settle(b.kind) && a.fiscalYear == b.fiscalYear
            && a.yearOffset == b.yearOffset;
}

QString ColumnLayout::headerReason()
{
    // In the UI language; `hyoka detect` prints it too (English in the C locale).
    //: The reason a column got its field: its header text
    return tr("header %1");
}

ColumnLayout ColumnLayout::fromHeader(const QStringList &headerCells)
{
    // A long table repeats its header (and span) rows at every page break: matching
    // them again cost more than reading the rows between. fromHeader() is a pure
    // function of the cells (and of the UI language its reasons are in), so each thread
    // remembers its last few answers.
    struct Memo
    {
        QStringList cells;
        QString reasonText;
        ColumnLayout layout;
    };
    constexpr int memoSize = 4;
    thread_local Memo memo[memoSize];
    thread_local int nextMemo = 0;
    const QString reasonText = headerReason();
    for (const Memo &m : memo) {
        if (!m.cells.isEmpty() && m.cells == headerCells && m.reasonText == reasonText)
            return m.layout;
    }
    ColumnLayout layout = matchHeader(headerCells);
    memo[nextMemo] = Memo { headerCells, reasonText, layout };
    nextMemo = (nextMemo + 1) % memoSize;
    return layout;
}

ColumnLayout ColumnLayout::matchHeader(const QStringList &headerCells)
{
    ColumnLayout layout;
    layout.m_headers = headerCells;
    layout.m_roles.resize(headerCells.size());
    for (qsizetype i = 0; i < headerCells.size(); ++i) {
        const QString &h = headerCells.at(i);
        // A legend column ("how to read this list") is long prose, never a header.
        constexpr qsizetype maxHeader = 50;
        Field f = h.size() <= maxHeader ? fieldForHeader(h) : Field::Ignore;
        std::optional<MoneyHeader> money;
        // 令和8年度予定(千円) names a year and an amount: it is money.
        if (f == Field::Budget || f == Field::Settlement || f == Field::Ignore || f == Field::FiscalYear) {
            money = moneyOf(f, h);
            if (money)
                f = moneyField(*money);
        }
        const QString reason = headerReason().arg(TextNormaliser::cleanText(h));
        if (money) {
            // The same kind and year twice: the first column wins (the first block of a
            // sheet that repeats its headers once per year).
            bool taken = false;
            for (const ColumnRole &r : std::as_const(layout.m_roles))
                taken = taken || (r.money && sameMoney(*r.money, *money));
            if (!taken)
                layout.m_roles[i] = ColumnRole { f, reason, money };
            continue;
        }
        // A field named twice: the first column wins, the others are ignored.
        if (!isMultiColumn(f) && layout.columnOf(f) >= 0)
            f = Field::Ignore;
        if (f != Field::Ignore)
            layout.m_roles[i] = ColumnRole { f, reason, std::nullopt };
    }
    for (const ColumnRole &r : std::as_const(layout.m_roles)) {
        if (r.field == Field::Settlement && r.money && r.money->kind == AmountKind::SettlementEstimate)
            layout.m_settlementEstimated = true;
    }
    for (qsizetype i = 0; i < headerCells.size(); ++i) {
        const QString key = headerCells.at(i).trimmed();
        if (key == u"rating_rank" || key == u"rating_ranks" || key == u"rating_scale"
            || key == u"rating_grades" || key == u"amounts")
            layout.m_exportColumns.insert(key, i);
    }
    // 決算額 (見込): the settlement is an estimate whatever the kind read from the header.
    const qsizetype settlement = layout.columnOf(Field::Settlement);
    if (settlement >= 0 && headerCells.at(settlement).contains(u"見込"))
        layout.m_settlementEstimated = true;
    const qsizetype category = layout.columnOf(Field::Category);
    if (category >= 0) {
        const QString h = headerCells.at(category);
        layout.m_canonicalCategories = h.contains(u"サービス");
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
    const bool pad = m_padCodes;
    *this = fromHeader(merged);
    m_padCodes = pad;
}

const ColumnRole &ColumnLayout::role(qsizetype column) const
{
    return column >= 0 && column < m_roles.size() ? m_roles.at(column) : noRole;
}

qsizetype ColumnLayout::columnOf(Field f) const
{
    for (qsizetype i = 0; i < m_roles.size(); ++i) {
        if (m_roles.at(i).field == f)
            return i;
    }
    return -1;
}

QList<qsizetype> ColumnLayout::columnsOf(Field f) const
{
    QList<qsizetype> columns;
    for (qsizetype i = 0; i < m_roles.size(); ++i) {
        if (m_roles.at(i).field == f)
            columns.append(i);
    }
    return columns;
}

QList<qsizetype> ColumnLayout::moneyColumns() const
{
    QList<qsizetype> columns;
    for (qsizetype i = 0; i < m_roles.size(); ++i) {
        if (m_roles.at(i).money)
            columns.append(i);
    }
    return columns;
}

void ColumnLayout::setRole(qsizetype column, Field f, const QString &reason,
                           std::optional<MoneyHeader> money)
{
    if (column < 0)
        return;
    if (column >= m_roles.size()) {
        m_roles.resize(column + 1);
        while (m_headers.size() <= column)
            m_headers.append(QString());
    }
    if (money) {
        f = moneyField(*money);
        for (ColumnRole &r : m_roles) {
            if (r.money && sameMoney(*r.money, *money))
                r = ColumnRole {};
        }
    } else if (!isMultiColumn(f)) {
        clearField(f);
    }
    m_roles[column] = ColumnRole { f, reason, money };
    if (f == Field::Settlement && money)
        m_settlementEstimated = money->kind == AmountKind::SettlementEstimate;
}

void ColumnLayout::clearField(Field f)
{
    for (ColumnRole &r : m_roles) {
        if (r.field == f)
            r = ColumnRole {};
    }
}

QStringList ColumnLayout::orderedRatingSteps() const
{
    if (!m_ratingScale)
        return {};
    QStringList steps;
    for (const QString &s : m_ratingOrder) {
        if (m_ratingScale->steps.contains(s) && !steps.contains(s))
            steps.append(s);
    }
    for (const QString &s : m_ratingScale->steps) {
        if (!steps.contains(s))
            steps.append(s);
    }
    return steps;
}

int ColumnLayout::orderedRank(int scaleRank) const
{
    if (m_ratingOrder.isEmpty() || !m_ratingScale || scaleRank < 1
        || scaleRank > m_ratingScale->steps.size())
        return scaleRank;
    return int(orderedRatingSteps().indexOf(m_ratingScale->steps.at(scaleRank - 1))) + 1;
}

bool ColumnLayout::isRecordTable() const
{
    return columnOf(Field::Code) >= 0 && columnOf(Field::Name) >= 0;
}

qsizetype ColumnLayout::lastDataColumn() const
{
    for (qsizetype i = m_roles.size() - 1; i >= 0; --i) {
        if (m_roles.at(i).field != Field::Ignore)
            return i;
    }
    return -1;
}

} // namespace Hyoka

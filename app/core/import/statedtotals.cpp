#include "statedtotals.h"

#include "columnlayout.h"
#include "moneyheader.h"
#include "textnormaliser.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace Hyoka {

using namespace TextNormaliser;

namespace {

// The columns a totals row writes its label in; the first cell too, for a label in
// a column the layout ignores. A fixed array: this runs for every row read.
struct LabelColumns
{
    std::array<qsizetype, 8> columns {};
    qsizetype size = 0;
    const qsizetype *begin() const { return columns.data(); }
    const qsizetype *end() const { return columns.data() + size; }
};

LabelColumns labelColumns(const ColumnLayout &layout)
{
    LabelColumns result;
    result.columns[result.size++] = 0;
    for (Field f : { Field::No, Field::Code, Field::Name, Field::Bureau, Field::Division,
                     Field::Organisation, Field::Category }) {
        const qsizetype c = layout.columnOf(f);
        if (c > 0 && std::find(result.begin(), result.end(), c) == result.end())
            result.columns[result.size++] = c;
    }
    return result;
}

// 合計, 総計, 総合計, 小計, 計, also spaced (合　計); a stated count after it (計25件,
// 合計（25事業）). Matched on the NFKC form with the white space taken out, so （）and
// full-width digits are ASCII.
const QRegularExpression &totalsPattern()
{
    static const QRegularExpression re(QStringLiteral(
            "^(総合計|合計|総計|小計|計)(?:\\(?(\\d[\\d,]*)(?:件|事業)\\)?)?$"));
    return re;
}

// An organisation's subtotal: 企画経営部計, こども未来局 小計, 教育委員会 計. A project name
// ending in 計 (設計, 会計, 統計) is none of these: the word must follow 局, 部, 課, 室, 所
// or a space.
const QRegularExpression &organisationPattern()
{
    static const QRegularExpression re(QStringLiteral(
            "^(?:.*?[局部課室所]\\s*|.+?\\s+)(総合計|合計|総計|小計|計)"
            "\\s*(?:\\(?\\s*(\\d[\\d,]*)\\s*(?:件|事業)\\s*\\)?)?$"));
    return re;
}

const QRegularExpression &englishPattern()
{
    static const QRegularExpression re(QStringLiteral("^(?:grand\\s*)?(sub)?\\s*totals?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &countPattern()
{
    static const QRegularExpression re(QStringLiteral("^\\(?\\s*(\\d[\\d,]*)\\s*(?:件|事業)\\s*\\)?$"));
    return re;
}

std::optional<qint64> number(const QString &digits)
{
    return parseInteger(digits).value;
}

QString figure(qint64 value)
{
    return QLocale(QLocale::English).toString(value); // 1,234,567 as the tables write it
}

} // namespace

std::optional<StatedTotals::Label> StatedTotals::label(const QStringList &cells,
                                                       const ColumnLayout &layout)
{
    const LabelColumns columns = labelColumns(layout);
    // Cheap first: almost every row has no 計 and no "total" in these cells.
    bool candidate = false;
    for (qsizetype c : columns) {
        const QString &cell = c < cells.size() ? cells.at(c) : QString();
        if (cell.contains(u'計') || cell.contains(QLatin1String("otal"), Qt::CaseInsensitive)) {
            candidate = true;
            break;
        }
    }
    if (!candidate)
        return std::nullopt;

    std::optional<Label> found;
    std::optional<qint64> count;
    for (qsizetype c : columns) {
        const QString text = cleanText(cells.value(c)).normalized(QString::NormalizationForm_KC).trimmed();
        if (text.isEmpty())
            continue;
        if (!found) {
            QString compact = text;
            compact.remove(QRegularExpression(QStringLiteral("\\s+")));
            if (const auto m = totalsPattern().match(compact); m.hasMatch()) {
                found = Label { text, m.captured(1) == u"小計", {} };
                if (m.hasCaptured(2))
                    count = number(m.captured(2));
                continue;
            }
            if (const auto m = organisationPattern().match(text); m.hasMatch()) {
                found = Label { text, true, {} };
                if (m.hasCaptured(2))
                    count = number(m.captured(2));
                continue;
            }
            if (const auto e = englishPattern().match(text); e.hasMatch()) {
                found = Label { text, e.hasCaptured(1), {} };
                continue;
            }
        }
        if (!count) {
            const auto m = countPattern().match(text);
            if (m.hasMatch())
                count = number(m.captured(1));
        }
    }
    if (found)
        found->count = count;
    return found;
}

void StatedTotals::enterTable(const QString &fileName, const QString &sheet,
                              const QString &bureau, int fiscalYear)
{
    if (fileName == m_fileName && sheet == m_sheet && bureau == m_bureau && fiscalYear == m_fiscalYear)
        return;
    m_fileName = fileName;
    m_sheet = sheet;
    m_bureau = bureau;
    m_fiscalYear = fiscalYear;
    m_section = {};
    m_table = {};
}

QStringList StatedTotals::check(const Label &label, const QStringList &cells,
                                const ColumnLayout &layout)
{
    const Sums sums = label.subtotal ? m_section : m_table;
    m_section = {};

    const QString skipped = sums.skipped > 0
            ? tr(" (%n row(s) above it were skipped)", "", int(sums.skipped))
            : QString();
    QStringList warnings;
    if (label.count && *label.count != sums.records) {
        warnings.append(tr("totals row \"%1\" states %2 projects, but %n record(s) were read "
                           "above it", "", int(sums.records))
                                .arg(label.text, figure(*label.count))
                        + skipped);
    }
    for (qsizetype c : layout.moneyColumns()) {
        const ParsedNumber n = parseInteger(cells.value(c));
        if (!n.value)
            continue;
        const MoneyHeader &money = *layout.role(c).money;
        const qint64 stated = toThousandYen(*n.value, money);
        const qint64 read = sums.amounts.value(c);
        // Each record's figure and the total may each be rounded to the column's unit
        // (at least the thousand yen Hyoka stores): half a unit each is no disagreement.
        const qint64 unit = qMax(1, money.thousandMultiplier);
        if (2 * qAbs(stated - read) <= (sums.records + 1) * unit)
            continue;
        warnings.append(tr("totals row \"%1\": %2 is %3 thousand yen, but the %n record(s) "
                           "above it add up to %4 thousand yen", "", int(sums.records))
                                .arg(label.text, cleanText(layout.header(c)), figure(stated),
                                     figure(read))
                        + skipped);
    }
    return warnings;
}

} // namespace Hyoka

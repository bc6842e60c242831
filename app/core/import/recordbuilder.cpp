#include "recordbuilder.h"

#include "indicatorextractor.h"
#include "recordfields.h"
#include "recordsink.h"
#include "textnormaliser.h"

#include <QRegularExpression>

namespace Hyoka {

using namespace TextNormaliser;

void RecordBuilder::warn(const RowContext &context, int line, const QString &message)
{
    m_sink.addWarning(ImportWarning { context.fileName, line, message });
}

void RecordBuilder::skip(const RowContext &context, int line, const QString &message)
{
    warn(context, line, message);
    m_totals.rowSkipped();
    m_sink.rowSkipped();
}

static bool parseBool(const QString &text, bool fallback)
{
    const QString s = text.trimmed().toCaseFolded();
    if (s.isEmpty())
        return fallback;
    if (s == u"1" || s == u"true" || s == u"yes" || s == u"はい" || s == u"見込" || s == u"○")
        return true;
    if (s == u"0" || s == u"false" || s == u"no" || s == u"いいえ" || s == u"確定" || s == u"-")
        return false;
    return fallback;
}

// A 年度 cell: 7, R7, 令和7年度, 2025. A bare number below 100 is a 令和 year.
static int parseYearCell(const QString &text)
{
    const QString s = text.normalized(QString::NormalizationForm_KC).trimmed();
    bool ok = false;
    const int n = s.toInt(&ok);
    if (ok && n > 0 && n < 100)
        return 2018 + n;
    return parseFiscalYear(s);
}

// The text of several columns (ねらい・目的 and 事業の内容) in column order, a blank line
// between; line breaks inside a cell kept, each line cleaned.
static QString joinedText(const QStringList &cells, const QList<qsizetype> &columns)
{
    QStringList parts;
    for (qsizetype c : columns) {
        const QString raw = cells.value(c);
        if (!raw.contains(u'\n') && !raw.contains(u'\r')) {
            const QString text = cleanText(raw);
            if (!text.isEmpty())
                parts.append(text);
            continue;
        }
        QStringList lines;
        for (const QString &l : raw.split(QRegularExpression(QStringLiteral("\r\n|\n|\r")))) {
            const QString text = cleanText(l);
            if (!text.isEmpty())
                lines.append(text);
        }
        if (!lines.isEmpty())
            parts.append(lines.join(u'\n'));
    }
    return parts.join(QStringLiteral("\n\n"));
}

bool RecordBuilder::readCode(Record &r, const QStringList &cells, const ColumnLayout &layout,
                             const RowContext &context, int line)
{
    const qsizetype column = layout.columnOf(Field::Code);
    if (column < 0)
        return true; // no code published: the record is identified by organisation and name
    if (!layout.padCodes()) {
        // Kept exactly as published: 0086 keeps its zeros.
        r.code = cleanText(cells.value(column));
        return true;
    }
    // Kawasaki's 事務事業コード: 8 digits kept as text. Non-numeric → the row is malformed.
    QString code = cleanText(cells.value(column)).normalized(QString::NormalizationForm_KC);
    code.remove(u' ');
    if (code.isEmpty()) {
        skip(context, line, tr("row skipped: no project code"));
        return false;
    }
    for (QChar c : code) {
        if (c < u'0' || c > u'9') {
            skip(context, line, tr("row skipped: project code \"%1\" is not a number").arg(code));
            return false;
        }
    }
    if (code.size() < 8) {
        warn(context, line,
             tr("project code \"%1\" has fewer than 8 digits; leading zeros restored").arg(code));
        code = code.rightJustified(8, u'0');
    } else if (code.size() > 8) {
        warn(context, line, tr("project code \"%1\" has more than 8 digits").arg(code));
    }
    r.code = code;
    return true;
}

void RecordBuilder::readOrganisation(Record &r, const QStringList &cells, const ColumnLayout &layout)
{
    const qsizetype bureau = layout.columnOf(Field::Bureau);
    if (bureau >= 0)
        r.bureau = cleanText(cells.value(bureau));
    const qsizetype division = layout.columnOf(Field::Division);
    if (division >= 0)
        r.division = cleanText(cells.value(division));
    const qsizetype both = layout.columnOf(Field::Organisation);
    if (both < 0)
        return;
    // 市民生活部市民環境課: the bureau runs through the first unit ending in 部 or 局.
    const QString text = cleanText(cells.value(both));
    static const QRegularExpression unit(QStringLiteral("^(.+?[部局])(.*)$"));
    const auto m = unit.match(text);
    if (m.hasMatch()) {
        if (r.bureau.isEmpty())
            r.bureau = m.captured(1);
        if (r.division.isEmpty())
            r.division = m.captured(2).trimmed();
    } else if (text.endsWith(u'課') && r.division.isEmpty()) {
        r.division = text;
    } else if (r.bureau.isEmpty()) {
        r.bureau = text;
    }
}

void RecordBuilder::readMoney(Record &r, const QStringList &cells, const ColumnLayout &layout,
                              const RowContext &context, int line)
{
    r.settlementEstimated = layout.settlementEstimated();
    if (layout.columnOf(Field::SettlementEstimated) >= 0)
        r.settlementEstimated = parseBool(cells.value(layout.columnOf(Field::SettlementEstimated)),
                                          r.settlementEstimated);
    for (qsizetype c : layout.moneyColumns()) {
        const ColumnRole &role = layout.role(c);
        const MoneyHeader &m = *role.money;
        const QString raw = cells.value(c);
        const ParsedNumber n = parseInteger(raw);
        if (n.invalid) {
            // `what` is translated only for a warning, not for every row.
            const QString what = role.field == Field::Budget ? tr("budget")
                    : role.field == Field::Settlement         ? tr("settlement")
                                                              : cleanText(layout.header(c));
            warn(context, line,
                 tr("%1 \"%2\" is not a number; left empty").arg(what, cleanText(raw)));
        }
        if (!n.value)
            continue; // an empty cell is no amount
        Amount a;
        a.kind = m.kind;
        a.fiscalYear = m.fiscalYear > 0 ? m.fiscalYear : r.fiscalYear + m.yearOffset;
        a.amount = toThousandYen(*n.value, m);
        const bool ownYear = a.fiscalYear == r.fiscalYear;
        if (ownYear && a.kind == AmountKind::Budget && !r.budget) {
            r.budget = a.amount;
        } else if (ownYear && (a.kind == AmountKind::Settlement || a.kind == AmountKind::SettlementEstimate)
                   && !r.settlement) {
            r.settlement = a.amount;
            if (a.kind == AmountKind::SettlementEstimate)
                r.settlementEstimated = true;
            a.kind = r.settlementEstimated ? AmountKind::SettlementEstimate : AmountKind::Settlement;
        }
        r.amounts.append(a);
        m_totals.addAmount(c, a.amount);
    }
    // Hyoka's own export lists every amount in one cell.
    const qsizetype amounts = layout.exportColumn(QStringLiteral("amounts"));
    if (amounts >= 0) {
        r.amounts = RecordFields::amountsFromCell(cells.value(amounts)).value_or(QList<Amount> {});
    }
}

void RecordBuilder::readRating(Record &r, const QStringList &cells, const ColumnLayout &layout,
                               const RowContext &context, int line)
{
    const qsizetype levelColumn = layout.columnOf(Field::Level);
    const ParsedNumber level = parseLevel(cells.value(levelColumn));
    if (level.invalid)
        warn(context, line,
             tr("achievement level \"%1\" is not 1–5; left empty").arg(cleanText(cells.value(levelColumn))));
    if (level.value) {
        r.level = int(*level.value);
        r.rating = Rating { QString::number(*r.level), *r.level, 5, QStringLiteral("level"), {} };
    }
    const qsizetype ratingColumn = layout.columnOf(Field::Rating);
    const QString label = cleanText(cells.value(ratingColumn));
    if (ratingColumn >= 0 && !label.isEmpty()) {
        const std::optional<RatingScale> &scale = layout.ratingScale();
        std::optional<Rating> parsed = scale ? RatingScales::parse(label, *scale) : std::nullopt;
        if (parsed)
            parsed->rank = layout.orderedRank(parsed->rank);
        if (!parsed) {
            if (scale)
                warn(context, line,
                     tr("rating \"%1\" is not on the column's scale (%2); kept without a rank")
                             .arg(label, scale->steps.join(u'/')));
            parsed = Rating { label, 0, scale ? int(scale->steps.size()) : 0,
                              scale ? scale->id : QString(), {} };
        }
        r.rating = parsed;
    }
    const qsizetype gradesColumn = layout.columnOf(Field::Grades);
    const QString grades = cleanText(cells.value(gradesColumn));
    if (gradesColumn >= 0 && !grades.isEmpty() && layout.gradesScale()) {
        const std::optional<Rating> parsed = RatingScales::parse(grades, *layout.gradesScale());
        if (parsed && r.rating && ratingColumn >= 0)
            r.rating->grades = parsed->grades;
        else if (parsed)
            r.rating = parsed;
    }
    // Hyoka's own export: the rank, ranks, scale and grades as written.
    const qsizetype scaleColumn = layout.exportColumn(QStringLiteral("rating_scale"));
    if (r.rating && scaleColumn >= 0 && !cleanText(cells.value(scaleColumn)).isEmpty()) {
        r.rating->scale = cleanText(cells.value(scaleColumn));
        r.rating->rank = int(parseInteger(cells.value(layout.exportColumn(QStringLiteral("rating_rank")))).value.value_or(0));
        r.rating->ranks = int(parseInteger(cells.value(layout.exportColumn(QStringLiteral("rating_ranks")))).value.value_or(0));
        r.rating->grades = RecordFields::gradesFromCell(cells.value(layout.exportColumn(QStringLiteral("rating_grades"))))
                                   .value_or(QList<std::pair<QString, QString>> {});
    }
}

std::optional<Record> RecordBuilder::build(const QStringList &cells, const ColumnLayout &layout,
                                           const RowContext &context, int line)
{
    m_totals.enterTable(context.fileName, context.sheet, context.bureau, context.fiscalYear);
    // A totals row (合計, 小計 …) is no project: checked against the rows above it.
    if (const std::optional<StatedTotals::Label> total = StatedTotals::label(cells, layout)) {
        for (const QString &w : m_totals.check(*total, cells, layout))
            warn(context, line, w);
        return std::nullopt;
    }
    // Cells beyond the last data column may only be empty or a legend column.
    const qsizetype needed = layout.lastDataColumn() + 1;
    if (cells.size() < needed) {
        skip(context, line,
             tr("row skipped: %1 cells where the header has %2").arg(cells.size()).arg(needed));
        return std::nullopt;
    }
    if (cells.size() > layout.columnCount()) {
        for (qsizetype i = layout.columnCount(); i < cells.size(); ++i) {
            if (!cells.at(i).trimmed().isEmpty()) {
                skip(context, line,
                     tr("row skipped: %1 cells where the header has %2")
                             .arg(cells.size())
                             .arg(layout.columnCount()));
                return std::nullopt;
            }
        }
    }

    auto cell = [&](Field f) -> QString {
        const qsizetype c = layout.columnOf(f);
        return c >= 0 && c < cells.size() ? cells.at(c) : QString();
    };

    Record r;
    r.sourceFile = context.fileName;
    r.sourceSheet = context.sheet;
    r.sourceLine = line;

    if (!readCode(r, cells, layout, context, line))
        return std::nullopt;

    // Year: a column wins over the heading or the default.
    r.fiscalYear = context.fiscalYear;
    if (layout.columnOf(Field::FiscalYear) >= 0) {
        const QString y = cleanText(cell(Field::FiscalYear));
        if (!y.isEmpty()) {
            const int parsed = parseYearCell(y);
            if (parsed > 0)
                r.fiscalYear = parsed;
            else
                warn(context, line, tr("fiscal year \"%1\" not understood").arg(y));
        }
    }
    if (r.fiscalYear <= 0) {
        skip(context, line,
             tr("row skipped: no fiscal year (no heading or column names it; give it in the "
                "import dialog, or with --year)"));
        return std::nullopt;
    }

    r.name = cleanText(cell(Field::Name));
    if (r.name.isEmpty() && r.code.isEmpty()) {
        skip(context, line, tr("row skipped: no project code and no name"));
        return std::nullopt;
    }
    if (r.name.isEmpty())
        warn(context, line, tr("project %1 has no name").arg(r.code));

    readOrganisation(r, cells, layout);
    if (r.bureau.isEmpty() && r.division.isEmpty())
        r.bureau = context.bureau;
    // A table with no organisation column at all is not warned about row by row
    // (hyoka detect lists bureau among the fields it could not find).
    const bool organisationColumns = layout.columnOf(Field::Bureau) >= 0
            || layout.columnOf(Field::Organisation) >= 0;
    if (r.bureau.isEmpty() && r.division.isEmpty() && (layout.padCodes() || organisationColumns))
        warn(context, line,
             tr("no bureau given for project %1").arg(r.code.isEmpty() ? r.name : r.code));

    const QString noText = cleanText(cell(Field::No));
    if (!noText.isEmpty()) {
        const ParsedNumber no = parseInteger(noText);
        if (no.value)
            r.no = int(*no.value);
        else
            warn(context, line, tr("number \"%1\" is not a number").arg(noText));
    }

    const QString categoryText = cleanText(cell(Field::Category));
    if (const auto canonical = canonicalCategory(categoryText)) {
        r.category = *canonical;
    } else if (layout.canonicalCategories()) {
        r.category = categoryText;
        if (!categoryText.isEmpty())
            warn(context, line, tr("unknown service category \"%1\"").arg(categoryText));
    } else {
        // Another city's label as published, white space folded (Ｅ　一般 → Ｅ 一般).
        r.category = stripHtml(cell(Field::Category)).simplified();
    }

    r.summary = joinedText(cells, layout.columnsOf(Field::Summary));
    r.achievements = splitAchievements(cleanText(cell(Field::Achievements)));

    readMoney(r, cells, layout, context, line);
    readRating(r, cells, layout, context, line);

    const ParsedNumber page = parseRefPage(cell(Field::RefPage));
    if (page.invalid)
        warn(context, line,
             tr("reference page \"%1\" not understood; left empty").arg(cleanText(cell(Field::RefPage))));
    if (page.value)
        r.refPage = int(*page.value);

    QStringList indicatorWarnings;
    r.indicators = IndicatorExtractor::extract(r.achievements, &indicatorWarnings);
    for (const QString &w : std::as_const(indicatorWarnings))
        warn(context, line, w);

    m_totals.recordRead();
    return r;
}

bool RecordBuilder::buildAndAdd(const QStringList &cells, const ColumnLayout &layout,
                                const RowContext &context, int line)
{
    std::optional<Record> r = build(cells, layout, context, line);
    if (!r)
        return true;
    return m_sink.addRecord(std::move(*r));
}

} // namespace Hyoka

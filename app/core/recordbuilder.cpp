#include "recordbuilder.h"

#include "indicatorextractor.h"
#include "recordsink.h"
#include "textnormaliser.h"

namespace Hyoka {

using namespace TextNormaliser;

void RecordBuilder::warn(const RowContext &context, int line, const QString &message)
{
    m_sink.addWarning(ImportWarning { context.fileName, line, message });
}

void RecordBuilder::skip(const RowContext &context, int line, const QString &message)
{
    warn(context, line, message);
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

std::optional<Record> RecordBuilder::build(const QStringList &cells, const ColumnLayout &layout,
                                           const RowContext &context, int line)
{
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
    r.sourceLine = line;

    // Code: 8 digits kept as text. Non-numeric → the row is malformed.
    QString code = cleanText(cell(Field::Code)).normalized(QString::NormalizationForm_KC);
    code.remove(u' ');
    if (code.isEmpty()) {
        skip(context, line, tr("row skipped: no project code"));
        return std::nullopt;
    }
    for (QChar c : code) {
        if (c < u'0' || c > u'9') {
            skip(context, line, tr("row skipped: project code \"%1\" is not a number").arg(code));
            return std::nullopt;
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

    // Year: a column wins over the heading or the default.
    r.fiscalYear = context.fiscalYear;
    if (layout.columnOf(Field::FiscalYear) >= 0) {
        const QString y = cleanText(cell(Field::FiscalYear));
        if (!y.isEmpty()) {
            const int parsed = parseFiscalYear(y);
            if (parsed > 0)
                r.fiscalYear = parsed;
            else
                warn(context, line, tr("fiscal year \"%1\" not understood").arg(y));
        }
    }
    if (r.fiscalYear <= 0) {
        skip(context, line,
             tr("row skipped: no fiscal year (no heading or column names it; use --year)"));
        return std::nullopt;
    }

    r.bureau = context.bureau;
    if (layout.columnOf(Field::Bureau) >= 0) {
        const QString b = cleanText(cell(Field::Bureau));
        if (!b.isEmpty())
            r.bureau = b;
    }
    if (r.bureau.isEmpty())
        warn(context, line, tr("no bureau given for project %1").arg(r.code));

    const QString noText = cleanText(cell(Field::No));
    if (!noText.isEmpty()) {
        const ParsedNumber no = parseInteger(noText);
        if (no.value)
            r.no = int(*no.value);
        else
            warn(context, line, tr("number \"%1\" is not a number").arg(noText));
    }

    r.name = cleanText(cell(Field::Name));
    if (r.name.isEmpty())
        warn(context, line, tr("project %1 has no name").arg(r.code));

    const QString categoryText = cleanText(cell(Field::Category));
    if (const auto canonical = canonicalCategory(categoryText)) {
        r.category = *canonical;
    } else {
        r.category = categoryText;
        if (!categoryText.isEmpty())
            warn(context, line, tr("unknown service category \"%1\"").arg(categoryText));
    }

    r.summary = cleanText(cell(Field::Summary));
    r.achievements = splitAchievements(cleanText(cell(Field::Achievements)));

    // `what` is translated only for a warning, not for every row.
    auto money = [&](Field f, const char *what) -> std::optional<qint64> {
        const QString raw = cell(f);
        const ParsedNumber n = parseInteger(raw);
        if (n.invalid)
            warn(context, line,
                 tr("%1 \"%2\" is not a number; left empty").arg(tr(what), cleanText(raw)));
        return n.value;
    };
    r.budget = money(Field::Budget, QT_TR_NOOP("budget"));
    r.settlement = money(Field::Settlement, QT_TR_NOOP("settlement"));
    r.settlementEstimated = layout.settlementEstimated();
    if (layout.columnOf(Field::SettlementEstimated) >= 0)
        r.settlementEstimated = parseBool(cell(Field::SettlementEstimated), r.settlementEstimated);

    const ParsedNumber level = parseLevel(cell(Field::Level));
    if (level.invalid)
        warn(context, line,
             tr("achievement level \"%1\" is not 1–5; left empty").arg(cleanText(cell(Field::Level))));
    if (level.value)
        r.level = int(*level.value);

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

#include "reportlayout.h"

#include "scalesteps.h"

#include <algorithm>

#include <QHash>
#include <QSet>

#include "levelcolors.h"
#include "moneyformat.h"
#include "recordformat.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>

namespace Hyoka {

namespace {

constexpr qreal cellPaddingMm = 1.2;

// Several years as a span: "FY2012 (Heisei 24) – FY2023 (Reiwa 5)", with the count
// when some are missing in between.
QString yearsSpan(const QList<int> &years)
{
    if (years.size() <= 2) {
        QStringList parts;
        for (int y : years)
            parts << RecordFormat::fiscalYear(y);
        return parts.isEmpty() ? RecordFormat::missing() : parts.join(QStringLiteral(", "));
    }
    const QString span = ReportLayout::tr("%1 – %2", "first and last fiscal year")
                                 .arg(RecordFormat::fiscalYear(years.constFirst()),
                                      RecordFormat::fiscalYear(years.constLast()));
    if (years.constLast() - years.constFirst() + 1 == years.size())
        return span;
    return ReportLayout::tr("%1 (%n fiscal year(s))", "", int(years.size())).arg(span);
}

QString yearsText(const QList<int> &years)
{
    QStringList parts;
    for (int y : years)
        parts << RecordFormat::fiscalYear(y);
    return parts.isEmpty() ? RecordFormat::missing() : parts.join(QStringLiteral(", "));
}

} // namespace

ReportLayout::ReportLayout(const ReportData &data, QPagedPaintDevice *device,
                           QPainter *painter, int totalPages)
    : m_data(data), m_device(device), m_painter(painter), m_totalPages(totalPages)
{
    m_dpi = device->logicalDpiY();
    m_width = device->width();
    m_height = device->height();
    m_base = data.font;
    m_headerBottom = mm(11);
    m_bottom = m_height - mm(10);
}

int ReportLayout::pages() const
{
    return m_page;
}

void ReportLayout::run()
{
    beginPage();
    cover();
    newPage();
    totals();
    charts();
    if (!m_data.changes.isEmpty()) {
        newPage();
        changes();
    }
    newPage();
    reviewList();
}

qreal ReportLayout::mm(qreal v) const
{
    return v / 25.4 * m_dpi;
}

QFont ReportLayout::font(qreal scale, bool bold) const
{
    QFont f = m_base;
    f.setPointSizeF(m_base.pointSizeF() * scale);
    f.setBold(bold);
    return f;
}

qreal ReportLayout::lineHeight(const QFont &f) const
{
    return QFontMetricsF(f, m_device).lineSpacing();
}

qreal ReportLayout::textHeight(const QString &text, const QFont &f, qreal width) const
{
    const QFontMetricsF fm(f, m_device);
    return fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

QFont ReportLayout::fitted(const QString &text, const QFont &f, qreal width) const
{
    QFont candidate = f;
    for (qreal scale = 1.0; scale >= 0.6; scale -= 0.05) {
        candidate.setPointSizeF(f.pointSizeF() * scale);
        const QFontMetricsF fm(candidate, m_device);
        if (fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).width()
            <= width + 0.5)
            break;
    }
    return candidate;
}

void ReportLayout::drawText(const QRectF &rect, int flags, const QString &text, const QFont &f, const QColor &color)
{
    if (!m_painter)
        return;
    m_painter->setFont(f);
    m_painter->setPen(color);
    m_painter->drawText(rect, flags, text);
}

void ReportLayout::beginPage()
{
    ++m_page;
    m_y = m_headerBottom + mm(4);
    if (!m_painter)
        return;
    // Title left, years and date right, each elided to its half of the line.
    const QFont small = font(0.85);
    const qreal h = lineHeight(small);
    const QFontMetricsF fm(small, m_device);
    const qreal half = m_width / 2 - mm(2);
    drawText(QRectF(0, mm(4), half, h), Qt::AlignLeft | Qt::AlignVCenter,
             fm.elidedText(m_data.title, Qt::ElideRight, half), small, QColor(60, 60, 60));
    drawText(QRectF(m_width - half, mm(4), half, h), Qt::AlignRight | Qt::AlignVCenter,
             fm.elidedText(tr("%1 · %2").arg(yearsSpan(m_data.years), m_data.date),
                           Qt::ElideLeft, half),
             small, QColor(60, 60, 60));
    m_painter->setPen(QPen(QColor(120, 120, 120), mm(0.25)));
    m_painter->drawLine(QPointF(0, m_headerBottom), QPointF(m_width, m_headerBottom));
    drawText(QRectF(0, m_height - mm(6), m_width, mm(6)), Qt::AlignHCenter | Qt::AlignBottom,
             tr("Page %1 of %2").arg(m_page).arg(qMax(m_totalPages, m_page)), small,
             QColor(60, 60, 60));
}

void ReportLayout::newPage()
{
    if (m_painter)
        m_device->newPage();
    beginPage();
}

void ReportLayout::ensure(qreal h)
{
    if (m_y + h > m_bottom && m_y > m_headerBottom + mm(5))
        newPage();
}

void ReportLayout::heading(const QString &text, qreal scale)
{
    const QFont f = font(scale, true);
    const qreal h = textHeight(text, f, m_width);
    ensure(h + mm(18));
    drawText(QRectF(0, m_y, m_width, h), Qt::TextWordWrap, text, f);
    m_y += h + mm(2.5);
}

void ReportLayout::paragraph(const QString &text, const QFont &f, const QColor &color)
{
    const qreal h = textHeight(text, f, m_width);
    ensure(h);
    drawText(QRectF(0, m_y, m_width, h), Qt::TextWordWrap, text, f, color);
    m_y += h + mm(1.5);
}

QString ReportLayout::budgetHeading()
{
    return tr("Budget\n(予算額)\nthousand yen");
}

QString ReportLayout::settlementHeading()
{
    return tr("Settlement\n(決算額)\nthousand yen");
}

QList<qreal> ReportLayout::columnX(const QList<Column> &columns) const
{
    QList<qreal> xs;
    qreal x = 0;
    for (const Column &c : columns) {
        xs << x;
        x += c.width * m_width;
    }
    xs << m_width;
    return xs;
}

qreal ReportLayout::cellWidth(const QList<qreal> &xs, int i) const
{
    return xs.at(i + 1) - xs.at(i) - 2 * mm(cellPaddingMm);
}

qreal ReportLayout::rowHeight(const QList<Column> &columns, const QStringList &cells, const QFont &f) const
{
    const QList<qreal> xs = columnX(columns);
    qreal h = lineHeight(f);
    for (int i = 0; i < columns.size() && i < cells.size(); ++i) {
        const qreal width = cellWidth(xs, i);
        h = qMax(h, textHeight(cells.at(i), fitted(cells.at(i), f, width), width));
    }
    return h + 2 * mm(cellPaddingMm);
}

void ReportLayout::tableHeader(const QList<Column> &columns)
{
    const QFont f = font(0.9, true);
    QStringList titles;
    for (const Column &c : columns)
        titles << c.title;
    bool swatches = false;
    for (const Column &c : columns)
        swatches = swatches || c.swatchLevel >= 0;
    const qreal swatchHeight = swatches ? mm(3.2) : 0;
    const qreal h = rowHeight(columns, titles, f) + swatchHeight;
    ensure(h + 3 * lineHeight(font()));
    const QList<qreal> xs = columnX(columns);
    if (m_painter) {
        m_painter->fillRect(QRectF(0, m_y, m_width, h), QColor(232, 232, 232));
        for (int i = 0; i < columns.size(); ++i) {
            const Column &c = columns.at(i);
            const QRectF cell(xs.at(i) + mm(cellPaddingMm), m_y + mm(cellPaddingMm),
                              xs.at(i + 1) - xs.at(i) - 2 * mm(cellPaddingMm),
                              h - 2 * mm(cellPaddingMm));
            QRectF textRect = cell;
            if (c.swatchLevel >= 0) {
                const qreal side = mm(2.6);
                const QRectF swatch(cell.center().x() - side / 2, cell.top(), side, side);
                m_painter->setPen(QPen(LevelColors::outline(c.swatchLevel), mm(0.2)));
                m_painter->setBrush(LevelColors::brush(c.swatchLevel));
                m_painter->drawRect(swatch);
                textRect.setTop(cell.top() + swatchHeight);
            }
            drawText(textRect, int(c.align) | Qt::AlignBottom | Qt::TextWordWrap, c.title,
                     fitted(c.title, f, cell.width()));
        }
        m_painter->setPen(QPen(QColor(90, 90, 90), mm(0.3)));
        m_painter->drawLine(QPointF(0, m_y + h), QPointF(m_width, m_y + h));
    }
    m_y += h;
}

void ReportLayout::tableRow(const QList<Column> &columns, const QStringList &cells, const QFont &f, bool shade,
                            const QList<int> &levels, const QList<Column> *table)
{
    const qreal h = rowHeight(columns, cells, f);
    if (m_y + h > m_bottom) {
        newPage();
        tableHeader(table ? *table : columns);
    }
    const QList<qreal> xs = columnX(columns);
    if (m_painter) {
        if (shade)
            m_painter->fillRect(QRectF(0, m_y, m_width, h), QColor(246, 246, 246));
        for (int i = 0; i < columns.size() && i < cells.size(); ++i) {
            const QRectF cell(xs.at(i) + mm(cellPaddingMm), m_y + mm(cellPaddingMm),
                              xs.at(i + 1) - xs.at(i) - 2 * mm(cellPaddingMm),
                              h - 2 * mm(cellPaddingMm));
            const int level = i < levels.size() ? levels.at(i) : -1;
            if (level >= 0) {
                // A level cell: its swatch before the number.
                const qreal side = mm(2.4);
                const QRectF swatch(cell.left(), cell.top() + (lineHeight(f) - side) / 2,
                                    side, side);
                m_painter->setPen(QPen(LevelColors::outline(level), mm(0.2)));
                m_painter->setBrush(LevelColors::brush(level));
                m_painter->drawRect(swatch);
                const QRectF text = cell.adjusted(side + mm(1), 0, 0, 0);
                drawText(text, Qt::AlignLeft | Qt::TextWordWrap, cells.at(i),
                         fitted(cells.at(i), f, text.width()));
                continue;
            }
            drawText(cell, int(columns.at(i).align) | Qt::AlignTop | Qt::TextWordWrap,
                     cells.at(i), fitted(cells.at(i), f, cell.width()));
        }
        m_painter->setPen(QPen(QColor(200, 200, 200), mm(0.15)));
        m_painter->drawLine(QPointF(0, m_y + h), QPointF(m_width, m_y + h));
    }
    m_y += h;
}

void ReportLayout::cover()
{
    m_y = m_headerBottom + mm(40);
    const QFont titleFont = font(2.4, true);
    const qreal th = textHeight(m_data.title, titleFont, m_width);
    drawText(QRectF(0, m_y, m_width, th), Qt::TextWordWrap, m_data.title, titleFont);
    m_y += th + mm(4);
    const QFont sub = font(1.4);
    const QString years = yearsSpan(m_data.years);
    const qreal sh = textHeight(years, sub, m_width);
    drawText(QRectF(0, m_y, m_width, sh), Qt::TextWordWrap, years, sub, QColor(60, 60, 60));
    m_y += sh + mm(14);

    QStringList bureaus;
    for (const ChartData::BureauTotals &t : m_data.bureaus) {
        // Which rating scale(s) the bureau's table uses (docs/ratings-and-money.md).
        QStringList scales;
        for (const ChartData::RatingMix &m : m_data.ratingMix) {
            if (m.bureau == t.bureau)
                scales << ScaleSteps::scaleName(m.scale);
        }
        bureaus << (scales.isEmpty() ? tr("%1 (%2)", "bureau and its number of projects")
                                               .arg(t.bureau.isEmpty() ? tr("(no bureau)") : t.bureau)
                                               .arg(t.projects)
                                     : tr("%1 (%2, %3)", "bureau, its number of projects, its rating scales")
                                               .arg(t.bureau.isEmpty() ? tr("(no bureau)") : t.bureau)
                                               .arg(t.projects)
                                               .arg(scales.join(tr(", "))));
    }
    const ChartData::BureauTotals &all = m_data.overall;
    const QList<QPair<QString, QString>> facts {
        { tr("Fiscal years"), yearsText(m_data.years) },
        { tr("Bureaus"), bureaus.isEmpty() ? RecordFormat::missing()
                                           : bureaus.join(QStringLiteral("、")) },
        { tr("Filters applied"), m_data.filterDescription },
        { tr("Projects"), tr("%n project(s)", "", int(all.projects)) },
        { tr("Budget (予算額)"), MoneyFormat::exactAndReadable(all.budget) },
        { tr("Settlement (決算額)"), MoneyFormat::exactAndReadable(all.settlement) },
        { tr("Execution rate"), RecordFormat::percent(all.executionRate()) },
        { tr("Underperforming (levels 4–5)"),
          tr("%n project(s)", "", int(all.underperforming())) },
        { tr("Prepared on"), m_data.date },
    };
    const QFont label = font(1.05, true);
    const QFont value = font(1.05);
    const qreal labelWidth = m_width * 0.3;
    for (const auto &fact : facts) {
        const qreal h = qMax(textHeight(fact.first, label, labelWidth - mm(3)),
                             textHeight(fact.second, value, m_width - labelWidth));
        drawText(QRectF(0, m_y, labelWidth - mm(3), h), Qt::TextWordWrap, fact.first, label);
        drawText(QRectF(labelWidth, m_y, m_width - labelWidth, h), Qt::TextWordWrap,
                 fact.second, value);
        m_y += h + mm(2.5);
    }
    m_y += mm(10);
    const QFont contentsFont = font(1.0);
    paragraph(m_data.changes.isEmpty()
                      ? tr("Contents: 1. Totals by bureau · 2. Budget, settlement and achievement "
                           "levels by bureau (charts) · 3. Flagged and suggested projects")
                      : tr("Contents: 1. Totals by bureau · 2. Budget, settlement and achievement "
                           "levels by bureau (charts) · 3. Changes since the previous fiscal "
                           "year, by bureau · 4. Flagged and suggested projects"),
              contentsFont, QColor(60, 60, 60));
}

void ReportLayout::totals()
{
    heading(tr("1. Totals by bureau"));
    bool anyWithoutLevel = m_data.overall.noLevel > 0;
    QList<Column> columns {
        { tr("Bureau"), 0, Qt::AlignLeft, -1 },
        { tr("Projects"), 0.075, Qt::AlignRight, -1 },
        { budgetHeading(), 0.15, Qt::AlignRight, -1 },
        { settlementHeading(), 0.15, Qt::AlignRight, -1 },
        { tr("Execution rate"), 0.1, Qt::AlignRight, -1 },
    };
    QList<int> levels { 1, 2, 3, 4, 5 };
    if (anyWithoutLevel)
        levels << LevelColors::noLevel;
    const qreal levelWidth = 0.05;
    for (int level : std::as_const(levels))
        columns << Column { level == LevelColors::noLevel ? tr("none") : tr("Lv %1").arg(level),
                            levelWidth, Qt::AlignHCenter, level };
    qreal used = 0;
    for (const Column &c : std::as_const(columns))
        used += c.width;
    columns[0].width = 1.0 - used;
    tableHeader(columns);

    const QLocale locale;
    auto cellsOf = [&](const ChartData::BureauTotals &t, const QString &name) {
        QStringList cells { name, locale.toString(t.projects), locale.toString(t.budget),
                            locale.toString(t.settlement),
                            RecordFormat::percent(t.executionRate()) };
        for (int level : std::as_const(levels))
            cells << locale.toString(t.levelCount(level));
        return cells;
    };
    const QFont f = font();
    for (int i = 0; i < m_data.bureaus.size(); ++i) {
        const ChartData::BureauTotals &t = m_data.bureaus.at(i);
        tableRow(columns, cellsOf(t, t.bureau.isEmpty() ? tr("(no bureau)") : t.bureau), f,
                 i % 2 == 1);
    }
    if (m_painter) {
        m_painter->setPen(QPen(QColor(90, 90, 90), mm(0.3)));
        m_painter->drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
    }
    tableRow(columns, cellsOf(m_data.overall, tr("Total")), font(1.0, true));
    m_y += mm(2);
    paragraph(tr("Execution rate = settlement / budget, over the projects that have both "
                 "figures. Levels: 1 far above target … 5 far below target; levels 4 and 5 "
                 "are underperforming."),
              font(0.85), QColor(70, 70, 70));
    m_y += mm(4);
}

void ReportLayout::chart(HyokaChart &view, HyokaChart::Kind kind, const QList<ChartData::BureauTotals> &bureaus)
{
    auto show = [&](const QList<ChartData::BureauTotals> &part) {
        if (kind == HyokaChart::Kind::LevelMix)
            view.showLevelMix(part);
        else
            view.showBureauTotals(part);
    };
    // Logical (screen) pixels per device pixel: HyokaChart lays out at screen size.
    const qreal screenDpi = QFontMetricsF(QFont()).fontDpi();
    const qreal toDevice = m_dpi / screenDpi;
    const qreal pageRoom = m_bottom - (m_headerBottom + mm(4));
    qsizetype start = 0;
    while (start < bureaus.size() || (start == 0 && bureaus.isEmpty())) {
        // Paper takes every bureau, in parts the chart draws whole (at most
        // HyokaChart::maxBureaus, fewer when the page has no room for them).
        qsizetype count = qMin<qsizetype>(bureaus.size() - start, HyokaChart::maxBureaus);
        show(bureaus.mid(start, count));
        while (count > 1 && view.requiredHeight() * toDevice > pageRoom) {
            count = qMax<qsizetype>(1, count * 3 / 4);
            show(bureaus.mid(start, count));
        }
        const qreal h = qMin(pageRoom, view.requiredHeight() * toDevice);
        ensure(h);
        if (m_painter)
            view.render(m_painter, QRectF(0, m_y, m_width, h));
        m_y += h + mm(6);
        start += count;
        if (bureaus.isEmpty())
            break;
    }
}

void ReportLayout::charts()
{
    heading(tr("2. Budget, settlement and achievement levels by bureau"));
    HyokaChart view;
    view.setChartFont(m_base);
    // The chart's own layout is in screen pixels at the base point size.
    chart(view, HyokaChart::Kind::BureauTotals, m_data.bureaus);
    // Tables of other scales than levels: the rating mix per bureau and scale instead.
    const bool levelsOnly = std::all_of(m_data.ratingMix.cbegin(), m_data.ratingMix.cend(),
                                        [](const ChartData::RatingMix &m) { return m.scale == u"level"; });
    if (levelsOnly) {
        chart(view, HyokaChart::Kind::LevelMix, m_data.bureaus);
        return;
    }
    view.showRatingMix(m_data.ratingMix);
    const qreal toDevice = m_dpi / QFontMetricsF(QFont()).fontDpi();
    const qreal h = qMin(m_bottom - (m_headerBottom + mm(4)), view.requiredHeight() * toDevice);
    ensure(h);
    if (m_painter)
        view.render(m_painter, QRectF(0, m_y, m_width, h));
    m_y += h + mm(6);
}

void ReportLayout::reviewList()
{
    heading(!m_data.reviewListTitle.isEmpty() ? m_data.reviewListTitle
                    : m_data.changes.isEmpty()      ? tr("3. Flagged and suggested projects")
                                                    : tr("4. Flagged and suggested projects"));
    if (!m_data.customReviewList)
        paragraph(tr("Projects a reviewer flagged, and projects the review rules suggest "
                     "(achievement level below target, execution rate outside the "
                     "expected range, self-rating inconsistent with the indicators, "
                     "indicator units that differ), by bureau in the order of the source "
                     "documents."),
                  font(0.95));
    paragraph(tr("%n project(s) listed.", "", int(m_data.reviewCount)), font(0.95));
    if (m_data.reviewOmitted > 0)
        paragraph(tr("%n more not listed: narrow the filter to see them.", "",
                     int(m_data.reviewOmitted)),
                  font(0.95, true));
    if (m_data.review.isEmpty())
        return;
    m_y += mm(2);
    const QList<Column> columns {
        { tr("Code"), 0.085, Qt::AlignLeft, -1 },
        { tr("Project"), 0.2, Qt::AlignLeft, -1 },
        { tr("Level"), 0.06, Qt::AlignLeft, -1 },
        { budgetHeading(), 0.1, Qt::AlignRight, -1 },
        { settlementHeading(), 0.1, Qt::AlignRight, -1 },
        { tr("Execution rate"), 0.085, Qt::AlignRight, -1 },
        { tr("Status and reasons"), 0.37, Qt::AlignLeft, -1 },
    };
    const QLocale locale;
    const QFont f = font(0.95);
    const QFont noteFont = font(0.88);
    const bool severalYears = m_data.years.size() > 1;
    // Grouped by rating scale (the scale of each bureau's table, in scale order), then
    // by bureau; bureaus without a rating last.
    QHash<QString, QString> scaleOf;
    for (const ChartData::RatingMix &m : m_data.ratingMix) {
        if (!scaleOf.contains(m.bureau))
            scaleOf.insert(m.bureau, m.scale);
    }
    QStringList scales = ScaleSteps::ordered(QSet<QString>(scaleOf.cbegin(), scaleOf.cend()).values());
    scales << QString();
    QList<const ReportData::ReviewGroup *> groups;
    for (const QString &scale : std::as_const(scales)) {
        for (const ReportData::ReviewGroup &group : m_data.review) {
            if (scaleOf.value(group.bureau) == scale)
                groups << &group;
        }
    }
    for (const ReportData::ReviewGroup *groupOf : std::as_const(groups)) {
        const ReportData::ReviewGroup &group = *groupOf;
        const QString name = group.bureau.isEmpty() ? tr("(no bureau)") : group.bureau;
        const QString scale = scaleOf.value(group.bureau);
        ensure(lineHeight(font(1.15, true)) + 4 * lineHeight(f));
        paragraph(scale.isEmpty() || scales.size() <= 2
                          ? tr("%1 — %n project(s)", "", int(group.items.size())).arg(name)
                          : tr("%1 (%2) — %n project(s)", "bureau (rating scale) — count",
                               int(group.items.size()))
                                    .arg(name, ScaleSteps::scaleName(scale)),
                  font(1.15, true));
        tableHeader(columns);
        int row = 0;
        for (const ReportData::ReviewItem &item : group.items) {
            const ChartData::Project &p = item.project;
            QString project = p.name;
            if (severalYears)
                project += u'\n' + RecordFormat::fiscalYear(p.fiscalYear);
            QStringList reasons;
            if (!item.entry.status.isEmpty())
                reasons << item.entry.status;
            reasons += item.entry.reasons;
            const QStringList cells {
                p.code,
                project,
                p.level ? QString::number(*p.level) : RecordFormat::missing(),
                p.budget ? locale.toString(*p.budget) : RecordFormat::missing(),
                p.settlement ? locale.toString(*p.settlement) : RecordFormat::missing(),
                RecordFormat::percent(p.executionRate()),
                reasons.join(u'\n'),
            };
            QList<int> levels(cells.size(), -1);
            if (p.level)
                levels[2] = *p.level;
            tableRow(columns, cells, f, row % 2 == 1, levels);
            if (!item.entry.note.trimmed().isEmpty()) {
                const QList<Column> noteColumns { { QString(), 0.1, Qt::AlignLeft, -1 },
                                                  { QString(), 0.9, Qt::AlignLeft, -1 } };
                tableRow(noteColumns, { tr("Note"), item.entry.note.trimmed() }, noteFont,
                         row % 2 == 1, {}, &columns);
            }
            ++row;
        }
        m_y += mm(5);
    }
}

} // namespace Hyoka

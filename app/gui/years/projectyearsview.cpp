#include "projectyearsview.h"

#include "chartparts.h"
#include "hyokachart.h"
#include "projectyearsmodel.h"
#include "printpreview.h"
#include "recordformat.h"
#include "scalesteps.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QValueAxis>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPrinter>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace Hyoka {

ProjectYearsView::ProjectYearsView(QWidget *parent)
    : QWidget(parent),
      m_model(new ProjectYearsModel(this)),
      m_summary(new QLabel(this)),
      m_table(new QTableView(this)),
      m_chartView(new QChartView(this)),
      m_printButton(new QPushButton(this)),
      m_renameBar(new QWidget(this)),
      m_renameLabel(new QLabel(m_renameBar)),
      m_sameButton(new QPushButton(m_renameBar)),
      m_otherButton(new QPushButton(m_renameBar))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_summary->setObjectName(QStringLiteral("yearsSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table->setObjectName(QStringLiteral("yearsView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ProjectYearsModel::NameColumn,
                                                      QHeaderView::Interactive);
    m_table->setWordWrap(false);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, &ProjectYearsView::activate);
    layout->addWidget(m_table);

    // A year linked by a name match: confirmed or undone here (LinkDecisions).
    m_renameBar->setObjectName(QStringLiteral("renameBar"));
    m_renameLabel->setWordWrap(true);
    m_sameButton->setObjectName(QStringLiteral("sameProjectButton"));
    m_otherButton->setObjectName(QStringLiteral("otherProjectButton"));
    // The question on a line of its own (a wrapped label beside buttons gets the
    // height of one line), the answers under it.
    auto *renameLayout = new QVBoxLayout(m_renameBar);
    renameLayout->setContentsMargins(0, 0, 0, 0);
    renameLayout->addWidget(m_renameLabel);
    auto *answers = new QHBoxLayout;
    answers->addStretch(1);
    answers->addWidget(m_sameButton);
    answers->addWidget(m_otherButton);
    renameLayout->addLayout(answers);
    layout->addWidget(m_renameBar);
    m_renameBar->hide();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProjectYearsView::updateRenameBar);
    auto decide = [this](bool same) {
        const int row = m_table->currentIndex().row();
        if (row < 0 || row >= m_model->years().size())
            return;
        const ProjectLinks::Year &y = m_model->years().at(row);
        emit renameDecided(y.fiscalYear, y.key, same);
    };
    connect(m_sameButton, &QPushButton::clicked, this, [decide] { decide(true); });
    connect(m_otherButton, &QPushButton::clicked, this, [decide] { decide(false); });

    m_chartView->setObjectName(QStringLiteral("yearsChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(200);
    m_chartView->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_chartView, 1);

    // The years on paper: the summary, the table's figures and the chart.
    m_printButton->setObjectName(QStringLiteral("yearsPrintButton"));
    connect(m_printButton, &QPushButton::clicked, this, &ProjectYearsView::printPreview);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_printButton);
    layout->addLayout(buttons);
    rebuild();
}

void ProjectYearsView::setYears(const QList<ProjectLinks::Year> &years, qint64 currentRecordId)
{
    m_model->setYears(years, currentRecordId);
    // Code, organisation and name only when they changed over the years (a rename, a
    // new code, a reorganisation): the panel's title already names the project.
    for (const int column : { int(ProjectYearsModel::CodeColumn), int(ProjectYearsModel::OrganisationColumn),
                              int(ProjectYearsModel::NameColumn) }) {
        bool same = true;
        for (int row = 1; row < m_model->rowCount() && same; ++row)
            same = m_model->index(row, column).data() == m_model->index(0, column).data();
        m_table->setColumnHidden(column, same);
    }
    // The table is as tall as its years (up to maxVisibleYears, then it scrolls): on a
    // short screen the panel scrolls as a whole rather than squeezing the table to a row.
    const int shown = std::clamp(m_model->rowCount(), 1, maxVisibleYears);
    const int rowHeight = m_model->rowCount() > 0 ? std::max(m_table->rowHeight(0), m_table->verticalHeader()->sectionSizeHint(0))
                                                  : m_table->verticalHeader()->defaultSectionSize();
    // Room for the horizontal scroll bar too: a narrow dock scrolls the columns.
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + shown * rowHeight
                            + 2 * m_table->frameWidth()
                            + m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_table));
    const int row = m_model->currentRow();
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, ProjectYearsModel::YearColumn));
    rebuild();
    updateRenameBar();
}

void ProjectYearsView::activate(const QModelIndex &index)
{
    if (!index.isValid() || index.data(ProjectYearsModel::CurrentRole).toBool())
        return;
    emit recordActivated(index.data(ProjectYearsModel::RecordIdRole).toLongLong());
}

bool ProjectYearsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            activate(m_table->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString ProjectYearsView::summaryText() const
{
    return m_summary->text();
}

QStringList ProjectYearsView::chartYears() const
{
    QStringList years;
    if (QChart *chart = m_chartView->chart()) {
        const auto axes = chart->axes(Qt::Horizontal);
        for (QAbstractAxis *axis : axes) {
            if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
                years = categories->categories();
        }
    }
    return years;
}

void ProjectYearsView::rebuild()
{
    const QList<ProjectLinks::Year> &years = m_model->years();
    m_table->setToolTip(tr("Double-click a year to show its record."));
    m_printButton->setText(tr("&Print…"));
    m_printButton->setToolTip(tr("Print the project's years: the summary, the figures and the chart"));
    m_printButton->setEnabled(!years.isEmpty());
    if (years.isEmpty()) {
        m_summary->setText(tr("This project has no other year in the database."));
    } else {
        const ProjectLinks::Year &first = years.constFirst();
        const ProjectLinks::Year &last = years.constLast();
        QString text = tr("%n fiscal year(s), %1 to %2.", "", int(years.size()))
                               .arg(RecordFormat::fiscalYear(first.fiscalYear),
                                    RecordFormat::fiscalYear(last.fiscalYear));
        if (first.budget && last.budget && *first.budget > 0 && years.size() > 1) {
            const double change = double(*last.budget) / double(*first.budget) - 1.0;
            const QString since = ProjectYearsModel::shortYear(first.fiscalYear);
            text += QLatin1Char(' ')
                    + (*last.budget == *first.budget
                               ? tr("Budget unchanged since %1.").arg(since)
                               : tr("Budget %1 since %2.")
                                         .arg((change > 0 ? QStringLiteral("+") : QString())
                                                      + RecordFormat::percent(change, 0),
                                              since));
        }
        m_summary->setText(text);
    }

    // Budget and settlement per year, oldest on the left (the report's colours).
    auto *chart = new QChart;
    const QFont font = this->font();
    ChartParts::styleChart(chart, font, tr("Budget and settlement by year"));
    chart->setTitleFont(ChartParts::scaledFont(font, 1.0, true));
    auto *budget = new QBarSet(HyokaChart::tr("Budget (予算額)"));
    auto *settlement = new QBarSet(HyokaChart::tr("Settlement (決算額)"));
    budget->setBrush(ChartParts::budgetBrush());
    settlement->setBrush(ChartParts::settlementBrush(true));
    QStringList labels;
    double max = 0;
    for (const ProjectLinks::Year &y : years) {
        labels << QString::number(y.fiscalYear);
        *budget << double(y.budget.value_or(0));
        *settlement << double(y.settlement.value_or(0));
        max = std::max({ max, double(y.budget.value_or(0)), double(y.settlement.value_or(0)) });
    }
    auto *series = new QBarSeries;
    series->append(budget);
    series->append(settlement);
    chart->addSeries(series);
    QBarCategoryAxis *categories = ChartParts::categoryAxis(labels, font);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    QCategoryAxis *values = ChartParts::moneyAxis(max, font, tr("Amount"));
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);

    // The rating as a line over the bars, on its own axis at the right: step 1 (the best)
    // at the top, as far down as the scale has steps. Years of another scale, or
    // without a rating, leave a gap.
    int ranks = 0;
    QString scale;
    for (const ProjectLinks::Year &y : years) {
        if (y.ratingRank > 0 && (scale.isEmpty() || y.ratingScale == scale)) {
            scale = y.ratingScale;
            ranks = std::max(ranks, y.ratingRanks);
        }
    }
    if (ranks > 1) {
        auto *rating = new QLineSeries;
        rating->setName(tr("Rating (%1, 1 = best)").arg(ScaleSteps::scaleName(scale)));
        rating->setPointsVisible(true);
        QPen pen(QColor(192, 57, 43));
        pen.setWidthF(2.5);
        rating->setPen(pen);
        for (int i = 0; i < years.size(); ++i) {
            const ProjectLinks::Year &y = years.at(i);
            if (y.ratingRank > 0 && y.ratingScale == scale)
                rating->append(i, y.ratingRank);
        }
        chart->addSeries(rating);
        auto *steps = new QValueAxis;
        steps->setRange(0.5, ranks + 0.5);
        steps->setTickType(QValueAxis::TicksDynamic);
        steps->setTickAnchor(1);
        steps->setTickInterval(1);
        steps->setLabelFormat(QStringLiteral("%d"));
        steps->setReverse(true);
        steps->setLabelsFont(ChartParts::scaledFont(font, 0.85, false));
        steps->setGridLineVisible(false);
        chart->addAxis(steps, Qt::AlignRight);
        rating->attachAxis(categories);
        rating->attachAxis(steps);
    }
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    if (old && old != chart)
        delete old;
}

void ProjectYearsView::updateRenameBar()
{
    const int row = m_table->currentIndex().row();
    const bool byName = row > 0 && row < m_model->years().size()
            && m_model->years().at(row).matched == u"name";
    m_renameBar->setVisible(byName);
    if (!byName)
        return;
    const ProjectLinks::Year &y = m_model->years().at(row);
    const bool confirmed = y.aliasState == u"confirmed";
    m_renameLabel->setText(confirmed ? tr("%1 continues the project of %2 (a rename, confirmed).")
                                               .arg(ProjectYearsModel::shortYear(y.fiscalYear),
                                                    ProjectYearsModel::shortYear(m_model->years().at(row - 1).fiscalYear))
                                     : tr("%1 was matched to %2 by its name (%3% alike): the same project?")
                                               .arg(ProjectYearsModel::shortYear(y.fiscalYear),
                                                    ProjectYearsModel::shortYear(m_model->years().at(row - 1).fiscalYear))
                                               .arg(qRound(y.similarity * 100)));
    m_sameButton->setText(tr("Same project"));
    m_sameButton->setToolTip(tr("Confirm the rename: the link stays through every later import"));
    m_sameButton->setVisible(!confirmed);
    m_otherButton->setText(tr("Not the same project"));
    m_otherButton->setToolTip(tr("Undo the rename: the record becomes a project of its own"));
}

void ProjectYearsView::render(QPainter *painter, const QRectF &target) const
{
    // The summary on top, the table's visible columns as text below it, the chart in
    // the rest: laid out in points so that a page and a screen look alike.
    painter->save();
    QFont font = this->font();
    font.setPointSizeF(9);
    painter->setFont(font);
    const QFontMetricsF metrics(font, painter->device());
    const qreal line = metrics.lineSpacing();
    QRectF area = target;
    QRectF used;
    painter->drawText(area, Qt::TextWordWrap, m_summary->text(), &used);
    area.setTop(used.bottom() + line * 0.5);
    const int columns = m_model->columnCount();
    QList<int> shown;
    for (int c = 0; c < columns; ++c) {
        if (!m_table->isColumnHidden(c) && c != ProjectYearsModel::LinkColumn)
            shown << c;
    }
    // Each column as wide as its widest text (bold), narrowed alike when they do not fit.
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold, painter->device());
    const qreal gap = metrics.averageCharWidth() * 2;
    QList<qreal> widths;
    for (const int c : std::as_const(shown)) {
        qreal w = boldMetrics.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString());
        for (int row = 0; row < m_model->rowCount(); ++row)
            w = std::max(w, boldMetrics.horizontalAdvance(m_model->index(row, c).data().toString()));
        widths << w + gap;
    }
    const qreal total = std::accumulate(widths.cbegin(), widths.cend(), 0.0);
    if (total > area.width()) {
        for (qreal &w : widths)
            w *= area.width() / total;
    }
    auto cell = [&](int i, qreal y, const QString &text, bool isBold) {
        const qreal left = std::accumulate(widths.cbegin(), widths.cbegin() + i, area.left());
        const qreal width = widths.at(i) - gap / 2;
        painter->setFont(isBold ? bold : font);
        painter->drawText(QRectF(left, y, width, line), Qt::AlignLeft | Qt::AlignVCenter,
                          (isBold ? boldMetrics : metrics).elidedText(text, Qt::ElideRight, width));
    };
    qreal y = area.top();
    for (int i = 0; i < shown.size(); ++i)
        cell(i, y, m_model->headerData(shown.at(i), Qt::Horizontal).toString(), true);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        y += line;
        for (int i = 0; i < shown.size(); ++i)
            cell(i, y, m_model->index(row, shown.at(i)).data().toString(), row == m_model->currentRow());
    }
    area.setTop(y + line * 1.5);
    painter->setFont(font);
    // The chart laid out for the page's size (in the screen's pixels, so that its text
    // keeps its point size), drawn, and given back its size on screen.
    if (QChart *chart = m_chartView->chart(); chart && area.height() > line * 4) {
        const qreal scale = painter->device()->logicalDpiX() / 96.0;
        const QSizeF onScreen = chart->size();
        const QSizeF onPage = area.size() / scale;
        chart->resize(onPage);
        m_chartView->scene()->render(painter, area, QRectF(chart->pos(), onPage));
        chart->resize(onScreen);
    }
    painter->restore();
}

void ProjectYearsView::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(m_summary->text());
    PrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Preview — %1").arg(tr("Years of the project")));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        QPainter painter(p);
        render(&painter, p->pageLayout().paintRectPixels(p->resolution()).translated(
                                 -p->pageLayout().paintRectPixels(p->resolution()).topLeft()));
    });
    dialog.exec();
}

void ProjectYearsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        rebuild();
        updateRenameBar();
    }
    QWidget::changeEvent(event);
}

} // namespace Hyoka

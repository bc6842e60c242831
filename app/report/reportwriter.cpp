#include "reportwriter.h"

#include "pdftextrepair.h"
#include "recordformat.h"
#include "reportlayout.h"
#include "reviewdatabase.h"
#include "reviewqueries.h"
#include "reviewrules.h"
#include "safecommit.h"
#include "yearchanges.h"
#include "yearrules.h"

#include <QApplication>
#include <QBuffer>
#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace Hyoka {

ReportWriter::ReportWriter(ReviewDatabase &db, const ReportOptions &options)
    : m_db(&db), m_options(options)
{
}

ReportWriter::ReportWriter(const ReportData &data, const ReportOptions &options)
    : m_options(options), m_data(std::make_unique<ReportData>(data))
{
}

std::optional<ReportData> ReportWriter::read(ReviewDatabase &db, const ReportOptions &options,
                                             QString *error)
{
    ReportWriter writer(db, options);
    if (!writer.prepare(error))
        return std::nullopt;
    return *writer.m_data;
}

ReportWriter::~ReportWriter() = default;

QString ReportWriter::title() const
{
    return m_options.title.isEmpty() ? tr("Evaluation summary report") : m_options.title;
}

QString ReportWriter::dateText() const
{
    const QDate date = m_options.date.isValid() ? m_options.date : QDate::currentDate();
    return QLocale().toString(date, QLocale::LongFormat);
}

bool ReportWriter::prepare(QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = tr("The report cannot be made: %1").arg(message);
        return false;
    };
    if (!m_db)
        return fail(tr("No review database is open."));
    ChartData data(*m_db);
    auto d = std::make_unique<ReportData>();
    d->title = title();
    d->date = dateText();
    d->filterDescription = m_options.filterDescription.isEmpty()
            ? describeFilter(m_options.filter)
            : m_options.filterDescription;
    d->reviewListTitle = m_options.reviewListTitle;
    d->customReviewList = bool(m_options.reviewList);
    d->font = m_options.font();
    QString queryError;
    const std::optional<QList<ChartData::BureauTotals>> bureaus = data.bureauTotals(m_options.filter, &queryError);
    if (!bureaus)
        return fail(queryError);
    d->bureaus = *bureaus;
    d->overall = ChartData::sum(*bureaus);
    const std::optional<QList<int>> years = data.fiscalYears(m_options.filter, &queryError);
    if (!years)
        return fail(queryError);
    d->years = *years;
    const std::optional<QList<ChartData::RatingMix>> mix = data.ratingMix(m_options.filter, &queryError);
    if (!mix)
        return fail(queryError);
    d->ratingMix = *mix;
    if (d->years.size() > 1) {
        // Two fiscal years or more: the changes since last year, per bureau.
        QString settingsError;
        d->belowTargetLevel = YearRules::loadSettings(*m_db, &settingsError).belowTargetLevel;
        const std::optional<QList<YearChanges::Bureau>> bureauChanges = YearChanges(*m_db).read(
                m_options.filter, m_options.maxChangeEntries, d->belowTargetLevel, &queryError);
        if (!bureauChanges)
            return fail(queryError);
        d->changes = *bureauChanges;
        const std::optional<QList<ChartData::YearTotals>> yearTotals =
                data.bureauYearTotals(m_options.filter, &queryError);
        if (!yearTotals)
            return fail(queryError);
        d->yearTotals = *yearTotals;
    }

    QList<ReportOptions::ReviewEntry> entries;
    qint64 available = 0;
    if (m_options.reviewList) {
        entries = m_options.reviewList(*m_db, m_options.filter);
        available = entries.size();
    } else {
        QString reviewError;
        entries = reviewEntries(*m_db, m_options.filter, qMax(0, m_options.maxReviewEntries),
                                &available, &reviewError);
        if (!reviewError.isEmpty())
            return fail(reviewError);
    }
    if (entries.size() > m_options.maxReviewEntries)
        entries.resize(qMax(0, m_options.maxReviewEntries));
    d->reviewOmitted = qMax<qint64>(0, available - entries.size());
    QList<qint64> ids;
    ids.reserve(entries.size());
    for (const ReportOptions::ReviewEntry &e : entries)
        ids << e.recordId;
    const std::optional<QList<ChartData::Project>> projects = data.projects(ids, &queryError);
    if (!projects)
        return fail(queryError);
    QHash<qint64, ChartData::Project> byId;
    for (const ChartData::Project &p : *projects)
        byId.insert(p.id, p);
    // Groups in the order of the bureau totals; bureaus the totals do not know last.
    QHash<QString, qsizetype> groupIndex;
    for (const ChartData::BureauTotals &t : std::as_const(d->bureaus)) {
        groupIndex.insert(t.bureau, d->review.size());
        d->review.append({ t.bureau, {} });
    }
    for (const ReportOptions::ReviewEntry &e : entries) {
        const auto it = byId.constFind(e.recordId);
        if (it == byId.cend())
            continue;
        if (!groupIndex.contains(it->bureau)) {
            groupIndex.insert(it->bureau, d->review.size());
            d->review.append({ it->bureau, {} });
        }
        d->review[groupIndex.value(it->bureau)].items.append({ *it, e });
        ++d->reviewCount;
    }
    d->review.removeIf([](const ReportData::ReviewGroup &g) { return g.items.isEmpty(); });
    m_data = std::move(d);
    return true;
}

bool ReportWriter::paint(QPagedPaintDevice *device, QString *error)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = tr("The report needs a QApplication to draw its charts");
        return false;
    }
    if (!m_data && !prepare(error))
        return false;
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter));
    // First pass: count the pages; second: paint them.
    ReportLayout counter(*m_data, device, nullptr, 0);
    counter.run();
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("The report cannot be painted on this device");
        return false;
    }
    ReportLayout pages(*m_data, device, &painter, counter.pages());
    pages.run();
    m_pageCount = pages.pages();
    if (!painter.end()) {
        if (error)
            *error = tr("The report could not be finished");
        return false;
    }
    return true;
}

bool ReportWriter::writePdf(ReviewDatabase &db, const ReportOptions &options,
                            const QString &path, QString *error)
{
    ReportWriter writer(db, options);
    return writer.prepare(error) && writer.write(path, error);
}

bool ReportWriter::writePdf(const ReportData &data, const ReportOptions &options,
                            const QString &path, QString *error)
{
    ReportWriter writer(data, options);
    return writer.write(path, error);
}

bool ReportWriter::write(const QString &path, QString *error)
{
    // Painted in memory first: the text maps are repaired before the file is written.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(300);
        pdf.setCreator(QStringLiteral("Hyoka ") + QCoreApplication::applicationVersion());
        pdf.setTitle(title());
        if (!paint(&pdf, error))
            return false;
    }
    buffer.close();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(PdfTextRepair::repair(buffer.data(), m_options.font())) < 0
        || !SafeCommit::commit(file)) {
        if (error)
            *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QList<ReportOptions::ReviewEntry> ReportWriter::reviewEntries(ReviewDatabase &db,
                                                             const RecordFilter &filter,
                                                             int limit, qint64 *total,
                                                             QString *error)
{
    QList<ReportOptions::ReviewEntry> entries;
    const RuleSettings settings = ReviewRules::loadSettings(db);
    const std::optional<QList<ReviewQueries::Candidate>> candidates =
            ReviewQueries::reviewCandidates(db, filter, settings, limit, total, error);
    if (!candidates)
        return entries;
    for (const ReviewQueries::Candidate &candidate : *candidates) {
        ReportOptions::ReviewEntry e;
        e.recordId = candidate.id;
        const Flag &flag = candidate.flag;
        if (flag.isActive()) {
            e.status = flag.reviewer.isEmpty()
                    ? Flag::statusLabel(flag.status)
                    : tr("%1 (%2)", "flag status and reviewer")
                              .arg(Flag::statusLabel(flag.status), flag.reviewer);
            QString reason = Flag::reasonLabel(flag.reason);
            if (!flag.reasonText.trimmed().isEmpty())
                reason = reason.isEmpty() ? flag.reasonText.trimmed()
                                          : tr("%1: %2", "flag reason and its free text")
                                                    .arg(reason, flag.reasonText.trimmed());
            if (!reason.isEmpty())
                e.reasons << reason;
            e.note = flag.note;
        }
        QList<ReviewRules::Finding> findings = ReviewRules::explain(candidate.record, settings);
        findings += YearRules::explainRecord(db, candidate.record.fiscalYear, candidate.record.identityKey(),
                                             settings.years);
        if (!findings.isEmpty() && !flag.isActive())
            e.status = tr("Suggested");
        for (const ReviewRules::Finding &f : findings)
            e.reasons << (f.details.isEmpty()
                                  ? f.title
                                  : tr("%1: %2", "rule and its numbers")
                                            .arg(f.title, f.details.join(QStringLiteral("; "))));
        entries << e;
    }
    return entries;
}

QString ReportWriter::describeFilter(const RecordFilter &filter)
{
    if (filter.isEmpty())
        return tr("none (all records)");
    QStringList parts;
    const QString search = filter.searchText.trimmed();
    if (!search.isEmpty())
        parts << tr("text “%1”").arg(search);
    if (!filter.fiscalYears.isEmpty()) {
        QStringList years;
        for (int y : filter.fiscalYears)
            years << (y == 0 ? tr("(no year)") : RecordFormat::fiscalYear(y));
        parts << tr("years: %1").arg(years.join(QStringLiteral(", ")));
    }
    if (!filter.bureaus.isEmpty()) {
        QStringList bureaus;
        for (const QString &b : filter.bureaus)
            bureaus << (b.isEmpty() ? tr("(no bureau)") : b);
        parts << tr("bureaus: %1").arg(bureaus.join(QStringLiteral("、")));
    }
    if (!filter.categories.isEmpty()) {
        QStringList categories;
        for (const QString &c : filter.categories)
            categories << (c.isEmpty() ? tr("(no category)") : c);
        parts << tr("categories: %1").arg(categories.join(QStringLiteral("、")));
    }
    if (!filter.levels.isEmpty()) {
        QStringList levels;
        for (int l : filter.levels)
            levels << (l == RecordFilter::noLevel ? tr("(no level)") : QString::number(l));
        parts << tr("levels: %1").arg(levels.join(QStringLiteral(", ")));
    }
    if (filter.underperformingOnly)
        parts << tr("underperforming only (levels 4–5)");
    if (!filter.flagStatuses.isEmpty()) {
        QStringList statuses;
        for (const QString &s : filter.flagStatuses)
            statuses << Flag::statusLabel(s);
        parts << tr("flags: %1").arg(statuses.join(QStringLiteral(", ")));
    }
    if (filter.suggested.contains(true) != filter.suggested.contains(false))
        parts << (filter.suggested.contains(true) ? tr("suggested by the review rules")
                                                  : tr("not suggested by the review rules"));
    return parts.join(QStringLiteral("; "));
}

} // namespace Hyoka

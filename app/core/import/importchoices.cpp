#include "importchoices.h"

#include "columnprofile.h"
#include "profilestore.h"
#include "recordsink.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Hyoka {

namespace {

// The preview wants rows, not records: the reader stops at its first table.
class NoSink : public RecordSink
{
public:
    bool addRecord(Record &&) override { return false; }
    void addWarning(const ImportWarning &) override { }
};

QString columnSpec(qsizetype column)
{
    return QStringLiteral("#%1").arg(column + 1);
}

bool isMoney(Field f)
{
    return f == Field::Budget || f == Field::Settlement || f == Field::Amount;
}

} // namespace

bool ImportChoices::canPreview(const QString &path)
{
    const SourceFormat format = RecordReader::detectFormat(path);
    return format == SourceFormat::Csv || format == SourceFormat::Xlsx;
}

bool ImportChoices::load(const QString &path, QString *error)
{
    m_path = path;
    m_overrides.clear();
    m_order.clear();
    m_reviewScale.clear();
    m_reviewFrom = 0;
    m_headerLine = 0;
    m_year = 0;
    if (!readPreview(error))
        return false;
    m_year = m_table.fiscalYear;
    return true;
}

bool ImportChoices::readPreview(QString *error)
{
    ReadOptions options;
    options.encoding = m_encoding;
    bool got = false;
    QString encoding;
    QString sheet;
    int titleYear = 0;
    options.onPreview = [&](const QList<SourceRow> &rows, const DetectedTable &table) {
        m_rows = rows;
        encoding = table.encoding;
        sheet = table.sheet;
        titleYear = table.fiscalYear;
        got = true;
        return false;
    };
    NoSink sink;
    QString readError;
    RecordReader::readFile(m_path, sink, options, &readError);
    if (!got || m_rows.isEmpty()) {
        if (error)
            *error = !readError.isEmpty() ? readError
                                          : tr("%1: no table to preview").arg(QFileInfo(m_path).fileName());
        return false;
    }
    recognize();
    m_table.encoding = encoding;
    m_table.sheet = sheet;
    m_table.fiscalYear = titleYear;
    return true;
}

void ImportChoices::recognize()
{
    const QString encoding = m_table.encoding;
    const QString sheet = m_table.sheet;
    const int titleYear = m_table.fiscalYear;
    m_table = ColumnRecognizer::recognize(m_rows, m_overrides, m_headerLine);
    // No row names a name column: the first row is the header until the user says otherwise.
    if (m_table.headerIndex < 0 && !m_rows.isEmpty())
        m_table = ColumnRecognizer::recognize(m_rows, m_overrides, m_rows.first().line);
    m_table.encoding = encoding;
    m_table.sheet = sheet;
    m_table.fiscalYear = titleYear;
    m_table.layout.setRatingOrder(m_order);
    // Another scale (or none): its review part as the database has it.
    const QString scale = ratingScaleId();
    if (scale != m_reviewScale) {
        m_reviewScale = scale;
        m_reviewFrom = scale.isEmpty() ? 0 : m_rules.reviewFrom(scale);
    }
}

void ImportChoices::setRuleSettings(const RuleSettings &rules)
{
    m_rules = rules;
    if (!m_reviewScale.isEmpty())
        m_reviewFrom = m_rules.reviewFrom(m_reviewScale);
}

bool ImportChoices::isKnownLayout() const
{
    const ColumnLayout &l = m_table.layout;
    return m_table.found
            && ((l.isRecordTable() && l.columnOf(Field::Level) >= 0)
                || l.exportColumn(QStringLiteral("rating_scale")) >= 0);
}

qsizetype ImportChoices::columnCount() const
{
    qsizetype n = m_table.layout.columnCount();
    for (const SourceRow &r : previewRows())
        n = std::max(n, r.cells.size());
    return n;
}

QString ImportChoices::header(qsizetype column) const
{
    return m_table.layout.header(column).simplified();
}

QString ImportChoices::reason(qsizetype column) const
{
    return column < m_table.layout.columnCount() ? m_table.layout.role(column).reason : QString();
}

QList<SourceRow> ImportChoices::previewRows() const
{
    if (m_table.firstDataIndex < 0)
        return {};
    return m_rows.mid(m_table.firstDataIndex, PreviewRows);
}

QList<int> ImportChoices::headerCandidates() const
{
    QList<int> lines;
    for (qsizetype i = 0; i < std::min<qsizetype>(m_rows.size(), ColumnRecognizer::HeaderScanRows); ++i)
        lines.append(m_rows.at(i).line);
    return lines;
}

void ImportChoices::setHeaderLine(int line)
{
    if (line == m_table.headerLine)
        return;
    m_headerLine = line;
    m_overrides.clear(); // another header row: other columns
    recognize();
}

bool ImportChoices::setEncoding(const QByteArray &encoding, QString *error)
{
    m_encoding = encoding;
    m_table.encoding.clear();
    return readPreview(error);
}

void ImportChoices::addOverride(const ColumnOverride &o)
{
    m_overrides.removeIf([&o](const ColumnOverride &x) { return x.column == o.column; });
    m_overrides.append(o);
    recognize();
}

void ImportChoices::setField(qsizetype column, Field f)
{
    if (column < 0 || column >= columnCount() || field(column) == f)
        return;
    ColumnOverride o { ColumnLayout::fieldKey(f), std::nullopt, 0, 0, columnSpec(column),
                       tr("chosen in the import dialog") };
    if (f == Field::Ignore) {
        o.field = QStringLiteral("ignore");
    } else if (f == Field::Amount) {
        const MoneyHeader m = parseMoneyHeader(header(column)).value_or(MoneyHeader {});
        o.field = QStringLiteral("amount");
        o.kind = m.kind;
        o.year = m.fiscalYear;
        o.yearOffset = m.yearOffset;
    }
    addOverride(o);
}

void ImportChoices::setMoney(qsizetype column, AmountKind kind, int year)
{
    if (column < 0 || column >= m_table.layout.columnCount())
        return;
    const std::optional<MoneyHeader> &current = m_table.layout.role(column).money;
    ColumnOverride o { QStringLiteral("amount"), kind, year, 0, columnSpec(column),
                       tr("chosen in the import dialog") };
    if (current) {
        o.thousandDivisor = current->thousandDivisor;
        o.thousandMultiplier = current->thousandMultiplier;
        if (year == 0 && current->fiscalYear == 0)
            o.yearOffset = current->yearOffset;
    }
    addOverride(o);
}

QString ImportChoices::ratingScaleId() const
{
    const std::optional<RatingScale> &scale = m_table.layout.ratingScale();
    return scale ? scale->id : QString();
}

void ImportChoices::moveRatingStep(int from, int to)
{
    QStringList steps = ratingSteps();
    if (from < 0 || from >= steps.size() || to < 0 || to >= steps.size() || from == to)
        return;
    steps.move(from, to);
    m_order = steps;
    m_table.layout.setRatingOrder(m_order);
}

QStringList ImportChoices::reviewSteps() const
{
    const QStringList steps = ratingSteps();
    return m_reviewFrom > 0 ? steps.mid(m_reviewFrom - 1) : QStringList();
}

void ImportChoices::setNeedsReview(const QString &step, bool needsReview)
{
    const QStringList steps = ratingSteps();
    const int rank = int(steps.indexOf(step)) + 1;
    if (rank == 0)
        return;
    const bool inPart = m_reviewFrom > 0 && rank >= m_reviewFrom;
    if (needsReview && !inPart)
        m_reviewFrom = rank;
    else if (!needsReview && inPart)
        m_reviewFrom = rank < steps.size() ? rank + 1 : 0;
}

void ImportChoices::setReviewSteps(const QStringList &review)
{
    const QStringList steps = ratingSteps();
    m_reviewFrom = 0;
    for (const QString &step : review) {
        const int rank = int(steps.indexOf(step)) + 1;
        if (rank > 0 && (m_reviewFrom == 0 || rank < m_reviewFrom))
            m_reviewFrom = rank;
    }
}

bool ImportChoices::applyReview(RuleSettings *rules) const
{
    const QString scale = ratingScaleId();
    if (scale.isEmpty())
        return false;
    if (scale == u"level") {
        if (m_reviewFrom < 1 || m_reviewFrom > 5 || rules->belowTargetLevel == m_reviewFrom)
            return false;
        rules->belowTargetLevel = m_reviewFrom;
        return true;
    }
    if (rules->reviewFrom(scale) == m_reviewFrom)
        return false;
    rules->reviewFromRank.insert(scale, m_reviewFrom);
    return true;
}

QJsonObject ImportChoices::profile() const
{
    QJsonObject p = ColumnProfile::toJson(m_table, QFileInfo(m_path).fileName());
    p.insert(QStringLiteral("year"), m_year > 0 ? QJsonValue(m_year) : QJsonValue(QJsonValue::Null));
    QJsonObject fields = p.value(QStringLiteral("fields")).toObject();
    if (fields.contains(QStringLiteral("rating"))) {
        QJsonObject rating = fields.value(QStringLiteral("rating")).toObject();
        QJsonObject scale = rating.value(QStringLiteral("scale")).toObject();
        if (!scale.isEmpty()) {
            scale.insert(QStringLiteral("review"), QJsonArray::fromStringList(reviewSteps()));
            rating.insert(QStringLiteral("scale"), scale);
            fields.insert(QStringLiteral("rating"), rating);
            p.insert(QStringLiteral("fields"), fields);
        }
    }
    // Every field the dialog left without a column stays so when the profile is read.
    QJsonArray notFound = p.value(QStringLiteral("not_found")).toArray();
    for (int i = int(Field::FiscalYear); i <= int(Field::RefPage); ++i) {
        const Field f = Field(i);
        const QString key = ColumnLayout::fieldKey(f);
        if (key.isEmpty() || isMoney(f) || fields.contains(key) || notFound.contains(key))
            continue;
        notFound.append(key);
    }
    p.insert(QStringLiteral("not_found"), notFound);
    return p;
}

ReadOptions ImportChoices::readOptions() const
{
    ReadOptions options;
    QString error;
    ColumnProfile::apply(profile(), tr("import dialog"), &options, &error);
    return options;
}

QString ImportChoices::profileText() const
{
    return QString::fromUtf8(QJsonDocument(profile()).toJson(QJsonDocument::Indented));
}

QString ImportChoices::suggestedPattern() const
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QString name = QFileInfo(m_path).fileName();
    return name.replace(digits, QStringLiteral("*"));
}

} // namespace Hyoka

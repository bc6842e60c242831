// Recognition from the values of a column (docs/column-recognition.md, "Values").
#include "columnrecognizer.h"

#include "textnormaliser.h"

#include <QRegularExpression>

namespace Hyoka {

namespace {

QStringList columnValues(const QList<SourceRow> &rows, qsizetype column)
{
    QStringList values;
    values.reserve(rows.size());
    for (const SourceRow &r : rows) {
        const QString v = TextNormaliser::cleanText(r.cells.value(column));
        if (!v.isEmpty())
            values.append(v);
    }
    return values;
}

int percent(qsizetype part, qsizetype whole)
{
    return whole > 0 ? int(part * 100 / whole) : 0;
}

// Share of `values` that match `re` (after NFKC), in percent.
int matching(const QStringList &values, const QRegularExpression &re)
{
    qsizetype n = 0;
    for (const QString &v : values)
        n += re.match(v.normalized(QString::NormalizationForm_KC)).hasMatch() ? 1 : 0;
    return percent(n, values.size());
}

double meanLength(const QStringList &values)
{
    if (values.isEmpty())
        return 0;
    qsizetype total = 0;
    for (const QString &v : values)
        total += v.size();
    return double(total) / double(values.size());
}

} // namespace

void ColumnRecognizer::detectFromValues(DetectedTable &t, const QList<SourceRow> &rows)
{
    ColumnLayout &layout = t.layout;
    const qsizetype columns = layout.columnCount();
    const qsizetype rowCount = rows.size();
    if (rowCount == 0)
        return;

    // A column of 4–6-digit strings is a code (when no header names one).
    static const QRegularExpression shortCode(QStringLiteral("^\\d{4,6}$"));
    if (layout.columnOf(Field::Code) < 0) {
        for (qsizetype c = 0; c < columns; ++c) {
            if (layout.field(c) != Field::Ignore)
                continue;
            const QStringList values = columnValues(rows, c);
            const int share = matching(values, shortCode);
            if (percent(values.size(), rowCount) >= 50 && share >= 90) {
                layout.setRole(c, Field::Code,
                               tr("values: 4–6 digit strings in %1% of rows").arg(share));
                break;
            }
        }
    }

    // 市民生活部市民環境課 in a 部 (or 部署) column: 部 and 課 in one cell.
    static const QRegularExpression bureauAndDivision(QStringLiteral("^.+?[部局].+[課室係]"));
    const qsizetype bureau = layout.columnOf(Field::Bureau);
    if (bureau >= 0 && layout.columnOf(Field::Division) < 0) {
        const QStringList values = columnValues(rows, bureau);
        const int share = matching(values, bureauAndDivision);
        if (!values.isEmpty() && share >= 80)
            layout.setRole(bureau, Field::Organisation,
                           tr("header %1; values: 部 and 課 in one cell in %2% of rows")
                                   .arg(TextNormaliser::cleanText(layout.header(bureau)))
                                   .arg(share));
    }

    // Ratings: the verdict's scale from its values; grades beside it; a column whose
    // short values are on a scale (A_…, B_…) when no header names one.
    std::optional<qsizetype> verdict;
    std::optional<RatingScale> verdictScale;
    const QList<qsizetype> named = layout.columnsOf(Field::Rating);
    QList<qsizetype> candidates = named;
    for (qsizetype c = 0; c < columns; ++c) {
        // A second verdict header (the first column named wins in the header match).
        const bool secondVerdict = layout.field(c) == Field::Ignore
                && ColumnLayout::fieldForHeader(layout.header(c)) == Field::Rating;
        const bool unnamed = named.isEmpty() && layout.columnOf(Field::Level) < 0
                && layout.field(c) == Field::Ignore
                && ColumnLayout::fieldForHeader(layout.header(c)) == Field::Ignore;
        if (secondVerdict || unnamed)
            candidates.append(c);
    }
    for (qsizetype c : std::as_const(candidates)) {
        const QStringList values = columnValues(rows, c);
        if (values.isEmpty() || meanLength(values) > 40)
            continue;
        const std::optional<RatingScale> scale = RatingScales::detect(values);
        if (!scale)
            continue;
        const bool byValues = !named.contains(c);
        const QString reason = byValues
                ? tr("values: a rating on the %1 scale (%2)").arg(scale->id, scale->steps.join(u'/'))
                : tr("header %1; values on the %2 scale")
                          .arg(TextNormaliser::cleanText(layout.header(c)), scale->id);
        if (scale->id == u"grades") {
            if (layout.columnOf(Field::Grades) < 0) {
                layout.setRole(c, Field::Grades, reason);
                layout.setGradesScale(scale);
            }
            continue;
        }
        if (!verdict) {
            verdict = c;
            verdictScale = scale;
            layout.setRole(c, Field::Rating, reason);
        }
    }
    if (verdict) {
        layout.setRatingScale(verdictScale);
    } else if (!named.isEmpty() && layout.columnOf(Field::Rating) < 0 && layout.columnOf(Field::Grades) >= 0) {
        // Only grades were found: they are the rating.
    } else if (!named.isEmpty()) {
        // A verdict header whose values are on no known scale: the first one, labels only.
        for (qsizetype c : named) {
            if (layout.field(c) == Field::Rating) {
                layout.setRole(c, Field::Rating,
                               tr("header %1; its values are on no known scale (labels kept, no rank)")
                                       .arg(TextNormaliser::cleanText(layout.header(c))));
                break;
            }
        }
    }
}

void ColumnRecognizer::decideCodeStyle(DetectedTable &t, const QList<SourceRow> &rows)
{
    // Kawasaki's 8-digit 事務事業コード is padded with a warning; every other code is
    // kept exactly as published.
    const qsizetype code = t.layout.columnOf(Field::Code);
    if (code < 0) {
        t.layout.setPadCodes(false);
        return;
    }
    static const QRegularExpression eight(QStringLiteral("^\\d{8}$"));
    const QStringList values = columnValues(rows, code);
    t.layout.setPadCodes(values.isEmpty() || matching(values, eight) >= 50);
}

} // namespace Hyoka

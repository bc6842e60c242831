#include "columnrecognizer.h"

#include "textnormaliser.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Hyoka {

QString ColumnRecognizer::headerKey(const QString &text)
{
    QString s = TextNormaliser::stripHtml(text).normalized(QString::NormalizationForm_KC);
    s.removeIf([](QChar c) { return c.isSpace(); });
    return s.toCaseFolded();
}

QString ColumnRecognizer::columnLetter(qsizetype column)
{
    QString letters;
    for (qsizetype n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + char16_t((n - 1) % 26)));
    return letters;
}

qsizetype ColumnRecognizer::resolveColumn(const QString &spec, const QStringList &headers)
{
    const QString s = spec.trimmed();
    if (s.isEmpty())
        return -1;
    static const QRegularExpression number(QStringLiteral("^#(\\d{1,5})$"));
    if (const auto m = number.match(s); m.hasMatch())
        return m.captured(1).toInt() - 1;
    const QString key = headerKey(s);
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (headerKey(headers.at(i)) == key)
            return i;
    }
    static const QRegularExpression letters(QStringLiteral("^[A-Za-z]{1,3}$"));
    if (letters.match(s).hasMatch()) {
        qsizetype col = 0;
        for (QChar c : s.toUpper())
            col = col * 26 + (c.unicode() - u'A' + 1);
        return col - 1;
    }
    return -1;
}

QStringList DetectedTable::notFound() const
{
    static const Field wanted[] = { Field::FiscalYear, Field::Bureau, Field::Division, Field::Code,
                                    Field::Name, Field::Category, Field::Summary,
                                    Field::Achievements, Field::Budget, Field::Settlement,
                                    Field::Rating, Field::RefPage };
    QStringList missing;
    for (Field f : wanted) {
        bool have = layout.columnOf(f) >= 0;
        if (f == Field::Bureau || f == Field::Division)
            have = have || layout.columnOf(Field::Organisation) >= 0;
        if (f == Field::Rating)
            have = have || layout.columnOf(Field::Level) >= 0;
        for (qsizetype c : layout.moneyColumns()) {
            const AmountKind k = layout.role(c).money->kind;
            if (f == Field::Budget)
                have = have || k == AmountKind::Budget;
            if (f == Field::Settlement)
                have = have || k == AmountKind::Settlement || k == AmountKind::SettlementEstimate;
        }
        if (!have)
            missing.append(ColumnLayout::fieldKey(f));
    }
    return missing;
}

namespace {

int nonEmptyCount(const QStringList &cells)
{
    int n = 0;
    for (const QString &c : cells)
        n += c.trimmed().isEmpty() ? 0 : 1;
    return n;
}

// How well a row reads as a header: the distinct fields it names.
int headerScore(const ColumnLayout &layout)
{
    QSet<int> fields;
    for (qsizetype i = 0; i < layout.columnCount(); ++i) {
        if (layout.field(i) != Field::Ignore)
            fields.insert(int(layout.field(i)));
    }
    return int(fields.size());
}

// A row above the header that labels blocks of its columns (令和4年度 | | | 令和5年度 …):
// carried to the right and put before each header text of its block.
QStringList withBand(const QStringList &band, const QStringList &header)
{
    QStringList merged = header;
    QString carried;
    for (qsizetype i = 0; i < merged.size(); ++i) {
        const QString b = band.value(i).trimmed();
        if (!b.isEmpty())
            carried = b;
        if (!carried.isEmpty() && !merged.at(i).trimmed().isEmpty())
            merged[i] = carried + u' ' + merged.at(i);
    }
    return merged;
}

bool hasRepeatedHeader(const QStringList &header)
{
    QSet<QString> seen;
    for (const QString &h : header) {
        const QString k = ColumnRecognizer::headerKey(h);
        if (k.isEmpty())
            continue;
        if (seen.contains(k))
            return true;
        seen.insert(k);
    }
    return false;
}

// The second row of a two-row header: no name, and every non-empty cell names a field.
bool isSubHeader(const QStringList &cells, const ColumnLayout &layout)
{
    const qsizetype nameColumn = layout.columnOf(Field::Name);
    if (nameColumn >= 0 && nameColumn < cells.size() && !cells.at(nameColumn).trimmed().isEmpty())
        return false;
    const qsizetype codeColumn = layout.columnOf(Field::Code);
    if (codeColumn >= 0 && codeColumn < cells.size() && !cells.at(codeColumn).trimmed().isEmpty())
        return false;
    bool any = false;
    for (const QString &cell : cells) {
        if (cell.trimmed().isEmpty())
            continue;
        if (ColumnLayout::fieldForHeader(cell) == Field::Ignore && !parseMoneyHeader(cell))
            return false;
        any = true;
    }
    return any;
}

bool overridesName(const QList<ColumnOverride> &overrides)
{
    for (const ColumnOverride &o : overrides) {
        if (o.field == u"name" && o.column.trimmed().toLower() != u"none")
            return true;
    }
    return false;
}

} // namespace

DetectedTable ColumnRecognizer::recognize(const QList<SourceRow> &rows,
                                          const QList<ColumnOverride> &overrides, int headerLine)
{
    DetectedTable t;
    const bool nameGiven = overridesName(overrides);
    int best = -1;
    int bestScore = -1;
    const int scan = std::min<int>(int(rows.size()), HeaderScanRows);
    for (int i = 0; i < scan; ++i) {
        if (headerLine > 0) {
            if (rows.at(i).line == headerLine) {
                best = i;
                break;
            }
            continue;
        }
        const ColumnLayout layout = ColumnLayout::fromHeader(rows.at(i).cells);
        if (!layout.hasName() && !nameGiven)
            continue;
        int score = headerScore(layout) + (layout.hasName() ? 1 : 0);
        // A row holding a header text that --map names is the header.
        for (const ColumnOverride &o : overrides) {
            const QString key = headerKey(o.column);
            for (const QString &cell : rows.at(i).cells)
                score += !key.isEmpty() && headerKey(cell) == key ? 10 : 0;
        }
        if (score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    if (best < 0)
        return t;

    QStringList header = rows.at(best).cells;
    t.titleRows = best;
    if (best > 0 && hasRepeatedHeader(header)) {
        const QStringList &band = rows.at(best - 1).cells;
        if (nonEmptyCount(band) >= 2 && nonEmptyCount(band) < nonEmptyCount(header)) {
            header = withBand(band, header);
            t.titleRows = best - 1;
        }
    }
    t.layout = ColumnLayout::fromHeader(header);
    // A block label names the year of what is below it; a header that names nothing on
    // its own (項目1) names nothing with it either.
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString own = rows.at(best).cells.value(i);
        if (header.at(i) != own && ColumnLayout::fieldForHeader(own) == Field::Ignore
            && !parseMoneyHeader(own))
            t.layout.setRole(i, Field::Ignore, QString());
    }
    t.headerIndex = best;
    t.headerLine = rows.at(best).line;
    t.firstDataIndex = best + 1;
    if (t.firstDataIndex < rows.size() && isSubHeader(rows.at(t.firstDataIndex).cells, t.layout)) {
        t.layout.mergeSubHeader(rows.at(t.firstDataIndex).cells);
        ++t.firstDataIndex;
    }

    QHash<QString, QList<qsizetype>> seen;
    QStringList order;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString k = headerKey(rows.at(best).cells.value(i));
        if (k.isEmpty())
            continue;
        if (!seen.contains(k))
            order.append(k);
        seen[k].append(i);
    }
    for (const QString &k : std::as_const(order)) {
        const QList<qsizetype> columns = seen.value(k);
        if (columns.size() > 1)
            t.repeatedHeaders.append({ TextNormaliser::cleanText(rows.at(best).cells.at(columns.first())), columns });
    }

    const QList<SourceRow> data = rows.mid(t.firstDataIndex);
    detectFromValues(t, data);
    applyOverrides(t, data, overrides);
    decideCodeStyle(t, data);
    t.found = t.layout.hasName();
    return t;
}

void ColumnRecognizer::applyOverrides(DetectedTable &t, const QList<SourceRow> &rows,
                                      const QList<ColumnOverride> &overrides)
{
    for (const ColumnOverride &o : overrides) {
        const bool none = o.column.trimmed().isEmpty() || o.column.trimmed().toLower() == u"none";
        std::optional<Field> field;
        if (o.field == u"amounts") {
            for (qsizetype c : t.layout.moneyColumns())
                t.layout.setRole(c, Field::Ignore, QString());
            continue;
        }
        if (o.field == u"ignore") { // one column left out (the import dialog)
            const qsizetype column = resolveColumn(o.column, t.layout.headers());
            if (column >= 0)
                t.layout.setRole(column, Field::Ignore, o.source);
            continue;
        }
        if (o.kind) {
            field = Field::Amount;
        } else {
            field = ColumnLayout::fieldForKey(o.field);
        }
        if (!field) {
            t.problems.append(tr("%1: no field \"%2\"").arg(o.source, o.field));
            continue;
        }
        if (none) {
            if (*field != Field::Amount)
                t.layout.clearField(*field);
            continue;
        }
        const qsizetype column = resolveColumn(o.column, t.layout.headers());
        if (column < 0) {
            t.problems.append(tr("%1: %2=%3 names no column of the header (line %4)")
                                      .arg(o.source, o.field, o.column)
                                      .arg(t.headerLine));
            continue;
        }
        std::optional<MoneyHeader> money;
        if (o.kind || *field == Field::Budget || *field == Field::Settlement) {
            money = parseMoneyHeader(t.layout.header(column)).value_or(MoneyHeader {});
            if (o.kind) {
                money->kind = *o.kind;
                money->fiscalYear = o.year;
                money->yearOffset = o.year > 0 ? 0 : o.yearOffset;
            } else {
                money->kind = *field == Field::Budget ? AmountKind::Budget
                        : money->kind == AmountKind::SettlementEstimate ? AmountKind::SettlementEstimate
                                                                        : AmountKind::Settlement;
                money->fiscalYear = 0;
                money->yearOffset = 0;
            }
            if (o.thousandDivisor > 0)
                money->thousandDivisor = o.thousandDivisor;
            if (o.thousandMultiplier > 0)
                money->thousandMultiplier = o.thousandMultiplier;
            if (money->thousandDivisor <= 0)
                money->thousandDivisor = 1;
            if (money->thousandMultiplier <= 0)
                money->thousandMultiplier = 1;
        }
        t.layout.setRole(column, *field, o.source, money);
        if (*field == Field::Rating || *field == Field::Grades) {
            QStringList values;
            for (const SourceRow &r : rows)
                values.append(r.cells.value(column));
            const std::optional<RatingScale> scale = RatingScales::detect(values);
            if (*field == Field::Rating)
                t.layout.setRatingScale(scale);
            else
                t.layout.setGradesScale(scale);
        }
    }
}

} // namespace Hyoka

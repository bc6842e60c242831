#include "recordformat.h"

#include "levelcolors.h"

#include <QLocale>

#include <cmath>

namespace Hyoka {

QString RecordFormat::money(qint64 thousandYen)
{
    return QLocale().toString(thousandYen);
}

QString RecordFormat::money(const std::optional<qint64> &thousandYen)
{
    return thousandYen ? money(*thousandYen) : missing();
}

QString RecordFormat::number(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::abs(value) < 1e15)
        return QLocale().toString(qint64(value));
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

QString RecordFormat::percent(double ratio, int decimals)
{
    return tr("%1%", "a percentage").arg(QLocale().toString(ratio * 100.0, 'f', decimals));
}

QString RecordFormat::percent(const std::optional<double> &ratio)
{
    return ratio ? percent(*ratio) : missing();
}

QString RecordFormat::missing()
{
    return QStringLiteral("—");
}

QString RecordFormat::levelLabel(int level)
{
    // The five achievement levels of docs/formats.md#levels; the Japanese translations are the
    // official wording (TextNormaliser::levelLabel()).
    static const char *const labels[] = {
        QT_TR_NOOP("far above target"),
        QT_TR_NOOP("above target"),
        QT_TR_NOOP("roughly on target"),
        QT_TR_NOOP("below target"),
        QT_TR_NOOP("far below target"),
    };
    if (level < 1 || level > 5)
        return QString();
    return tr(labels[level - 1]);
}

QString RecordFormat::levelText(int level)
{
    return tr("%1 – %2", "achievement level number and label").arg(level).arg(levelLabel(level));
}

QString RecordFormat::fiscalYear(int year)
{
    if (year >= 2019)
        return tr("FY%1 (Reiwa %2)").arg(year).arg(year - 2018);
    if (year >= 1989)
        return tr("FY%1 (Heisei %2)").arg(year).arg(year - 1988);
    return tr("FY%1").arg(year);
}

QString RecordFormat::refPage(const std::optional<int> &page)
{
    return page ? tr("p. %1").arg(*page) : missing();
}

QColor RecordFormat::levelBackground(int level)
{
    return LevelColors::background(level); // the one place level colours are chosen
}

QColor RecordFormat::unusualRateBackground()
{
    return QColor(155, 89, 182, 80); // violet: not to be confused with the level colours
}

QColor RecordFormat::lowAttainmentColor()
{
    return QColor(220, 53, 69);
}

QColor RecordFormat::attainmentColor()
{
    return QColor(46, 160, 67);
}

} // namespace Hyoka

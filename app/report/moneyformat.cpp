#include "moneyformat.h"

#include <QLocale>

#include <cmath>

namespace Hyoka {

bool MoneyFormat::usesManOku()
{
    const QLocale::Language language = QLocale().language();
    return language == QLocale::Japanese || language == QLocale::Chinese;
}

QString MoneyFormat::thousandYen(qint64 value)
{
    if (usesManOku())
        return tr("%1千円").arg(QLocale().toString(value));
    return tr("%1 thousand yen").arg(QLocale().toString(value));
}

QString MoneyFormat::readable(qint64 thousandYen)
{
    const QLocale locale;
    const qint64 yen = thousandYen * 1000;
    const qint64 absYen = yen < 0 ? -yen : yen;
    const QString sign = yen < 0 ? QStringLiteral("-") : QString();
    if (usesManOku()) {
        // 億 and 万 parts, rounded to 万円: 59,353,314千円 → 593億5,331万円.
        const qint64 man = (absYen + 5000) / 10000;
        const qint64 oku = man / 10000;
        const qint64 restMan = man % 10000;
        if (oku > 0 && restMan > 0)
            return sign + tr("%1億%2万円")
                                  .arg(locale.toString(oku), locale.toString(restMan));
        if (oku > 0)
            return sign + tr("%1億円").arg(locale.toString(oku));
        if (man > 0)
            return sign + tr("%1万円").arg(locale.toString(man));
        return sign + tr("%1円").arg(locale.toString(absYen));
    }
    auto scaled = [&](double divisor) {
        const double v = double(absYen) / divisor;
        return locale.toString(v, 'f', v < 10 ? 2 : (v < 100 ? 1 : 0));
    };
    if (absYen >= 1000000000)
        return sign + tr("¥%1 billion").arg(scaled(1e9));
    if (absYen >= 1000000)
        return sign + tr("¥%1 million").arg(scaled(1e6));
    return sign + tr("¥%1").arg(locale.toString(absYen));
}

QString MoneyFormat::exactAndReadable(qint64 thousandYen)
{
    const qint64 absolute = thousandYen < 0 ? -thousandYen : thousandYen;
    if (absolute < 10)
        return MoneyFormat::thousandYen(thousandYen);
    return tr("%1 (%2)", "exact money, then a rounded reading")
            .arg(MoneyFormat::thousandYen(thousandYen), readable(thousandYen));
}

MoneyFormat::Unit MoneyFormat::axisUnit(double maxThousandYen)
{
    if (usesManOku()) {
        if (maxThousandYen >= 1e5)
            return { 1e5, tr("億円") };
        if (maxThousandYen >= 10)
            return { 10, tr("万円") };
        return { 1, tr("千円") };
    }
    if (maxThousandYen >= 1e6)
        return { 1e6, tr("billion yen") };
    if (maxThousandYen >= 1e3)
        return { 1e3, tr("million yen") };
    return { 1, tr("thousand yen") };
}

QString MoneyFormat::inUnit(double thousandYen, const Unit &unit, double stepInUnit)
{
    const double v = thousandYen / unit.divisor;
    int decimals = 0;
    if (stepInUnit > 0 && stepInUnit < 1)
        decimals = qBound(0, int(std::ceil(-std::log10(stepInUnit) - 1e-9)), 6);
    return QLocale().toString(v, 'f', decimals);
}

QString MoneyFormat::decade(int exponent)
{
    const QLocale locale;
    const int yenExponent = exponent + 3;
    auto power = [&](int e) { return locale.toString(qint64(std::llround(std::pow(10.0, e)))); };
    if (yenExponent < 0)
        return tr("¥%1").arg(locale.toString(std::pow(10.0, yenExponent), 'g', 3));
    if (usesManOku()) {
        if (yenExponent >= 8)
            return tr("%1億円").arg(power(yenExponent - 8));
        if (yenExponent >= 4)
            return tr("%1万円").arg(power(yenExponent - 4));
        return tr("%1円").arg(power(yenExponent));
    }
    if (yenExponent >= 9)
        return tr("¥%1 billion").arg(power(yenExponent - 9));
    if (yenExponent >= 6)
        return tr("¥%1 million").arg(power(yenExponent - 6));
    return tr("¥%1").arg(power(yenExponent));
}

QList<double> MoneyFormat::niceTicks(double min, double max, int targetTicks)
{
    if (!(max > min))
        max = min + 1;
    const double rough = (max - min) / qMax(1, targetTicks - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double m : { 1.0, 2.0, 5.0, 10.0 }) {
        step = m * magnitude;
        if (step >= rough)
            break;
    }
    QList<double> ticks;
    const double first = std::floor(min / step) * step;
    for (int i = 0; i < 1000; ++i) {
        const double v = first + i * step;
        ticks.append(std::abs(v) < step * 1e-9 ? 0.0 : v);
        if (v >= max - step * 1e-9)
            break;
    }
    return ticks;
}

} // namespace Hyoka

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Hyoka {

// Money for people, from thousand-yen (千円) figures: exact values with the locale's
// grouping, and the units a chart axis reads in — 万円/億円 when the UI speaks
// Japanese or Chinese (they group by 10⁴; those strings are written in Japanese in
// the source), million/billion yen otherwise.
// Used by the charts and the printed report.
class MoneyFormat
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::MoneyFormat)
public:
    // A unit for a whole axis: values are divided by `divisor` (in thousand yen).
    struct Unit
    {
        double divisor = 1;
        QString name; // 千円, 万円, 億円 / thousand yen, million yen, billion yen
    };

    // True when QLocale() groups money by 10⁴ (Japanese, Chinese).
    static bool usesManOku();

    // "59,353,314 千円" / "59,353,314 thousand yen".
    static QString thousandYen(qint64 value);
    // A rounded reading in the largest unit that fits: "593億5,331万円" / "¥59.4 billion".
    static QString readable(qint64 thousandYen);
    // The exact value followed by the readable one when they differ:
    // "59,353,314 千円 (593億5,331万円)".
    static QString exactAndReadable(qint64 thousandYen);

    // The unit a linear axis reaching `maxThousandYen` reads best in.
    static Unit axisUnit(double maxThousandYen);
    // `thousandYen` in `unit`, grouped, with as few decimals as the tick step needs.
    static QString inUnit(double thousandYen, const Unit &unit, double stepInUnit);
    // The label of the decade 10^exponent thousand yen on a logarithmic axis:
    // "10万円", "1億円", "1,000億円" / "¥100 thousand", "¥1 million".
    static QString decade(int exponent);

    // Round tick values from 0 (or `min`) to at least `max`: steps of 1, 2 or 5 × 10ⁿ,
    // about `targetTicks` of them. The last value is ≥ max.
    static QList<double> niceTicks(double min, double max, int targetTicks = 6);
};

} // namespace Hyoka

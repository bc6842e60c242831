#pragma once

#include "record.h"

#include <QStringList>

namespace Hyoka {

// Finds actual-vs-target figures in achievement texts (docs/formats.md#indicators), in every phrasing
// the published tables use: 「147,832人※目標 224,664人以上」, 「目標2,400か所のところ
// 実績1,785か所」, 「目標:172,000件、実績437,158件」, 「実績:年2回/目標:年8回」,
// 「目標6.5に対し結果5.5」, 「12人(目標29人)」 …
namespace IndicatorExtractor {

// Indicators of one achievement text, in order of appearance. A unit mismatch
// between actual and target keeps both figures and appends a warning.
QList<Indicator> extract(const QString &achievement, QStringList *warnings = nullptr);

// Indicators of all entries; each Indicator's achievementIndex says which entry.
QList<Indicator> extract(const QStringList &achievements, QStringList *warnings = nullptr);

} // namespace IndicatorExtractor
} // namespace Hyoka

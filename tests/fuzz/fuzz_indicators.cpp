// libFuzzer target: indicator extraction (docs/formats.md#indicators) and the normaliser it depends on.
// The input is one achievements cell as UTF-8; it is cleaned, split on ● and each
// entry searched for actual-vs-target figures, as the RecordBuilder does.
#include "indicatorextractor.h"
#include "textnormaliser.h"

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Hyoka;
    if (size > 64 * 1024)
        return 0; // an achievements cell; the readers cap far larger cells elsewhere
    const QString raw = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    QStringList warnings;
    const QList<Indicator> direct = IndicatorExtractor::extract(raw, &warnings);
    const QString cleaned = TextNormaliser::cleanText(raw);
    const QStringList entries = TextNormaliser::splitAchievements(cleaned);
    const QList<Indicator> all = IndicatorExtractor::extract(entries, &warnings);
    for (const Indicator &i : all) {
        if (i.achievementIndex < 0 || i.achievementIndex >= entries.size())
            __builtin_trap(); // every indicator names the entry it came from
        (void)i.ratio();
    }
    (void)direct;

    // The cell parsers the builder runs on the same kind of text.
    (void)TextNormaliser::parseInteger(raw);
    (void)TextNormaliser::parseLevel(raw);
    (void)TextNormaliser::parseRefPage(raw);
    (void)TextNormaliser::canonicalCategory(raw);
    (void)TextNormaliser::parseFiscalYear(raw);
    (void)TextNormaliser::searchKey(raw);
    return 0;
}

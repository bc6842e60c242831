#pragma once

#include "columnrecognizer.h"
#include "recordreader.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace Hyoka {

// A column mapping saved as a profile (docs/profiles.md): what `hyoka detect` prints,
// what `--profile FILE` reads back and what the database keeps per file-name pattern.
class ColumnProfile
{
    Q_DECLARE_TR_FUNCTIONS(Hyoka::ColumnProfile)
public:
    // The profile of a detected table.
    static QJsonObject toJson(const DetectedTable &table, const QString &fileName);
    // Turns a profile into overrides and read options; false with `error` when the
    // profile is not one. `source` is the reason its columns are given ("profile X").
    static bool apply(const QJsonObject &profile, const QString &source, ReadOptions *options,
                      QString *error);
    static bool applyText(const QByteArray &json, const QString &source, ReadOptions *options,
                          QString *error);
    // `--map FIELD=COLUMN`; FIELD a JSON key or KIND@YEAR (settlement@2024).
    static std::optional<ColumnOverride> parseMap(const QString &spec, QString *error);
    static QString kindKey(AmountKind kind);
    static std::optional<AmountKind> kindForKey(const QString &key);
    static QString unitText(int thousandDivisor, int thousandMultiplier);
};

} // namespace Hyoka

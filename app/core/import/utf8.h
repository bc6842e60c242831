#pragma once

#include <QByteArrayView>
#include <QString>

namespace Hyoka {

// UTF-8 to UTF-16 for the readers' hot loops. Qt's decoder takes some twenty
// instructions per byte of Japanese text (its fast path is for ASCII only); text
// that is valid UTF-8 is decoded here in a few. Anything else (an invalid or cut-off
// sequence, an overlong form, a surrogate) makes decode() return false, and the caller
// falls back to QStringDecoder for its replacement characters and error report.
namespace Utf8 {

// Decodes `bytes` into `out`; false, with `out` unspecified, when they are not valid UTF-8.
bool decode(QByteArrayView bytes, QString &out);

} // namespace Utf8
} // namespace Hyoka

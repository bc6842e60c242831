#include "clioutput.h"

#include <QStringList>

#include <cstdio>

namespace Hyoka::CliOutput {

// A message may carry a driver's text, and libpq's span lines ("FATAL: terminating
// connection …" / "server closed the connection unexpectedly" / "\tThis probably
// means …"): folded here into the one line the contract promises (docs/robustness.md).
static QString oneLine(const QString &text)
{
    QStringList parts;
    for (const QStringView part : QStringView(text).split(u'\n', Qt::SkipEmptyParts)) {
        const QStringView trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            parts.append(trimmed.toString());
    }
    return parts.join(u' ');
}

void error(const QString &line)
{
    const QByteArray bytes = oneLine(line).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

void info(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void out(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace Hyoka::CliOutput

#include "clioutput.h"

#include <QStringList>

#include <cstdio>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

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

std::optional<QString> askHidden(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt; // never wait for an answer nobody can give
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0)
        return std::nullopt;
    // Echo goes off before the question is shown, and without flushing: an answer
    // typed as soon as the question appears is kept.
    termios saved {};
    const bool terminal = tcgetattr(tty, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= tcflag_t(~ECHO);
        quiet.c_lflag |= ECHONL;
        tcsetattr(tty, TCSANOW, &quiet);
    }
    const QByteArray question = prompt.toUtf8();
    [[maybe_unused]] ssize_t written = ::write(tty, question.constData(), size_t(question.size()));
    QByteArray answer;
    bool ended = true;
    char c = 0;
    while (::read(tty, &c, 1) == 1) {
        if (c == '\n' || c == '\r') {
            ended = false;
            break;
        }
        answer.append(c);
    }
    if (terminal)
        tcsetattr(tty, TCSANOW, &saved);
    ::close(tty);
    if (ended && answer.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(answer);
}

} // namespace Hyoka::CliOutput

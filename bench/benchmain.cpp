// The `bench` executable: timing figures for issue 7, never pass/fail. One command per
// run so that each measurement (and its peak memory) starts from a fresh process:
//
//   bench parse FILE [--repeat N]          reader throughput, records counted not kept
//   bench import FILE DB                   RecordStore::importFile into a new database
//   bench importjob FILE DB                the same through the window's ImportJob, with
//                                          the longest stall of the GUI thread meanwhile
//   bench grid DB [--window]               open → first painted rows, sort, search
//   bench pdf FILE [--repeat N]            PDF reader pages/s against pdftotext -layout
//   bench years RECORDS YEARS DB           links across years, history, year rules
//
// DB is a SQLite file or a postgresql:// URL (an existing database; import and
// importjob empty only a file). tools/bench.sh runs them all and prints each figure
// with the command that made it.
#include "benchsupport.h"

#include <QApplication>
#include <QFile>

#include <cstring>

namespace HyokaBench {

qint64 procStatusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace HyokaBench

static int usage()
{
    std::fprintf(stderr,
                 "usage: bench parse FILE [--repeat N]\n"
                 "       bench import FILE DB\n"
                 "       bench importjob FILE DB\n"
                 "       bench grid DB [--window]\n"
                 "       bench pdf FILE [--repeat N]\n"
                 "       bench years RECORDS YEARS DB\n"
                 "       bench scales RECORDS DB\n");
    return 2;
}

int main(int argc, char **argv)
{
    // The grid needs widgets; the offscreen platform unless the caller chose one.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty())
        return usage();
    const QString command = args.takeFirst();
    if (command == u"parse")
        return HyokaBench::parseCommand(args);
    if (command == u"import")
        return HyokaBench::importCommand(args);
    if (command == u"importjob")
        return HyokaBench::importJobCommand(args);
    if (command == u"grid")
        return HyokaBench::gridCommand(args);
    if (command == u"pdf")
        return HyokaBench::pdfCommand(args);
    if (command == u"years")
        return HyokaBench::yearsCommand(args);
    if (command == u"scales")
        return HyokaBench::scalesCommand(args);
    return usage();
}

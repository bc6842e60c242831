// `bench pdf FILE [--repeat N]`: pages per second of the PDF reader (docs/pdf.md), and
// of `pdftotext -layout` on the same file in the same run, with their ratio.
#include "benchsupport.h"

#include "recordreader.h"

#include <poppler-qt6.h>

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>

namespace HyokaBench {

int pdfCommand(const QStringList &args)
{
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: bench pdf FILE [--repeat N]\n");
        return 2;
    }
    const QString file = args.at(0);
    const int repeat = args.size() > 2 && args.at(1) == u"--repeat" ? std::max(1, args.at(2).toInt()) : 5;
    const auto document = Poppler::Document::load(file);
    if (!document || document->isLocked()) {
        std::fprintf(stderr, "%s: cannot open\n", qPrintable(file));
        return 1;
    }
    const int pages = document->numPages();
    QList<double> hyoka, pdftotext;
    qint64 records = 0;
    for (int i = 0; i < repeat; ++i) {
        CountingSink sink;
        QString error;
        QElapsedTimer timer;
        timer.start();
        if (!Hyoka::RecordReader::readFile(file, sink, {}, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        hyoka.append(elapsedMs(timer));
        records = sink.records;
    }
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    for (int i = 0; tool.size() && i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        QProcess::execute(tool, { QStringLiteral("-layout"), file, QStringLiteral("/dev/null") });
        pdftotext.append(elapsedMs(timer));
    }
    const double ours = pages / (median(hyoka) / 1000);
    figure("pdf.pages", pages, "pages");
    figure("pdf.records", double(records), "records");
    figure("pdf.hyoka_pages_per_s_median", ours, "pages/s");
    if (!pdftotext.isEmpty()) {
        const double theirs = pages / (median(pdftotext) / 1000);
        figure("pdf.pdftotext_layout_pages_per_s_median", theirs, "pages/s");
        figure("pdf.ratio_hyoka_to_pdftotext", ours / theirs, "x");
    }
    return 0;
}

} // namespace HyokaBench

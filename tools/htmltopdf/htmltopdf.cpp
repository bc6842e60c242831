// htmltopdf — the second, independent producer of the PDF reader's test files
// (docs/pdf.md, "Test files"): Qt's QTextDocument laid out by QPdfWriter. A table's
// <thead> repeats on every page; QTextDocument::print() puts the page number in the
// footer. Usage: htmltopdf IN.html OUT.pdf [portrait|landscape]
#include <QFile>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

#include <cstdio>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: htmltopdf IN.html OUT.pdf [portrait|landscape]\n");
        return 2;
    }
    QFile in(args.at(1));
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: cannot open\n", qPrintable(args.at(1)));
        return 1;
    }
    QPdfWriter writer(args.at(2));
    writer.setCreator(QStringLiteral("Qt QTextDocument"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    const bool landscape = args.size() > 3 && args.at(3) == QLatin1String("landscape");
    writer.setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    QTextDocument document;
    document.setHtml(QString::fromUtf8(in.readAll()));
    document.print(&writer);
    return 0;
}

#pragma once

#include "recordreader.h"

#include <QList>
#include <QRectF>
#include <QString>

#include <memory>

namespace Poppler {
class Document;
}

// The PDF reader's entry points below RecordReader (docs/pdf.md): opening a document
// with the reader's refusals, and reading one with each record's row box, which the
// window outlines on the rendered page (PdfSourcePage).
namespace Hyoka::PdfReader {

// Where one record's row lies: its first page, its first text line there (the
// record's sourceLine) and the extent of its words on that page, in points.
struct RowBox
{
    int page = 0;
    int line = 0;
    QRectF box;
    QString code;
    QString name;
};

// The document in `bytes`, or nullptr with `error` naming `fileName` (too large,
// damaged, encrypted).
std::unique_ptr<Poppler::Document> open(const QByteArray &bytes, const QString &fileName,
                                        QString *error);

// Reads an opened document as read() does; when `rows` is given, it gets the row box
// of every record sent to the sink, in the same order.
bool readDocument(Poppler::Document &document, const QString &fileName, RecordSink &sink,
                  const ReadOptions &options, QString *error, QList<RowBox> *rows = nullptr);

} // namespace Hyoka::PdfReader

#pragma once

// What the import dialog's tests share: their input files and the choices and
// records made from them (tst_importdialog: the choices and the dialog;
// tst_importwindow: the window, the planner and the import job).
#include "importchoices.h"
#include "record.h"
#include "recordreader.h"
#include "recordsink.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace Hyoka::ImportDialogTest {

inline QStringList strings(std::initializer_list<const char16_t *> items)
{
    QStringList list;
    for (const char16_t *s : items)
        list.append(QString::fromUtf16(s));
    return list;
}

inline QString dataFile(const QString &name)
{
    return QStringLiteral(HYOKA_SOURCE_DIR "/tests/importdialog/data/") + name;
}

// The records a file gives with these options.
inline QList<Record> readWith(const QString &path, const ReadOptions &options)
{
    CollectingSink sink;
    QString error;
    if (!RecordReader::readFile(path, sink, options, &error))
        qWarning("%s", qPrintable(error));
    return sink.records;
}

// The choices of testcity_r6.csv with its name column (B, 件名) chosen.
inline ImportChoices withName()
{
    ImportChoices c;
    QString error;
    if (!c.load(dataFile(QStringLiteral("testcity_r6.csv")), &error))
        qWarning("%s", qPrintable(error));
    c.setField(1, Field::Name);
    c.setFiscalYear(2025); // the file names no year
    return c;
}

} // namespace Hyoka::ImportDialogTest

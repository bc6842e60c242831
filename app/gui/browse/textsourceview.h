#pragma once

#include "record.h"
#include "sourceexcerpt.h"

#include <QFutureWatcher>
#include <QHash>
#include <QThreadPool>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace Hyoka {

// The detail panel's source for a record read from a Markdown or CSV file: the lines
// around the record's line, numbered, the record's line highlighted, in a monospace
// read-only view; above them the file, the line and whether the file is still the one
// imported (SHA-256). For an XLSX record its sheet and row. The file is read on a worker
// thread of the view's own; a file no longer where it was imported from can be located
// (accepted only with the import's SHA-256). docs/years.md, "Show source".
class TextSourceView : public QWidget
{
    Q_OBJECT
public:
    explicit TextSourceView(QWidget *parent = nullptr);
    ~TextSourceView() override; // waits for a read in flight

    // Reads the lines of `record` (nothing for a record without a text source);
    // `import`: its import's row; `databaseDir`: where a relative path is looked for first.
    void showRecord(const std::optional<Record> &record, const SourceImport &import = {},
                    const QString &databaseDir = QString());
    bool isLoading() const { return m_wanted.has_value(); }
    const SourceExcerpt &shown() const { return m_shown; }
    QTextBrowser *textView() const { return m_text; }
    QPushButton *locateButton() const { return m_locate; }
    // The header as shown (file, line, import) and the warning line.
    QString headerText() const;
    QString warningText() const;
    // Uses `path` for the current record's file (what Locate… does after its dialog).
    void useFile(const QString &path);

signals:
    // The current record's lines (or its message) are on view.
    void excerptShown();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Request
    {
        Record record;
        SourceImport import;
        QString databaseDir;
        QString chosenPath;
    };
    void startRead();
    void readFinished();
    void display();
    void locate();
    void scrollToRecord();
    void retranslate();

    QThreadPool m_pool;
    QFutureWatcher<SourceExcerpt> m_watcher;
    std::optional<Request> m_wanted;  // the request whose lines should come next
    std::optional<Request> m_reading; // the request in flight
    std::optional<Request> m_current; // the request shown (or being read)
    SourceExcerpt m_shown;
    QHash<QString, QString> m_located; // stored path → the file the user located
    QString m_rejected;                // why the file last located was refused
    QLabel *m_header;
    QLabel *m_warning;
    QPushButton *m_locate;
    QTextBrowser *m_text;
};

} // namespace Hyoka

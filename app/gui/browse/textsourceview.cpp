#include "textsourceview.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Hyoka {

namespace {

template<typename Request>
bool sameRequest(const Request &a, const Request &b)
{
    return a && b && a->record.sourceFile == b->record.sourceFile
            && a->record.sourceLine == b->record.sourceLine
            && a->record.sourceSheet == b->record.sourceSheet && a->chosenPath == b->chosenPath
            && a->import.sha256 == b->import.sha256 && a->databaseDir == b->databaseDir;
}

// A spreadsheet column's letters: 0 → A, 26 → AA.
QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

QString dateTime(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

TextSourceView::TextSourceView(QWidget *parent)
    : QWidget(parent),
      m_header(new QLabel(this)),
      m_warning(new QLabel(this)),
      m_locate(new QPushButton(this)),
      m_text(new QTextBrowser(this))
{
    m_pool.setMaxThreadCount(1);
    m_header->setObjectName(QStringLiteral("sourceHeader"));
    m_warning->setObjectName(QStringLiteral("sourceWarning"));
    m_locate->setObjectName(QStringLiteral("sourceLocate"));
    m_text->setObjectName(QStringLiteral("sourceLines"));
    for (QLabel *label : { m_header, m_warning }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setTextFormat(Qt::PlainText);
    }
    m_warning->setStyleSheet(QStringLiteral(
            "QLabel { background-color: #fff4ce; color: #5c3b00; border: 1px solid #e0b000;"
            " border-radius: 3px; padding: 3px 6px; }"));
    m_text->setReadOnly(true);
    m_text->setOpenLinks(false);
    m_text->setLineWrapMode(QTextEdit::WidgetWidth);
    m_text->setMinimumHeight(60);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_text->document()->setDefaultFont(mono);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    // File and import above, then what is wrong, Locate… under it when the file is
    // gone, the lines below taking what the dock has left (the labels never grow: with
    // no lines on view the space stays under them).
    for (QLabel *label : { m_header, m_warning }) {
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    layout->addWidget(m_header);
    layout->addWidget(m_warning);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_locate);
    layout->addLayout(buttons);
    layout->addWidget(m_text, 1);
    layout->addStretch(0);
    connect(m_locate, &QPushButton::clicked, this, &TextSourceView::locate);
    connect(&m_watcher, &QFutureWatcher<SourceExcerpt>::finished, this, &TextSourceView::readFinished);
    retranslate();
    display();
}

void TextSourceView::retranslate()
{
    m_locate->setText(tr("Locate…"));
    m_locate->setToolTip(tr("Choose the file this record was imported from; it is used only if it "
                            "is the same file (SHA-256)"));
}

TextSourceView::~TextSourceView()
{
    m_watcher.disconnect(this);
    m_pool.waitForDone();
}

void TextSourceView::showRecord(const std::optional<Record> &record, const SourceImport &import,
                                const QString &databaseDir)
{
    if (!record || !SourceExcerpt::hasSource(*record)) {
        m_wanted.reset();
        m_current.reset();
        m_shown = SourceExcerpt();
        display();
        return;
    }
    Request request{ *record, import, databaseDir, m_located.value(record->sourceFile) };
    const std::optional<Request> wanted(request);
    if (sameRequest(wanted, m_current))
        return; // on view, or on its way
    m_current = wanted;
    m_wanted = wanted;
    m_rejected.clear();
    m_shown = SourceExcerpt();
    m_shown.storedPath = record->sourceFile;
    m_shown.line = record->sourceLine;
    display();
    if (!m_reading)
        startRead();
}

void TextSourceView::useFile(const QString &path)
{
    if (!m_current || path.isEmpty())
        return;
    Request request = *m_current;
    request.chosenPath = QFileInfo(path).absoluteFilePath();
    m_current = request;
    m_wanted = request;
    display();
    if (!m_reading)
        startRead();
}

void TextSourceView::startRead()
{
    // A located file gone since: the stored path again.
    if (!m_wanted->chosenPath.isEmpty() && !QFileInfo(m_wanted->chosenPath).isFile()) {
        if (m_located.value(m_wanted->record.sourceFile) == m_wanted->chosenPath)
            m_located.remove(m_wanted->record.sourceFile);
        const bool current = sameRequest(m_wanted, m_current);
        m_wanted->chosenPath.clear();
        if (current)
            m_current = m_wanted;
    }
    m_reading = m_wanted;
    const Request request = *m_reading;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [request] {
        return SourceExcerpt::read(request.record, request.import, request.databaseDir,
                                   request.chosenPath);
    }));
}

void TextSourceView::readFinished()
{
    const std::optional<Request> read = std::exchange(m_reading, std::nullopt);
    if (sameRequest(read, m_current)) {
        m_shown = m_watcher.result();
        m_wanted.reset();
        if (!read->chosenPath.isEmpty()) {
            if (m_shown.status == SourceExcerpt::Status::Missing) {
                // Refused: back to what the stored path gives, with the reason.
                m_located.remove(read->record.sourceFile);
                m_current->chosenPath.clear();
            } else {
                m_located.insert(read->record.sourceFile, read->chosenPath);
            }
        }
        display();
        emit excerptShown();
    } else if (m_wanted) {
        startRead(); // the current record changed meanwhile: its lines now
    }
}

QString TextSourceView::headerText() const
{
    return m_header->text();
}

QString TextSourceView::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

void TextSourceView::display()
{
    const SourceExcerpt &e = m_shown;
    using Status = SourceExcerpt::Status;
    QStringList header;
    if (m_wanted) {
        header << tr("Reading %1…").arg(QDir::toNativeSeparators(m_current->record.sourceFile));
    } else if (m_current) {
        const QString path = QDir::toNativeSeparators(e.filePath.isEmpty() ? e.storedPath : e.filePath);
        if (!e.sheet.isEmpty() || SourceExcerpt::isSheetRecord(m_current->record))
            header << tr("%1, sheet %2, row %3").arg(path, e.sheet).arg(e.line);
        else
            header << tr("%1, line %2").arg(path).arg(e.line);
        if (!e.encoding.isEmpty() && e.hasLines())
            header.last() += QStringLiteral(" (%1)").arg(e.encoding);
        const QString when = dateTime(e.import.importedAt);
        if (e.status == Status::Missing || e.filePath.isEmpty())
            ; // the message says it
        else if (e.import.sha256.isEmpty() || e.import.fileName != e.storedPath)
            header << (when.isEmpty() ? tr("No SHA-256 recorded for this import")
                                      : tr("Imported on %1; no SHA-256 recorded").arg(when));
        else if (e.status == Status::Changed)
            header << tr("Imported on %1; SHA-256 differs now").arg(when);
        else
            header << tr("Imported on %1; SHA-256 matches").arg(when);
    }
    m_header->setText(header.join(u'\n'));
    m_header->setVisible(!header.isEmpty());

    m_warning->setText(m_wanted ? QString() : e.message);
    m_warning->setVisible(!m_wanted && !e.message.isEmpty());
    m_locate->setVisible(!m_wanted && m_current && e.status == Status::Missing);

    const bool sheetRow = !m_wanted && m_current && !e.cells.isEmpty();
    if (sheetRow) {
        // An XLSX row: its cells one a line, by column letter.
        m_text->setVisible(true);
        QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">");
        for (int i = 0; i < e.cells.size(); ++i) {
            if (e.cells.at(i).isEmpty())
                continue;
            html += QStringLiteral("<tr><td align=\"right\" style=\"color:%1; white-space:pre;\">%2</td>"
                                   "<td style=\"white-space:pre-wrap;\">%3</td></tr>")
                            .arg(palette().color(QPalette::PlaceholderText).name(), columnName(i),
                                 e.cells.at(i).toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
        m_text->setHtml(html);
        return;
    }
    if (m_wanted || !e.hasLines()) {
        m_text->clear();
        if (!m_wanted && m_current && e.status == Status::Sheet)
            m_text->setPlainText(tr("Row %1 of sheet %2 is empty.").arg(e.line).arg(e.sheet));
        m_text->setVisible(!m_text->document()->isEmpty() || m_wanted);
        return;
    }
    m_text->setVisible(true);
    const int width = QString::number(e.firstLine + e.lines.size() - 1).size();
    const QColor numberColour = palette().color(QPalette::PlaceholderText);
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">");
    const int own = e.recordIndex();
    for (int i = 0; i < e.lines.size(); ++i) {
        const bool mine = i == own;
        const QString number = QString::number(e.firstLine + i).rightJustified(width, u' ');
        html += mine ? QStringLiteral("<tr style=\"background-color:#fff2a8;\">")
                     : QStringLiteral("<tr>");
        html += QStringLiteral("<td align=\"right\" style=\"color:%1; white-space:pre;\">%2%3</td>")
                        .arg(mine ? QStringLiteral("#000000") : numberColour.name(),
                             mine ? QStringLiteral("<a name=\"record\"></a><b>") : QString(),
                             number.toHtmlEscaped() + (mine ? QStringLiteral("</b>") : QString()));
        html += QStringLiteral("<td style=\"white-space:pre-wrap;%1\">%2</td></tr>")
                        .arg(mine ? QStringLiteral(" color:#000000;") : QString(),
                             e.lines.at(i).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_text->setHtml(html);
    scrollToRecord();
}

void TextSourceView::scrollToRecord()
{
    if (m_wanted || m_shown.recordIndex() < 0 || m_text->isHidden())
        return;
    // The record's line at the top, with the end of the line before it above.
    m_text->scrollToAnchor(QStringLiteral("record"));
    QScrollBar *bar = m_text->verticalScrollBar();
    const int above = int(2.5 * QFontMetrics(m_text->document()->defaultFont()).lineSpacing());
    if (bar->value() > 0)
        bar->setValue(std::max(0, bar->value() - above));
}

void TextSourceView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Lines wrap anew: the record's line back in view once they are laid out.
    QTimer::singleShot(0, this, &TextSourceView::scrollToRecord);
}

void TextSourceView::locate()
{
    if (!m_current)
        return;
    const QString stored = m_current->record.sourceFile;
    QString start = QFileInfo(stored).absolutePath();
    if (!QFileInfo(start).isDir())
        start = QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Locate %1").arg(QFileInfo(stored).fileName()), start,
            QStringLiteral("%1 (%1);;").arg(QFileInfo(stored).fileName()) + tr("All files (*)"));
    if (!path.isEmpty())
        useFile(path);
}

void TextSourceView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The messages come from the read: read again in the new language.
        if (m_current && !m_wanted) {
            m_wanted = m_current;
            if (!m_reading)
                startRead();
        }
        display();
    }
    QWidget::changeEvent(event);
}

} // namespace Hyoka

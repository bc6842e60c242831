#include "facetbutton.h"

#include "facetmodel.h"

#include <QEvent>
#include <QKeyEvent>
#include <QFontMetricsF>
#include <QtMath>
#include <QListView>
#include <QMenu>
#include <QMouseEvent>
#include <QScreen>
#include <QStyle>
#include <QWidgetAction>

#include <algorithm>

namespace Hyoka {

FacetButton::FacetButton(QWidget *parent)
    : QPushButton(parent), m_menu(new QMenu(this)), m_list(new QListView(m_menu))
{
    setMenu(m_menu); // a push button with a menu draws its arrow beside the text
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->viewport()->installEventFilter(this);
    m_list->installEventFilter(this);
    auto *listAction = new QWidgetAction(m_menu);
    listAction->setDefaultWidget(m_list);
    m_menu->addAction(listAction);
    m_menu->addSeparator();
    m_clearAction = m_menu->addAction(QString());
    connect(m_menu, &QMenu::aboutToShow, this, &FacetButton::fitPopup);
    connect(m_clearAction, &QAction::triggered, this, [this] {
        if (m_model)
            m_model->clearSelection();
    });
    updateText();
}

void FacetButton::setModel(FacetModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_list->setModel(model);
    if (m_model) {
        connect(m_model, &FacetModel::selectionChanged, this, &FacetButton::updateText);
        connect(m_model, &FacetModel::modelReset, this, &FacetButton::updateText);
        connect(m_model, &FacetModel::dataChanged, this, &FacetButton::updateText);
    }
    updateText();
}

void FacetButton::updateText()
{
    m_clearAction->setText(tr("Clear Selection"));
    if (!m_model) {
        m_fullText.clear();
        setText(QString());
        return;
    }
    const QString title = m_model->title();
    m_fullText = m_model->selectionSummary();
    setText(m_fullText);
    setAccessibleName(tr("%1 filter").arg(title));
    setToolTip(m_model->hasSelection() ? m_fullText : tr("Filter by %1").arg(title));
    m_clearAction->setEnabled(m_model->hasSelection());
    // A button with a selection stands out, like a pressed one.
    QFont f = font();
    f.setBold(m_model->hasSelection());
    setFont(f);
    updateGeometry();
    elide();
}

int FacetButton::textWidth(const QString &text) const
{
    // Rounded up: elidedText() compares the unrounded width.
    return qCeil(QFontMetricsF(font()).horizontalAdvance(text));
}

void FacetButton::elide()
{
    // The room the style leaves for text at this width.
    const int chrome = sizeHint().width() - textWidth(m_fullText);
    const QString shown = fontMetrics().elidedText(m_fullText, Qt::ElideRight, width() - chrome);
    if (shown != text())
        setText(shown);
}

void FacetButton::resizeEvent(QResizeEvent *event)
{
    QPushButton::resizeEvent(event);
    elide();
}

QSize FacetButton::sizeHint() const
{
    // Room for the menu arrow beside the text, which QPushButton does not keep.
    QSize size = QPushButton::sizeHint();
    size.rwidth() += style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, this);
    // As wide as the whole text, whatever is shown elided.
    size.rwidth() += textWidth(m_fullText) - textWidth(text());
    return size;
}

QSize FacetButton::minimumSizeHint() const
{
    QSize size = sizeHint();
    const int room = textWidth(QStringLiteral("国国…"));
    size.setWidth(std::min(size.width(), size.width() - textWidth(m_fullText) + room));
    return size;
}

void FacetButton::fitPopup()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 4);
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    const int height = std::clamp(rows * rowHeight + 2 * m_list->frameWidth() + 4, rowHeight,
                                  screen.height() / 2);
    const int width = std::clamp(m_list->sizeHintForColumn(0) + 32, this->width(),
                                 screen.width() / 2);
    m_list->setFixedSize(width, height);
    m_list->setFocus(Qt::PopupFocusReason);
    // The keyboard starts on the first value, ready for Space or Return.
    if (m_model && !m_list->currentIndex().isValid() && rows > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
}

void FacetButton::toggle(const QModelIndex &index)
{
    if (!m_model || !index.isValid())
        return;
    const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    m_model->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

bool FacetButton::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        // Space and Return toggle the current value and keep the menu open, as the
        // check boxes of a spreadsheet's filter list do; Escape closes it.
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter) {
            toggle(m_list->currentIndex());
            return true;
        }
    }
    // The event's type first: a list being destroyed must not be asked for its viewport.
    if ((event->type() == QEvent::MouseButtonRelease || event->type() == QEvent::MouseButtonDblClick)
        && m_model && watched == m_list->viewport()) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QModelIndex index = m_list->indexAt(mouse->position().toPoint());
        if (event->type() == QEvent::MouseButtonRelease && mouse->button() == Qt::LeftButton)
            toggle(index);
        return true; // the delegate would toggle the check box a second time
    }
    return QPushButton::eventFilter(watched, event);
}

void FacetButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateText();
    QPushButton::changeEvent(event);
}

} // namespace Hyoka

#pragma once

#include <QPushButton>

class QListView;
class QMenu;
class QModelIndex;

namespace Hyoka {

class FacetModel;

// A filter-bar button for one facet: its text says what is selected ("Bureau:
// 総務企画局"), its popup lists the values with their counts to check and uncheck
// (a click anywhere on a row toggles it, as do Space and Return). When the bar is narrow the
// text is elided (the tooltip has it whole) rather than widening the window.
class FacetButton : public QPushButton
{
    Q_OBJECT
public:
    explicit FacetButton(QWidget *parent = nullptr);

    void setModel(FacetModel *model);
    FacetModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }
    QMenu *popupMenu() const { return m_menu; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // What the button says when it has the room.
    QString fullText() const { return m_fullText; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateText();
    void toggle(const QModelIndex &index);
    void fitPopup();
    void elide();
    int textWidth(const QString &text) const;

    FacetModel *m_model = nullptr;
    QMenu *m_menu;
    QListView *m_list;
    QAction *m_clearAction;
    QString m_fullText;
};

} // namespace Hyoka

#pragma once

#include <QPushButton>

class QListView;
class QMenu;

namespace Hyoka {

class FacetModel;

// A filter-bar button for one facet: its text says what is selected ("Bureau:
// 総務企画局"), its popup lists the values with their counts to check and uncheck
// (a click anywhere on a row toggles it, as does Space).
class FacetButton : public QPushButton
{
    Q_OBJECT
public:
    explicit FacetButton(QWidget *parent = nullptr);

    void setModel(FacetModel *model);
    FacetModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }
    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateText();
    void fitPopup();

    FacetModel *m_model = nullptr;
    QMenu *m_menu;
    QListView *m_list;
    QAction *m_clearAction;
};

} // namespace Hyoka

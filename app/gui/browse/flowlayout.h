#pragma once

#include <QLayout>
#include <QList>

namespace Hyoka {

// A layout that puts its items in a row and wraps onto a new row when the width runs
// out (the filter bar on a narrow screen), like text. Items keep their size hints
// (clamped to the width); rows are as tall as their tallest item. The last item of a
// row that asks to expand horizontally (a search box) takes what is left of it.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 4);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int doLayout(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
};

} // namespace Hyoka

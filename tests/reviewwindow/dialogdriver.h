#pragma once

// Drives the next modal dialog a test opens: `act` runs once a dialog of type T is
// the active modal widget (polled every 20 ms, given up after 10 s).
#include <QApplication>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace DialogDriver {

// As onNext(), for the next dialog of type T that `accept` accepts (another may be
// still on screen when polling starts).
template<typename T>
void onNextWhere(const std::function<bool(T *)> &accept, const std::function<void(T *)> &act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, accept, act, tries] {
        T *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (dialog && !accept(dialog))
            dialog = nullptr;
        if (!dialog && ++*tries < 500)
            return;
        timer->stop();
        timer->deleteLater();
        if (dialog)
            act(dialog);
    });
    timer->start();
}

template<typename T>
void onNext(const std::function<void(T *)> &act)
{
    onNextWhere<T>([](T *) { return true; }, act);
}

// Saves `widget` as <name>.png into HYOKA_SCREENSHOT_DIR when that is set (to look at
// dialogs the way a user sees them).
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("HYOKA_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace DialogDriver

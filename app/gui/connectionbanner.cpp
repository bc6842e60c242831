#include "connectionbanner.h"

#include "connectionwatch.h"
#include "reviewdatabase.h"

#include <QBoxLayout>
#include <QLabel>

namespace Hyoka {

ConnectionBanner::ConnectionBanner(QBoxLayout *layout, int index, QObject *parent)
    : QObject(parent), m_label(new QLabel)
{
    m_label->setObjectName(QStringLiteral("connectionBanner"));
    m_label->setWordWrap(true);
    m_label->setMargin(4);
    m_label->setStyleSheet(QStringLiteral("QLabel { background-color: rgba(217, 83, 79, 60); "
                                          "border: 1px solid rgba(217, 83, 79, 200); border-radius: 3px; }"));
    m_label->hide();
    layout->insertWidget(index, m_label);
    retranslate();
}

ConnectionBanner::~ConnectionBanner() = default;

void ConnectionBanner::setDatabase(ReviewDatabase *db)
{
    m_watch.reset();
    m_waiting = 0;
    if (db && db->isPostgres()) {
        m_watch = std::make_unique<ConnectionWatch>(*db);
        connect(m_watch.get(), &ConnectionWatch::lost, this, [this] {
            update();
            emit lost();
        });
        connect(m_watch.get(), &ConnectionWatch::retrying, this, &ConnectionBanner::update);
        connect(m_watch.get(), &ConnectionWatch::restored, this, [this] {
            update();
            emit restored();
        });
    }
    update();
}

QString ConnectionBanner::text() const
{
    return m_label->isHidden() ? QString() : m_label->text();
}

void ConnectionBanner::setWaitingChanges(int count)
{
    m_waiting = count;
    update();
}

void ConnectionBanner::retranslate()
{
    m_label->setAccessibleName(tr("Connection"));
    update();
}

void ConnectionBanner::update()
{
    const bool lost = m_watch && !m_watch->isConnected();
    if (!lost) {
        m_label->clear();
        m_label->hide();
        return;
    }
    QString text = tr("Connection to the review server lost — reconnecting…");
    if (m_watch->attempts() > 0)
        text += u' '
                + tr("(tried %n time(s); next try in %1 s)", "", m_watch->attempts())
                          .arg((m_watch->nextWaitMs() + 999) / 1000);
    if (m_waiting > 0)
        text += u' '
                + tr("%n flag change(s) wait to be saved; they are saved (or shown as a conflict) "
                     "once the connection is back.",
                     "", m_waiting);
    else
        text += u' ' + tr("What you see may be out of date; flags you save now are saved once it is back.");
    m_label->setText(text);
    m_label->show();
}

} // namespace Hyoka

#include "connectionbanner.h"

#include "connectionwatch.h"
#include "reviewdatabase.h"

#include <QBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QUrl>

namespace Hyoka {

ConnectionBanner::ConnectionBanner(QBoxLayout *layout, int index, QObject *parent)
    : QObject(parent), m_label(new QLabel)
{
    m_label->setObjectName(QStringLiteral("connectionBanner"));
    m_label->setWordWrap(true);
    m_label->setMargin(4);
    m_label->setStyleSheet(QStringLiteral("QLabel { background-color: rgba(217, 83, 79, 60); "
                                          "border: 1px solid rgba(217, 83, 79, 200); border-radius: 3px; }"));
    m_label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_label->hide();
    connect(m_label, &QLabel::linkActivated, this, &ConnectionBanner::askPassword);
    layout->insertWidget(index, m_label);
    retranslate();
}

ConnectionBanner::~ConnectionBanner() = default;

void ConnectionBanner::setDatabase(ReviewDatabase *db)
{
    m_watch.reset();
    m_db = db;
    m_waiting = 0;
    if (db && db->isPostgres()) {
        m_watch = std::make_unique<ConnectionWatch>(*db);
        connect(m_watch.get(), &ConnectionWatch::lost, this, [this] {
            update();
            emit lost();
        });
        connect(m_watch.get(), &ConnectionWatch::retrying, this, &ConnectionBanner::update);
        connect(m_watch.get(), &ConnectionWatch::passwordNeeded, this, [this] {
            update();
            emit passwordNeeded();
        });
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
    const PasswordWanted password = m_watch->passwordWanted();
    QString text = password == PasswordWanted::Rejected
            ? tr("Connection to the review server lost: the server no longer accepts the password "
                 "(it may have been changed).")
            : password == PasswordWanted::Missing
            ? tr("Connection to the review server lost: the server asks for a password.")
            : tr("Connection to the review server lost — reconnecting…");
    if (password == PasswordWanted::No && m_watch->attempts() > 0)
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
    if (password != PasswordWanted::No) {
        // Not tried again until the user gives the password: a link, not a dialog that
        // would pop up over their work.
        m_label->setTextFormat(Qt::RichText);
        m_label->setText(text.toHtmlEscaped() + QStringLiteral(" <a href=\"password\">")
                         + tr("Enter the password…").toHtmlEscaped() + QStringLiteral("</a>"));
    } else {
        m_label->setTextFormat(Qt::PlainText);
        m_label->setText(text);
    }
    m_label->show();
}

void ConnectionBanner::askPassword()
{
    if (!m_watch || !m_db || m_watch->passwordWanted() == PasswordWanted::No)
        return;
    const QUrl url(m_db->spec());
    bool ok = false;
    const QString password = QInputDialog::getText(
            m_label->window(), tr("Password"),
            (m_watch->passwordWanted() == PasswordWanted::Rejected
                     ? tr("The server no longer accepts the password.") + u'\n'
                     : QString())
                    + tr("Password of %1 for %2:").arg(url.userName(), ReviewDatabase::withoutPassword(m_db->spec())),
            QLineEdit::Password, QString(), &ok);
    if (!ok || !m_watch)
        return;
    m_watch->setPassword(password);
    update();
}

} // namespace Hyoka

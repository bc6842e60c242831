#include "connectdialog.h"

#include "reviewdatabase.h"

#include "flag.h"
#include "ui_connectdialog.h"

#include <QEvent>
#include <QPushButton>
#include <QSettings>
#include <QUrl>

namespace Hyoka {

namespace Key {
const QString host = QStringLiteral("sharedDatabase/host");
const QString port = QStringLiteral("sharedDatabase/port");
const QString database = QStringLiteral("sharedDatabase/database");
const QString user = QStringLiteral("sharedDatabase/user");
} // namespace Key

ConnectDialog::ConnectDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::ConnectDialog>())
{
    m_ui->setupUi(this);
    m_ui->userEdit->setPlaceholderText(Flag::defaultReviewer());
    for (QLineEdit *edit : { m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit })
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    updateState();
}

ConnectDialog::~ConnectDialog() = default;

QString ConnectDialog::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_ui->hostEdit->text().trimmed());
    url.setPort(m_ui->portSpin->value());
    const QString user = m_ui->userEdit->text().trimmed();
    url.setUserName(user.isEmpty() ? Flag::defaultReviewer() : user);
    url.setPath(u'/' + m_ui->databaseEdit->text().trimmed());
    return url.toString();
}

void ConnectDialog::setUrl(const QString &text)
{
    const QUrl url(text);
    m_ui->hostEdit->setText(url.host());
    m_ui->portSpin->setValue(url.port(5432));
    m_ui->databaseEdit->setText(url.path().mid(1));
    m_ui->userEdit->setText(url.userName());
}

void ConnectDialog::loadLast()
{
    const QSettings settings;
    m_ui->hostEdit->setText(settings.value(Key::host).toString());
    m_ui->portSpin->setValue(settings.value(Key::port, 5432).toInt());
    m_ui->databaseEdit->setText(settings.value(Key::database).toString());
    m_ui->userEdit->setText(settings.value(Key::user).toString());
}

void ConnectDialog::saveLast() const
{
    QSettings settings;
    settings.setValue(Key::host, m_ui->hostEdit->text().trimmed());
    settings.setValue(Key::port, m_ui->portSpin->value());
    settings.setValue(Key::database, m_ui->databaseEdit->text().trimmed());
    settings.setValue(Key::user, m_ui->userEdit->text().trimmed());
}

QString ConnectDialog::withPassword(const QString &text, const QString &password)
{
    QUrl url(text);
    url.setPassword(password);
    return url.toString();
}

QString ConnectDialog::withoutPassword(const QString &text)
{
    return ReviewDatabase::withoutPassword(text);
}

bool ConnectDialog::needsPassword(const QString &error)
{
    // libpq: "fe_sendauth: no password supplied", "password authentication failed",
    // translated with the client's locale (パスワード …).
    return error.contains(QStringLiteral("password"), Qt::CaseInsensitive)
            || error.contains(QStringLiteral("パスワード"))
            || error.contains(QStringLiteral("authentication"), Qt::CaseInsensitive);
}

void ConnectDialog::updateState()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_ui->hostEdit->text().trimmed().isEmpty()
                         && !m_ui->databaseEdit->text().trimmed().isEmpty());
}

void ConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace Hyoka

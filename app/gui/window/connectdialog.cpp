#include "connectdialog.h"

#include "reviewdatabase.h"

#include "flag.h"
#include "settingskeys.h"
#include "ui_connectdialog.h"

#include <QEvent>
#include <QFileDialog>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QUrlQuery>

namespace Hyoka {

ConnectDialog::ConnectDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::ConnectDialog>())
{
    m_ui->setupUi(this);
    m_ui->userEdit->setPlaceholderText(Flag::defaultReviewer());
    fillSslModes();
    for (QLineEdit *edit : { m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit, m_ui->caFileEdit })
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    connect(m_ui->sslModeCombo, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateState);
    connect(m_ui->caFileButton, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
                this, tr("CA Certificate"), m_ui->caFileEdit->text(),
                tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_ui->caFileEdit->setText(file);
    });
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
    // libpq's own default (prefer) is left out of the URL.
    QUrlQuery query;
    const QString mode = sslMode();
    if (mode != u"prefer")
        query.addQueryItem(QStringLiteral("sslmode"), mode);
    const QString caFile = m_ui->caFileEdit->text().trimmed();
    if (m_ui->caFileEdit->isEnabled() && !caFile.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), caFile);
    url.setQuery(query);
    return url.toString();
}

QString ConnectDialog::sslMode() const
{
    return m_ui->sslModeCombo->currentData().toString();
}

void ConnectDialog::setSslMode(const QString &mode)
{
    const int index = m_ui->sslModeCombo->findData(mode.isEmpty() ? QStringLiteral("prefer") : mode);
    m_ui->sslModeCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void ConnectDialog::fillSslModes()
{
    const QString current = m_ui->sslModeCombo->count() ? sslMode() : QStringLiteral("prefer");
    const QSignalBlocker blocker(m_ui->sslModeCombo);
    m_ui->sslModeCombo->clear();
    m_ui->sslModeCombo->addItem(tr("Encrypted when the server offers it (prefer)"), QStringLiteral("prefer"));
    m_ui->sslModeCombo->addItem(tr("Always encrypted (require)"), QStringLiteral("require"));
    m_ui->sslModeCombo->addItem(tr("Encrypted, server certificate and name checked (verify-full)"),
                                QStringLiteral("verify-full"));
    m_ui->sslModeCombo->addItem(tr("Not encrypted (disable)"), QStringLiteral("disable"));
    setSslMode(current);
}

void ConnectDialog::setUrl(const QString &text)
{
    const QUrl url(text);
    m_ui->hostEdit->setText(url.host());
    m_ui->portSpin->setValue(url.port(5432));
    m_ui->databaseEdit->setText(url.path().mid(1));
    m_ui->userEdit->setText(url.userName());
    const QUrlQuery query(url);
    setSslMode(query.queryItemValue(QStringLiteral("sslmode")));
    m_ui->caFileEdit->setText(query.queryItemValue(QStringLiteral("sslrootcert"), QUrl::FullyDecoded));
}

void ConnectDialog::loadLast()
{
    const QSettings settings;
    m_ui->hostEdit->setText(settings.value(SettingsKey::host).toString());
    m_ui->portSpin->setValue(settings.value(SettingsKey::port, 5432).toInt());
    m_ui->databaseEdit->setText(settings.value(SettingsKey::database).toString());
    m_ui->userEdit->setText(settings.value(SettingsKey::user).toString());
    setSslMode(settings.value(SettingsKey::sslMode).toString());
    m_ui->caFileEdit->setText(settings.value(SettingsKey::caFile).toString());
}

void ConnectDialog::saveLast() const
{
    QSettings settings;
    settings.setValue(SettingsKey::host, m_ui->hostEdit->text().trimmed());
    settings.setValue(SettingsKey::port, m_ui->portSpin->value());
    settings.setValue(SettingsKey::database, m_ui->databaseEdit->text().trimmed());
    settings.setValue(SettingsKey::user, m_ui->userEdit->text().trimmed());
    settings.setValue(SettingsKey::sslMode, sslMode());
    settings.setValue(SettingsKey::caFile, m_ui->caFileEdit->text().trimmed());
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

void ConnectDialog::updateState()
{
    // verify-full needs the certificate of the authority that signed the server's.
    const bool verify = sslMode() == u"verify-full";
    m_ui->caFileEdit->setEnabled(verify);
    m_ui->caFileButton->setEnabled(verify);
    m_ui->caFileLabel->setEnabled(verify);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_ui->hostEdit->text().trimmed().isEmpty()
                         && !m_ui->databaseEdit->text().trimmed().isEmpty());
}

void ConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillSslModes();
    }
    QDialog::changeEvent(event);
}

} // namespace Hyoka

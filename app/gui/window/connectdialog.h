#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectDialog;
}

namespace Hyoka {

// File → Connect to Shared Database: server, port, database and user of a PostgreSQL
// review database and how the connection is encrypted (sslmode, with a CA file for
// verify-full), turned into a postgresql:// URL without a password. The last
// values are remembered in QSettings; a password never is (the window asks for it
// only when the server wants one, so that ~/.pgpass keeps working).
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // postgresql://user@host:port/database[?sslmode=…&sslrootcert=…]
    QString url() const;
    // libpq's sslmode: prefer (default), require, verify-full or disable.
    QString sslMode() const;
    void setSslMode(const QString &mode);
    void setUrl(const QString &url);
    void loadLast();
    void saveLast() const;

    // `url` with `password` in it, for one connection attempt (never to be stored).
    static QString withPassword(const QString &url, const QString &password);
    // `url` as it may be shown or stored: without a password.
    static QString withoutPassword(const QString &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateState();
    void fillSslModes();

    std::unique_ptr<Ui::ConnectDialog> m_ui;
};

} // namespace Hyoka

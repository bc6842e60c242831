#pragma once

// A TCP relay between a client and the test's PostgreSQL server that can go silent:
// while silent it keeps every socket open and forwards nothing, in either direction —
// what a client sees of a network that drops packets without a reset (no RST, no
// FIN: the kernel at the relay still acknowledges). heal() then drops the silenced
// connections, as a rebooted router would, and relays again. Lives on a thread of its
// own, so that a client blocking its thread does not stop the relay.
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

class SilentRelay : public QObject
{
public:
    explicit SilentRelay(quint16 target) : m_target(target)
    {
        moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(this, [this] { listen(); }, Qt::BlockingQueuedConnection);
    }
    ~SilentRelay() override
    {
        QMetaObject::invokeMethod(this, [this] { closeAll(); delete m_server; m_server = nullptr; },
                                  Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    quint16 port() const { return m_port; }
    void setSilent(bool silent)
    {
        QMetaObject::invokeMethod(this, [this, silent] { m_silent = silent; }, Qt::BlockingQueuedConnection);
    }
    void heal()
    {
        QMetaObject::invokeMethod(this, [this] {
            closeAll();
            m_silent = false;
        }, Qt::BlockingQueuedConnection);
    }

private:
    void listen()
    {
        m_server = new QTcpServer;
        m_server->listen(QHostAddress::LocalHost, 0);
        m_port = m_server->serverPort();
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server->nextPendingConnection()) {
                auto *upstream = new QTcpSocket(client);
                relay(client, upstream);
                relay(upstream, client);
                upstream->connectToHost(QHostAddress::LocalHost, m_target);
                m_clients.append(client);
            }
        });
    }
    void relay(QTcpSocket *from, QTcpSocket *to)
    {
        connect(from, &QTcpSocket::readyRead, this, [this, from, to] {
            const QByteArray data = from->readAll();
            if (!m_silent)
                to->write(data); // silent: dropped, as the lost packets are
        });
        connect(from, &QTcpSocket::disconnected, this, [this, to] {
            if (!m_silent)
                to->disconnectFromHost();
        });
    }
    void closeAll()
    {
        for (QTcpSocket *client : std::as_const(m_clients)) {
            for (QTcpSocket *upstream : client->findChildren<QTcpSocket *>())
                upstream->abort();
            client->abort();
            client->deleteLater();
        }
        m_clients.clear();
    }

    QThread m_thread;
    QTcpServer *m_server = nullptr;
    QList<QTcpSocket *> m_clients;
    quint16 m_target;
    quint16 m_port = 0;
    bool m_silent = false;
};

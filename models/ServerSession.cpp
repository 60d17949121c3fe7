#include "models/ServerSession.h"

#include <QDateTime>

namespace Console {

ServerSession::ServerSession(const QString &name, QObject *parent)
    : QObject(parent), m_name(name), m_sync(&m_connection, &m_store)
{
    connect(&m_connection, &Ari::AriConnection::eventReceived, this,
            [this](const Ari::Event &e) { m_log.append(e, QDateTime::currentMSecsSinceEpoch()); });
    connect(&m_connection, &Ari::AriConnection::malformedFrame, this, [this](const QString &why, const QByteArray &raw) {
        m_log.appendMalformed(raw, why, QDateTime::currentMSecsSinceEpoch());
        Q_EMIT notice(tr("Asterisk sent something unreadable (%1); it was logged and skipped.").arg(why));
    });
    connect(&m_connection, &Ari::AriConnection::connectionLost, this, [this](const QString &why) {
        Q_EMIT notice(tr("Lost the connection to %1: %2. Reconnecting; the list may be out of date.").arg(m_name, why));
    });
    connect(&m_store, &Store::notice, this, &ServerSession::notice);
    connect(&m_sync, &SyncEngine::notice, this, &ServerSession::notice);
}

} // namespace Console

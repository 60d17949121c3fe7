#pragma once

#include "ari/AriConnection.h"
#include "models/EventLogModel.h"
#include "models/Store.h"
#include "models/SyncEngine.h"

#include <QObject>

namespace Console {

//! Everything the console holds for one Asterisk: the connection, the store
//! that mirrors it, the engine that keeps the two in step, and the event log.
//! One per server; a failure of one never touches another.
class ServerSession : public QObject
{
    Q_OBJECT

public:
    explicit ServerSession(const QString &name, QObject *parent = nullptr);

    QString name() const { return m_name; }
    Ari::AriConnection *connection() { return &m_connection; }
    Ari::AriClient *client() { return m_connection.client(); }
    Store *store() { return &m_store; }
    SyncEngine *sync() { return &m_sync; }
    EventLogModel *eventLog() { return &m_log; }

    void setSettings(const Ari::ConnectionSettings &settings) { m_connection.setSettings(settings); }
    void open() { m_connection.open(); }
    void close() { m_connection.close(); }

Q_SIGNALS:
    //! Words for the operator: restarts, replaced applications, snapshot failures, lost connections.
    void notice(const QString &text);

private:
    QString m_name;
    Ari::AriConnection m_connection;
    Store m_store;
    SyncEngine m_sync;
    EventLogModel m_log;
};

} // namespace Console

#pragma once

#include "ari/Models.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace Console {

class ActionPolicy;
class DeviceStatesPanel;
class EndpointsPanel;
class InlineMessage;
class LogChannelsPanel;
class MailboxesPanel;
class ModulesPanel;
class Notifier;
class ServerSession;
class VariableInspector;

//! The admin's view of one Asterisk (for a dock): what it is (build, system,
//! configuration, status with its uptime and the time since the last reload)
//! and a ping with the round-trip time; then its modules, log channels,
//! global variables, endpoints, device states and mailboxes, each on a tab.
//!   auto *system = new SystemView(&policy, notifier);
//!   system->setSession(session);
class SystemView : public QWidget
{
    Q_OBJECT

public:
    SystemView(const ActionPolicy *policy, Notifier *notifier, QWidget *parent = nullptr);
    ~SystemView() override;

    void setSession(ServerSession *session);

    QTabWidget *tabs() const { return m_tabs; }
    ModulesPanel *modules() const { return m_modules; }
    LogChannelsPanel *logChannels() const { return m_logs; }
    VariableInspector *globals() const { return m_globals; }
    EndpointsPanel *endpoints() const { return m_endpoints; }
    DeviceStatesPanel *deviceStates() const { return m_deviceStates; }
    MailboxesPanel *mailboxes() const { return m_mailboxes; }
    //! The last /asterisk/info read (or the one the connection read).
    const Ari::AsteriskInfo &info() const { return m_info; }
    //! The value shown for one field of the info page ("version", "startup", "lastReload", ...).
    QString shownInfo(const QString &field) const;
    //! "2 h 03 min", "5 min 12 s", "40 s".
    static QString formatSpan(qint64 ms);

public Q_SLOTS:
    //! GET /asterisk/info.
    void refreshInfo();
    //! GET /asterisk/ping, timed.
    void ping();

Q_SIGNALS:
    void infoRead(const Ari::AsteriskInfo &info);
    //! A ping answered, after `roundTripMs`.
    void pinged(qint64 roundTripMs);

private:
    void showInfo();
    void tick();
    QLabel *field(const QString &name);

    QPointer<ServerSession> m_session;
    const ActionPolicy *m_policy;
    QPointer<Notifier> m_notifier;
    Ari::AsteriskInfo m_info;
    QHash<QString, QLabel *> m_fields;
    QList<qint64> m_pings;
    qint64 m_lastPingAtMs = 0;
    QTimer m_tick;
    QTimer m_autoPing;

    QTabWidget *m_tabs;
    QPushButton *m_refreshInfo;
    QPushButton *m_ping;
    QCheckBox *m_autoPingBox;
    QLabel *m_pingResult;
    InlineMessage *m_message;
    ModulesPanel *m_modules;
    LogChannelsPanel *m_logs;
    VariableInspector *m_globals;
    EndpointsPanel *m_endpoints;
    DeviceStatesPanel *m_deviceStates;
    MailboxesPanel *m_mailboxes;
    QMetaObject::Connection m_connectedConnection;
};

} // namespace Console

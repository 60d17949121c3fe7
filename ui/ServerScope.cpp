#include "ui/ServerScope.h"

#include "models/ServerSession.h"
#include "models/ServerSet.h"

using namespace Qt::StringLiterals;

namespace Console {

ServerScope::ServerScope(QWidget *parent) : QComboBox(parent)
{
    setObjectName(u"serverScope"_s);
    setAccessibleName(tr("Servers shown"));
    setToolTip(tr("Show every server's rows with a Server column, or one server's"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    hide();
    connect(this, &QComboBox::activated, this, [this](int index) {
        m_chosen = true;
        if (index <= 0)
            return setShowsAll(true);
        ServerSession *s = session(itemData(index).toString());
        setShowsAll(false);
        if (s && m_servers)
            m_servers->setCurrent(s);
        rebuild();
    });
}

void ServerScope::setServers(ServerSet *servers)
{
    if (m_servers)
        disconnect(m_servers, nullptr, this, nullptr);
    m_servers = servers;
    if (servers) {
        connect(servers, &ServerSet::added, this, [this] {
            if (m_servers->size() == 2 && !m_chosen)
                setShowsAll(true);
            rebuild();
        });
        connect(servers, &ServerSet::removed, this, [this] {
            if (m_servers->size() < 2 && m_all)
                setShowsAll(false);
            rebuild();
        });
        connect(servers, &ServerSet::currentChanged, this, &ServerScope::rebuild);
        if (servers->size() >= 2 && !m_chosen)
            setShowsAll(true);
    }
    rebuild();
}

void ServerScope::setShowsAll(bool all)
{
    if (m_all == all)
        return;
    m_all = all;
    rebuild();
    Q_EMIT showsAllChanged(all);
}

ServerSession *ServerScope::session(const QString &server) const
{
    return m_servers ? m_servers->find(server) : nullptr;
}

void ServerScope::rebuild()
{
    const QSignalBlocker block(this);
    clear();
    addItem(tr("All servers"), QString());
    const QList<ServerSession *> sessions = m_servers ? m_servers->sessions() : QList<ServerSession *>();
    for (ServerSession *s : sessions)
        addItem(s->name(), s->name());
    const ServerSession *current = m_servers ? m_servers->current() : nullptr;
    setCurrentIndex(m_all || !current ? 0 : std::max(0, findData(current->name())));
    setVisible(sessions.size() >= 2);
}

} // namespace Console

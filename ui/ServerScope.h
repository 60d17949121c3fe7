#pragma once

#include <QComboBox>
#include <QPointer>

namespace Console {

class ServerSession;
class ServerSet;

//! Which servers a view shows: "All servers" (every server's rows, with a
//! Server column) or one server, the one the window works on. Hidden while
//! the window has a single server. Picking a server makes it the window's
//! current one; while it shows one server it follows the current server.
//! The second server to join switches it to all servers, unless the
//! operator already chose.
class ServerScope : public QComboBox
{
    Q_OBJECT

public:
    explicit ServerScope(QWidget *parent = nullptr);

    void setServers(ServerSet *servers);
    ServerSet *servers() const { return m_servers; }
    bool showsAll() const { return m_all; }
    void setShowsAll(bool all);
    //! The session of a server named in a row's ServerRole.
    ServerSession *session(const QString &server) const;

Q_SIGNALS:
    void showsAllChanged(bool all);

private:
    void rebuild();

    QPointer<ServerSet> m_servers;
    bool m_all = false;
    bool m_chosen = false; //!< the operator picked: no automatic switch any more
};

} // namespace Console

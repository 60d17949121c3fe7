#pragma once

#include "app/CommandLine.h"

#include <QObject>

#include <memory>

namespace AriSim {
class SimServer;
}

namespace Console {
class ListenPanel;
class MainWindow;
class ProfileStore;
class ServerSession;
struct Profile;
} // namespace Console

//! Wires the GUI: the main window, the server session it shows, the dialogs
//! it opens, and in --demo mode the simulated Asterisk it talks to.
class ConsoleApp : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleApp(const CommandLine &options, QObject *parent = nullptr);
    ~ConsoleApp() override;

    //! False (with a message on stderr) when the window could not be set up.
    bool start();
    Console::MainWindow *window() const { return m_window.get(); }
    Console::ServerSession *session() const { return m_session; }
    AriSim::SimServer *simulator() const { return m_sim.get(); }

    //! Connects the window to the server a profile names (a new session; the old one goes).
    void connectProfile(const Console::Profile &profile, const QString &password);

private:
    void openOriginate();
    void openCreateBridge();
    void openProfiles();
    void useSession(Console::ServerSession *session, const QString &label, bool simulated);

    CommandLine m_options;
    std::unique_ptr<AriSim::SimServer> m_sim;
    std::unique_ptr<Console::MainWindow> m_window;
    Console::ServerSession *m_session = nullptr;
    Console::ProfileStore *m_profiles = nullptr;
    Console::ListenPanel *m_listen = nullptr;
};

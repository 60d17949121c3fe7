#include "app/ConsoleApp.h"

#include "models/ServerSession.h"
#include "sim/SimServer.h"
#include "ui/ChannelsView.h"
#include "ui/ListenPanel.h"
#include "ui/CreateBridgeDialog.h"
#include "ui/Profile.h"
#include "ui/ProfileDialog.h"
#include "ui/ProfileStore.h"
#include "ui/ServerWorkspace.h"
#include "ui/MainWindow.h"
#include "ui/Notifier.h"
#include "ui/OriginateDialog.h"

#include <QCoreApplication>
#include <QSettings>

#include <cstdio>

using namespace Qt::StringLiterals;

ConsoleApp::ConsoleApp(const CommandLine &options, QObject *parent) : QObject(parent), m_options(options) {}

ConsoleApp::~ConsoleApp()
{
    // Listening ends on the server before the window goes (quitting leaves nothing behind).
    if (m_listen)
        m_listen->shutdown();
    // The window's views hold models of the session's store: they go first.
    m_window.reset();
    delete m_session;
}

bool ConsoleApp::start()
{
    m_window = std::make_unique<Console::MainWindow>();
    // Listen, whisper and barge: the panel follows the window's server and selection.
    m_listen = new Console::ListenPanel(m_window->notifier());
    m_window->addPanel(m_listen, tr("Listen"), u"dockListen"_s, Qt::RightDockWidgetArea);
    m_window->restoreState(QSettings().value(u"window/state"_s).toByteArray());
    connect(m_window.get(), &Console::MainWindow::sessionChanged, m_listen, &Console::ListenPanel::setSession);
    connect(m_window.get(), &Console::MainWindow::channelSelectionChanged, m_listen,
            &Console::ListenPanel::setSelection);
    m_window->addCallActions({m_listen->listenAction(), m_listen->whisperAction()});
    Ari::ConnectionSettings settings = m_options.settings;
    QString label;
    if (m_options.demo) {
        // A simulated Asterisk in this process, with a call centre's traffic.
        m_sim = std::make_unique<AriSim::SimServer>();
        if (!m_sim->listen()) {
            std::fprintf(stderr, "ari-console: the built-in simulator could not listen: %s\n", qPrintable(m_sim->errorString()));
            return false;
        }
        m_sim->asterisk().startDemoTraffic(0.4, 1, u"console"_s);
        settings.baseUrl = m_sim->baseUrl();
        settings.user = u"asterisk"_s;
        settings.password = u"asterisk"_s;
        settings.apps = {u"console"_s};
        settings.subscribeAll = true;
        label = tr("simulator on port %1").arg(m_sim->serverPort());
    } else if (m_options.haveUrl) {
        label = settings.baseUrl.host();
    }
    m_profiles = new Console::ProfileStore(this);
    connect(m_window.get(), &Console::MainWindow::originateRequested, this, &ConsoleApp::openOriginate);
    connect(m_window.get(), &Console::MainWindow::createBridgeRequested, this, &ConsoleApp::openCreateBridge);
    connect(m_window.get(), &Console::MainWindow::profilesRequested, this, &ConsoleApp::openProfiles);
    m_window->show();
    if (m_options.demo || m_options.haveUrl) {
        useSession(new Console::ServerSession(label), label, m_options.demo);
        m_session->setSettings(settings);
        m_session->open();
        return true;
    }
    // The last profile, when the operator asked for it to reconnect at startup.
    useSession(new Console::ServerSession(tr("not connected")), tr("not connected"), false);
    if (const Console::Profile *p = m_profiles->autoConnectProfile()) {
        const Console::Profile profile = *p;
        connect(m_profiles, &Console::ProfileStore::passwordRead, this,
                [this, profile](const QString &name, const QString &password, bool) {
                    if (name == profile.name)
                        connectProfile(profile, password);
                }, Qt::SingleShotConnection);
        m_profiles->readPassword(profile.name);
    } else {
        openProfiles();
    }
    return true;
}

void ConsoleApp::useSession(Console::ServerSession *session, const QString &label, bool simulated)
{
    Console::ServerSession *old = m_session;
    m_session = session;
    m_window->setSession(session, label, simulated);
    delete old;
}

void ConsoleApp::connectProfile(const Console::Profile &profile, const QString &password)
{
    m_listen->setSupervisorEndpoint(profile.supervisorEndpoint);
    m_listen->setRtpPort(profile.rtpPort);
    m_window->setReadOnly(profile.readOnly);
    // Several profiles at once: the first replaces the placeholder, a profile already shown
    // reconnects with these settings, any other joins the window beside the others.
    Console::ServerSession *shown = m_window->workspace()->servers()->find(profile.name);
    if (!shown && m_session && m_session->connection()->settings().baseUrl.isEmpty()) {
        useSession(new Console::ServerSession(profile.name), profile.name, false);
        shown = m_session;
    } else if (!shown) {
        shown = new Console::ServerSession(profile.name, this);
    } else {
        shown->close();
    }
    shown->setSettings(profile.toSettings(password));
    m_window->setSession(shown, profile.name, false);
    shown->open();
}

void ConsoleApp::openProfiles()
{
    auto *dialog = new Console::ProfileDialog(m_profiles, m_window->notifier(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &Console::ProfileDialog::connectRequested, this, &ConsoleApp::connectProfile);
    dialog->open();
}

void ConsoleApp::openCreateBridge()
{
    auto *dialog = new Console::CreateBridgeDialog(m_window->session(), m_window->notifier(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ConsoleApp::openOriginate()
{
    auto *dialog = new Console::OriginateDialog(m_window->session(), m_window->notifier(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &Console::OriginateDialog::originated, m_window.get(),
            [this](const QString &id) { m_window->channelsView()->selectChannel(id); });
    dialog->open();
}

#include "app/ConsoleApp.h"

#include "models/ServerSession.h"
#include "sim/SimServer.h"
#include "ui/ChannelsView.h"
#include "ui/MainWindow.h"
#include "ui/Notifier.h"
#include "ui/OriginateDialog.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

ConsoleApp::ConsoleApp(const CommandLine &options, QObject *parent) : QObject(parent), m_options(options) {}

ConsoleApp::~ConsoleApp()
{
    // The window's views hold models of the session's store: they go first.
    m_window.reset();
    delete m_session;
}

bool ConsoleApp::start()
{
    m_window = std::make_unique<Console::MainWindow>();
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
    m_session = new Console::ServerSession(label);
    m_session->setSettings(settings);
    m_window->setSession(m_session, label, m_options.demo);
    connect(m_window.get(), &Console::MainWindow::originateRequested, this, &ConsoleApp::openOriginate);
    m_window->show();
    if (m_options.demo || m_options.haveUrl)
        m_session->open();
    else
        m_window->notifier()->info(tr("Not connected. Start with --url, or --demo for the built-in simulator."));
    return true;
}

void ConsoleApp::openOriginate()
{
    auto *dialog = new Console::OriginateDialog(m_session, m_window->notifier(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &Console::OriginateDialog::originated, m_window.get(),
            [this](const QString &id) { m_window->channelsView()->selectChannel(id); });
    dialog->open();
}

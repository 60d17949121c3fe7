#include "ui/MainWindow.h"

#include "models/EventLogModel.h"
#include "ui/AboutDialog.h"
#include "ui/Appearance.h"
#include "ui/ShortcutsDialog.h"
#include "ui/ApplicationsView.h"
#include "models/ServerSession.h"
#include "ui/BridgesView.h"
#include "ui/ChannelActions.h"
#include "ui/ChannelsView.h"
#include "ui/EventLogView.h"
#include "ui/MediaPanels.h"
#include "ui/Notifier.h"
#include "ui/SystemView.h"
#include "ui/ServerWorkspace.h"
#include "ui/TimelineView.h"
#include "ui/ToastArea.h"
#include "ui/VariableInspector.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace Console {

namespace {

QString clock(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"HH:mm:ss"_s);
}

QString ago(qint64 ms)
{
    const qint64 d = QDateTime::currentMSecsSinceEpoch() - ms;
    if (d < 60000)
        return QCoreApplication::translate("MainWindow", "%1 s ago").arg(std::max<qint64>(0, d) / 1000.0, 0, 'f', 1);
    return QCoreApplication::translate("MainWindow", "%1 min ago").arg(d / 60000);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_notifier(new Notifier(this)),
      m_actions(new ChannelActions(nullptr, &m_policy, m_notifier, this)), m_channels(new ChannelsView(m_actions)),
      m_bridges(new BridgesView(&m_policy, m_notifier)), m_toasts(nullptr), m_stateLabel(new QLabel),
      m_serverLabel(new QLabel), m_countLabel(new QLabel)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("ARI Console"));
    setCentralWidget(m_channels);
    m_toasts = new ToastArea(this);
    connect(m_notifier, &Notifier::posted, m_toasts, &ToastArea::show);
    buildActions();
    buildDocks();
    m_workspace = new ServerWorkspace(this);
    buildHelpMenu();
    m_stateLabel->setObjectName(u"connectionState"_s);
    m_serverLabel->setObjectName(u"serverVersion"_s);
    m_countLabel->setObjectName(u"callCount"_s);
    statusBar()->addWidget(m_stateLabel, 1);
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    auto *tick = new QTimer(this);
    tick->setInterval(500);
    connect(tick, &QTimer::timeout, this, &MainWindow::updateStatus);
    tick->start();

    QSettings s;
    if (!restoreGeometry(s.value(u"window/geometry"_s).toByteArray()))
        resize(1280, 800);
    restoreState(s.value(u"window/state"_s).toByteArray());
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    m_connect = new QAction(tr("&Connect"), this);
    m_connect->setObjectName(u"actionConnect"_s);
    m_connect->setShortcut(QKeySequence(u"Ctrl+Shift+O"_s));
    m_disconnect = new QAction(tr("&Disconnect"), this);
    m_disconnect->setObjectName(u"actionDisconnect"_s);
    m_originate = new QAction(tr("&Originate…"), this);
    m_originate->setObjectName(u"actionOriginate"_s);
    m_originate->setShortcut(QKeySequence::New);
    m_resync = new QAction(tr("&Resync"), this);
    m_resync->setObjectName(u"actionResync"_s);
    m_resync->setShortcut(QKeySequence(Qt::Key_F5));
    m_resync->setToolTip(tr("Read the whole state from Asterisk again"));
    m_findAction = new QAction(tr("&Find channel"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    auto *profiles = new QAction(tr("Connection &profiles…"), this);
    profiles->setObjectName(u"actionProfiles"_s);
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(u"actionQuit"_s);
    quit->setShortcut(QKeySequence::Quit);
    if (quit->shortcut().isEmpty()) // a desktop whose theme has no binding for it (and offscreen)
        quit->setShortcut(QKeySequence(u"Ctrl+Q"_s));

    connect(m_connect, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->open();
    });
    connect(m_disconnect, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->close();
    });
    connect(m_originate, &QAction::triggered, this, &MainWindow::originateRequested);
    connect(m_resync, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->sync()->resync();
    });
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_channels->filterEdit()->setFocus();
        m_channels->filterEdit()->selectAll();
    });
    connect(profiles, &QAction::triggered, this, &MainWindow::profilesRequested);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    connect(m_bridges, &BridgesView::createRequested, this, &MainWindow::createBridgeRequested);

    auto *file = menuBar()->addMenu(tr("&Connection"));
    file->addActions({m_connect, m_disconnect, m_resync});
    file->addSeparator();
    file->addAction(profiles);
    file->addSeparator();
    file->addAction(quit);
    auto *calls = menuBar()->addMenu(tr("C&alls"));
    calls->setObjectName(u"callsMenu"_s);
    calls->addAction(m_originate);
    calls->addAction(m_findAction);
    calls->addSeparator();
    m_actions->fillMenu(calls);
    // Filled once the panels are in (Play and Record come with the media panels).
    menuBar()->addMenu(tr("&Bridges"))->setObjectName(u"bridgesMenu"_s);
    addAction(m_findAction);

    auto *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions({m_connect, m_disconnect});
    bar->addSeparator();
    bar->addActions({m_originate, m_bridges->createAction()});
    bar->addSeparator();
    using A = ChannelAction;
    for (A a : {A::Answer, A::Hangup, A::Hold, A::Unhold, A::Mute, A::SendDtmf, A::Play, A::Record})
        bar->addAction(m_actions->action(a));
    bar->addAction(m_actions->bridgeAction());
    bar->addSeparator();
    bar->addAction(m_resync);
}

void MainWindow::buildDocks()
{
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    auto *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    // The keyboard's way into a panel, even one tabbed behind another: show it, raise it, focus it.
    view->addMenu(tr("&Go to panel"))->setObjectName(u"goToMenu"_s);
    // The colours: the desktop's, or the console's own light or dark palette; kept for the next start.
    auto *looks = view->addMenu(tr("&Appearance"));
    looks->setObjectName(u"appearanceMenu"_s);
    auto *schemes = new QActionGroup(looks);
    using Scheme = Appearance::Scheme;
    for (Scheme scheme : {Scheme::System, Scheme::Light, Scheme::Dark}) {
        QAction *a = looks->addAction(Appearance::label(scheme));
        a->setObjectName(u"actionPalette_"_s + Appearance::key(scheme));
        a->setCheckable(true);
        a->setChecked(Appearance::current() == scheme);
        schemes->addAction(a);
        connect(a, &QAction::triggered, this, [scheme] {
            Appearance::apply(scheme);
            Appearance::save(scheme);
        });
    }
    if (auto *bar = findChild<QToolBar *>(u"mainToolBar"_s))
        view->addAction(bar->toggleViewAction());
    view->addSeparator();
    connect(m_channels, &ChannelsView::selectionChanged, this, &MainWindow::channelSelectionChanged);
    auto dock = [this](QWidget *w, const QString &title, const QString &name, Qt::DockWidgetArea area) {
        return addPanel(w, title, name, area);
    };
    dock(m_bridges, tr("Bridges"), u"dockBridges"_s, Qt::BottomDockWidgetArea);
    // The call timeline follows the selection, and keeps a call on screen after it ends.
    auto *timeline = new TimelineView;
    connect(this, &MainWindow::sessionChanged, timeline, &TimelineView::setSession);
    connect(this, &MainWindow::channelSelectionChanged, timeline, &TimelineView::setChannels);
    addPanel(timeline, tr("Timeline"), u"dockTimeline"_s, Qt::RightDockWidgetArea);

    // Panels that act on one server follow sessionChanged; those about the selection follow it too.
    auto *eventLog = new EventLogView(m_notifier);
    connect(this, &MainWindow::sessionChanged, eventLog, &EventLogView::setSession);
    connect(this, &MainWindow::channelSelectionChanged, eventLog, &EventLogView::followSelection);
    auto *events = dock(eventLog, tr("Events"), u"dockEvents"_s, Qt::BottomDockWidgetArea);
    auto *system = new SystemView(&m_policy, m_notifier);
    connect(this, &MainWindow::sessionChanged, system, &SystemView::setSession);
    addPanel(system, tr("System"), u"dockSystem"_s, Qt::BottomDockWidgetArea, events);
    MediaPanels::install(this, events);
    auto *variables = new VariableInspector(&m_policy, m_notifier);
    connect(this, &MainWindow::sessionChanged, variables, &VariableInspector::setSession);
    connect(this, &MainWindow::channelSelectionChanged, variables, &VariableInspector::followSelection);
    addPanel(variables, tr("Variables"), u"dockVariables"_s, Qt::RightDockWidgetArea);

    auto *notes = new QListWidget;
    notes->setObjectName(u"notificationList"_s);
    notes->setAccessibleName(tr("Notifications"));
    notes->setWordWrap(true);
    connect(m_notifier, &Notifier::posted, notes, [notes](Notifier::Level level, const QString &text) {
        const QString when = QDateTime::currentDateTime().toString(u"HH:mm:ss"_s);
        // The level in a symbol as well as in colour.
        const QString mark = level == Notifier::Level::Error ? u"✕ "_s : level == Notifier::Level::Warning ? u"⚠ "_s : QString();
        auto *item = new QListWidgetItem(u"%1  %2%3"_s.arg(when, mark, text));
        if (level == Notifier::Level::Error)
            item->setForeground(Appearance::readable(QColor(0xc6, 0x28, 0x28), notes->palette().color(QPalette::Base)));
        notes->insertItem(0, item);
        while (notes->count() > 300)
            delete notes->takeItem(notes->count() - 1);
    });
    addPanel(notes, tr("Notifications"), u"dockNotifications"_s, Qt::BottomDockWidgetArea, events);
    if (auto *bridges = findChild<QMenu *>(u"bridgesMenu"_s))
        m_bridges->fillMenu(bridges);
}

void MainWindow::addCallActions(const QList<QAction *> &actions)
{
    if (auto *calls = findChild<QMenu *>(u"callsMenu"_s)) {
        calls->addSeparator();
        calls->addActions(actions);
    }
    m_channels->addMenuActions(actions);
}

QDockWidget *MainWindow::addPanel(QWidget *panel, const QString &title, const QString &objectName,
                                  Qt::DockWidgetArea area, QDockWidget *tabWith)
{
    auto *d = new QDockWidget(title, this);
    d->setObjectName(objectName);
    d->setWidget(panel);
    addDockWidget(area, d);
    if (tabWith)
        tabifyDockWidget(tabWith, d);
    if (auto *view = findChild<QMenu *>(u"viewMenu"_s))
        view->addAction(d->toggleViewAction());
    if (auto *goTo = findChild<QMenu *>(u"goToMenu"_s)) {
        auto *go = goTo->addAction(title);
        go->setObjectName(u"actionGoTo_"_s + objectName);
        go->setStatusTip(tr("Show the %1 panel and move the keyboard focus into it").arg(title));
        connect(go, &QAction::triggered, d, [d] {
            d->show();
            d->raise();
            // The first widget of the panel that takes the focus with Tab.
            for (QWidget *w = d->nextInFocusChain(); w && w != d; w = w->nextInFocusChain()) {
                if (d->isAncestorOf(w) && w->isVisibleTo(d) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
                    w->setFocus(Qt::ShortcutFocusReason);
                    break;
                }
            }
        });
    }
    return d;
}

void MainWindow::setSession(ServerSession *session, const QString &label, bool simulated)
{
    m_session = session;
    m_label = label;
    m_simulated = simulated;
    setWindowTitle(simulated ? tr("ARI Console — %1 (SIMULATED Asterisk, demo)").arg(label) : tr("ARI Console — %1").arg(label));
    m_actions->setSession(session);
    m_channels->setSession(session);
    m_bridges->setSession(session);
    // The applications view belongs to one session: a new one for each.
    if (auto *dock = findChild<QDockWidget *>(u"dockApplications"_s)) {
        delete dock->widget();
        dock->setWidget(new ApplicationsView(session, m_notifier, &m_policy));
    } else {
        auto *d = addPanel(new ApplicationsView(session, m_notifier, &m_policy), tr("Applications"),
                           u"dockApplications"_s, Qt::RightDockWidgetArea);
        d->hide(); // an admin's tool: one click away in the View menu
    }
    // Several servers: each is followed once, whichever is shown; a background one's notices say whose.
    if (m_workspace)
        m_workspace->add(session, label, simulated);
    if (m_wired.contains(session)) {
        m_policy.setServerVersion(session->connection()->asteriskInfo().system.version);
        m_actions->refresh();
        if (m_workspace)
            m_workspace->servers()->setCurrent(session);
        updateStatus();
        updateBanner();
        Q_EMIT sessionChanged(session);
        return;
    }
    m_wired.removeAll(nullptr);
    m_wired.append(session);
    connect(session, &ServerSession::notice, m_notifier, [this, session](const QString &text) {
        m_notifier->warning(session == m_session || m_wired.size() < 2 ? text : u"%1: %2"_s.arg(session->name(), text));
    });
    connect(session->connection(), &Ari::AriConnection::connected, this, [this, session](const Ari::AsteriskInfo &info) {
        if (session != m_session)
            return;
        m_policy.setServerVersion(info.system.version);
        m_actions->refresh();
    });
    connect(session->connection(), &Ari::AriConnection::stateChanged, this, [this] {
        updateStatus();
        updateBanner();
    });
    connect(session->store(), &Store::syncStateChanged, this, [this] {
        updateStatus();
        updateBanner();
    });
    connect(session->store(), &Store::changed, m_actions, [this, session](Entity e, const QString &id) {
        if (session == m_session && e == Entity::Channel && m_actions->selection().contains(id))
            m_actions->refresh();
    });
    if (m_workspace)
        m_workspace->servers()->setCurrent(session);
    updateStatus();
    updateBanner();
    Q_EMIT sessionChanged(session);
}

void MainWindow::addSession(ServerSession *session, const QString &label, bool simulated)
{
    if (!m_session)
        return setSession(session, label, simulated);
    m_workspace->add(session, label, simulated);
}

void MainWindow::setReplay(const QString &reason)
{
    m_replayReason = reason;
    m_policy.setReadOnly(true, reason);
    m_actions->refresh();
    for (QAction *a : {m_originate, m_connect, m_disconnect, m_resync, m_workspace->captureAction()}) {
        a->setEnabled(false);
        a->setToolTip(reason);
    }
    updateStatus();
}

void MainWindow::setReadOnly(bool readOnly)
{
    m_policy.setReadOnly(readOnly, tr("This profile is read-only: actions that change Asterisk are disabled"));
    m_actions->refresh();
    const Verdict v = m_policy.general(Ari::OperationId::ChannelsOriginate);
    m_originate->setEnabled(v.allowed);
    m_originate->setToolTip(v.allowed ? tr("Start a new call (Ctrl+N)") : v.reason);
}

QString MainWindow::statusText() const
{
    return m_stateLabel->text();
}

void MainWindow::updateStatus()
{
    if (!m_session) {
        m_stateLabel->setText(tr("○ Not connected"));
        return;
    }
    const auto *c = m_session->connection();
    const Store *store = m_session->store();
    QString text;
    using S = Ari::AriConnection::State;
    switch (c->state()) {
    case S::Connected:
        if (store->syncState() == SyncState::Resyncing)
            text = tr("◐ Connected to %1 — reading the current state…").arg(m_label);
        else
            text = tr("● Connected to %1 · synced %2").arg(m_label, ago(std::max(store->lastSyncedMs(), qint64(1))));
        break;
    case S::Connecting:
        text = tr("◐ Connecting to %1…").arg(m_label);
        break;
    case S::Reconnecting:
        text = tr("◐ Reconnecting to %1 in %2 s (%3)")
                   .arg(m_label)
                   .arg((c->msUntilReconnect() + 999) / 1000)
                   .arg(c->lastError());
        break;
    case S::AuthFailed:
        text = tr("✕ Authentication failed for %1: check the user and password").arg(m_label);
        break;
    case S::TlsFailed:
        text = tr("✕ Certificate of %1 rejected: %2").arg(m_label, c->lastError());
        break;
    case S::Disconnected:
        text = tr("○ Disconnected from %1").arg(m_label);
        break;
    }
    if (store->syncState() == SyncState::Stale && store->staleSinceMs())
        text += tr(" · stale since %1").arg(clock(store->staleSinceMs()));
    if (store->restartedAtMs())
        text += tr(" · Asterisk restarted at %1").arg(clock(store->restartedAtMs()));
    if (m_simulated)
        text += tr(" · SIMULATOR");
    m_stateLabel->setText(text);
    const QString version = c->asteriskInfo().system.version;
    m_serverLabel->setText(version.isEmpty() ? QString() : tr("Asterisk %1").arg(version));
    m_countLabel->setText(tr("%n call(s)", nullptr, int(store->channels().size())) + u" · "_s
                          + tr("%n bridge(s)", nullptr, int(store->bridges().size())));
    const bool connected = c->state() == S::Connected || c->state() == S::Connecting || c->state() == S::Reconnecting;
    m_connect->setEnabled(!connected && !isReplay());
    m_disconnect->setEnabled(connected && !isReplay());
    if (isReplay())
        m_stateLabel->setText(tr("▶ Replay — %1 · read-only, nothing is sent").arg(m_label));
}

void MainWindow::updateBanner()
{
    if (!m_session)
        return;
    const auto *c = m_session->connection();
    const Store *store = m_session->store();
    QString banner;
    using S = Ari::AriConnection::State;
    if (store->syncState() != SyncState::Synced) {
        switch (c->state()) {
        case S::Reconnecting:
            banner = tr("Reconnecting in %1 s — the list may be out of date.").arg((c->msUntilReconnect() + 999) / 1000);
            break;
        case S::AuthFailed:
            banner = tr("Authentication failed — the list is not live. Check the profile's user and password.");
            break;
        case S::TlsFailed:
            banner = tr("The server's certificate was rejected — the list is not live.");
            break;
        case S::Disconnected:
            banner = store->channels().isEmpty() ? QString() : tr("Disconnected — this is the last known state, not live.");
            break;
        default:
            banner = tr("Reading the current state from Asterisk…");
            break;
        }
        if (store->staleSinceMs())
            banner += u' ' + tr("Out of date since %1.").arg(clock(store->staleSinceMs()));
    }
    m_channels->setBanner(banner);
    m_channels->setStale(store->syncState() == SyncState::Stale);
}

void MainWindow::buildHelpMenu()
{
    m_shortcutsHelp = new QAction(tr("&Keyboard shortcuts"), this);
    m_shortcutsHelp->setObjectName(u"actionKeyboardShortcuts"_s);
    m_shortcutsHelp->setShortcut(QKeySequence(u"Ctrl+?"_s));
    m_shortcutsHelp->setStatusTip(tr("List every shortcut of this window"));
    connect(m_shortcutsHelp, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_about = new QAction(tr("&About ARI Console"), this);
    m_about->setObjectName(u"actionAbout"_s);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    auto *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    help->addActions({m_shortcutsHelp, m_about});
}

void MainWindow::showAbout()
{
    if (auto *open = findChild<AboutDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSession(m_session, m_simulated);
    connect(this, &MainWindow::sessionChanged, dialog,
            [this, dialog](ServerSession *session) { dialog->setSession(session, m_simulated); });
    dialog->show();
}

void MainWindow::showShortcuts()
{
    if (auto *open = findChild<ShortcutsDialog *>()) {
        open->reload();
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new ShortcutsDialog(this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings s;
    s.setValue(u"window/geometry"_s, saveGeometry());
    s.setValue(u"window/state"_s, saveState());
    event->accept();
}

} // namespace Console

#include "ui/ServerWorkspace.h"

#include "models/CaptureReplayer.h"
#include "models/CaptureWriter.h"
#include "models/ServerSession.h"
#include "ui/Appearance.h"
#include "ui/BridgesView.h"
#include "ui/ChannelActions.h"
#include "ui/ChannelsView.h"
#include "ui/EventLogView.h"
#include "ui/MainWindow.h"
#include "ui/Notifier.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QMenu>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSlider>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Console {

namespace {

// A connection's state as a symbol, words and a colour.
struct Look
{
    QString symbol;
    QString words;
    QColor color;
};

Look lookOf(ServerSession *s)
{
    using S = Ari::AriConnection::State;
    const Store *store = s->store();
    switch (s->connection()->state()) {
    case S::Connected:
        if (store->syncState() == SyncState::Resyncing)
            return {u"◐"_s, QCoreApplication::translate("ServerWorkspace", "reading the state"), QColor(0xf9, 0xa8, 0x25)};
        return {u"●"_s, QCoreApplication::translate("ServerWorkspace", "synced"), QColor(0x2e, 0x7d, 0x32)};
    case S::Connecting:
        return {u"◐"_s, QCoreApplication::translate("ServerWorkspace", "connecting"), QColor(0xf9, 0xa8, 0x25)};
    case S::Reconnecting:
        return {u"◐"_s, QCoreApplication::translate("ServerWorkspace", "reconnecting (%1)").arg(s->connection()->lastError()),
                QColor(0xef, 0x6c, 0x00)};
    case S::AuthFailed:
        return {u"✕"_s, QCoreApplication::translate("ServerWorkspace", "authentication failed"), QColor(0xc6, 0x28, 0x28)};
    case S::TlsFailed:
        return {u"✕"_s, QCoreApplication::translate("ServerWorkspace", "certificate rejected"), QColor(0xc6, 0x28, 0x28)};
    case S::Disconnected:
        break;
    }
    return {u"○"_s, QCoreApplication::translate("ServerWorkspace", "disconnected"), QColor(0x75, 0x75, 0x75)};
}

} // namespace

ReplayBar::ReplayBar(CaptureReplayer *replayer, QWidget *parent)
    : QWidget(parent), m_replayer(replayer), m_play(new QToolButton), m_step(new QToolButton), m_speed(new QComboBox),
      m_slider(new QSlider(Qt::Horizontal)), m_time(new QLabel)
{
    setObjectName(u"replayBar"_s);
    m_play->setObjectName(u"replayPlay"_s);
    m_play->setAccessibleName(tr("Play or pause the replay"));
    m_play->setShortcut(QKeySequence(Qt::Key_Space));
    m_step->setObjectName(u"replayStep"_s);
    m_step->setText(tr("Step ▸|"));
    m_step->setToolTip(tr("Apply the next event only (Ctrl+Right)"));
    m_step->setShortcut(QKeySequence(u"Ctrl+Right"_s));
    m_step->setAccessibleName(tr("Next event"));
    m_speed->setObjectName(u"replaySpeed"_s);
    m_speed->setAccessibleName(tr("Replay speed"));
    m_speed->addItem(tr("As fast as possible"), 0.0);
    m_speed->addItem(tr("1× (as captured)"), 1.0);
    m_speed->addItem(tr("10×"), 10.0);
    m_speed->setCurrentIndex(1);
    m_slider->setObjectName(u"replaySlider"_s);
    m_slider->setAccessibleName(tr("Replay position"));
    m_slider->setRange(0, replayer->count());
    m_time->setObjectName(u"replayTime"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(new QLabel(tr("Replay:")));
    layout->addWidget(m_play);
    layout->addWidget(m_step);
    layout->addWidget(m_speed);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_time);
    replayer->setSpeed(1.0);
    connect(m_play, &QToolButton::clicked, this, [this] {
        if (m_replayer->isPlaying())
            m_replayer->pause();
        else if (m_replayer->atEnd())
            m_replayer->seek(0), m_replayer->play();
        else
            m_replayer->play();
        update();
    });
    connect(m_step, &QToolButton::clicked, replayer, &CaptureReplayer::step);
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this] { m_replayer->setSpeed(m_speed->currentData().toDouble()); });
    connect(m_slider, &QSlider::sliderMoved, replayer, [this](int v) { m_replayer->seek(v); });
    connect(m_slider, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove)
            QTimer::singleShot(0, this, [this] { m_replayer->seek(m_slider->value()); });
    });
    connect(replayer, &CaptureReplayer::positionChanged, this, &ReplayBar::update);
    connect(replayer, &CaptureReplayer::finished, this, &ReplayBar::update);
    update();
}

void ReplayBar::update()
{
    m_play->setText(m_replayer->isPlaying() ? tr("‖ Pause") : tr("▶ Play"));
    if (!m_slider->isSliderDown())
        m_slider->setValue(m_replayer->position());
    const qint64 at = m_replayer->positionMs();
    m_time->setText(tr("%1 · %2 of %3 · %4 s of %5 s")
                        .arg(QDateTime::fromMSecsSinceEpoch(at).toString(u"yyyy-MM-dd HH:mm:ss"_s))
                        .arg(m_replayer->position())
                        .arg(m_replayer->count())
                        .arg((at - m_replayer->startMs()) / 1000)
                        .arg((m_replayer->endMs() - m_replayer->startMs()) / 1000));
}

ServerWorkspace::ServerWorkspace(MainWindow *window)
    : QObject(window), m_window(window), m_list(new QListWidget), m_status(new QLabel)
{
    // The Servers panel: every connection, and the one the operator works on.
    m_list->setObjectName(u"serverList"_s);
    m_list->setAccessibleName(tr("Servers"));
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        const QList<ServerSession *> all = m_set.sessions();
        if (row >= 0 && row < all.size())
            m_set.setCurrent(all.at(row));
    });
    auto *disconnect = new QToolButton;
    disconnect->setText(tr("Disconnect"));
    disconnect->setObjectName(u"serverDisconnect"_s);
    auto *reconnect = new QToolButton;
    reconnect->setText(tr("Connect"));
    reconnect->setObjectName(u"serverConnect"_s);
    connect(disconnect, &QToolButton::clicked, this, [this] {
        if (ServerSession *s = m_set.current())
            s->close();
    });
    connect(reconnect, &QToolButton::clicked, this, [this] {
        if (ServerSession *s = m_set.current())
            s->open();
    });
    auto *serversPanel = new QWidget;
    serversPanel->setObjectName(u"serversPanel"_s);
    auto *sl = new QVBoxLayout(serversPanel);
    sl->setContentsMargins(4, 4, 4, 4);
    sl->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(reconnect);
    buttons->addWidget(disconnect);
    buttons->addStretch();
    sl->addLayout(buttons);
    window->addPanel(serversPanel, tr("Servers"), u"dockServers"_s, Qt::LeftDockWidgetArea);

    // The channels, bridges and event views show every server (a Server column) or one.
    window->channelsView()->setServers(&m_set);
    window->bridgesView()->setServers(&m_set);
    if (auto *log = window->findChild<EventLogView *>())
        log->setServers(&m_set);

    m_status->setObjectName(u"serversStatus"_s);
    window->statusBar()->addPermanentWidget(m_status);

    // The window works on the current server.
    connect(&m_set, &ServerSet::currentChanged, this, [this](ServerSession *s) {
        if (s && m_window->session() != s)
            m_window->setSession(s, labelOf(s), isSimulated(s));
        refresh();
    });
    connect(&m_set, &ServerSet::added, this, [this](ServerSession *s) {
        connect(s->connection(), &Ari::AriConnection::stateChanged, this, &ServerWorkspace::refresh);
        connect(s->store(), &Store::syncStateChanged, this, &ServerWorkspace::refresh);
        if (m_writer)
            m_writer->addSession(s);
        refresh();
    });
    connect(&m_set, &ServerSet::removed, this, [this](ServerSession *s) {
        m_labels.remove(s);
        m_simulated.remove(s);
        refresh();
    });
    auto *tick = new QTimer(this);
    tick->setInterval(1000);
    connect(tick, &QTimer::timeout, this, &ServerWorkspace::refresh);
    tick->start();

    // Capture and replay.
    m_capture = new QAction(tr("&Capture session…"), this);
    m_capture->setObjectName(u"actionCapture"_s);
    m_capture->setCheckable(true);
    m_capture->setToolTip(tr("Write everything the console receives from every server to a file"));
    connect(m_capture, &QAction::triggered, this, [this](bool on) {
        if (!on)
            return stopCapture();
        const QString path = QFileDialog::getSaveFileName(
            m_window, tr("Capture session"), u"capture-%1.jsonl.gz"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s)),
            tr("Captures (*.jsonl.gz *.jsonl)"));
        if (path.isEmpty() || !startCapture(path))
            m_capture->setChecked(false);
    });
    m_openCapture = new QAction(tr("Open ca&pture…"), this);
    m_openCapture->setObjectName(u"actionOpenCapture"_s);
    m_openCapture->setToolTip(tr("Replay a captured session in a read-only window"));
    connect(m_openCapture, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Open capture"), {}, tr("Captures (*.jsonl.gz *.jsonl)"));
        if (!path.isEmpty())
            openCapture(path);
    });
    if (QMenu *menu = window->menuBar()->findChild<QMenu *>(u"connectionMenu"_s)) {
        menu->addSeparator();
        menu->addActions({m_capture, m_openCapture});
    } else if (!window->menuBar()->actions().isEmpty()) {
        if (QMenu *first = window->menuBar()->actions().first()->menu()) {
            first->insertSeparator(first->actions().value(3));
            first->insertActions(first->actions().value(3), {m_capture, m_openCapture});
        }
    }
}

ServerWorkspace::~ServerWorkspace()
{
    stopCapture();
}

void ServerWorkspace::add(ServerSession *session, const QString &label, bool simulated)
{
    m_labels.insert(session, label);
    m_simulated.insert(session, simulated);
    m_set.add(session);
    refresh();
}

QString ServerWorkspace::labelOf(ServerSession *session) const
{
    return m_labels.value(session, session ? session->name() : QString());
}

QString ServerWorkspace::statusLine() const
{
    QStringList parts;
    for (ServerSession *s : m_set.sessions()) {
        const Look look = lookOf(s);
        parts.append(u"%1 %2 %3"_s.arg(look.symbol, s->name(), look.words));
    }
    return parts.join(u"  ·  "_s);
}

void ServerWorkspace::refresh()
{
    const QList<ServerSession *> all = m_set.sessions();
    const QSignalBlocker block(m_list);
    while (m_list->count() > all.size())
        delete m_list->takeItem(m_list->count() - 1);
    for (int i = 0; i < all.size(); ++i) {
        ServerSession *s = all.at(i);
        const Look look = lookOf(s);
        if (i >= m_list->count())
            m_list->addItem(new QListWidgetItem);
        QListWidgetItem *item = m_list->item(i);
        item->setText(tr("%1 %2 — %3 · %n call(s)", nullptr, int(s->store()->channels().size()))
                          .arg(look.symbol, labelOf(s), look.words));
        item->setForeground(Appearance::readable(look.color));
        QFont f = item->font();
        f.setBold(s == m_set.current());
        item->setFont(f);
        if (s == m_set.current())
            m_list->setCurrentRow(i);
    }
    // The status bar tells every connection's truth once there is more than one.
    m_status->setText(all.size() > 1 ? statusLine() : QString());
    m_status->setVisible(all.size() > 1);
    if (m_writer)
        m_capture->setText(tr("Stop &capture (%n line(s))", nullptr, int(m_writer->recordsWritten())));
}

bool ServerWorkspace::startCapture(const QString &path)
{
    stopCapture();
    m_writer = new CaptureWriter(this);
    QString error;
    if (!m_writer->open(path, &error)) {
        m_window->notifier()->error(error);
        delete m_writer;
        m_writer = nullptr;
        return false;
    }
    connect(m_writer, &CaptureWriter::failed, this, [this](const QString &why) {
        m_window->notifier()->error(why);
        stopCapture();
    });
    for (ServerSession *s : m_set.sessions())
        m_writer->addSession(s);
    m_capture->setChecked(true);
    m_window->notifier()->info(tr("Capturing every server to %1").arg(QFileInfo(path).fileName()));
    refresh();
    return true;
}

void ServerWorkspace::stopCapture()
{
    if (!m_writer)
        return;
    CaptureWriter *w = std::exchange(m_writer, nullptr);
    w->close();
    m_capture->setChecked(false);
    m_capture->setText(tr("&Capture session…"));
    if (m_window && m_window->notifier())
        m_window->notifier()->info(tr("Capture saved: %1 (%n line(s))", nullptr, int(w->recordsWritten())).arg(w->fileName()));
    w->deleteLater();
}

MainWindow *ServerWorkspace::openCapture(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_window->notifier()->error(tr("Could not open the capture %1: %2").arg(path, file.errorString()));
        return nullptr;
    }
    Capture capture = CaptureReader::read(&file);
    if (capture.unreadable || capture.servers.isEmpty()) {
        m_window->notifier()->error(tr("%1 cannot be replayed: %2").arg(QFileInfo(path).fileName(), capture.errors.value(0)));
        return nullptr;
    }
    if (!capture.errors.isEmpty())
        m_window->notifier()->warning(tr("%1: %n line(s) could not be read and were skipped (first: %2)", nullptr,
                                         int(capture.errors.size()))
                                          .arg(QFileInfo(path).fileName(), capture.errors.first()));
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    auto *replayer = new CaptureReplayer(std::move(capture), window);
    installReplay(window, replayer, QFileInfo(path).fileName());
    window->show();
    return window;
}

void ServerWorkspace::installReplay(MainWindow *window, CaptureReplayer *replayer, const QString &title)
{
    window->setReplay(QCoreApplication::translate("ServerWorkspace", "replay: this is a captured session, nothing can be sent"));
    ServerWorkspace *ws = window->workspace();
    auto show = [window, ws, replayer, title] {
        const QList<ServerSession *> sessions = replayer->sessions();
        for (int i = 0; i < sessions.size(); ++i) {
            const QString label = QCoreApplication::translate("ServerWorkspace", "replay of %1 (%2)").arg(title, sessions.at(i)->name());
            if (i == 0)
                window->setSession(sessions.at(i), label);
            else
                ws->add(sessions.at(i), label, false);
        }
    };
    show();
    QObject::connect(replayer, &CaptureReplayer::sessionsReplaced, window, show);
    auto *bar = new QToolBar(QCoreApplication::translate("ServerWorkspace", "Replay"), window);
    bar->setObjectName(u"replayToolBar"_s);
    bar->addWidget(new ReplayBar(replayer));
    window->addToolBarBreak();
    window->addToolBar(Qt::TopToolBarArea, bar);
}

} // namespace Console

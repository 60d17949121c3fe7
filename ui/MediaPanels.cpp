#include "ui/MediaPanels.h"

#include "ui/BridgesView.h"
#include "ui/ChannelActions.h"
#include "ui/LiveRecordingsView.h"
#include "ui/MainWindow.h"
#include "ui/MediaController.h"
#include "ui/PlaybacksView.h"
#include "ui/RecordingsBrowser.h"
#include "ui/SoundsBrowser.h"

#include <QDockWidget>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Console {

namespace {

QWidget *titled(const QString &title, QWidget *body)
{
    auto *w = new QWidget;
    auto *v = new QVBoxLayout(w);
    v->setContentsMargins(0, 2, 0, 0);
    auto *label = new QLabel(u"<b>%1</b>"_s.arg(title.toHtmlEscaped()));
    v->addWidget(label);
    v->addWidget(body, 1);
    return w;
}

// A dock's content scrolls rather than forcing the window taller than the screen.
QWidget *scrolled(QWidget *body, const QString &name)
{
    auto *area = new QScrollArea;
    area->setObjectName(body->objectName() + u"Scroll"_s);
    area->setAccessibleName(name);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setWidget(body);
    return area;
}

} // namespace

MediaPanels::MediaPanels(MainWindow *window)
    : QObject(window), m_controller(new MediaController(window->policy(), window->notifier(), window)),
      m_playbacks(new PlaybacksView(m_controller)), m_live(new LiveRecordingsView(m_controller)),
      m_recordings(new RecordingsBrowser(m_controller)), m_sounds(new SoundsBrowser(m_controller))
{
    setObjectName(u"mediaPanels"_s);
}

MediaPanels *MediaPanels::install(MainWindow *window, QDockWidget *tabWith)
{
    auto *p = new MediaPanels(window);
    window->channelActions()->setMediaController(p->m_controller);
    window->bridgesView()->setMediaController(p->m_controller);

    auto *live = new QSplitter(Qt::Vertical);
    live->setObjectName(u"liveMediaSplit"_s);
    live->addWidget(titled(tr("Playing now"), p->m_playbacks));
    live->addWidget(titled(tr("Recording now"), p->m_live));
    QDockWidget *recordings = window->addPanel(scrolled(p->m_recordings, tr("Recordings")), tr("Recordings"),
        u"dockRecordings"_s, Qt::BottomDockWidgetArea, tabWith);
    QDockWidget *sounds = window->addPanel(scrolled(p->m_sounds, tr("Sounds")), tr("Sounds"), u"dockSounds"_s,
        Qt::BottomDockWidgetArea, tabWith ? tabWith : recordings);
    QDockWidget *media = window->addPanel(scrolled(live, tr("Live media")), tr("Live media"), u"dockLiveMedia"_s,
        Qt::BottomDockWidgetArea, tabWith ? tabWith : recordings);
    Q_UNUSED(sounds);
    media->raise();

    connect(window, &MainWindow::sessionChanged, p, [p](ServerSession *session) {
        p->m_controller->setSession(session);
        p->m_playbacks->setSession(session);
        p->m_live->setSession(session);
        p->m_recordings->setSession(session);
        p->m_sounds->setSession(session);
    });
    connect(window, &MainWindow::channelSelectionChanged, p, [p](const QStringList &ids) {
        p->m_playbacks->setSelectedChannels(ids);
        p->m_recordings->setSelectedChannels(ids);
        p->m_sounds->setSelectedChannels(ids);
    });
    connect(window->bridgesView(), &BridgesView::currentBridgeChanged, p->m_sounds, &SoundsBrowser::setSelectedBridge);
    // What was just started shows where it can be controlled.
    connect(p->m_controller, &MediaController::recordingStarted, media, [media] { media->raise(); });
    connect(p->m_controller, &MediaController::played, media, [media] { media->raise(); });
    return p;
}

} // namespace Console

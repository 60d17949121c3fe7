#pragma once

#include "models/ServerSet.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QSlider;
class QToolButton;

namespace Console {

class CaptureReplayer;
class CaptureWriter;
class MainWindow;

//! Play, pause, step, speed and a time slider for a replayed capture.
class ReplayBar : public QWidget
{
    Q_OBJECT

public:
    ReplayBar(CaptureReplayer *replayer, QWidget *parent = nullptr);
    QSlider *slider() const { return m_slider; }
    QComboBox *speed() const { return m_speed; }

private:
    void update();

    CaptureReplayer *m_replayer;
    QToolButton *m_play;
    QToolButton *m_step;
    QComboBox *m_speed;
    QSlider *m_slider;
    QLabel *m_time;
};

//! Several servers in one window: the set of sessions the window shows, a
//! Servers panel (each connection's state in colour and words; pick one to
//! work on it), the channels, bridges and event views' choice of every
//! server (a Server column) or one (ServerScope), a status-bar line for
//! every connection, and the capture and replay actions. The server picked
//! (here, or by selecting one of its rows in a view showing every server)
//! becomes the window's session: MainWindow::sessionChanged keeps meaning
//! "the server the operator is working on now".
class ServerWorkspace : public QObject
{
    Q_OBJECT

public:
    explicit ServerWorkspace(MainWindow *window);
    ~ServerWorkspace() override;

    ServerSet *servers() { return &m_set; }
    //! Shows one more server (not owned); `label` names it, `simulated` marks the demo.
    void add(ServerSession *session, const QString &label, bool simulated);
    QString labelOf(ServerSession *session) const;
    bool isSimulated(ServerSession *session) const { return m_simulated.value(session); }
    QListWidget *serverList() const { return m_list; }
    QAction *captureAction() const { return m_capture; }
    QAction *openCaptureAction() const { return m_openCapture; }
    //! Every connection in a line, for the status bar.
    QString statusLine() const;

    //! Starts capturing every server of the window to `path` (gzip when it ends in .gz).
    bool startCapture(const QString &path);
    void stopCapture();
    //! Opens a capture in a new read-only window; nullptr (and a toast) when it cannot be read.
    MainWindow *openCapture(const QString &path);
    //! Makes `window` a replay of `replayer`: every action disabled with the reason "replay".
    static void installReplay(MainWindow *window, CaptureReplayer *replayer, const QString &title);

private:
    void refresh();

    MainWindow *m_window;
    ServerSet m_set;
    QHash<ServerSession *, QString> m_labels;
    QHash<ServerSession *, bool> m_simulated;
    QListWidget *m_list;
    QLabel *m_status;
    QAction *m_capture;
    QAction *m_openCapture;
    CaptureWriter *m_writer = nullptr;
};

} // namespace Console

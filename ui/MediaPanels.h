#pragma once

#include <QObject>

class QDockWidget;

namespace Console {

class LiveRecordingsView;
class MainWindow;
class MediaController;
class PlaybacksView;
class RecordingsBrowser;
class SoundsBrowser;

//! Puts the media panels in a main window: Recordings (the browser with its
//! player), Sounds, and Live media (playbacks and recordings in progress),
//! tabbed together at the bottom; and gives the channel actions and the
//! bridges view their Play… and Record…. Everything follows the window's
//! session and channel selection.
class MediaPanels : public QObject
{
    Q_OBJECT

public:
    //! Builds the panels into `window`, tabbed with `tabWith` when given. The window owns the result.
    static MediaPanels *install(MainWindow *window, QDockWidget *tabWith = nullptr);

    MediaController *controller() const { return m_controller; }
    PlaybacksView *playbacks() const { return m_playbacks; }
    LiveRecordingsView *liveRecordings() const { return m_live; }
    RecordingsBrowser *recordings() const { return m_recordings; }
    SoundsBrowser *sounds() const { return m_sounds; }

private:
    explicit MediaPanels(MainWindow *window);

    MediaController *m_controller;
    PlaybacksView *m_playbacks;
    LiveRecordingsView *m_live;
    RecordingsBrowser *m_recordings;
    SoundsBrowser *m_sounds;
};

} // namespace Console

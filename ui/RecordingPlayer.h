#pragma once

#include "models/AudioClip.h"

#include <QPointer>
#include <QWidget>

class QAudioSink;
class QBuffer;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QTimer;

namespace Console {

class WaveformView;

//! Listens to a downloaded recording in the console: its waveform, its
//! duration, play and pause, a seek slider and a level meter, through Qt
//! Multimedia's default audio output. Without an audio output (a server, CI)
//! it still loads and shows all of that, and says in words that it cannot
//! be heard here.
class RecordingPlayer : public QWidget
{
    Q_OBJECT

public:
    explicit RecordingPlayer(QWidget *parent = nullptr);
    ~RecordingPlayer() override;

    //! Loads a file of `format` ("wav", "ulaw", ...); false with the reason in statusText().
    bool load(const QString &path, const QString &format, const QString &title = {});
    void clear();
    bool isLoaded() const { return m_clip.isValid(); }
    //! The name the loaded recording was given ("" when none).
    QString loadedName() const { return m_name; }
    qint64 durationMs() const { return m_clip.durationMs(); }
    qint64 positionMs() const { return m_positionMs; }
    bool isPlaying() const { return m_playing; }
    //! Whether this computer has an audio output to play to.
    bool hasAudioOutput() const;
    QString statusText() const;
    QString titleText() const;
    QString timeText() const;
    const AudioClip &clip() const { return m_clip; }
    WaveformView *waveform() const { return m_wave; }
    QPushButton *playButton() const { return m_playButton; }
    QSlider *seekSlider() const { return m_slider; }

    void play();
    void pause();
    void seek(qint64 ms);

Q_SIGNALS:
    void loaded();
    void playingChanged(bool playing);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStatusColour();
    void startSink();
    void stopSink();
    void tick();
    void showPosition();
    void setStatus(const QString &text, bool problem = false);

    AudioClip m_clip;
    QString m_name;
    QAudioSink *m_sink = nullptr;
    QBuffer *m_buffer = nullptr;
    QByteArray m_pcm;
    qint64 m_baseMs = 0;
    qint64 m_positionMs = 0;
    bool m_playing = false;
    QLabel *m_title;
    WaveformView *m_wave;
    QPushButton *m_playButton;
    QSlider *m_slider;
    QLabel *m_time;
    QProgressBar *m_level;
    QLabel *m_status;
    bool m_statusProblem = false;
    QTimer *m_timer;
};

} // namespace Console

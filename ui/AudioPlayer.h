#pragma once

#include <QObject>
#include <QPointer>

class QAudioSink;
class QIODevice;

namespace Console {

//! Plays the call through the computer's speakers (a Qt Multimedia
//! QAudioSink), with volume and mute, and measures the level of what it is
//! given for a meter. Without an audio output (a CI machine, a headless
//! box) it still measures, and says so in words: unavailableReason().
class AudioPlayer : public QObject
{
    Q_OBJECT

public:
    explicit AudioPlayer(QObject *parent = nullptr);
    ~AudioPlayer() override;

    //! Opens the default output for 16-bit mono PCM at `sampleRate` (resampled when
    //! the device wants another rate). False, with the reason, when there is none.
    bool open(int sampleRate);
    void close();
    bool isOpen() const { return m_sink != nullptr; }
    QString unavailableReason() const { return m_unavailable; }
    QString deviceName() const { return m_deviceName; }
    //! Queues PCM for the speakers and updates the level.
    void play(const QByteArray &pcm);
    void setVolume(double volume); //!< 0..1
    double volume() const { return m_volume; }
    void setMuted(bool muted);
    bool isMuted() const { return m_muted; }
    //! The level of the last block given, in dBFS (-100 for silence).
    double levelDbfs() const { return m_level; }
    quint64 samplesPlayed() const { return m_samples; }

Q_SIGNALS:
    void levelChanged(double dbfs);

private:
    QAudioSink *m_sink = nullptr;
    QIODevice *m_io = nullptr;
    QString m_unavailable;
    QString m_deviceName;
    int m_factor = 1;
    double m_volume = 0.8;
    double m_level = -100;
    bool m_muted = false;
    quint64 m_samples = 0;
};

} // namespace Console

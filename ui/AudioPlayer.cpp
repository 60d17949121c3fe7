#include "ui/AudioPlayer.h"

#include "ari/MediaCodec.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QMediaDevices>

#include <utility>

namespace Console {

AudioPlayer::AudioPlayer(QObject *parent) : QObject(parent) {}

AudioPlayer::~AudioPlayer()
{
    close();
}

bool AudioPlayer::open(int sampleRate)
{
    close();
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        m_unavailable = tr("No audio output device: the call cannot be played here (the level meter still shows it)");
        return false;
    }
    QAudioFormat format;
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    format.setSampleRate(sampleRate);
    m_factor = 1;
    if (!device.isFormatSupported(format)) {
        // Many devices take 48 kHz only: 8 and 16 kHz go up by a whole factor.
        for (int rate : {48000, 16000, 32000, 44100}) {
            format.setSampleRate(rate);
            if (rate % sampleRate == 0 && device.isFormatSupported(format)) {
                m_factor = rate / sampleRate;
                break;
            }
        }
        if (m_factor == 1) {
            m_unavailable = tr("The audio output %1 takes no 16-bit mono sound at %2 Hz").arg(device.description()).arg(sampleRate);
            return false;
        }
    }
    m_sink = new QAudioSink(device, format, this);
    m_sink->setBufferSize(format.bytesForDuration(200000)); // 200 ms: small delay, no underruns
    m_sink->setVolume(m_muted ? 0.0 : m_volume);
    m_io = m_sink->start();
    if (!m_io) {
        m_unavailable = tr("The audio output %1 could not be started").arg(device.description());
        delete std::exchange(m_sink, nullptr);
        return false;
    }
    m_deviceName = device.description();
    m_unavailable.clear();
    return true;
}

void AudioPlayer::close()
{
    if (m_sink) {
        m_sink->stop();
        delete std::exchange(m_sink, nullptr);
    }
    m_io = nullptr;
    m_level = -100;
    Q_EMIT levelChanged(m_level);
}

void AudioPlayer::play(const QByteArray &pcm)
{
    m_level = Ari::Media::rmsDbfs(pcm);
    m_samples += quint64(pcm.size() / 2);
    Q_EMIT levelChanged(m_level);
    if (m_io && m_sink && !m_muted)
        m_io->write(Ari::Media::upsample(pcm, m_factor));
}

void AudioPlayer::setVolume(double volume)
{
    m_volume = qBound(0.0, volume, 1.0);
    if (m_sink && !m_muted)
        m_sink->setVolume(m_volume);
}

void AudioPlayer::setMuted(bool muted)
{
    m_muted = muted;
    if (m_sink)
        m_sink->setVolume(muted ? 0.0 : m_volume);
}

} // namespace Console

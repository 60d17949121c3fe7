#include "ui/DeviceMicrophone.h"

#include "ari/MediaCodec.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSource>
#include <QMediaDevices>

#include <utility>

namespace Console {

DeviceMicrophone::DeviceMicrophone(QObject *parent) : MicrophoneSource(parent) {}

DeviceMicrophone::~DeviceMicrophone()
{
    stop();
}

bool DeviceMicrophone::start(int sampleRate)
{
    stop();
    const QAudioDevice device = QMediaDevices::defaultAudioInput();
    if (device.isNull()) {
        m_unavailable = tr("No microphone: whisper and barge cannot be heard from this computer");
        return false;
    }
    QAudioFormat format;
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    format.setSampleRate(sampleRate);
    m_factor = 1;
    if (!device.isFormatSupported(format)) {
        for (int rate : {48000, 16000, 32000}) {
            format.setSampleRate(rate);
            if (rate % sampleRate == 0 && device.isFormatSupported(format)) {
                m_factor = rate / sampleRate;
                break;
            }
        }
        if (m_factor == 1) {
            m_unavailable = tr("The microphone %1 records no 16-bit mono sound at %2 Hz").arg(device.description()).arg(sampleRate);
            return false;
        }
    }
    m_source = new QAudioSource(device, format, this);
    m_io = m_source->start();
    if (!m_io) {
        m_unavailable = tr("The microphone %1 could not be started").arg(device.description());
        delete std::exchange(m_source, nullptr);
        return false;
    }
    connect(m_io, &QIODevice::readyRead, this, [this] {
        QByteArray pcm = m_io->readAll();
        if (pcm.size() % 2)
            pcm.chop(1);
        if (!pcm.isEmpty())
            Q_EMIT pcmReady(Ari::Media::downsample(pcm, m_factor));
    });
    m_name = device.description();
    m_unavailable.clear();
    return true;
}

void DeviceMicrophone::stop()
{
    if (m_source) {
        m_source->stop();
        delete std::exchange(m_source, nullptr);
    }
    m_io = nullptr;
}

} // namespace Console

#pragma once

#include <QObject>

namespace Console {

//! Where the supervisor's voice comes from for whisper and barge: the
//! computer's microphone (DeviceMicrophone), or in tests a source that
//! makes a known signal. It gives 16-bit mono PCM at the rate start() asked for.
class MicrophoneSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    //! Starts capturing at `sampleRate`; false (see unavailableReason()) when it cannot.
    virtual bool start(int sampleRate) = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;
    virtual QString unavailableReason() const { return {}; }
    virtual QString name() const = 0;

Q_SIGNALS:
    void pcmReady(const QByteArray &pcm);
};

} // namespace Console

#pragma once

#include "ui/MicrophoneSource.h"

#include <QPointer>

class QAudioSource;
class QIODevice;

namespace Console {

//! The computer's default microphone through a Qt Multimedia QAudioSource.
//! Without an input device it says so in words and captures nothing.
class DeviceMicrophone : public MicrophoneSource
{
    Q_OBJECT

public:
    explicit DeviceMicrophone(QObject *parent = nullptr);
    ~DeviceMicrophone() override;

    bool start(int sampleRate) override;
    void stop() override;
    bool isActive() const override { return m_source != nullptr; }
    QString unavailableReason() const override { return m_unavailable; }
    QString name() const override { return m_name; }

private:
    QAudioSource *m_source = nullptr;
    QIODevice *m_io = nullptr;
    QString m_unavailable;
    QString m_name;
    int m_factor = 1;
};

} // namespace Console

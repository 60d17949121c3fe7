#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Console {

//! A stored recording decoded for listening in the console: 16-bit mono
//! samples at the file's own rate, from the bytes Asterisk sent for one of
//! its formats (`wav`, `wav16`, `ulaw`, `alaw`, `sln`, `sln16`, ... and WAV
//! files holding PCM, A-law or µ-law). GSM is not decoded (its duration is
//! still known from the frame count).
//!
//!   QString error;
//!   const AudioClip clip = AudioClip::decode(bytes, u"wav"_s, &error);
//!   if (!clip.isValid()) show(error);
class AudioClip
{
public:
    //! The decoded clip, or an invalid one with the reason in `error`.
    static AudioClip decode(const QByteArray &bytes, const QString &format, QString *error = nullptr);
    //! The duration the bytes of a file in `format` hold, without decoding; -1 when it cannot be told.
    static qint64 durationOf(const QByteArray &bytes, const QString &format);
    //! The file name extension Asterisk gives a format (`wav16` is `.wav16`, `ulaw` is `.ulaw`).
    static QString extensionFor(const QString &format);

    bool isValid() const { return m_sampleRate > 0; }
    int sampleRate() const { return m_sampleRate; }
    const QList<qint16> &samples() const { return m_samples; }
    qint64 durationMs() const { return m_sampleRate > 0 ? qint64(m_samples.size()) * 1000 / m_sampleRate : 0; }
    //! Little-endian 16-bit PCM from `fromMs` on, for an audio sink.
    QByteArray pcm(qint64 fromMs = 0) const;
    //! The peak (0..1) of each of `buckets` equal spans, for a waveform.
    QList<float> peaks(int buckets) const;
    //! The RMS level (0..1) of the 50 ms around `atMs`, for a level meter.
    float levelAt(qint64 atMs) const;

private:
    int m_sampleRate = 0;
    QList<qint16> m_samples;
};

} // namespace Console

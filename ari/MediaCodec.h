#pragma once

#include <QByteArray>
#include <QString>

namespace Ari::Media {

//! The audio formats the console exchanges with Asterisk's externalMedia
//! channels: G.711 μ-law at 8 kHz, and signed linear at 16 kHz.
enum class AudioFormat : quint8 { Ulaw, Slin16 };

//! Asterisk's name for a format ("ulaw", "slin16"), as externalMedia's `format` takes it.
QString formatName(AudioFormat format);
//! The format of an Asterisk name; false in *ok when the console does not speak it.
AudioFormat formatFromName(const QString &name, bool *ok = nullptr);
int sampleRate(AudioFormat format);
//! Samples in one 20 ms frame: 160 at 8 kHz, 320 at 16 kHz.
int samplesPerFrame(AudioFormat format);
//! Encoded bytes in one 20 ms frame: 160 for μ-law, 640 for slin16.
int bytesPerFrame(AudioFormat format);
//! The RTP payload type Asterisk uses: 0 for μ-law (static), 118 for slin16 (Asterisk's fixed dynamic one).
int rtpPayloadType(AudioFormat format);

// G.711 μ-law (ITU-T G.711, with the 0x84 bias), one sample at a time.
qint16 ulawToLinear(quint8 code);
quint8 linearToUlaw(qint16 sample);

//! Encoded audio to PCM: 16-bit native-endian samples at the format's rate.
//! slin16 travels big-endian in RTP and little-endian (Asterisk's host order)
//! on the media WebSocket, hence `bigEndian`.
QByteArray decode(AudioFormat format, const QByteArray &encoded, bool bigEndian);
//! PCM (16-bit native-endian samples at the format's rate) to the wire format.
QByteArray encode(AudioFormat format, const QByteArray &pcm, bool bigEndian);

//! The level of a block of PCM for a meter: RMS in dBFS (-100 for digital silence).
double rmsDbfs(const QByteArray &pcm);
//! The peak sample of a block, 0..1 of full scale.
double peakLevel(const QByteArray &pcm);
//! One 20 ms concealment frame after a loss: the previous frame at half
//! gain (repeated once), then silence.
QByteArray concealmentFrame(const QByteArray &previousPcm, int lossesInARow, int samples);
//! Resamples PCM by an integer factor (linear interpolation), for an audio
//! device that does not take 8 or 16 kHz.
QByteArray upsample(const QByteArray &pcm, int factor);
//! Takes every `factor`-th sample (after a 2-tap average), for a microphone
//! that records faster than the call's rate.
QByteArray downsample(const QByteArray &pcm, int factor);

} // namespace Ari::Media

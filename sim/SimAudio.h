#pragma once

#include <QByteArray>
#include <QString>

namespace AriSim {

// Audio helpers for the simulated media: a known test signal (a 1 kHz sine), G.711 encoders, RIFF
// WAVE files (8 kHz 16-bit mono slin, like Asterisk's "wav"), GSM 06.10 silence frames and the
// duration of stored files. All pure functions.
namespace SimAudio {

// n samples of a 1 kHz sine at the given rate (phase continues from startSample), 16-bit.
qint16 toneSample(quint64 sample, int rate = 8000, int amplitude = 8000);
quint8 linearToUlaw(qint16 sample);
quint8 linearToAlaw(qint16 sample);

// One 20 ms frame of the test tone in a codec ("ulaw", "alaw", "slin" 8 kHz, "slin16" big-endian
// for RTP or little-endian for the media WebSocket). startSample advances by samplesPerFrame().
QByteArray toneFrame(const QString &format, quint64 startSample, bool bigEndian);
int samplesPerFrame(const QString &format); // 160 at 8 kHz, 320 at 16 kHz
int rtpPayloadType(const QString &format);   // 0 ulaw, 8 alaw, 9 g722, 118 slin16, 117 slin (dynamic)
bool isMediaFormat(const QString &format);   // formats externalMedia accepts

// A whole file of durationMs: the tone for toneMs, then silence.
QByteArray wavFile(qint64 durationMs, qint64 toneMs, int rate = 8000);
QByteArray gsmFile(qint64 durationMs);
QByteArray rawFile(const QString &format, qint64 durationMs);
QByteArray recordingFile(const QString &format, qint64 durationMs, qint64 toneMs);
// The play length of a stored file (0 when unknown).
qint64 durationMs(const QString &format, const QByteArray &bytes);

} // namespace SimAudio

} // namespace AriSim

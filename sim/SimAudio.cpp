#include "sim/SimAudio.h"

#include <QStringList>
#include <QtEndian>

#include <cmath>

using namespace Qt::StringLiterals;

namespace AriSim::SimAudio {

namespace {

// Asterisk's gsm silence frame (33 bytes, 20 ms).
const unsigned char s_gsmSilence[33] = {0xD8, 0x20, 0xA2, 0xE1, 0x5A, 0x50, 0x00, 0x49, 0x24, 0x92, 0x49,
                                        0x24, 0x50, 0x00, 0x49, 0x24, 0x92, 0x49, 0x24, 0x50, 0x00, 0x49,
                                        0x24, 0x92, 0x49, 0x24, 0x50, 0x00, 0x49, 0x24, 0x92, 0x49, 0x24};

void putLe16(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xff));
    out.append(char(v >> 8));
}

void putLe32(QByteArray &out, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((v >> (8 * i)) & 0xff));
}

} // namespace

qint16 toneSample(quint64 sample, int rate, int amplitude)
{
    const double phase = 2.0 * M_PI * 1000.0 * double(sample % quint64(rate)) / double(rate);
    return qint16(std::lround(amplitude * std::sin(phase)));
}

quint8 linearToUlaw(qint16 sample)
{
    constexpr int bias = 0x84;
    constexpr int clip = 32635;
    int s = sample;
    const int sign = (s >> 8) & 0x80;
    if (sign)
        s = -s;
    if (s > clip)
        s = clip;
    s += bias;
    int exponent = 7;
    for (int mask = 0x4000; (s & mask) == 0 && exponent > 0; mask >>= 1)
        --exponent;
    const int mantissa = (s >> (exponent + 3)) & 0x0f;
    return quint8(~(sign | (exponent << 4) | mantissa));
}

quint8 linearToAlaw(qint16 sample)
{
    int s = sample;
    int mask = 0xD5;
    if (s < 0) {
        mask = 0x55;
        s = -s - 1;
    }
    static const int segEnd[8] = {0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF, 0x3FFF, 0x7FFF};
    s >>= 3;
    int seg = 0;
    while (seg < 8 && s > segEnd[seg])
        ++seg;
    int aval;
    if (seg >= 8)
        aval = 0x7F;
    else {
        aval = seg << 4;
        aval |= seg < 2 ? (s >> 1) & 0x0F : (s >> seg) & 0x0F;
    }
    return quint8(aval ^ mask);
}

int samplesPerFrame(const QString &format)
{
    return format == u"slin16" ? 320 : 160;
}

int rtpPayloadType(const QString &format)
{
    if (format == u"ulaw")
        return 0;
    if (format == u"alaw")
        return 8;
    if (format == u"g722")
        return 9;
    if (format == u"slin16")
        return 118;
    return 117;
}

bool isMediaFormat(const QString &format)
{
    static const QStringList formats = {u"ulaw"_s, u"alaw"_s, u"slin"_s, u"slin16"_s, u"g722"_s};
    return formats.contains(format);
}

QByteArray toneFrame(const QString &format, quint64 startSample, bool bigEndian)
{
    const int n = samplesPerFrame(format);
    const int rate = format == u"slin16" ? 16000 : 8000;
    QByteArray out;
    if (format == u"ulaw" || format == u"alaw" || format == u"g722") {
        out.resize(n);
        for (int i = 0; i < n; ++i) {
            const qint16 s = toneSample(startSample + quint64(i), rate);
            out[i] = char(format == u"alaw" ? linearToAlaw(s) : linearToUlaw(s));
        }
        return out;
    }
    out.resize(n * 2);
    for (int i = 0; i < n; ++i) {
        const qint16 s = toneSample(startSample + quint64(i), rate);
        if (bigEndian)
            qToBigEndian(s, out.data() + 2 * i);
        else
            qToLittleEndian(s, out.data() + 2 * i);
    }
    return out;
}

QByteArray wavFile(qint64 durationMs, qint64 toneMs, int rate)
{
    const qint64 samples = qMax<qint64>(0, durationMs) * rate / 1000;
    const qint64 toneSamples = qBound<qint64>(0, toneMs * rate / 1000, samples);
    const quint32 dataBytes = quint32(samples * 2);
    QByteArray out;
    out.reserve(int(44 + dataBytes));
    out.append("RIFF");
    putLe32(out, 36 + dataBytes);
    out.append("WAVEfmt ");
    putLe32(out, 16);
    putLe16(out, 1); // PCM
    putLe16(out, 1); // mono
    putLe32(out, quint32(rate));
    putLe32(out, quint32(rate * 2));
    putLe16(out, 2);
    putLe16(out, 16);
    out.append("data");
    putLe32(out, dataBytes);
    const qsizetype base = out.size();
    out.resize(base + qsizetype(dataBytes));
    char *data = out.data() + base;
    for (qint64 i = 0; i < samples; ++i)
        qToLittleEndian(qint16(i < toneSamples ? toneSample(quint64(i), rate) : 0), data + 2 * i);
    return out;
}

QByteArray gsmFile(qint64 durationMs)
{
    const qint64 frames = qMax<qint64>(0, durationMs) / 20;
    QByteArray out;
    out.reserve(int(frames * 33));
    for (qint64 i = 0; i < frames; ++i)
        out.append(reinterpret_cast<const char *>(s_gsmSilence), 33);
    return out;
}

QByteArray rawFile(const QString &format, qint64 durationMs)
{
    const qint64 samples = qMax<qint64>(0, durationMs) * (format == u"sln16" ? 16 : 8);
    if (format == u"ulaw" || format == u"alaw") {
        QByteArray out(qsizetype(samples), char(format == u"ulaw" ? 0xFF : 0xD5));
        for (qint64 i = 0; i < samples; ++i) {
            const qint16 s = toneSample(quint64(i));
            out[i] = char(format == u"ulaw" ? linearToUlaw(s) : linearToAlaw(s));
        }
        return out;
    }
    QByteArray out(qsizetype(samples * 2), '\0');
    for (qint64 i = 0; i < samples; ++i)
        qToLittleEndian(toneSample(quint64(i), format == u"sln16" ? 16000 : 8000), out.data() + 2 * i);
    return out;
}

QByteArray recordingFile(const QString &format, qint64 durationMs, qint64 toneMs)
{
    if (format == u"wav")
        return wavFile(durationMs, toneMs);
    if (format == u"wav16")
        return wavFile(durationMs, toneMs, 16000);
    if (format == u"gsm")
        return gsmFile(durationMs);
    return rawFile(format, durationMs);
}

qint64 durationMs(const QString &format, const QByteArray &bytes)
{
    if (format == u"wav" || format == u"wav16") {
        if (bytes.size() < 44 || !bytes.startsWith("RIFF"))
            return 0;
        const quint32 byteRate = qFromLittleEndian<quint32>(bytes.constData() + 28);
        return byteRate ? qint64(bytes.size() - 44) * 1000 / byteRate : 0;
    }
    if (format == u"gsm")
        return qint64(bytes.size() / 33) * 20;
    if (format == u"ulaw" || format == u"alaw")
        return bytes.size() / 8;
    if (format == u"sln16")
        return bytes.size() / 32;
    return bytes.size() / 16;
}

} // namespace AriSim::SimAudio

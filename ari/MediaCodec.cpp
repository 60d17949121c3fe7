#include "ari/MediaCodec.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Ari::Media {

QString formatName(AudioFormat format)
{
    return format == AudioFormat::Slin16 ? u"slin16"_s : u"ulaw"_s;
}

AudioFormat formatFromName(const QString &name, bool *ok)
{
    if (ok)
        *ok = name == u"ulaw" || name == u"slin16";
    return name == u"slin16" ? AudioFormat::Slin16 : AudioFormat::Ulaw;
}

int sampleRate(AudioFormat format)
{
    return format == AudioFormat::Slin16 ? 16000 : 8000;
}

int samplesPerFrame(AudioFormat format)
{
    return sampleRate(format) / 50;
}

int bytesPerFrame(AudioFormat format)
{
    return format == AudioFormat::Slin16 ? samplesPerFrame(format) * 2 : samplesPerFrame(format);
}

int rtpPayloadType(AudioFormat format)
{
    return format == AudioFormat::Slin16 ? 118 : 0;
}

qint16 ulawToLinear(quint8 code)
{
    const int u = ~code & 0xff;
    const int exponent = (u >> 4) & 0x07;
    const int mantissa = u & 0x0f;
    const int magnitude = (((mantissa << 3) + 0x84) << exponent) - 0x84;
    return qint16((u & 0x80) ? -magnitude : magnitude);
}

quint8 linearToUlaw(qint16 sample)
{
    constexpr int bias = 0x84;
    constexpr int clip = 32635;
    int s = sample;
    const int sign = s < 0 ? 0x80 : 0;
    if (sign)
        s = -s;
    s = std::min(s, clip) + bias;
    int exponent = 7;
    for (int mask = 0x4000; (s & mask) == 0 && exponent > 0; mask >>= 1)
        --exponent;
    const int mantissa = (s >> (exponent + 3)) & 0x0f;
    return quint8(~(sign | (exponent << 4) | mantissa));
}

QByteArray decode(AudioFormat format, const QByteArray &encoded, bool bigEndian)
{
    if (format == AudioFormat::Ulaw) {
        QByteArray out(encoded.size() * 2, Qt::Uninitialized);
        auto *dst = reinterpret_cast<qint16 *>(out.data());
        const auto *src = reinterpret_cast<const quint8 *>(encoded.constData());
        for (qsizetype i = 0; i < encoded.size(); ++i)
            dst[i] = ulawToLinear(src[i]);
        return out;
    }
    const qsizetype n = encoded.size() / 2;
    QByteArray out(n * 2, Qt::Uninitialized);
    auto *dst = reinterpret_cast<qint16 *>(out.data());
    for (qsizetype i = 0; i < n; ++i) {
        const char *p = encoded.constData() + 2 * i;
        dst[i] = bigEndian ? qFromBigEndian<qint16>(p) : qFromLittleEndian<qint16>(p);
    }
    return out;
}

QByteArray encode(AudioFormat format, const QByteArray &pcm, bool bigEndian)
{
    const qsizetype n = pcm.size() / 2;
    const auto *src = reinterpret_cast<const qint16 *>(pcm.constData());
    if (format == AudioFormat::Ulaw) {
        QByteArray out(n, Qt::Uninitialized);
        for (qsizetype i = 0; i < n; ++i)
            out[i] = char(linearToUlaw(src[i]));
        return out;
    }
    QByteArray out(n * 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < n; ++i) {
        if (bigEndian)
            qToBigEndian(src[i], out.data() + 2 * i);
        else
            qToLittleEndian(src[i], out.data() + 2 * i);
    }
    return out;
}

double rmsDbfs(const QByteArray &pcm)
{
    const qsizetype n = pcm.size() / 2;
    if (n == 0)
        return -100.0;
    const auto *s = reinterpret_cast<const qint16 *>(pcm.constData());
    double sum = 0;
    for (qsizetype i = 0; i < n; ++i)
        sum += double(s[i]) * double(s[i]);
    const double rms = std::sqrt(sum / double(n)) / 32768.0;
    return rms <= 1e-5 ? -100.0 : 20.0 * std::log10(rms);
}

double peakLevel(const QByteArray &pcm)
{
    const qsizetype n = pcm.size() / 2;
    const auto *s = reinterpret_cast<const qint16 *>(pcm.constData());
    int peak = 0;
    for (qsizetype i = 0; i < n; ++i)
        peak = std::max(peak, std::abs(int(s[i])));
    return double(peak) / 32768.0;
}

QByteArray concealmentFrame(const QByteArray &previousPcm, int lossesInARow, int samples)
{
    QByteArray out(samples * 2, '\0');
    if (lossesInARow > 2 || previousPcm.size() != out.size())
        return out;
    const auto *src = reinterpret_cast<const qint16 *>(previousPcm.constData());
    auto *dst = reinterpret_cast<qint16 *>(out.data());
    const int shift = lossesInARow; // half, then a quarter
    for (int i = 0; i < samples; ++i)
        dst[i] = qint16(src[i] >> shift);
    return out;
}

QByteArray upsample(const QByteArray &pcm, int factor)
{
    if (factor <= 1)
        return pcm;
    const qsizetype n = pcm.size() / 2;
    const auto *src = reinterpret_cast<const qint16 *>(pcm.constData());
    QByteArray out(n * factor * 2, Qt::Uninitialized);
    auto *dst = reinterpret_cast<qint16 *>(out.data());
    for (qsizetype i = 0; i < n; ++i) {
        const int a = src[i];
        const int b = i + 1 < n ? src[i + 1] : src[i];
        for (int k = 0; k < factor; ++k)
            dst[i * factor + k] = qint16(a + (b - a) * k / factor);
    }
    return out;
}

QByteArray downsample(const QByteArray &pcm, int factor)
{
    if (factor <= 1)
        return pcm;
    const qsizetype n = pcm.size() / 2 / factor;
    const auto *src = reinterpret_cast<const qint16 *>(pcm.constData());
    QByteArray out(n * 2, Qt::Uninitialized);
    auto *dst = reinterpret_cast<qint16 *>(out.data());
    for (qsizetype i = 0; i < n; ++i) {
        int sum = 0;
        for (int k = 0; k < factor; ++k)
            sum += src[i * factor + k];
        dst[i] = qint16(sum / factor);
    }
    return out;
}

} // namespace Ari::Media

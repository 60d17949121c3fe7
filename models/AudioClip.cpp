#include "models/AudioClip.h"

#include <QCoreApplication>
#include <QtEndian>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Console {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AudioClip", text);
}

qint16 ulawToLinear(quint8 u)
{
    u = ~u;
    const int sign = u & 0x80;
    const int exponent = (u >> 4) & 0x07;
    const int mantissa = u & 0x0F;
    int sample = ((mantissa << 3) + 0x84) << exponent;
    sample -= 0x84;
    return qint16(sign ? -sample : sample);
}

qint16 alawToLinear(quint8 a)
{
    a ^= 0x55;
    const int sign = a & 0x80;
    const int exponent = (a >> 4) & 0x07;
    int sample = (a & 0x0F) << 4;
    sample += exponent == 0 ? 8 : 0x108;
    if (exponent > 1)
        sample <<= exponent - 1;
    return qint16(sign ? sample : -sample);
}

// Raw formats: the rate Asterisk writes them at, 0 when not a raw linear/companded one.
int rawRate(const QString &format)
{
    if (format == u"ulaw" || format == u"alaw" || format == u"pcm" || format == u"al" || format == u"ul"
        || format == u"sln" || format == u"raw")
        return 8000;
    static const QList<std::pair<const char16_t *, int>> rates = {
        {u"sln12", 12000}, {u"sln16", 16000}, {u"sln24", 24000}, {u"sln32", 32000}, {u"sln44", 44100},
        {u"sln48", 48000}, {u"sln96", 96000}, {u"sln192", 192000}};
    for (const auto &[name, rate] : rates) {
        if (format == QStringView(name))
            return rate;
    }
    return 0;
}

bool companded(const QString &format, bool *ulaw)
{
    *ulaw = format == u"ulaw" || format == u"pcm" || format == u"ul";
    return *ulaw || format == u"alaw" || format == u"al";
}

struct WavInfo
{
    quint16 codec = 0;
    quint16 channels = 0;
    quint32 rate = 0;
    quint32 byteRate = 0;
    quint16 bits = 0;
    qsizetype dataOffset = -1;
    qint64 dataSize = 0;
};

bool readWav(const QByteArray &bytes, WavInfo *info, QString *error)
{
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE") {
        *error = tr("not a WAV file (no RIFF/WAVE header)");
        return false;
    }
    qsizetype pos = 12;
    bool haveFmt = false;
    while (pos + 8 <= bytes.size()) {
        const QByteArray id = bytes.mid(pos, 4);
        const quint32 size = qFromLittleEndian<quint32>(bytes.constData() + pos + 4);
        const qsizetype body = pos + 8;
        if (id == "fmt " && body + 16 <= bytes.size()) {
            info->codec = qFromLittleEndian<quint16>(bytes.constData() + body);
            info->channels = qFromLittleEndian<quint16>(bytes.constData() + body + 2);
            info->rate = qFromLittleEndian<quint32>(bytes.constData() + body + 4);
            info->byteRate = qFromLittleEndian<quint32>(bytes.constData() + body + 8);
            info->bits = qFromLittleEndian<quint16>(bytes.constData() + body + 14);
            // WAVE_FORMAT_EXTENSIBLE carries the real codec in its sub-format GUID.
            if (info->codec == 0xFFFE && size >= 26 && body + 26 <= bytes.size())
                info->codec = qFromLittleEndian<quint16>(bytes.constData() + body + 24);
            haveFmt = true;
        } else if (id == "data") {
            info->dataOffset = body;
            // A file still being written (or cut short) says more than it holds: take what is there.
            info->dataSize = std::min<qint64>(size, bytes.size() - body);
            break;
        }
        pos = body + qsizetype(size) + (size & 1);
    }
    if (!haveFmt || info->dataOffset < 0) {
        *error = tr("the WAV file has no %1 chunk").arg(haveFmt ? u"data"_s : u"fmt"_s);
        return false;
    }
    if (info->channels == 0 || info->rate == 0) {
        *error = tr("the WAV file's header is damaged (no channels or no sample rate)");
        return false;
    }
    return true;
}

} // namespace

QString AudioClip::extensionFor(const QString &format)
{
    return format.isEmpty() ? u"bin"_s : format;
}

qint64 AudioClip::durationOf(const QByteArray &bytes, const QString &format)
{
    if (format == u"wav" || format == u"wav16" || bytes.startsWith("RIFF")) {
        WavInfo info;
        QString error;
        if (!readWav(bytes, &info, &error) || info.byteRate == 0)
            return -1;
        return info.dataSize * 1000 / info.byteRate;
    }
    if (format == u"gsm")
        return qint64(bytes.size() / 33) * 20;
    bool ulaw = false;
    if (companded(format, &ulaw))
        return bytes.size() / 8;
    if (const int rate = rawRate(format))
        return qint64(bytes.size() / 2) * 1000 / rate;
    return -1;
}

AudioClip AudioClip::decode(const QByteArray &bytes, const QString &format, QString *error)
{
    AudioClip clip;
    QString why;
    auto fail = [&](const QString &text) {
        if (error)
            *error = text;
        return AudioClip();
    };
    if (format == u"gsm" || format == u"wav49")
        return fail(tr("GSM recordings cannot be played in the console (download the file to listen to it)"));
    bool ulaw = false;
    if (format == u"wav" || format == u"wav16" || bytes.startsWith("RIFF")) {
        WavInfo info;
        if (!readWav(bytes, &info, &why))
            return fail(why);
        const char *data = bytes.constData() + info.dataOffset;
        const qint64 frames = info.dataSize / std::max(1, int(info.channels) * std::max(1, info.bits / 8));
        clip.m_samples.reserve(frames);
        // Several channels are mixed down to one.
        if (info.codec == 1 && info.bits == 16) {
            for (qint64 f = 0; f < frames; ++f) {
                int sum = 0;
                for (int ch = 0; ch < info.channels; ++ch)
                    sum += qFromLittleEndian<qint16>(data + (f * info.channels + ch) * 2);
                clip.m_samples.append(qint16(sum / info.channels));
            }
        } else if (info.codec == 1 && info.bits == 8) {
            for (qint64 f = 0; f < frames; ++f) {
                int sum = 0;
                for (int ch = 0; ch < info.channels; ++ch)
                    sum += (int(quint8(data[f * info.channels + ch])) - 128) << 8;
                clip.m_samples.append(qint16(sum / info.channels));
            }
        } else if ((info.codec == 6 || info.codec == 7) && info.bits == 8) {
            for (qint64 f = 0; f < frames; ++f) {
                int sum = 0;
                for (int ch = 0; ch < info.channels; ++ch) {
                    const quint8 b = quint8(data[f * info.channels + ch]);
                    sum += info.codec == 7 ? ulawToLinear(b) : alawToLinear(b);
                }
                clip.m_samples.append(qint16(sum / info.channels));
            }
        } else if (info.codec == 0x31) {
            return fail(tr("GSM recordings cannot be played in the console (download the file to listen to it)"));
        } else {
            return fail(tr("the WAV file holds codec %1 at %2 bits, which the console does not decode")
                            .arg(info.codec)
                            .arg(info.bits));
        }
        clip.m_sampleRate = int(info.rate);
    } else if (companded(format, &ulaw)) {
        clip.m_samples.reserve(bytes.size());
        for (const char b : bytes)
            clip.m_samples.append(ulaw ? ulawToLinear(quint8(b)) : alawToLinear(quint8(b)));
        clip.m_sampleRate = 8000;
    } else if (const int rate = rawRate(format)) {
        const qsizetype n = bytes.size() / 2;
        clip.m_samples.reserve(n);
        for (qsizetype i = 0; i < n; ++i)
            clip.m_samples.append(qFromLittleEndian<qint16>(bytes.constData() + 2 * i));
        clip.m_sampleRate = rate;
    } else {
        return fail(tr("the console does not decode the %1 format").arg(format.isEmpty() ? tr("(unknown)") : format));
    }
    if (clip.m_samples.isEmpty() && error)
        *error = tr("the recording is empty (no audio)");
    return clip;
}

QByteArray AudioClip::pcm(qint64 fromMs) const
{
    const qsizetype from = std::clamp<qsizetype>(qsizetype(fromMs * m_sampleRate / 1000), 0, m_samples.size());
    QByteArray out(qsizetype(m_samples.size() - from) * 2, Qt::Uninitialized);
    for (qsizetype i = from; i < m_samples.size(); ++i)
        qToLittleEndian(m_samples.at(i), out.data() + 2 * (i - from));
    return out;
}

QList<float> AudioClip::peaks(int buckets) const
{
    QList<float> out;
    if (buckets <= 0 || m_samples.isEmpty())
        return out;
    out.reserve(buckets);
    const qsizetype n = m_samples.size();
    for (int b = 0; b < buckets; ++b) {
        const qsizetype from = n * b / buckets;
        const qsizetype to = std::max(from + 1, n * (b + 1) / buckets);
        int peak = 0;
        for (qsizetype i = from; i < to && i < n; ++i)
            peak = std::max(peak, std::abs(int(m_samples.at(i))));
        out.append(float(peak) / 32768.0f);
    }
    return out;
}

float AudioClip::levelAt(qint64 atMs) const
{
    if (m_samples.isEmpty() || m_sampleRate <= 0)
        return 0;
    const qsizetype centre = qsizetype(atMs * m_sampleRate / 1000);
    const qsizetype half = m_sampleRate / 40;
    const qsizetype from = std::clamp<qsizetype>(centre - half, 0, m_samples.size());
    const qsizetype to = std::clamp<qsizetype>(centre + half, 0, m_samples.size());
    if (to <= from)
        return 0;
    double sum = 0;
    for (qsizetype i = from; i < to; ++i)
        sum += double(m_samples.at(i)) * m_samples.at(i);
    return float(std::sqrt(sum / double(to - from)) / 32768.0);
}

} // namespace Console

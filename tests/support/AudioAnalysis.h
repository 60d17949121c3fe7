#pragma once

// Audio checks for the listen/whisper tests: the power of one frequency (Goertzel), the share of a
// signal's energy at that frequency, and the best normalised correlation with a reference tone.

#include <QByteArray>

#include <algorithm>
#include <cmath>
#include <vector>

namespace TestSupport {

inline std::vector<double> samplesOf(const QByteArray &pcm)
{
    std::vector<double> out(size_t(pcm.size() / 2));
    const auto *s = reinterpret_cast<const qint16 *>(pcm.constData());
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = s[i];
    return out;
}

//! Goertzel: the power of `frequency` in the samples (unnormalised).
inline double goertzelPower(const std::vector<double> &x, double frequency, int rate)
{
    const double w = 2.0 * M_PI * frequency / rate;
    const double coeff = 2.0 * std::cos(w);
    double s1 = 0, s2 = 0;
    for (double v : x) {
        const double s0 = v + coeff * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    return s1 * s1 + s2 * s2 - coeff * s1 * s2;
}

//! The share (0..1) of the signal's energy at `frequency`: about 1 for a pure tone there.
inline double toneShare(const std::vector<double> &x, double frequency, int rate)
{
    double energy = 0;
    for (double v : x)
        energy += v * v;
    if (energy <= 0 || x.empty())
        return 0;
    // A pure sine of N samples has Goertzel power (N/2)^2 A^2 and energy N A^2 / 2.
    return std::min(1.0, 2.0 * goertzelPower(x, frequency, rate) / (double(x.size()) * energy));
}

//! The best normalised cross-correlation of x with a sine of `frequency` over one period of lags.
inline double toneCorrelation(const std::vector<double> &x, double frequency, int rate)
{
    const int period = int(std::lround(rate / frequency));
    double best = 0;
    for (int lag = 0; lag < period; ++lag) {
        double xy = 0, xx = 0, yy = 0;
        for (size_t i = 0; i < x.size(); ++i) {
            const double y = std::sin(2.0 * M_PI * frequency * double(i + size_t(lag)) / rate);
            xy += x[i] * y;
            xx += x[i] * x[i];
            yy += y * y;
        }
        if (xx > 0 && yy > 0)
            best = std::max(best, xy / std::sqrt(xx * yy));
    }
    return best;
}

inline double rmsDbfs(const std::vector<double> &x)
{
    double sum = 0;
    for (double v : x)
        sum += v * v;
    const double rms = x.empty() ? 0 : std::sqrt(sum / double(x.size())) / 32768.0;
    return rms <= 1e-5 ? -100 : 20 * std::log10(rms);
}

} // namespace TestSupport

#include "ui/WaveformView.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Console {

WaveformView::WaveformView(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"waveform"_s);
    setAccessibleName(tr("Waveform"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_placeholder = tr("No recording loaded");
}

void WaveformView::setPeaks(const QList<float> &peaks, qint64 durationMs)
{
    m_peaks = peaks;
    m_durationMs = std::max<qint64>(0, durationMs);
    m_positionMs = 0;
    setAccessibleDescription(peaks.isEmpty() ? m_placeholder : tr("Waveform of %n ms of audio", nullptr, int(m_durationMs)));
    update();
}

void WaveformView::setPosition(qint64 ms)
{
    ms = std::clamp<qint64>(ms, 0, m_durationMs);
    if (ms == m_positionMs)
        return;
    m_positionMs = ms;
    update();
}

void WaveformView::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

qint64 WaveformView::msAt(int x) const
{
    return width() > 0 ? std::clamp<qint64>(qint64(x) * m_durationMs / width(), 0, m_durationMs) : 0;
}

void WaveformView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRect r = rect();
    p.fillRect(r, palette().color(QPalette::Base));
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(r.adjusted(0, 0, -1, -1));
    if (m_peaks.isEmpty() || r.width() < 2) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(r, Qt::AlignCenter, m_placeholder);
        return;
    }
    const int w = r.width() - 2;
    const int mid = r.center().y();
    const int half = r.height() / 2 - 3;
    const int playedX = m_durationMs > 0 ? int(qint64(w) * m_positionMs / m_durationMs) : 0;
    const QColor played = palette().color(QPalette::Highlight);
    // What is still to play: halfway between the text and the background, in light and dark palettes alike.
    const QColor text = palette().color(QPalette::Text), base = palette().color(QPalette::Base);
    const QColor rest((text.red() + base.red()) / 2, (text.green() + base.green()) / 2, (text.blue() + base.blue()) / 2);
    p.setPen(palette().color(QPalette::Midlight));
    p.drawLine(1, mid, w, mid);
    const qsizetype n = m_peaks.size();
    for (int x = 0; x < w; ++x) {
        const qsizetype from = n * x / w;
        const qsizetype to = std::max(from + 1, n * (x + 1) / w);
        float peak = 0;
        for (qsizetype i = from; i < to && i < n; ++i)
            peak = std::max(peak, m_peaks.at(i));
        const int h = std::max(1, int(peak * half));
        p.setPen(x < playedX ? played : rest);
        p.drawLine(x + 1, mid - h, x + 1, mid + h);
    }
    p.setPen(QPen(palette().color(QPalette::WindowText), 2));
    p.drawLine(playedX + 1, r.top() + 1, playedX + 1, r.bottom() - 1);
}

void WaveformView::mousePressEvent(QMouseEvent *event)
{
    if (!m_peaks.isEmpty() && event->button() == Qt::LeftButton)
        Q_EMIT seekRequested(msAt(int(event->position().x())));
}

void WaveformView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_peaks.isEmpty() && (event->buttons() & Qt::LeftButton))
        Q_EMIT seekRequested(msAt(int(event->position().x())));
}

void WaveformView::keyPressEvent(QKeyEvent *event)
{
    if (!m_peaks.isEmpty() && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
        Q_EMIT seekRequested(std::clamp<qint64>(m_positionMs + (event->key() == Qt::Key_Left ? -1000 : 1000), 0, m_durationMs));
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Console

#pragma once

#include <QList>
#include <QWidget>

namespace Console {

//! A recording's waveform: its peaks from start to end, the part already
//! played in the highlight colour, and a playhead. Clicking or dragging
//! asks to seek there; Left and Right step by a second.
class WaveformView : public QWidget
{
    Q_OBJECT

public:
    explicit WaveformView(QWidget *parent = nullptr);

    //! Peaks (0..1) from start to end, at any resolution; empty clears the view.
    void setPeaks(const QList<float> &peaks, qint64 durationMs);
    void setPosition(qint64 ms);
    //! A word shown in the middle when there is no waveform ("No recording loaded").
    void setPlaceholder(const QString &text);
    const QList<float> &peaks() const { return m_peaks; }
    qint64 durationMs() const { return m_durationMs; }
    qint64 position() const { return m_positionMs; }

    QSize sizeHint() const override { return {400, 90}; }
    QSize minimumSizeHint() const override { return {120, 48}; }

Q_SIGNALS:
    void seekRequested(qint64 ms);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    qint64 msAt(int x) const;

    QList<float> m_peaks;
    QString m_placeholder;
    qint64 m_durationMs = 0;
    qint64 m_positionMs = 0;
};

} // namespace Console

#include "ui/RecordingPlayer.h"

#include "models/ChannelModel.h"
#include "ui/Appearance.h"
#include "ui/WaveformView.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QEvent>
#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaDevices>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Console {

RecordingPlayer::RecordingPlayer(QWidget *parent)
    : QWidget(parent), m_title(new QLabel), m_wave(new WaveformView), m_playButton(new QPushButton),
      m_slider(new QSlider(Qt::Horizontal)), m_time(new QLabel), m_level(new QProgressBar), m_status(new QLabel),
      m_timer(new QTimer(this))
{
    setObjectName(u"recordingPlayer"_s);
    m_title->setObjectName(u"playerTitle"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_playButton->setObjectName(u"playerPlay"_s);
    m_playButton->setAccessibleName(tr("Play or pause"));
    m_playButton->setShortcut(QKeySequence(u"Ctrl+Space"_s));
    m_slider->setObjectName(u"playerSeek"_s);
    m_slider->setAccessibleName(tr("Position"));
    m_slider->setRange(0, 0);
    m_slider->setSingleStep(1000);
    m_slider->setPageStep(5000);
    m_time->setObjectName(u"playerTime"_s);
    m_time->setMinimumWidth(m_time->fontMetrics().horizontalAdvance(u"00:00 / 00:00"_s) + 8);
    m_level->setObjectName(u"playerLevel"_s);
    m_level->setAccessibleName(tr("Level"));
    m_level->setRange(0, 100);
    m_level->setTextVisible(false);
    m_level->setOrientation(Qt::Vertical);
    m_level->setFixedWidth(10);
    m_level->setToolTip(tr("Level at the playhead"));
    m_status->setObjectName(u"playerStatus"_s);
    m_status->setWordWrap(true);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_playButton);
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_time);
    auto *waveRow = new QHBoxLayout;
    waveRow->addWidget(m_wave, 1);
    waveRow->addWidget(m_level);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addLayout(waveRow, 1);
    layout->addLayout(controls);
    layout->addWidget(m_status);

    m_timer->setInterval(40);
    connect(m_timer, &QTimer::timeout, this, &RecordingPlayer::tick);
    connect(m_playButton, &QPushButton::clicked, this, [this] { m_playing ? pause() : play(); });
    connect(m_slider, &QSlider::sliderMoved, this, [this](int ms) { seek(ms); });
    connect(m_slider, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove && action != QAbstractSlider::SliderNoAction)
            QTimer::singleShot(0, this, [this] { seek(m_slider->value()); });
    });
    connect(m_wave, &WaveformView::seekRequested, this, &RecordingPlayer::seek);
    clear();
}

RecordingPlayer::~RecordingPlayer()
{
    stopSink();
}

bool RecordingPlayer::hasAudioOutput() const
{
    return !QMediaDevices::defaultAudioOutput().isNull();
}

QString RecordingPlayer::statusText() const
{
    return m_status->text();
}

QString RecordingPlayer::titleText() const
{
    return m_title->text();
}

QString RecordingPlayer::timeText() const
{
    return m_time->text();
}

void RecordingPlayer::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_statusProblem = problem;
    applyStatusColour();
}

void RecordingPlayer::applyStatusColour()
{
    QPalette p = palette();
    if (m_statusProblem)
        p.setColor(QPalette::WindowText, Appearance::readable(QColor(0xb2, 0x3c, 0x00), p.color(QPalette::Window)));
    m_status->setPalette(p);
}

void RecordingPlayer::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Light to dark (View > Appearance): the problem's colour follows.
    if (event->type() == QEvent::PaletteChange)
        applyStatusColour();
}

void RecordingPlayer::clear()
{
    stopSink();
    m_clip = AudioClip();
    m_name.clear();
    m_pcm.clear();
    m_positionMs = 0;
    m_playing = false;
    m_title->setText(tr("No recording loaded: pick one and press Listen"));
    m_wave->setPlaceholder(tr("No recording loaded"));
    m_wave->setPeaks({}, 0);
    m_slider->setRange(0, 0);
    m_playButton->setEnabled(false);
    m_playButton->setText(tr("▶ Play"));
    m_level->setValue(0);
    setStatus(QString());
    showPosition();
}

bool RecordingPlayer::load(const QString &path, const QString &format, const QString &title)
{
    clear();
    const QString name = title.isEmpty() ? QFileInfo(path).fileName() : title;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(tr("Cannot open %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    const QByteArray bytes = file.readAll();
    m_name = name;
    QString error;
    m_clip = AudioClip::decode(bytes, format, &error);
    if (!m_clip.isValid()) {
        const qint64 ms = AudioClip::durationOf(bytes, format);
        m_title->setText(ms >= 0 ? tr("%1 — %2 (%3)").arg(name, ChannelModel::formatDuration(ms), format)
                                 : tr("%1 (%2)").arg(name, format));
        m_wave->setPlaceholder(tr("No waveform for the %1 format").arg(format));
        setStatus(error, true);
        return false;
    }
    m_title->setText(tr("%1 — %2 (%3, %4 Hz)")
                         .arg(name, ChannelModel::formatDuration(m_clip.durationMs()), format)
                         .arg(m_clip.sampleRate()));
    m_wave->setPeaks(m_clip.peaks(2000), m_clip.durationMs());
    m_slider->setRange(0, int(m_clip.durationMs()));
    const bool output = hasAudioOutput();
    m_playButton->setEnabled(output && m_clip.durationMs() > 0);
    if (!output) {
        m_playButton->setToolTip(tr("No audio output is available on this computer"));
        setStatus(tr("No audio output is available on this computer: the recording is loaded and its waveform "
                     "shown, but it cannot be heard here. Download it to play it elsewhere."),
                  true);
    } else if (!error.isEmpty()) {
        setStatus(error, true);
    } else {
        m_playButton->setToolTip(tr("Play (Ctrl+Space)"));
        setStatus(tr("Ready to play on %1").arg(QMediaDevices::defaultAudioOutput().description()));
    }
    showPosition();
    Q_EMIT loaded();
    return true;
}

void RecordingPlayer::play()
{
    if (!m_clip.isValid() || m_playing || !hasAudioOutput())
        return;
    if (m_positionMs >= m_clip.durationMs())
        m_positionMs = 0;
    startSink();
}

void RecordingPlayer::pause()
{
    if (!m_playing)
        return;
    tick();
    stopSink();
    m_playing = false;
    m_playButton->setText(tr("▶ Play"));
    Q_EMIT playingChanged(false);
}

void RecordingPlayer::seek(qint64 ms)
{
    if (!m_clip.isValid())
        return;
    m_positionMs = std::clamp<qint64>(ms, 0, m_clip.durationMs());
    if (m_playing) {
        stopSink();
        startSink();
    }
    showPosition();
}

void RecordingPlayer::startSink()
{
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    QAudioFormat format;
    format.setSampleRate(m_clip.sampleRate());
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format)) {
        // Some outputs take only their own rate: resample (linearly; this is for listening, not archiving).
        format.setSampleRate(device.preferredFormat().sampleRate() > 0 ? device.preferredFormat().sampleRate() : 48000);
    }
    const int rate = format.sampleRate();
    QByteArray pcm = m_clip.pcm(m_positionMs);
    if (rate != m_clip.sampleRate()) {
        const qsizetype inN = pcm.size() / 2;
        const qsizetype outN = inN * rate / m_clip.sampleRate();
        QByteArray out(outN * 2, Qt::Uninitialized);
        const auto *in = reinterpret_cast<const qint16 *>(pcm.constData());
        auto *o = reinterpret_cast<qint16 *>(out.data());
        for (qsizetype i = 0; i < outN && inN > 0; ++i) {
            const double src = double(i) * m_clip.sampleRate() / rate;
            const qsizetype a = std::min<qsizetype>(qsizetype(src), inN - 1);
            const qsizetype b = std::min<qsizetype>(a + 1, inN - 1);
            const double t = src - double(a);
            o[i] = qint16(in[a] * (1 - t) + in[b] * t);
        }
        pcm = out;
    }
    m_pcm = pcm;
    m_buffer = new QBuffer(&m_pcm, this);
    m_buffer->open(QIODevice::ReadOnly);
    m_sink = new QAudioSink(device, format, this);
    connect(m_sink, &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        if (!m_sink)
            return;
        if (state == QAudio::IdleState && m_buffer && m_buffer->atEnd()) {
            m_positionMs = m_clip.durationMs();
            stopSink();
            m_playing = false;
            m_playButton->setText(tr("▶ Play"));
            showPosition();
            Q_EMIT playingChanged(false);
        } else if (state == QAudio::StoppedState && m_sink->error() != QAudio::NoError) {
            const QAudio::Error error = m_sink->error();
            stopSink();
            m_playing = false;
            m_playButton->setText(tr("▶ Play"));
            setStatus(error == QAudio::OpenError    ? tr("The audio output could not be opened (is it in use?)")
                      : error == QAudio::FatalError ? tr("The audio output stopped working")
                                                    : tr("Playing stopped: the audio output reported an error"),
                      true);
            Q_EMIT playingChanged(false);
        }
    });
    m_baseMs = m_positionMs;
    m_sink->start(m_buffer);
    m_playing = true;
    m_playButton->setText(tr("❚❚ Pause"));
    setStatus(tr("Playing on %1").arg(device.description()));
    m_timer->start();
    Q_EMIT playingChanged(true);
}

void RecordingPlayer::stopSink()
{
    m_timer->stop();
    if (m_sink) {
        QAudioSink *sink = std::exchange(m_sink, nullptr);
        sink->stop();
        sink->deleteLater();
    }
    if (m_buffer) {
        m_buffer->close();
        std::exchange(m_buffer, nullptr)->deleteLater();
    }
}

void RecordingPlayer::tick()
{
    if (!m_sink)
        return;
    m_positionMs = std::min<qint64>(m_clip.durationMs(), m_baseMs + m_sink->processedUSecs() / 1000);
    showPosition();
}

void RecordingPlayer::showPosition()
{
    const qint64 total = m_clip.durationMs();
    m_time->setText(u"%1 / %2"_s.arg(ChannelModel::formatDuration(m_positionMs), ChannelModel::formatDuration(total)));
    if (!m_slider->isSliderDown()) {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(int(m_positionMs));
    }
    m_wave->setPosition(m_positionMs);
    m_level->setValue(m_clip.isValid() ? int(std::min(1.0f, m_clip.levelAt(m_positionMs) * 1.4f) * 100) : 0);
}

} // namespace Console

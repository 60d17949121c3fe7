#include "ui/LevelMeter.h"

#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Console {

LevelMeter::LevelMeter(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"levelMeter"_s);
    setAccessibleName(tr("Audio level"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void LevelMeter::setLevel(double dbfs)
{
    // Up at once, down by at most 3 dB a block: a meter the eye can follow.
    m_level = dbfs >= m_level ? dbfs : std::max(dbfs, m_level - 3.0);
    setAccessibleDescription(m_level <= -60 ? tr("silent") : tr("%1 dB").arg(qRound(m_level)));
    update();
}

double LevelMeter::fraction() const
{
    return std::clamp((m_level + 60.0) / 60.0, 0.0, 1.0);
}

QSize LevelMeter::sizeHint() const
{
    return {200, fontMetrics().height() + 6};
}

QSize LevelMeter::minimumSizeHint() const
{
    return {80, fontMetrics().height() + 6};
}

void LevelMeter::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QString label = m_level <= -60 ? tr("silent") : tr("%1 dB").arg(qRound(m_level));
    const int textWidth = fontMetrics().horizontalAdvance(u"-60 dB"_s) + 8;
    const QRect bar = rect().adjusted(0, 2, -textWidth, -2);
    p.fillRect(bar, palette().color(QPalette::Base));
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(bar.adjusted(0, 0, -1, -1));
    const int lit = int(bar.width() * fraction());
    const int amberFrom = int(bar.width() * 0.8);
    if (lit > 0) {
        p.fillRect(QRect(bar.left() + 1, bar.top() + 1, std::min(lit, amberFrom) - 1, bar.height() - 2), QColor(0x43, 0xa0, 0x47));
        if (lit > amberFrom)
            p.fillRect(QRect(bar.left() + amberFrom, bar.top() + 1, lit - amberFrom - 1, bar.height() - 2), QColor(0xf9, 0xa8, 0x25));
    }
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(bar.right() + 6, 0, textWidth, height()), Qt::AlignVCenter | Qt::AlignLeft, label);
}

} // namespace Console

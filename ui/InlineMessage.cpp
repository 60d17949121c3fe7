#include "ui/InlineMessage.h"

#include <QDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QStyle>

namespace Console {

namespace {
QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}
} // namespace

InlineMessage::InlineMessage(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setTextFormat(Qt::PlainText);
    m_icon->setAlignment(Qt::AlignTop);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    setAccessibleName(tr("Message"));
    hide();
}

void InlineMessage::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    m_text->setText(text);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (kind) {
    case Kind::Error: icon = QStyle::SP_MessageBoxCritical; break;
    case Kind::Warning: icon = QStyle::SP_MessageBoxWarning; break;
    case Kind::Success: icon = QStyle::SP_DialogApplyButton; break;
    case Kind::Info: break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    // A screen reader hears the message itself, with its kind.
    setAccessibleDescription(text);
    applyColours();
    show();
    growWindow();
}

void InlineMessage::growWindow()
{
    // A wrapped message needs height a dialog did not have: grow it, never shrink what the user chose.
    // Docked panels are left to their dock.
    auto *dialog = qobject_cast<QDialog *>(window());
    if (!dialog || !dialog->layout())
        return;
    // The layouts between here and the dialog cache their height-for-width: the new text makes them stale.
    layout()->invalidate();
    updateGeometry();
    QLayout *layout = dialog->layout();
    layout->invalidate();
    layout->activate();
    const int hfw = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width()) : 0;
    const int h = qMax(qMax(hfw, layout->totalMinimumSize().height()), dialog->minimumSizeHint().height());
    if (h > dialog->height())
        dialog->resize(dialog->width(), h);
}

void InlineMessage::clear()
{
    m_text->clear();
    setAccessibleDescription({});
    hide();
}

QString InlineMessage::text() const
{
    return m_text->text();
}

void InlineMessage::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (!m_applying && (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange))
        applyColours();
}

void InlineMessage::applyColours()
{
    // A tint of the window colour: readable in light and dark palettes alike.
    QColor accent;
    switch (m_kind) {
    case Kind::Error: accent = QColor(220, 50, 47); break;
    case Kind::Warning: accent = QColor(230, 160, 20); break;
    case Kind::Success: accent = QColor(60, 170, 80); break;
    case Kind::Info: accent = QColor(40, 120, 210); break;
    }
    QPalette pal = palette();
    const QColor window = parentWidget() ? parentWidget()->palette().color(QPalette::Window)
                                         : pal.color(QPalette::Window);
    pal.setColor(QPalette::Window, mix(window, accent, 0.18));
    m_applying = true;
    setPalette(pal);
    m_applying = false;
}

} // namespace Console

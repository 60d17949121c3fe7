#include "ui/ToastArea.h"

#include <QEvent>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Console {

ToastArea::ToastArea(QWidget *parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    setObjectName(u"toasts"_s);
    setAttribute(Qt::WA_TransparentForMouseEvents, false);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    m_layout->addStretch();
    parent->installEventFilter(this);
    hide();
}

void ToastArea::show(Notifier::Level level, const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setMargin(10);
    label->setAutoFillBackground(true);
    label->setAccessibleName(tr("Notification"));
    label->setMaximumWidth(460);
    QPalette p = label->palette();
    const QColor bg = level == Notifier::Level::Error     ? QColor(0xb7, 0x1c, 0x1c)
                      : level == Notifier::Level::Warning ? QColor(0xb2, 0x6a, 0x00)
                                                          : QColor(0x37, 0x47, 0x4f);
    p.setColor(QPalette::Window, bg);
    p.setColor(QPalette::WindowText, Qt::white);
    label->setPalette(p);
    const QString prefix = level == Notifier::Level::Error ? tr("Error: ") : level == Notifier::Level::Warning ? tr("Warning: ") : QString();
    label->setText(prefix + text);
    m_layout->addWidget(label);
    while (m_layout->count() > 5) { // the stretch plus four toasts at most
        QLayoutItem *oldest = m_layout->takeAt(1); // takeAt() hands the item over, not only its widget
        delete oldest->widget();
        delete oldest;
    }
    QTimer::singleShot(level == Notifier::Level::Error ? 9000 : 5000, label, [this, label] {
        label->deleteLater();
        QTimer::singleShot(0, this, [this] {
            if (m_layout->count() <= 1)
                hide();
            else
                place();
        });
    });
    QWidget::show();
    raise();
    place();
}

QStringList ToastArea::texts() const
{
    QStringList out;
    for (int i = 0; i < m_layout->count(); ++i) {
        if (auto *l = qobject_cast<QLabel *>(m_layout->itemAt(i)->widget()))
            out.append(l->text());
    }
    return out;
}

void ToastArea::place()
{
    const QWidget *p = parentWidget();
    adjustSize();
    const int w = std::min(460, p->width() - 24);
    resize(w, sizeHint().height());
    move(p->width() - w - 12, p->height() - height() - 36);
}

bool ToastArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    return QWidget::eventFilter(watched, event);
}

} // namespace Console

#pragma once

#include "ui/Notifier.h"

#include <QWidget>

class QVBoxLayout;

namespace Console {

//! Short-lived notes in a corner of the window: errors stay longer than
//! information, and none of them blocks anything. The full list stays in
//! the Notifications dock.
class ToastArea : public QWidget
{
    Q_OBJECT

public:
    explicit ToastArea(QWidget *parent);
    void show(Notifier::Level level, const QString &text);
    //! The texts currently shown.
    QStringList texts() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();
    QVBoxLayout *m_layout;
};

} // namespace Console

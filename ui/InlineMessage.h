#pragma once

#include <QFrame>

class QLabel;

namespace Console {

//! A message inside a dialog or panel (an error in words, a warning, a
//! result), instead of a modal box: an icon and wrapped, selectable text on
//! a tinted band that follows the palette, light or dark. Hidden while empty.
//!   m_message->showError(tr("Originate failed: %1").arg(r.error.toString()));
class InlineMessage : public QFrame
{
    Q_OBJECT

public:
    enum class Kind : quint8 { Info, Success, Warning, Error };
    Q_ENUM(Kind)

    explicit InlineMessage(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void showError(const QString &text) { showMessage(Kind::Error, text); }
    void showWarning(const QString &text) { showMessage(Kind::Warning, text); }
    void showInfo(const QString &text) { showMessage(Kind::Info, text); }
    void showSuccess(const QString &text) { showMessage(Kind::Success, text); }
    void clear();

    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();
    void growWindow();

    QLabel *m_icon;
    QLabel *m_text;
    Kind m_kind = Kind::Info;
    bool m_applying = false;
};

} // namespace Console

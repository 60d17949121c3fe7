#pragma once

#include "models/ServerSession.h"
#include "ui/MediaTarget.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Console {

//! "Record…" on a channel or a bridge, with every parameter ARI takes: the
//! name (a unique default that sorts by time), the format (those the
//! server's loaded format modules provide), the maximum duration and
//! silence, what to do when the name exists, a beep, and the DTMF that ends
//! it. Warns before Asterisk would refuse. The caller sends request().
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    RecordDialog(ServerSession *session, const MediaTarget &target, QWidget *parent = nullptr);

    RecordRequest request() const;
    //! A name no stored or live recording has: `<prefix>-YYYYMMDD-HHMMSS`, then `-2`, `-3`...
    static QString uniqueName(const Store &store, const QString &prefix, const QDateTime &now);
    //! The recording formats the loaded `format_*` modules provide (extensions, as `format` takes them).
    static QStringList formatsFromModules(const QStringList &runningModules);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *formatBox() const { return m_format; }
    QComboBox *ifExistsBox() const { return m_ifExists; }
    QSpinBox *maxDurationBox() const { return m_maxDuration; }
    QSpinBox *maxSilenceBox() const { return m_maxSilence; }
    QCheckBox *beepBox() const { return m_beep; }
    QComboBox *terminateOnBox() const { return m_terminateOn; }
    QString warningText() const;

private:
    void updateState();

    QPointer<ServerSession> m_session;
    MediaTarget m_target;
    QLineEdit *m_name;
    QComboBox *m_format;
    QSpinBox *m_maxDuration;
    QSpinBox *m_maxSilence;
    QComboBox *m_ifExists;
    QCheckBox *m_beep;
    QComboBox *m_terminateOn;
    QLabel *m_formatNote;
    QLabel *m_warning;
    QDialogButtonBox *m_buttons;
};

} // namespace Console

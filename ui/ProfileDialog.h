#pragma once

#include "ui/Profile.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QSpinBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Ari {
class AriConnection;
}

namespace Console {

class InlineMessage;
class Notifier;
class ProfileStore;

//! Lists and edits connection profiles. The password goes to the keychain
//! only. "Test connection" reads /asterisk/info with the form as it stands;
//! "Show fingerprint" connects once to an https server and shows the
//! certificate's SHA-256 fingerprint, which "Trust this certificate" pins
//! (trust on first use, as SSH does).
//!   ProfileDialog d(&profiles, notifier, this);
//!   connect(&d, &ProfileDialog::connectRequested, this, &MainWindow::connectTo);
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileDialog(ProfileStore *store, Notifier *notifier, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    //! Shows that profile for editing (or a new one when the name is unknown).
    void selectProfile(const QString &name);
    //! The profile as the form describes it now.
    Profile currentProfile() const;

Q_SIGNALS:
    //! "Connect" was pressed: the profile was saved; `password` is what the form holds (may be empty).
    void connectRequested(const Console::Profile &profile, const QString &password);

private:
    void reloadList();
    void showProfile(const Profile &profile);
    void newProfile();
    void removeProfile();
    bool save();
    void testConnection();
    void showFingerprint();
    void trustFingerprint();
    void updateButtons();
    void browseCaFile();
    void stopProbe();
    void setNote(const QString &text);

    QPointer<ProfileStore> m_store;
    QPointer<Notifier> m_notifier;
    QString m_editing; //!< the saved name of the profile in the form; empty for a new one
    bool m_passwordDirty = false;
    QString m_seenFingerprint;
    QPointer<Ari::AriConnection> m_probe;

    QListWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_remove;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_passwordNote;
    QLineEdit *m_app;
    QCheckBox *m_subscribeAll;
    QCheckBox *m_readOnly;
    QLineEdit *m_supervisor = nullptr;
    QSpinBox *m_rtpPort = nullptr;
    QCheckBox *m_autoConnect;
    QLineEdit *m_caFile;
    QPushButton *m_browse;
    QLineEdit *m_pin;
    QPushButton *m_showFingerprint;
    QLabel *m_fingerprint;
    QPushButton *m_trust;
    QPushButton *m_test;
    InlineMessage *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    QPushButton *m_connect;
};

} // namespace Console

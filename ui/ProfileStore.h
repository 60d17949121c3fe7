#pragma once

#include "ui/Profile.h"

#include <QList>
#include <QObject>

namespace QKeychain {
class Job;
}

namespace Console {

//! Keeps connection profiles: everything but the password in QSettings
//! (group "profiles"), the password only in the system keychain (Secret
//! Service, Keychain, Credential Manager) through QtKeychain, under service
//! "ari-console" and the profile's name. A password is never written to
//! QSettings and never logged.
//!
//! Keychain access is asynchronous: call readPassword() and wait for
//! passwordRead() or keychainError(). Without a keychain the console still
//! works; it asks for the password each time.
//!   ProfileStore store;
//!   store.save(profile);  store.writePassword(profile.name, secret);
//!   connect(&store, &ProfileStore::passwordRead, ...);  store.readPassword(name);
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    static constexpr QLatin1StringView keychainService{"ari-console"};

    explicit ProfileStore(QObject *parent = nullptr);

    //! The saved profiles, in the order they were added.
    const QList<Profile> &profiles() const { return m_profiles; }
    //! The profile of that name, or nullptr.
    const Profile *profile(const QString &name) const;
    //! The first profile that connects at startup, or nullptr.
    const Profile *autoConnectProfile() const;
    //! Adds or replaces a profile. With `previousName` set, the profile of that
    //! name is renamed, and its keychain entry follows.
    void save(const Profile &profile, const QString &previousName = {});
    //! Removes a profile and its keychain entry.
    void remove(const QString &name);
    //! Reads the profiles again from QSettings.
    void reload();

    // The keychain. Each call finishes with exactly one signal.
    void writePassword(const QString &name, const QString &password);
    void readPassword(const QString &name);
    void deletePassword(const QString &name);
    //! False once the keychain was found missing; the dialogs then say the password will be asked for.
    bool keychainAvailable() const { return m_keychainAvailable; }

Q_SIGNALS:
    void profilesChanged();
    void passwordWritten(const QString &name);
    //! `found` is false when the keychain has no password for that profile.
    void passwordRead(const QString &name, const QString &password, bool found);
    void passwordDeleted(const QString &name);
    //! A keychain failure in words, e.g. "No keychain (Secret Service) is available: ...".
    void keychainError(const QString &name, const QString &text);

private:
    void store() const;
    QString errorText(const QKeychain::Job *job) const;
    bool noteFailure(const QKeychain::Job *job);

    QList<Profile> m_profiles;
    bool m_keychainAvailable = true;
};

} // namespace Console

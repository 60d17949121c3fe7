#include "ui/ProfileStore.h"

#include <qt6keychain/keychain.h>

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Console {

ProfileStore::ProfileStore(QObject *parent) : QObject(parent)
{
    reload();
}

const Profile *ProfileStore::profile(const QString &name) const
{
    for (const Profile &p : m_profiles) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

const Profile *ProfileStore::autoConnectProfile() const
{
    for (const Profile &p : m_profiles) {
        if (p.autoConnect)
            return &p;
    }
    return nullptr;
}

void ProfileStore::reload()
{
    m_profiles.clear();
    QSettings settings;
    const int count = settings.beginReadArray(u"profiles"_s);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Profile p;
        p.name = settings.value(u"name"_s).toString();
        p.url = QUrl(settings.value(u"url"_s).toString());
        p.user = settings.value(u"user"_s).toString();
        p.appName = settings.value(u"app"_s).toString();
        p.subscribeAll = settings.value(u"subscribeAll"_s, false).toBool();
        p.extraCaFile = settings.value(u"tls/extraCaFile"_s).toString();
        p.pinnedSha256 = settings.value(u"tls/pinnedSha256"_s).toString();
        p.readOnly = settings.value(u"readOnly"_s, false).toBool();
        p.autoConnect = settings.value(u"autoConnect"_s, false).toBool();
        p.supervisorEndpoint = settings.value(u"listen/supervisorEndpoint"_s).toString();
        p.rtpPort = settings.value(u"listen/rtpPort"_s, 0).toInt();
        if (!p.name.isEmpty())
            m_profiles.append(p);
    }
    settings.endArray();
    Q_EMIT profilesChanged();
}

void ProfileStore::store() const
{
    QSettings settings;
    settings.remove(u"profiles"_s);
    settings.beginWriteArray(u"profiles"_s, int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        const Profile &p = m_profiles.at(i);
        settings.setArrayIndex(i);
        settings.setValue(u"name"_s, p.name);
        settings.setValue(u"url"_s, p.url.toString());
        settings.setValue(u"user"_s, p.user);
        settings.setValue(u"app"_s, p.appName);
        settings.setValue(u"subscribeAll"_s, p.subscribeAll);
        settings.setValue(u"tls/extraCaFile"_s, p.extraCaFile);
        settings.setValue(u"tls/pinnedSha256"_s, p.pinnedSha256);
        settings.setValue(u"readOnly"_s, p.readOnly);
        settings.setValue(u"autoConnect"_s, p.autoConnect);
        settings.setValue(u"listen/supervisorEndpoint"_s, p.supervisorEndpoint);
        settings.setValue(u"listen/rtpPort"_s, p.rtpPort);
    }
    settings.endArray();
    settings.sync();
}

void ProfileStore::save(const Profile &profile, const QString &previousName)
{
    const auto indexOf = [this](const QString &name) -> qsizetype {
        for (qsizetype i = 0; i < m_profiles.size(); ++i) {
            if (m_profiles.at(i).name == name)
                return i;
        }
        return -1;
    };
    qsizetype at = previousName.isEmpty() ? -1 : indexOf(previousName);
    if (at < 0)
        at = indexOf(profile.name);
    if (at < 0) {
        at = m_profiles.size();
        m_profiles.append(profile);
    } else {
        m_profiles[at] = profile;
    }
    // A rename onto an existing name replaces that profile: no twins.
    for (qsizetype i = m_profiles.size() - 1; i >= 0; --i) {
        if (i != at && m_profiles.at(i).name == profile.name) {
            m_profiles.removeAt(i);
            if (i < at)
                --at;
        }
    }
    // Only one profile connects at startup.
    if (profile.autoConnect) {
        for (Profile &p : m_profiles) {
            if (p.name != profile.name)
                p.autoConnect = false;
        }
    }
    store();
    Q_EMIT profilesChanged();

    if (!previousName.isEmpty() && previousName != profile.name) {
        // The keychain entry follows the rename: read under the old key, write under the new one.
        auto *read = new QKeychain::ReadPasswordJob(keychainService, this);
        read->setKey(previousName);
        const QString newName = profile.name;
        connect(read, &QKeychain::Job::finished, this, [this, read, previousName, newName] {
            if (read->error() == QKeychain::NoError) {
                writePassword(newName, read->textData());
                deletePassword(previousName);
            }
        });
        read->start();
    }
}

void ProfileStore::remove(const QString &name)
{
    const qsizetype removed = m_profiles.removeIf([&](const Profile &p) { return p.name == name; });
    if (removed == 0)
        return;
    store();
    Q_EMIT profilesChanged();
    deletePassword(name);
}

QString ProfileStore::errorText(const QKeychain::Job *job) const
{
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
        return tr("No keychain (Secret Service) is available: the password will be asked for each time");
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return tr("The keychain refused access: the password will be asked for each time (%1)").arg(job->errorString());
    case QKeychain::OtherError:
        // What libsecret says when no Secret Service answers (no D-Bus session, no keyring daemon).
        return tr("No keychain (Secret Service) is available: the password will be asked for each time (%1)")
            .arg(job->errorString());
    default:
        return tr("The keychain failed: %1").arg(job->errorString());
    }
}

bool ProfileStore::noteFailure(const QKeychain::Job *job)
{
    if (job->error() == QKeychain::NoError)
        return false;
    // libsecret reports a missing Secret Service as OtherError; both mean "no keychain here".
    if (job->error() == QKeychain::NoBackendAvailable || job->error() == QKeychain::OtherError)
        m_keychainAvailable = false;
    return true;
}

void ProfileStore::writePassword(const QString &name, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(keychainService, this);
    job->setKey(name);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job, name] {
        if (noteFailure(job)) {
            Q_EMIT keychainError(name, errorText(job));
            return;
        }
        m_keychainAvailable = true;
        Q_EMIT passwordWritten(name);
    });
    job->start();
}

void ProfileStore::readPassword(const QString &name)
{
    auto *job = new QKeychain::ReadPasswordJob(keychainService, this);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [this, job, name] {
        if (job->error() == QKeychain::EntryNotFound) {
            Q_EMIT passwordRead(name, QString(), false);
            return;
        }
        if (noteFailure(job)) {
            Q_EMIT keychainError(name, errorText(job));
            return;
        }
        m_keychainAvailable = true;
        Q_EMIT passwordRead(name, job->textData(), true);
    });
    job->start();
}

void ProfileStore::deletePassword(const QString &name)
{
    auto *job = new QKeychain::DeletePasswordJob(keychainService, this);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [this, job, name] {
        // Deleting what is not there is done, not an error.
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
            noteFailure(job);
            Q_EMIT keychainError(name, errorText(job));
            return;
        }
        Q_EMIT passwordDeleted(name);
    });
    job->start();
}

} // namespace Console

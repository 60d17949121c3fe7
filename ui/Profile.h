#pragma once

#include "ari/ConnectionSettings.h"

#include <QString>
#include <QUrl>

namespace Console {

//! One saved way to reach an Asterisk: where, as whom, under which
//! application name, and how to trust its certificate. The password is not
//! part of it: it lives only in the keychain (see ProfileStore), and is given
//! to toSettings() when connecting.
struct Profile
{
    QString name;
    QUrl url;
    QString user;
    //! The Stasis application the console registers. Two consoles with the
    //! same name replace each other, hence the per-user, per-host default.
    QString appName;
    bool subscribeAll = false;
    //! A PEM file with extra CA certificates (for a self-signed server).
    QString extraCaFile;
    //! The pinned SHA-256 fingerprint of the server certificate, AB:CD:... or hex.
    QString pinnedSha256;
    bool readOnly = false;
    bool autoConnect = false;
    //! The phone fallback for listening: an endpoint (e.g. "PJSIP/supervisor") the Listen buttons ring
    //! instead of playing the call through this computer. Empty: the console is the endpoint.
    QString supervisorEndpoint;
    //! The UDP port for RTP listening (0: any free port); the one a firewall opens when Asterisk is remote.
    int rtpPort = 0;

    //! The connection settings for this profile with `password`.
    Ari::ConnectionSettings toSettings(const QString &password) const;
    //! What is wrong with the profile, in words; empty when it can be used.
    QString problem() const;
    //! "console-<user>-<host>": unique to this user on this machine.
    static QString defaultAppName();

    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace Console

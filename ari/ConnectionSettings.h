#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Ari {

//! How to reach and trust one Asterisk. There is deliberately no
//! "ignore all TLS errors" switch: a self-signed server is trusted through
//! an extra CA file or a pinned certificate fingerprint.
struct TlsSettings
{
    //! A PEM file with extra CA certificates, trusted besides the system's.
    QString extraCaFile;
    //! The SHA-256 fingerprint of the server certificate, hex with or without
    //! colons. When set, only that certificate is accepted.
    QString pinnedSha256;
};

struct ConnectionSettings
{
    //! The server root, e.g. http://127.0.0.1:8088 or https://pbx.example:8089.
    //! A trailing "/ari" is accepted and ignored.
    QUrl baseUrl;
    QString user;
    QString password;
    //! Opt-in: send the credentials as an api_key query parameter instead of
    //! an Authorization header. They then appear in URLs, so it is off by default.
    bool useApiKey = false;
    QStringList apps;
    bool subscribeAll = false;
    TlsSettings tls;

    int requestTimeoutMs = 10000;
    qint64 maxResponseBytes = 32 * 1024 * 1024;
    int reconnectBaseMs = 500;
    int reconnectCapMs = 30000;
    int pingIntervalMs = 5000;
    //! A socket that has said nothing (not even a pong) for this long is dead.
    int pingTimeoutMs = 12000;

    //! Normalises a fingerprint to lower-case hex without separators.
    static QByteArray normalizeFingerprint(const QString &fingerprint);
    //! Formats a SHA-256 digest as AB:CD:... for people.
    static QString formatFingerprint(const QByteArray &digest);
};

} // namespace Ari

#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace AriSim {

// One parsed HTTP/1.1 request. The raw path keeps its percent-encoding; segments are decoded one
// by one after splitting on '/', so "digits%2F1" stays one segment as it does in Asterisk.
struct HttpRequest
{
    QByteArray method;
    QByteArray target;   // as sent: path plus "?query"
    QByteArray rawPath;  // percent-encoding kept
    QByteArray rawQuery; // without the '?'
    QStringList segments; // decoded, empty segments dropped
    QList<std::pair<QString, QString>> query; // decoded, in order, repeated names kept
    QList<std::pair<QByteArray, QByteArray>> headers; // names as sent
    QByteArray body;
    QByteArray version = "HTTP/1.1";
    QHostAddress peerAddress;

    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    bool hasQuery(QStringView name) const;
    QString queryValue(QStringView name) const; // the last value, like Asterisk
    QStringList queryValues(QStringView name) const;
    bool keepAlive() const;

    // Splits target into rawPath, rawQuery, segments and query.
    void parseTarget();
    static QString percentDecode(QByteArrayView in, bool plusIsSpace);
};

} // namespace AriSim

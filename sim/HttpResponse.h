#pragma once

#include "sim/Json.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

namespace AriSim {

// One HTTP answer, written with Asterisk's header casing by HttpConnection. JSON answers carry
// "Content-type" (lower-case t, as Asterisk), other bodies "Content-Type"; 204 carries neither.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType; // empty: no content type header
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; // extra headers, in order
    bool close = false;      // send "Connection: close" and close after writing
    std::function<void()> afterSent; // runs once the answer has left the process

    static HttpResponse json(int status, const Json &body);
    static HttpResponse message(int status, const QString &message); // {"message": "..."}
    static HttpResponse noContent();
    static HttpResponse raw(int status, const QByteArray &contentType, const QByteArray &body);
    // Asterisk's HTML error page (used outside /ari and for a websocket without app).
    static HttpResponse htmlError(int status, const QString &text, const QByteArray &serverName);

    bool isJson() const { return contentType.startsWith("application/json"); }
    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value);
    static QByteArray reasonPhrase(int status);
};

} // namespace AriSim

#include "ari/AriError.h"

using namespace Qt::StringLiterals;

namespace Ari {

QString AriError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"no error"_s;
    case Kind::Network:
        return u"network error"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Tls:
        return u"TLS error"_s;
    case Kind::Http:
        return u"HTTP error"_s;
    case Kind::Parse:
        return u"unreadable answer"_s;
    case Kind::TooLarge:
        return u"answer too large"_s;
    case Kind::InvalidRequest:
        return u"invalid request"_s;
    case Kind::Aborted:
        return u"cancelled"_s;
    }
    return {};
}

QString AriError::reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return u"Bad Request"_s;
    case 401:
        return u"Unauthorized"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not Found"_s;
    case 405:
        return u"Method Not Allowed"_s;
    case 409:
        return u"Conflict"_s;
    case 412:
        return u"Precondition Failed"_s;
    case 413:
        return u"Payload Too Large"_s;
    case 422:
        return u"Unprocessable Entity"_s;
    case 500:
        return u"Internal Server Error"_s;
    case 501:
        return u"Not Implemented"_s;
    case 502:
        return u"Bad Gateway"_s;
    case 503:
        return u"Service Unavailable"_s;
    default:
        return status >= 500 ? u"Server Error"_s : u"Client Error"_s;
    }
}

QString AriError::toString() const
{
    if (kind == Kind::None)
        return kindName(kind);
    QString text;
    if (kind == Kind::Http) {
        text = QString::number(httpStatus) + u' ' + reasonPhrase(httpStatus);
        if (!message.isEmpty())
            text += u": "_s + message;
        if (!documented.isEmpty() && documented.compare(message, Qt::CaseInsensitive) != 0)
            text += (message.isEmpty() ? u": "_s : u" ("_s) + documented + (message.isEmpty() ? QString() : u")"_s);
        if (httpStatus == 401)
            text += u" (authentication failed: check the user and password)"_s;
    } else {
        text = kindName(kind);
        if (!message.isEmpty())
            text += u": "_s + message;
        if (!detail.isEmpty())
            text += u" ("_s + detail + u')';
    }
    if (!operation.isEmpty())
        text += u" [%1]"_s.arg(operation);
    return text;
}

} // namespace Ari

#include "sim/HttpResponse.h"

using namespace Qt::StringLiterals;

namespace AriSim {

HttpResponse HttpResponse::json(int status, const Json &body)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "application/json";
    r.body = body.toJson();
    return r;
}

HttpResponse HttpResponse::message(int status, const QString &message)
{
    return json(status, Json::object({{u"message"_s, message}}));
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse r;
    r.status = 204;
    return r;
}

HttpResponse HttpResponse::raw(int status, const QByteArray &contentType, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.contentType = contentType;
    r.body = body;
    return r;
}

HttpResponse HttpResponse::htmlError(int status, const QString &text, const QByteArray &serverName)
{
    const QByteArray reason = reasonPhrase(status);
    const QByteArray code = QByteArray::number(status);
    QByteArray html = "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\r\n<html><head>\r\n<title>" + code + ' '
        + reason + "</title>\r\n</head><body>\r\n<h1>" + reason + "</h1>\r\n<p>" + text.toUtf8()
        + "</p>\r\n<hr />\r\n<address>" + serverName + "</address>\r\n</body></html>\r\n";
    return raw(status, "text/html", html);
}

HttpResponse &HttpResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 101: return "Switching Protocols";
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 412: return "Precondition Failed";
    case 413: return "Request Entity Too Large";
    case 422: return "Unprocessable Entity";
    case 426: return "Upgrade Required";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Unknown";
    }
}

} // namespace AriSim

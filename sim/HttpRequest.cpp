#include "sim/HttpRequest.h"

namespace AriSim {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool HttpRequest::hasQuery(QStringView name) const
{
    for (const auto &q : query) {
        if (q.first == name)
            return true;
    }
    return false;
}

QString HttpRequest::queryValue(QStringView name) const
{
    for (auto it = query.crbegin(); it != query.crend(); ++it) {
        if (it->first == name)
            return it->second;
    }
    return {};
}

QStringList HttpRequest::queryValues(QStringView name) const
{
    QStringList out;
    for (const auto &[k, v] : query) {
        if (k == name)
            out.append(v);
    }
    return out;
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header("Connection").toLower();
    if (version == "HTTP/1.0")
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

QString HttpRequest::percentDecode(QByteArrayView in, bool plusIsSpace)
{
    QByteArray bytes = in.toByteArray();
    if (plusIsSpace)
        bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

void HttpRequest::parseTarget()
{
    const qsizetype q = target.indexOf('?');
    rawPath = q < 0 ? target : target.left(q);
    rawQuery = q < 0 ? QByteArray() : target.mid(q + 1);
    segments.clear();
    for (const QByteArray &part : rawPath.split('/')) {
        if (!part.isEmpty())
            segments.append(percentDecode(part, false));
    }
    query.clear();
    for (const QByteArray &pairBytes : rawQuery.split('&')) {
        const QByteArrayView pair(pairBytes);
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArrayView name = eq < 0 ? pair : pair.first(eq);
        const QByteArrayView value = eq < 0 ? QByteArrayView() : pair.sliced(eq + 1);
        query.append({percentDecode(name, true), percentDecode(value, true)});
    }
}

} // namespace AriSim

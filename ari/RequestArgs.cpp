#include "ari/RequestArgs.h"

#include <QJsonDocument>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Ari {

const RequestArgs::Value *RequestArgs::get(const char *name) const
{
    for (const auto &[n, v] : m_values) {
        if (std::strcmp(n, name) == 0)
            return &v;
    }
    return nullptr;
}

QByteArray encodePathSegment(const QString &segment)
{
    // Everything but RFC 3986's unreserved characters is encoded, so '/', ';',
    // '@', '%', '?' and '#' in ids can never change the shape of the path.
    return QUrl::toPercentEncoding(segment);
}

QUrl ariRoot(const QUrl &baseUrl)
{
    QUrl root = baseUrl;
    QString path = root.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(u"/ari"))
        path.chop(4);
    root.setPath(path + u"/ari"_s);
    root.setQuery(QString());
    root.setFragment(QString());
    return root;
}

namespace {

QByteArray queryValue(const RequestArgs::Value &v)
{
    return std::visit(
        [](const auto &x) -> QByteArray {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, QString>)
                return QUrl::toPercentEncoding(x);
            else if constexpr (std::is_same_v<T, qint64>)
                return QByteArray::number(x);
            else if constexpr (std::is_same_v<T, bool>)
                return x ? "true" : "false";
            else if constexpr (std::is_same_v<T, QStringList>) {
                // ARI splits multi-valued parameters on commas.
                QByteArrayList parts;
                for (const QString &s : x)
                    parts.append(QUrl::toPercentEncoding(s));
                return parts.join(',');
            } else {
                return QUrl::toPercentEncoding(QString::fromUtf8(QJsonDocument(x).toJson(QJsonDocument::Compact)));
            }
        },
        v);
}

bool matchesType(const ParamSpec &p, const RequestArgs::Value &v)
{
    if (p.multiple)
        return std::holds_alternative<QStringList>(v) || std::holds_alternative<QString>(v);
    switch (p.type) {
    case ParamType::String:
        return std::holds_alternative<QString>(v);
    case ParamType::Int:
    case ParamType::Long:
        return std::holds_alternative<qint64>(v);
    case ParamType::Boolean:
        return std::holds_alternative<bool>(v);
    case ParamType::Object:
    case ParamType::Containers:
        return std::holds_alternative<QJsonObject>(v);
    }
    return false;
}

} // namespace

BuiltRequest buildRequest(const OperationSpec &op, const RequestArgs &args, const QUrl &baseUrl, const QString &apiKey)
{
    BuiltRequest out;
    out.method = op.method;
    const QString opName = QString::fromLatin1(op.method) + u' ' + QString::fromLatin1(op.path);

    for (const auto &[name, value] : args.values()) {
        const ParamSpec *p = op.param(name);
        if (!p) {
            out.error = u"%1 has no parameter \"%2\""_s.arg(opName, QString::fromLatin1(name));
            return out;
        }
        if (!matchesType(*p, value)) {
            out.error = u"parameter \"%1\" of %2 has the wrong type"_s.arg(QString::fromLatin1(name), opName);
            return out;
        }
    }

    QByteArray path;
    QByteArray query;
    QJsonObject body;
    bool hasBody = false;
    const char *t = op.path;
    while (*t) {
        if (*t != '{') {
            path += *t++;
            continue;
        }
        const char *end = std::strchr(t, '}');
        const QByteArray name(t + 1, int(end - t - 1));
        t = end + 1;
        const RequestArgs::Value *v = args.get(name.constData());
        const QString *s = v ? std::get_if<QString>(v) : nullptr;
        if (!s || s->isEmpty()) {
            out.error = u"%1 needs \"%2\""_s.arg(opName, QString::fromLatin1(name));
            return out;
        }
        path += encodePathSegment(*s);
    }

    for (const ParamSpec &p : op.params) {
        const RequestArgs::Value *v = args.get(p.name);
        if (!v) {
            if (p.required) {
                out.error = u"%1 needs \"%2\""_s.arg(opName, QString::fromLatin1(p.name));
                return out;
            }
            continue;
        }
        if (p.in == ParamIn::Query) {
            if (!query.isEmpty())
                query += '&';
            query += p.name;
            query += '=';
            query += queryValue(*v);
        } else if (p.in == ParamIn::Body) {
            const QJsonObject &obj = std::get<QJsonObject>(*v);
            if (p.type == ParamType::Object) {
                body = obj; // the object is the whole body (e.g. an event filter)
            } else {
                body.insert(QString::fromLatin1(p.name), obj); // {"variables": {...}}
            }
            hasBody = true;
        }
    }
    if (!apiKey.isEmpty()) {
        if (!query.isEmpty())
            query += '&';
        query += "api_key=" + QUrl::toPercentEncoding(apiKey, ":");
    }

    QUrl url = ariRoot(baseUrl);
    url.setPath(url.path(QUrl::FullyEncoded) + QString::fromLatin1(path), QUrl::StrictMode);
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    out.url = url;
    if (hasBody)
        out.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return out;
}

} // namespace Ari

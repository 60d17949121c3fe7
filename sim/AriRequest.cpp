#include "sim/AriRequest.h"

using namespace Qt::StringLiterals;

namespace AriSim {

namespace {
QString scalarText(const Json &v)
{
    switch (v.type()) {
    case Json::Type::String: return v.toString();
    case Json::Type::Bool: return v.toBool() ? u"true"_s : u"false"_s;
    case Json::Type::Int: return QString::number(v.toInt());
    case Json::Type::Double: return QString::number(v.toDouble());
    default: return QString::fromUtf8(v.toJson());
    }
}
} // namespace

bool AriRequest::has(QStringView name) const
{
    if (body.isObject() && body.contains(name))
        return true;
    return http && http->hasQuery(name);
}

QString AriRequest::param(QStringView name, const QString &fallback) const
{
    if (body.isObject()) {
        if (const Json *v = body.find(name))
            return scalarText(*v);
    }
    if (http && http->hasQuery(name))
        return http->queryValue(name);
    return fallback;
}

QStringList AriRequest::paramList(QStringView name) const
{
    if (body.isObject()) {
        if (const Json *v = body.find(name); v && v->isArray()) {
            QStringList out;
            for (const Json &item : v->toArray())
                out.append(scalarText(item));
            return out;
        }
    }
    QStringList out;
    for (const QString &part : param(name).split(u',', Qt::SkipEmptyParts))
        out.append(part.trimmed());
    return out;
}

} // namespace AriSim

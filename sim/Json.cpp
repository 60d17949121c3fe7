#include "sim/Json.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <cmath>

namespace AriSim {

namespace {
const Json::Array s_emptyArray;
const Json::Object s_emptyObject;
} // namespace

Json Json::stringList(const QStringList &items)
{
    Array a;
    a.reserve(size_t(items.size()));
    for (const QString &s : items)
        a.emplace_back(s);
    return Json(std::move(a));
}

Json Json::fromQJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return Json(value.toBool());
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9007199254740992.0)
            return Json(qint64(d));
        return Json(d);
    }
    case QJsonValue::String:
        return Json(value.toString());
    case QJsonValue::Array: {
        const QJsonArray in = value.toArray();
        Array out;
        out.reserve(size_t(in.size()));
        for (const QJsonValue &v : in)
            out.push_back(fromQJson(v));
        return Json(std::move(out));
    }
    case QJsonValue::Object: {
        const QJsonObject in = value.toObject();
        Object out;
        out.reserve(size_t(in.size()));
        for (auto it = in.begin(); it != in.end(); ++it)
            out.emplace_back(it.key(), fromQJson(it.value()));
        return Json(std::move(out));
    }
    default:
        return {};
    }
}

bool Json::toBool(bool fallback) const
{
    const bool *b = std::get_if<bool>(&m_value);
    return b ? *b : fallback;
}

qint64 Json::toInt(qint64 fallback) const
{
    if (const qint64 *i = std::get_if<qint64>(&m_value))
        return *i;
    if (const double *d = std::get_if<double>(&m_value))
        return qint64(*d);
    return fallback;
}

double Json::toDouble(double fallback) const
{
    if (const qint64 *i = std::get_if<qint64>(&m_value))
        return double(*i);
    if (const double *d = std::get_if<double>(&m_value))
        return *d;
    return fallback;
}

QString Json::toString(const QString &fallback) const
{
    const QString *s = std::get_if<QString>(&m_value);
    return s ? *s : fallback;
}

const Json::Array &Json::toArray() const
{
    const Array *a = std::get_if<Array>(&m_value);
    return a ? *a : s_emptyArray;
}

const Json::Object &Json::toObject() const
{
    const Object *o = std::get_if<Object>(&m_value);
    return o ? *o : s_emptyObject;
}

const Json *Json::find(QStringView key) const
{
    const Object *o = std::get_if<Object>(&m_value);
    if (!o)
        return nullptr;
    for (const Member &m : *o) {
        if (m.first == key)
            return &m.second;
    }
    return nullptr;
}

Json Json::value(QStringView key) const
{
    const Json *v = find(key);
    return v ? *v : Json();
}

Json &Json::insert(const QString &key, Json value)
{
    if (!isObject())
        m_value = Object();
    Object &o = std::get<Object>(m_value);
    for (Member &m : o) {
        if (m.first == key) {
            m.second = std::move(value);
            return *this;
        }
    }
    o.emplace_back(key, std::move(value));
    return *this;
}

Json &Json::insertAfter(QStringView after, const QString &key, Json value)
{
    if (!isObject())
        m_value = Object();
    Object &o = std::get<Object>(m_value);
    for (Member &m : o) {
        if (m.first == key) {
            m.second = std::move(value);
            return *this;
        }
    }
    auto it = o.begin();
    while (it != o.end() && it->first != after)
        ++it;
    if (it != o.end())
        ++it;
    o.emplace(it, key, std::move(value));
    return *this;
}

void Json::remove(QStringView key)
{
    if (Object *o = std::get_if<Object>(&m_value)) {
        std::erase_if(*o, [key](const Member &m) { return m.first == key; });
    }
}

void Json::append(Json value)
{
    if (!isArray())
        m_value = Array();
    std::get<Array>(m_value).push_back(std::move(value));
}

qsizetype Json::size() const
{
    if (const Array *a = std::get_if<Array>(&m_value))
        return qsizetype(a->size());
    if (const Object *o = std::get_if<Object>(&m_value))
        return qsizetype(o->size());
    return 0;
}

QByteArray Json::toJson() const
{
    QByteArray out;
    out.reserve(256);
    writeTo(out);
    return out;
}

void Json::writeString(QByteArray &out, QStringView s)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = s.toUtf8();
    out.append('"');
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (u) {
        case '"': out.append("\\\"", 2); break;
        case '\\': out.append("\\\\", 2); break;
        case '\b': out.append("\\b", 2); break;
        case '\f': out.append("\\f", 2); break;
        case '\n': out.append("\\n", 2); break;
        case '\r': out.append("\\r", 2); break;
        case '\t': out.append("\\t", 2); break;
        default:
            if (u < 0x20) {
                const char esc[] = {'\\', 'u', '0', '0', hex[u >> 4], hex[u & 0xf]};
                out.append(esc, 6);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

void Json::writeTo(QByteArray &out) const
{
    switch (type()) {
    case Type::Null:
        out.append("null", 4);
        break;
    case Type::Bool:
        out.append(std::get<bool>(m_value) ? QByteArrayView("true") : QByteArrayView("false"));
        break;
    case Type::Int:
        out.append(QByteArray::number(std::get<qint64>(m_value)));
        break;
    case Type::Double: {
        const double d = std::get<double>(m_value);
        out.append(std::isfinite(d) ? QByteArray::number(d, 'g', 17) : QByteArray("null"));
        break;
    }
    case Type::String:
        writeString(out, std::get<QString>(m_value));
        break;
    case Type::Array: {
        out.append('[');
        bool first = true;
        for (const Json &v : std::get<Array>(m_value)) {
            if (!first)
                out.append(',');
            first = false;
            v.writeTo(out);
        }
        out.append(']');
        break;
    }
    case Type::Object: {
        out.append('{');
        bool first = true;
        for (const Member &m : std::get<Object>(m_value)) {
            if (!first)
                out.append(',');
            first = false;
            writeString(out, m.first);
            out.append(':');
            m.second.writeTo(out);
        }
        out.append('}');
        break;
    }
    }
}

QJsonValue Json::toQJson() const
{
    switch (type()) {
    case Type::Null: return QJsonValue(QJsonValue::Null);
    case Type::Bool: return std::get<bool>(m_value);
    case Type::Int: return std::get<qint64>(m_value);
    case Type::Double: return std::get<double>(m_value);
    case Type::String: return std::get<QString>(m_value);
    case Type::Array: {
        QJsonArray a;
        for (const Json &v : std::get<Array>(m_value))
            a.append(v.toQJson());
        return a;
    }
    case Type::Object: {
        QJsonObject o;
        for (const Member &m : std::get<Object>(m_value))
            o.insert(m.first, m.second.toQJson());
        return o;
    }
    }
    return {};
}

} // namespace AriSim

#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <string_view>
#include <type_traits>

namespace simdjson::dom {
class element;
}

namespace Ari {

//! What a parse found wrong without giving up: missing required fields and
//! fields of the wrong type. The value is still usable and nothing is lost
//! (a wrong-typed field is kept verbatim in `extra`).
struct ParseProblems
{
    QStringList messages;
    int count = 0;

    void add(const QString &message)
    {
        if (messages.size() < 16)
            messages.append(message);
        ++count;
    }
    bool isEmpty() const { return count == 0; }
};

namespace Json {

// Writing typed values back out as JSON (the cold path: logs, exports, captures).
inline QJsonValue write(const QString &v) { return v; }
inline QJsonValue write(qint64 v) { return v; }
inline QJsonValue write(double v) { return v; }
inline QJsonValue write(bool v) { return v; }
inline QJsonValue write(const QStringList &v) { return QJsonArray::fromStringList(v); }
inline QJsonValue write(const QJsonObject &v) { return v; }
inline QJsonValue write(const QJsonArray &v) { return v; }
template<typename T>
    requires requires(const T &t) { t.toJson(); }
QJsonValue write(const T &v)
{
    return v.toJson();
}
template<typename T>
QJsonValue write(const QList<T> &v)
{
    QJsonArray a;
    for (const T &x : v)
        a.append(write(x));
    return a;
}

// Whether an optional field holds nothing worth writing.
inline bool isDefault(const QString &v) { return v.isNull(); }
inline bool isDefault(qint64 v) { return v == 0; }
inline bool isDefault(double v) { return v == 0; }
inline bool isDefault(bool v) { return !v; }
inline bool isDefault(const QJsonObject &v) { return v.isEmpty(); }
inline bool isDefault(const QJsonArray &v) { return v.isEmpty(); }
template<typename T>
bool isDefault(const QList<T> &v)
{
    return v.isEmpty();
}
template<typename T>
    requires requires(const T &t) { t.present; }
bool isDefault(const T &v)
{
    return v.present == 0 && v.extra.isEmpty();
}

// Assigning only what differs (the generated assign() methods): true when
// `to` changed. Data that is pointer-equal (tokens, interned strings) is equal
// at once. Equal text in other storage is taken over all the same (and counts
// as no change): the parse worker interns each channel's recurring strings, so
// the next event brings the very same storage and compares by pointer alone,
// never reading the two copies' characters.
inline bool assign(QString &to, const QString &from)
{
    if (to.size() == from.size() && to.isNull() == from.isNull()) {
        if (to.constData() == from.constData())
            return false;
        if (to == from) {
            to = from;
            return false;
        }
    }
    to = from;
    return true;
}
template<typename T>
    requires std::is_arithmetic_v<T>
bool assign(T &to, T from)
{
    if (to == from)
        return false;
    to = from;
    return true;
}
template<typename T>
    requires requires(T &t, const T &f) { t.assign(f); }
bool assign(T &to, const T &from)
{
    return to.assign(from);
}
template<typename T>
    requires(!requires(T &t, const T &f) { t.assign(f); } && !std::is_arithmetic_v<T>)
bool assign(T &to, const T &from)
{
    if (to == from)
        return false;
    to = from;
    return true;
}

//! Where a generated readField() stores one field: its presence bit and the
//! `extra` object that keeps it verbatim when it has the wrong type.
struct Slot
{
    quint32 &present;
    int bit;
    QJsonObject &extra;
    std::string_view key;
    QLatin1StringView typeName;
};

} // namespace Json
} // namespace Ari

#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <utility>
#include <variant>
#include <vector>

namespace AriSim {

// An ordered JSON value. Asterisk (jansson) keeps object keys in insertion order and the traces
// are compared on field order, which QJsonObject cannot give (it sorts keys). Build answers and
// events with this type; parse incoming bodies with QJsonDocument and convert with fromQJson().
class Json
{
public:
    enum class Type { Null, Bool, Int, Double, String, Array, Object };
    using Array = std::vector<Json>;
    using Member = std::pair<QString, Json>;
    using Object = std::vector<Member>;

    Json() = default;
    Json(std::nullptr_t) {}
    Json(bool b) : m_value(b) {}
    Json(int i) : m_value(qint64(i)) {}
    Json(qint64 i) : m_value(i) {}
    Json(double d) : m_value(d) {}
    Json(const QString &s) : m_value(s) {}
    Json(const char16_t *s) : m_value(QString::fromUtf16(s)) {}
    Json(Array a) : m_value(std::move(a)) {}
    Json(Object o) : m_value(std::move(o)) {}

    static Json array(Array items = {}) { return Json(std::move(items)); }
    static Json object(Object members = {}) { return Json(std::move(members)); }
    static Json stringList(const QStringList &items);
    static Json fromQJson(const QJsonValue &value);

    Type type() const { return Type(m_value.index()); }
    bool isNull() const { return type() == Type::Null; }
    bool isObject() const { return type() == Type::Object; }
    bool isArray() const { return type() == Type::Array; }
    bool isString() const { return type() == Type::String; }

    bool toBool(bool fallback = false) const;
    qint64 toInt(qint64 fallback = 0) const;
    double toDouble(double fallback = 0) const;
    QString toString(const QString &fallback = {}) const;
    const Array &toArray() const;
    const Object &toObject() const;

    // Object access. insert() replaces an existing key in place, or appends.
    const Json *find(QStringView key) const;
    Json value(QStringView key) const;
    bool contains(QStringView key) const { return find(key) != nullptr; }
    Json &insert(const QString &key, Json value);
    Json &insertAfter(QStringView after, const QString &key, Json value);
    void remove(QStringView key);

    // Array access.
    void append(Json value);
    qsizetype size() const;

    QByteArray toJson() const;
    void writeTo(QByteArray &out) const;
    static void writeString(QByteArray &out, QStringView s);
    QJsonValue toQJson() const;

    bool operator==(const Json &other) const = default;

private:
    std::variant<std::monostate, bool, qint64, double, QString, Array, Object> m_value;
};

} // namespace AriSim

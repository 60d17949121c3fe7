#include "ari/JsonRead.h"

#include <QJsonDocument>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Ari::Json {

QJsonValue toQt(const Element &e)
{
    switch (e.type()) {
    case simdjson::dom::element_type::ARRAY: {
        QJsonArray a;
        const simdjson::dom::array arr = e.get_array().value_unsafe();
        for (const Element item : arr)
            a.append(toQt(item));
        return a;
    }
    case simdjson::dom::element_type::OBJECT: {
        QJsonObject o;
        const simdjson::dom::object obj = e.get_object().value_unsafe();
        for (const auto field : obj)
            o.insert(toQString(field.key), toQt(field.value));
        return o;
    }
    case simdjson::dom::element_type::INT64:
        return qint64(e.get_int64().value_unsafe());
    case simdjson::dom::element_type::UINT64:
        return double(e.get_uint64().value_unsafe());
    case simdjson::dom::element_type::DOUBLE:
        return e.get_double().value_unsafe();
    case simdjson::dom::element_type::STRING:
        return toQString(e.get_string().value_unsafe());
    case simdjson::dom::element_type::BOOL:
        return e.get_bool().value_unsafe();
    case simdjson::dom::element_type::NULL_VALUE:
        return QJsonValue(QJsonValue::Null);
    }
    return {};
}

bool read(const Element &e, QString &out, ParseProblems *)
{
    std::string_view sv;
    if (e.get_string().get(sv) != simdjson::SUCCESS)
        return false;
    out = ThreadParser::instance().intern(sv);
    return true;
}

bool read(const Element &e, qint64 &out, ParseProblems *)
{
    int64_t v = 0;
    if (e.get_int64().get(v) == simdjson::SUCCESS) {
        out = v;
        return true;
    }
    double d = 0;
    // Asterisk writes some integers as doubles (e.g. 5.0); accept those that are whole.
    if (e.get_double().get(d) == simdjson::SUCCESS && d == double(qint64(d))) {
        out = qint64(d);
        return true;
    }
    return false;
}

bool read(const Element &e, double &out, ParseProblems *)
{
    return e.get_double().get(out) == simdjson::SUCCESS;
}

bool read(const Element &e, bool &out, ParseProblems *)
{
    return e.get_bool().get(out) == simdjson::SUCCESS;
}

bool read(const Element &e, QStringList &out, ParseProblems *)
{
    simdjson::dom::array arr;
    if (e.get_array().get(arr) != simdjson::SUCCESS)
        return false;
    QStringList list;
    list.reserve(qsizetype(arr.size()));
    for (const Element item : arr) {
        std::string_view sv;
        if (item.get_string().get(sv) != simdjson::SUCCESS)
            return false;
        list.append(toQString(sv));
    }
    out = std::move(list);
    return true;
}

bool read(const Element &e, QJsonObject &out, ParseProblems *)
{
    if (!e.is_object())
        return false;
    out = toQt(e).toObject();
    return true;
}

bool read(const Element &e, QJsonArray &out, ParseProblems *)
{
    if (!e.is_array())
        return false;
    out = toQt(e).toArray();
    return true;
}

void keepWrongType(const Slot &slot, const Element &value, ParseProblems *problems)
{
    slot.extra.insert(toQString(slot.key), toQt(value));
    if (problems)
        problems->add(u"%1.%2 has the wrong type"_s.arg(slot.typeName, toQString(slot.key)));
}

void reportMissing(ParseProblems *problems, QLatin1StringView typeName, quint32 present, quint32 required,
                   QLatin1StringView (*fieldName)(int))
{
    const quint32 missing = required & ~present;
    for (int i = 0; i < 32; ++i) {
        if (missing & (1u << i))
            problems->add(u"%1.%2 is missing"_s.arg(typeName, fieldName(i)));
    }
}

QString ThreadParser::intern(std::string_view text)
{
    if (text.size() > cacheMaxLength || text.empty())
        return toQString(text);
    // FNV-1a into a direct-mapped cache: a miss just replaces the slot.
    quint32 h = 2166136261u;
    for (const char c : text)
        h = (h ^ quint8(c)) * 16777619u;
    CacheSlot &slot = m_cache[h & (cacheSlots - 1)];
    if (slot.key.size() == qsizetype(text.size()) && std::memcmp(slot.key.constData(), text.data(), text.size()) == 0)
        return slot.value;
    slot.key = QByteArray(text.data(), qsizetype(text.size()));
    slot.value = toQString(text);
    return slot.value;
}

ThreadParser &ThreadParser::instance()
{
    thread_local ThreadParser parser;
    return parser;
}

bool ThreadParser::parse(QByteArrayView json, Element &root, QString *error)
{
    const size_t len = size_t(json.size());
    if (m_capacity < len + simdjson::SIMDJSON_PADDING) {
        m_capacity = std::max<size_t>(4096, (len + simdjson::SIMDJSON_PADDING) * 2);
        m_buffer.reset(new char[m_capacity]);
    }
    std::memcpy(m_buffer.get(), json.data(), len);
    std::memset(m_buffer.get() + len, 0, simdjson::SIMDJSON_PADDING);
    const auto err = m_parser.parse(m_buffer.get(), len, false).get(root);
    if (err != simdjson::SUCCESS) {
        if (error)
            *error = u"malformed JSON: %1"_s.arg(QString::fromLatin1(simdjson::error_message(err)));
        return false;
    }
    return true;
}

} // namespace Ari::Json

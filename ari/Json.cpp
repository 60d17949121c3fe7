#include "ari/JsonRead.h"

#include <QJsonDocument>

#include <algorithm>
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
    const size_t n = text.size();
    if (n > cacheMaxLength || n == 0)
        return toQString(text);
    // A cheap hash of the length and the first and last 8 bytes: the short
    // strings that recur (states, contexts, ids, numbers) differ there.
    quint64 head = 0;
    quint64 tail = 0;
    std::memcpy(&head, text.data(), std::min<size_t>(n, 8));
    std::memcpy(&tail, text.data() + (n > 8 ? n - 8 : 0), std::min<size_t>(n, 8));
    const quint64 h = (head * 0x9E3779B97F4A7C15ull) ^ (tail * 0xC2B2AE3D27D4EB4Full) ^ n;
    CacheSlot &slot = m_cache[(h >> 40) & (cacheSlots - 1)];
    if (slot.length == n && std::memcmp(slot.key, text.data(), n) == 0)
        return slot.value;
    slot.value = toQString(text);
    slot.length = quint8(n);
    std::memcpy(slot.key, text.data(), n);
    return slot.value;
}

ThreadParser &ThreadParser::instance()
{
    thread_local ThreadParser parser;
    return parser;
}

void ThreadParser::releaseLargeBuffers()
{
    if (m_capacity <= keepCapacity && m_parser.capacity() <= keepCapacity)
        return;
    m_buffer.reset();
    m_capacity = 0;
    m_parser = simdjson::dom::parser();
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

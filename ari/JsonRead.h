#pragma once

// Internal to ari/: the simdjson-based readers behind every generated type.
// Only .cpp files include this header, so simdjson stays out of the public API.

#include "ari/Json.h"

#include <QByteArrayView>

#include <optional>

#include <simdjson.h>

namespace Ari::Json {

using Element = simdjson::dom::element;

inline QString toQString(std::string_view sv)
{
    return QString::fromUtf8(sv.data(), qsizetype(sv.size()));
}

//! Converts a parsed element to Qt's JSON types; used for unknown fields only.
QJsonValue toQt(const Element &e);

bool read(const Element &e, QString &out, ParseProblems *problems);
bool read(const Element &e, qint64 &out, ParseProblems *problems);
bool read(const Element &e, double &out, ParseProblems *problems);
bool read(const Element &e, bool &out, ParseProblems *problems);
bool read(const Element &e, QStringList &out, ParseProblems *problems);
bool read(const Element &e, QJsonObject &out, ParseProblems *problems);
bool read(const Element &e, QJsonArray &out, ParseProblems *problems);

void keepWrongType(const Slot &slot, const Element &value, ParseProblems *problems);
void reportMissing(ParseProblems *problems, QLatin1StringView typeName, quint32 present, quint32 required,
                   QLatin1StringView (*fieldName)(int));

//! Reads every field of an object into a generated type; unknown keys go to `extra`.
template<typename T>
bool readObject(const Element &e, T &out, ParseProblems *problems)
{
    simdjson::dom::object obj;
    if (e.get_object().get(obj) != simdjson::SUCCESS)
        return false;
    for (const auto field : obj) {
        if (!out.readField(field.key, field.value, problems))
            out.extra.insert(toQString(field.key), toQt(field.value));
    }
    out.checkRequired(problems);
    return true;
}

template<typename T>
    requires requires(T &t) { t.present; }
bool read(const Element &e, T &out, ParseProblems *problems)
{
    return readObject(e, out, problems);
}

template<typename T>
bool read(const Element &e, QList<T> &out, ParseProblems *problems)
{
    simdjson::dom::array arr;
    if (e.get_array().get(arr) != simdjson::SUCCESS)
        return false;
    out.clear();
    out.reserve(qsizetype(arr.size()));
    for (const Element item : arr) {
        T v;
        if (!read(item, v, problems))
            return false;
        out.append(std::move(v));
    }
    return true;
}

template<typename V>
bool readField(const Element &value, V &member, const Slot &slot, ParseProblems *problems)
{
    if (read(value, member, problems))
        slot.present |= 1u << slot.bit;
    else
        keepWrongType(slot, value, problems);
    return true;
}

//! A parser and a padded buffer per thread, so a parse costs no allocation once warm.
class ThreadParser
{
public:
    static ThreadParser &instance();
    //! Parses `json`; on failure returns false and fills `error` in words.
    bool parse(QByteArrayView json, Element &root, QString *error);
    //! A QString for short UTF-8 text, shared with earlier identical text when
    //! it is still in the cache: states, contexts, ids and names recur in
    //! every event, and sharing them saves an allocation each time.
    QString intern(std::string_view text);
    //! Frees the buffers when a big document (a snapshot of thousands of
    //! channels) grew them past what events need; the next parse regrows them.
    //! Call it once the elements of the last parse are no longer used.
    void releaseLargeBuffers();

private:
    static constexpr size_t keepCapacity = 256 * 1024;

    // The key's bytes sit in the slot itself, so a miss costs no allocation
    // beyond the QString the caller needs anyway. 64 bytes a slot: one cache line.
    static constexpr size_t cacheMaxLength = 31;
    struct alignas(64) CacheSlot
    {
        QString value;
        quint8 length = 0;
        char key[cacheMaxLength];
    };
    static constexpr size_t cacheSlots = 1024;
    std::unique_ptr<CacheSlot[]> m_cache{new CacheSlot[cacheSlots]};

    simdjson::dom::parser m_parser;
    std::unique_ptr<char[]> m_buffer;
    size_t m_capacity = 0;
};

//! Parses bytes into one value of a generated type (or a list of them).
template<typename T>
std::optional<T> parseValue(QByteArrayView json, QString *error, ParseProblems *problems = nullptr)
{
    Element root;
    if (!ThreadParser::instance().parse(json, root, error))
        return std::nullopt;
    T v;
    const bool ok = read(root, v, problems);
    ThreadParser::instance().releaseLargeBuffers();
    if (!ok) {
        if (error)
            *error = QStringLiteral("the JSON has the wrong shape for this value");
        return std::nullopt;
    }
    return v;
}

} // namespace Ari::Json

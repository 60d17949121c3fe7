#pragma once

// Internal to ari/: the simdjson-based readers behind every generated type.
// Only .cpp files include this header, so simdjson stays out of the public API.

#include "ari/Json.h"

#include <QByteArrayView>

#include <cstring>

#include <optional>

#include <simdjson.h>

namespace Ari::Json {

using Element = simdjson::dom::element;

//! Whether the bytes are all ASCII (then Latin-1 and UTF-8 read them alike).
inline bool isAscii(std::string_view sv)
{
    const char *p = sv.data();
    size_t n = sv.size();
    quint64 bits = 0;
    for (; n >= 8; p += 8, n -= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        bits |= w;
    }
    for (; n > 0; ++p, --n)
        bits |= quint8(*p);
    return (bits & 0x8080808080808080ull) == 0;
}

inline QString toQString(std::string_view sv)
{
    // Nearly everything Asterisk sends is ASCII, which widens without decoding.
    if (isAscii(sv))
        return QString::fromLatin1(sv.data(), qsizetype(sv.size()));
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
bool readField(const Element &value, V &member, const Slot &slot, ParseProblems *problems);

//! Reads a string field whose values are few and recur (see ThreadParser::token()).
bool readToken(const Element &value, QString &member, const Slot &slot, ParseProblems *problems);

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
    static ThreadParser &instance()
    {
        return Q_LIKELY(t_current) ? *t_current : create();
    }
    //! Parses `json`; on failure returns false and fills `error` in words.
    bool parse(QByteArrayView json, Element &root, QString *error);
    //! A QString for short UTF-8 text, shared with earlier identical text when
    //! it is still in the cache: states, contexts, ids and names recur in
    //! every event, and sharing them saves an allocation each time.
    QString intern(std::string_view text);
    //! A QString for one of the few values that recur in every event (states,
    //! technologies, contexts, application and variable names, event types):
    //! made once per process and never freed, so that every copy, on any
    //! thread, shares it without reference counting (no atomic operation, no
    //! cache line bouncing between the parse thread and the main thread).
    //! The pool is bounded; past it, and for long text, this is intern().
    QString token(std::string_view text);
    //! Asks for the intern() cache slots of the short string values in `doc`
    //! (at any depth; keys are not interned), so that the reads that follow
    //! find them cached instead of missing one after the other: with thousands
    //! of channels the cache is megabytes and each lookup is cold. One pass
    //! over simdjson's tape. Changes nothing.
    void prefetchInterned(const simdjson::dom::document &doc);
    //! The document the last parse() made (its elements are valid until the next one).
    const simdjson::dom::document &lastDocument() const { return m_parser.doc; }
    //! Lets the intern() cache grow up to `slots` entries (rounded up to a
    //! power of two; 1,024 by default) while most lookups miss. A parse thread
    //! that follows thousands of channels then hands out the very QString it
    //! handed out last time for each channel's unchanged name, caller and
    //! so on: no allocation here, and the store sees pointer-equal text, so it
    //! never reads its own (cold) copy to compare. 64 bytes a slot.
    void setInternCapacity(size_t slots);
    size_t internSlots() const { return m_cacheSlots; }
    //! Frees the buffers when a big document (a snapshot of thousands of
    //! channels) grew them past what events need; the next parse regrows them.
    //! Call it once the elements of the last parse are no longer used.
    void releaseLargeBuffers();

private:
    static ThreadParser &create();
    // Constant-initialized, so reading it costs no thread_local guard.
    static inline thread_local ThreadParser *t_current = nullptr;
    static constexpr size_t keepCapacity = 256 * 1024;

    // The key sits in the slot itself, so a miss costs no allocation beyond the
    // QString the caller needs anyway: its first and last 8 bytes as two words
    // (which say it all up to 16 bytes), and the bytes between them (up to 15)
    // as two more, so that a compare is four words and no memcmp. 64 bytes a
    // slot: one cache line.
    static constexpr size_t cacheMaxLength = 31;
    struct Key
    {
        quint64 head = 0;
        quint64 tail = 0;
        quint64 middle = 0; // bytes 8 to 15, those of them before the last 8
        quint64 middle2 = 0; // bytes 16 to 23, likewise
        size_t length = 0;
    };
    struct alignas(64) CacheSlot
    {
        QString value;
        quint64 head = 0;
        quint64 tail = 0;
        quint64 middle = 0;
        quint64 middle2 = 0;
        quint8 length = 0;
    };
    static Key keyOf(std::string_view text);
    static bool matches(const CacheSlot &slot, const Key &key);
    static void fill(CacheSlot &slot, const Key &key, const QString &value);
    void growCache();
    void prefetchTape(const uint64_t *tape, const uint8_t *strings, size_t at, int depth);
    // The slot pairs prefetchTape() asked for, whose strings' headers are asked for next.
    static constexpr size_t maxPrefetched = 48;
    CacheSlot *m_prefetched[maxPrefetched];
    size_t m_prefetchedCount = 0;
    // Two-way: a text's slot pair is (i, i + 1), the newest first.
    size_t m_cacheSlots = 1024;
    size_t m_cacheMaxSlots = 1024;
    std::unique_ptr<CacheSlot[]> m_cache{new CacheSlot[m_cacheSlots]};
    quint32 m_lookups = 0; // since the last growth check
    quint32 m_misses = 0;
    // This thread's view of the process-wide token pool (its values are never freed).
    static constexpr size_t tokenSlots = 256;
    std::unique_ptr<CacheSlot[]> m_tokens{new CacheSlot[tokenSlots]};

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

#include "ari/JsonRead.h"

#include <QJsonDocument>

#include <algorithm>
#include <bit>
#include <cstring>
#include <mutex>
#include <string>
#include <unordered_map>

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
    // Asterisk writes some integers as doubles (e.g. 5.0); accept those that are whole
    // and in range (casting 1e300 or 2^64 to qint64 would be undefined behaviour).
    constexpr double limit = 9223372036854775808.0; // 2^63
    if (e.get_double().get(d) == simdjson::SUCCESS && d >= -limit && d < limit && d == double(qint64(d))) {
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
        list.append(ThreadParser::instance().intern(sv));
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

namespace {

quint64 load8(const char *p)
{
    quint64 v;
    std::memcpy(&v, p, 8);
    return v;
}

quint64 load4(const char *p)
{
    quint32 v;
    std::memcpy(&v, p, 4);
    return v;
}

// The process-wide tokens. Their characters are never freed (the pool is
// bounded), so a token is a QString over raw data: copies share it with no
// reference count at all.
struct TokenPool
{
    static constexpr size_t maxTokens = 8192;
    std::mutex mutex;
    std::unordered_map<std::string, QString> tokens;
};

TokenPool &tokenPool()
{
    // Never destroyed: tokens may be held by anything until the very end.
    static TokenPool *pool = new TokenPool;
    return *pool;
}

} // namespace

bool readToken(const Element &value, QString &member, const Slot &slot, ParseProblems *problems)
{
    std::string_view sv;
    if (value.get_string().get(sv) == simdjson::SUCCESS) {
        member = ThreadParser::instance().token(sv);
        slot.present |= 1u << slot.bit;
    } else {
        keepWrongType(slot, value, problems);
    }
    return true;
}

Q_ALWAYS_INLINE ThreadParser::Key ThreadParser::keyOf(std::string_view text)
{
    // With the length, these words are the whole text up to 31 bytes. Past 16,
    // the middle words come from loads inside the text (no byte-wise copy):
    // the 8 bytes after the first 8, masked to those before the last 8, and
    // the 8 bytes before the last 8, shifted to those after byte 16.
    const char *p = text.data();
    const size_t n = text.size();
    Key k;
    k.length = n;
    if (n >= 8) {
        k.head = load8(p);
        k.tail = load8(p + n - 8);
        if (n > 16) {
            const size_t m = n - 16; // 1 to 15 middle bytes
            const quint64 w = load8(p + 8);
            k.middle = m >= 8 ? w : w & ((quint64(1) << (8 * m)) - 1);
            if (m > 8)
                k.middle2 = load8(p + n - 16) >> (8 * (16 - m));
        }
    } else if (n >= 4) {
        k.head = load4(p) | load4(p + n - 4) << 32;
    } else if (n > 0) {
        k.head = quint64(quint8(p[0])) | quint64(quint8(p[n / 2])) << 8 | quint64(quint8(p[n - 1])) << 16;
    }
    return k;
}

Q_ALWAYS_INLINE bool ThreadParser::matches(const CacheSlot &slot, const Key &key)
{
    return slot.length == key.length && slot.head == key.head && slot.tail == key.tail && slot.middle == key.middle
        && slot.middle2 == key.middle2;
}

void ThreadParser::fill(CacheSlot &slot, const Key &key, const QString &value)
{
    slot.value = value;
    slot.head = key.head;
    slot.tail = key.tail;
    slot.middle = key.middle;
    slot.middle2 = key.middle2;
    slot.length = quint8(key.length);
}

namespace {

// Text such as "PJSIP/agent-1234-0000001" differs only in its middle bytes.
Q_ALWAYS_INLINE size_t slotOf(quint64 head, quint64 tail, quint64 middle, quint64 middle2, size_t n, size_t slots)
{
    const quint64 mid = middle ^ (middle2 * 0xD6E8FEB86659FD93ull);
    quint64 h = (head * 0x9E3779B97F4A7C15ull) ^ (tail * 0xC2B2AE3D27D4EB4Full) ^ (mid * 0x165667B19E3779F9ull) ^ n;
    h = (h ^ (h >> 31)) * 0x9E3779B97F4A7C15ull;
    return (h >> 40) & (slots - 1);
}

Q_ALWAYS_INLINE size_t slotOf(const auto &key, size_t slots)
{
    return slotOf(key.head, key.tail, key.middle, key.middle2, key.length, slots);
}

} // namespace

QString ThreadParser::token(std::string_view text)
{
    const size_t n = text.size();
    if (n > cacheMaxLength || n == 0)
        return intern(text);
    const Key key = keyOf(text);
    CacheSlot &slot = m_tokens[slotOf(key, tokenSlots)];
    if (matches(slot, key))
        return slot.value;
    TokenPool &pool = tokenPool();
    QString value;
    {
        std::lock_guard lock(pool.mutex);
        auto it = pool.tokens.find(std::string(text));
        if (it == pool.tokens.end()) {
            if (pool.tokens.size() >= TokenPool::maxTokens)
                return intern(text); // full: an ordinary shared string
            const QString s = toQString(text);
            auto *chars = new char16_t[size_t(s.size()) + 1];
            std::memcpy(chars, s.utf16(), size_t(s.size()) * sizeof(char16_t));
            chars[s.size()] = u'\0';
            it = pool.tokens.emplace(std::string(text), QString::fromRawData(reinterpret_cast<const QChar *>(chars), s.size())).first;
        }
        value = it->second;
    }
    fill(slot, key, value);
    return value;
}

QString ThreadParser::intern(std::string_view text)
{
    const size_t n = text.size();
    if (n > cacheMaxLength || n == 0)
        return toQString(text);
    ++m_lookups;
    const Key key = keyOf(text);
    CacheSlot *pair = &m_cache[slotOf(key, m_cacheSlots) & ~size_t(1)];
    if (matches(pair[0], key))
        return pair[0].value;
    if (matches(pair[1], key)) {
        std::swap(pair[0], pair[1]);
        return pair[0].value;
    }
    // A miss: the newer entry moves to the second way, the older one goes.
    pair[1] = std::move(pair[0]);
    fill(pair[0], key, toQString(text));
    const QString value = pair[0].value;
    ++m_misses;
    if (m_lookups >= 1024) {
        if (m_misses > m_lookups / 4 && m_cacheSlots < m_cacheMaxSlots)
            growCache();
        m_lookups = m_misses = 0;
    }
    return value;
}

namespace {

constexpr uint64_t tapePayload = (uint64_t(1) << 56) - 1;

} // namespace

void ThreadParser::prefetchTape(const uint64_t *tape, const uint8_t *strings, size_t at, int depth)
{
    // `at` is a '{' or '[' word; its payload is the index just past its end.
    const bool object = char(tape[at] >> 56) == '{';
    const size_t end = size_t(uint32_t(tape[at])) - 1; // the closing word
    for (size_t i = at + 1; i < end;) {
        if (object)
            ++i; // the key: a one-word string, never interned
        const uint64_t word = tape[i];
        switch (char(word >> 56)) {
        case '"': {
            ++i;
            uint32_t n = 0;
            const uint8_t *s = strings + size_t(word & tapePayload);
            std::memcpy(&n, s, sizeof n);
            if (n == 0 || n > cacheMaxLength)
                break;
            const std::string_view sv(reinterpret_cast<const char *>(s + sizeof n), n);
            const Key key = keyOf(sv);
            CacheSlot *pair = &m_cache[slotOf(key, m_cacheSlots) & ~size_t(1)];
            __builtin_prefetch(pair);
            if (m_prefetchedCount < maxPrefetched)
                m_prefetched[m_prefetchedCount++] = pair;
            break;
        }
        case '{':
        case '[':
            if (depth < 8)
                prefetchTape(tape, strings, i, depth + 1);
            i = size_t(uint32_t(word));
            break;
        case 'l':
        case 'u':
        case 'd':
            i += 2; // the number's own word follows
            break;
        default:
            ++i;
            break;
        }
    }
}

void ThreadParser::prefetchInterned(const simdjson::dom::document &doc)
{
    // A small cache stays in the core's own caches: nothing to gain.
    if (m_cacheSlots <= 4096)
        return;
    // Straight over the document's tape (simdjson's flat record of a parse),
    // not through its element API: an object's entries are key and value in
    // turn (the key one word), a string's word holds its offset in the string
    // buffer, where its 32-bit length precedes its bytes, and a container's
    // first word the index past its end.
    const uint64_t *tape = doc.tape.get();
    const uint8_t *strings = doc.string_buf.get();
    if (!tape || !strings)
        return;
    const char rootType = char(tape[1] >> 56);
    m_prefetchedCount = 0;
    if (rootType == '{' || rootType == '[')
        prefetchTape(tape, strings, 1, 0);
    // Then, as those slots arrive (their loads overlap), the strings' headers:
    // a hit copies the QString, an atomic increment of a reference count that
    // is as cold as the slot was. Asked for writing.
    for (size_t i = 0; i < m_prefetchedCount; ++i) {
        for (int way = 0; way < 2; ++way) {
            if (const auto *header = m_prefetched[i][way].value.data_ptr().d_ptr())
                __builtin_prefetch(header, 1);
        }
    }
}

void ThreadParser::setInternCapacity(size_t slots)
{
    m_cacheMaxSlots = std::max<size_t>(std::bit_ceil(std::max<size_t>(slots, 2)), m_cacheSlots);
}

void ThreadParser::growCache()
{
    // Four times bigger at once: a stream of thousands of channels fills it
    // within a few hundred events, and loses few strings on the way.
    const size_t slots = std::min(m_cacheSlots * 4, m_cacheMaxSlots);
    std::unique_ptr<CacheSlot[]> grown(new CacheSlot[slots]);
    for (size_t i = 0; i < m_cacheSlots; ++i) {
        CacheSlot &old = m_cache[i];
        if (old.length == 0)
            continue;
        CacheSlot *pair = &grown[slotOf(old, slots) & ~size_t(1)];
        CacheSlot &to = pair[0].length == 0 ? pair[0] : pair[1];
        if (to.length == 0)
            to = std::move(old);
    }
    m_cache = std::move(grown);
    m_cacheSlots = slots;
}

ThreadParser &ThreadParser::create()
{
    thread_local ThreadParser parser;
    t_current = &parser;
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
    if (len > 0) // an empty frame's data() may be null, which memcpy must not get
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

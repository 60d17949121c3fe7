#include "ari/EventParser.h"

#include "ari/JsonRead.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Ari {

namespace {

enum BaseBit : quint8 { TypeBit = 1, ApplicationBit = 2, TimestampBit = 4, AsteriskIdBit = 8 };

// The common fields of every event; returns true when `key` is one of them.
bool readBaseField(Event &out, std::string_view key, const Json::Element &value, quint8 &present)
{
    QString *target = nullptr;
    quint8 bit = 0;
    if (key.size() == 4 && std::memcmp(key.data(), "type", 4) == 0) {
        target = &out.typeName;
        bit = TypeBit;
    } else if (key.size() == 11 && std::memcmp(key.data(), "application", 11) == 0) {
        target = &out.application;
        bit = ApplicationBit;
    } else if (key.size() == 9 && std::memcmp(key.data(), "timestamp", 9) == 0) {
        target = &out.timestamp;
        bit = TimestampBit;
    } else if (key.size() == 11 && std::memcmp(key.data(), "asterisk_id", 11) == 0) {
        target = &out.asteriskId;
        bit = AsteriskIdBit;
    } else {
        return false;
    }
    std::string_view sv;
    if (value.get_string().get(sv) != simdjson::SUCCESS)
        return false; // wrong type: the caller keeps it in `extra`
    // The timestamp differs in every event; the others are a handful of values in every event.
    *target = bit == TimestampBit ? Json::toQString(sv) : Json::ThreadParser::instance().token(sv);
    present |= bit;
    return true;
}

} // namespace

struct EventParser::Private
{
    Json::ThreadParser parser;
};

EventParser::EventParser() : d(std::make_unique<Private>()) {}

EventParser::~EventParser() = default;

EventParser::Status EventParser::parse(const QByteArray &frame, Event &out, QString *error)
{
    out = Event{};
    out.raw = frame;
    Json::Element root;
    if (!d->parser.parse(frame, root, error))
        return Status::Malformed;
    simdjson::dom::object obj;
    if (root.get_object().get(obj) != simdjson::SUCCESS) {
        if (error)
            *error = u"the frame is not a JSON object"_s;
        return Status::Malformed;
    }
    // Every channel's id, name and caller are looked up in the intern cache
    // below, one cold slot each: ask for them all at once first.
    Json::ThreadParser::instance().prefetchInterned(d->parser.lastDocument());
    std::string_view typeName;
    if (obj["type"].get_string().get(typeName) != simdjson::SUCCESS) {
        if (error)
            *error = u"the frame has no \"type\" string"_s;
        return Status::Malformed;
    }
    out.type = eventTypeFromName(typeName);
    Detail::emplacePayload(out.payload, out.type);

    ParseProblems problems;
    quint8 present = 0;
    for (const auto field : obj) {
        if (readBaseField(out, field.key, field.value, present))
            continue;
        if (out.type != EventType::Unknown && Detail::readPayloadField(out.payload, field.key, field.value, &problems))
            continue;
        out.extra.insert(Json::toQString(field.key), Json::toQt(field.value));
    }
    if (out.type == EventType::Unknown)
        return Status::Ok;
    Detail::checkPayload(out.payload, &problems);
    if ((present & (ApplicationBit | TimestampBit)) != (ApplicationBit | TimestampBit))
        problems.add(u"%1: application or timestamp is missing"_s.arg(out.typeName));
    if (problems.isEmpty())
        return Status::Ok;
    if (error)
        *error = u"%1 event with bad fields: %2"_s.arg(out.typeName, problems.messages.join(u"; "));
    // Half-typed events never reach the store: keep the event, but as an unknown one.
    const Event keep = out;
    out = Event{};
    out.raw = keep.raw;
    out.typeName = keep.typeName;
    out.application = keep.application;
    out.timestamp = keep.timestamp;
    out.asteriskId = keep.asteriskId;
    out.extra = QJsonDocument::fromJson(frame).object();
    for (const QString &k : {u"type"_s, u"application"_s, u"timestamp"_s, u"asterisk_id"_s})
        out.extra.remove(k);
    return Status::Incomplete;
}

QJsonObject Event::toJson() const
{
    QJsonObject o;
    Detail::writePayload(payload, o);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    if (!typeName.isNull())
        o.insert(u"type"_s, typeName);
    if (!application.isNull())
        o.insert(u"application"_s, application);
    if (!timestamp.isNull())
        o.insert(u"timestamp"_s, timestamp);
    if (!asteriskId.isNull())
        o.insert(u"asterisk_id"_s, asteriskId);
    return o;
}

} // namespace Ari

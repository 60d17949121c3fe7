// SimAsterisk: bridges (split from SimAsterisk.cpp for size).

#include "sim/SimAsterisk.h"

#include "sim/SimClock.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace AriSim {

SimBridge *SimAsterisk::findBridge(const QString &id) const
{
    return id.isEmpty() ? nullptr : m_bridgeIndex.value(id);
}

Json SimAsterisk::bridgeSnapshot(const SimBridge &b) const
{
    QString technology = u"holding_bridge"_s;
    if (b.type == u"mixing")
        technology = b.channels.size() + b.internalNames.size() > 2 ? u"softmix"_s : u"simple_bridge"_s;
    Json out = Json::object({{u"id"_s, b.id},
                             {u"technology"_s, technology},
                             {u"bridge_type"_s, b.type},
                             {u"bridge_class"_s, u"stasis"},
                             {u"creator"_s, u"Stasis"},
                             {u"name"_s, b.name},
                             {u"channels"_s, Json::stringList(b.channels)},
                             {u"creationtime"_s, SimClock::formatTimestamp(b.created)},
                             {u"video_mode"_s, b.videoMode}});
    if (!b.videoSource.isEmpty())
        out.insert(u"video_source_id"_s, b.videoSource);
    return out;
}

Json SimAsterisk::bridgesJson() const
{
    Json::Array list;
    for (const auto &[seq, b] : m_bridges)
        list.push_back(bridgeSnapshot(*b));
    return Json::array(std::move(list));
}

Json SimAsterisk::bridgeJson(const QString &id) const
{
    const SimBridge *b = findBridge(id);
    return b ? bridgeSnapshot(*b) : Json();
}

HttpResponse SimAsterisk::createBridge(const QString &type, const QString &bridgeId, const QString &name)
{
    QString kind = u"mixing"_s;
    for (const QString &part : type.split(u',', Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (t == u"holding")
            kind = u"holding"_s;
        else if (t != u"mixing" && t != u"dtmf_events" && t != u"proxy_media" && t != u"video_sfu"
                 && t != u"video_single" && t != u"sdp_label")
            return HttpResponse::message(500, u"Unable to create bridge. Possible duplicate bridge id '(null)'"_s);
    }
    if (!bridgeId.isEmpty() && findBridge(bridgeId))
        return HttpResponse::message(409, u"Bridge with id '"_s + bridgeId + u"' already exists"_s);
    auto b = std::make_unique<SimBridge>();
    b->seq = ++m_seq;
    b->id = bridgeId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : bridgeId;
    b->type = kind;
    b->name = name;
    b->created = m_clock.now();
    if (type.contains(u"video_sfu"))
        b->videoMode = u"sfu"_s;
    SimBridge &ref = *b;
    m_bridgeIndex.insert(b->id, b.get());
    m_bridges.emplace(b->seq, std::move(b));
    Topics t;
    t.bridge = ref.id;
    emitEvent(Json::object({{u"type"_s, u"BridgeCreated"}, {u"bridge"_s, bridgeSnapshot(ref)}}), t);
    return HttpResponse::json(200, bridgeSnapshot(ref));
}

void SimAsterisk::updateBridgePeers(SimBridge &b)
{
    if (b.type != u"mixing" || b.channels.size() + b.internalNames.size() < 2)
        return;
    QStringList names;
    for (const QString &id : std::as_const(b.channels)) {
        if (const SimChannel *c = findChannel(id))
            names.append(c->name);
    }
    const QStringList ids = b.channels;
    for (const QString &id : ids) {
        SimChannel *c = findChannel(id);
        if (!c)
            continue;
        QStringList others = b.internalNames;
        for (const QString &n : std::as_const(names)) {
            if (n != c->name)
                others.append(n);
        }
        setVar(*c, u"BRIDGEPEER"_s, others.join(u','), true);
    }
}

void SimAsterisk::joinBridge(SimBridge &b, SimChannel &c)
{
    if (!c.bridgeId.isEmpty())
        leaveBridge(c);
    c.bridgeId = b.id;
    b.channels.append(c.id);
    if (c.inStasis) {
        c.bridgeSubApp = c.stasisApp;
        subscribeBridge(c.stasisApp, b.id, 1);
    }
    Topics t;
    t.channel = c.id;
    t.bridge = b.id;
    emitEvent(Json::object({{u"type"_s, u"ChannelEnteredBridge"}, {u"bridge"_s, bridgeSnapshot(b)},
                            {u"channel"_s, snapshot(c)}}),
              t);
    startMedia(c);
    for (const QString &other : std::as_const(b.channels)) {
        if (SimChannel *o = findChannel(other); o && o != &c)
            startMedia(*o);
    }
}

void SimAsterisk::leaveBridge(SimChannel &c, bool dropSubscription)
{
    SimBridge *b = findBridge(c.bridgeId);
    c.bridgeId.clear();
    if (!b)
        return;
    if (!c.vars.value(u"BRIDGEPEER"_s).isEmpty())
        setVar(c, u"BRIDGEPEER"_s, QString(), true);
    b->channels.removeOne(c.id);
    Topics t;
    t.channel = c.id;
    t.bridge = b->id;
    emitEvent(Json::object({{u"type"_s, u"ChannelLeftBridge"}, {u"bridge"_s, bridgeSnapshot(*b)},
                            {u"channel"_s, snapshot(c)}}),
              t);
    if (!c.bridgeSubApp.isEmpty()) {
        if (dropSubscription)
            subscribeBridge(c.bridgeSubApp, b->id, -1);
        c.bridgeSubApp.clear();
    }
    stopMedia(c);
}

HttpResponse SimAsterisk::addToBridge(const QString &id, const QStringList &channels)
{
    SimBridge *b = findBridge(id);
    if (!b)
        return HttpResponse::message(404, u"Bridge not found"_s);
    if (channels.isEmpty())
        return HttpResponse::message(400, u"Missing parameter channel"_s);
    QList<SimChannel *> list;
    for (const QString &cid : channels) {
        SimChannel *c = findChannel(cid);
        if (!c)
            return HttpResponse::message(400, u"Channel not found"_s);
        list.append(c);
    }
    for (SimChannel *c : std::as_const(list)) {
        if (!c->inStasis)
            return HttpResponse::message(422, u"Channel not in Stasis application"_s);
    }
    bool joined = false;
    for (const QString &cid : channels) {
        SimChannel *c = findChannel(cid);
        b = findBridge(id);
        if (!c || !b || c->bridgeId == id)
            continue;
        joinBridge(*b, *c);
        joined = true;
    }
    if (joined && (b = findBridge(id)))
        updateBridgePeers(*b);
    return HttpResponse::noContent();
}

HttpResponse SimAsterisk::removeFromBridge(const QString &id, const QStringList &channels)
{
    SimBridge *b = findBridge(id);
    if (!b)
        return HttpResponse::message(404, u"Bridge not found"_s);
    if (channels.isEmpty())
        return HttpResponse::message(400, u"Missing parameter channel"_s);
    QList<SimChannel *> list;
    for (const QString &cid : channels) {
        SimChannel *c = findChannel(cid);
        if (!c)
            return HttpResponse::message(400, u"Channel not found"_s);
        if (!c->inStasis)
            return HttpResponse::message(422, u"Channel not in Stasis application"_s);
        if (c->bridgeId != id)
            return HttpResponse::message(422, u"Channel not in this bridge"_s);
        list.append(c);
    }
    for (const QString &cid : channels) {
        if (SimChannel *c = findChannel(cid); c && c->bridgeId == id)
            leaveBridge(*c, true);
    }
    return HttpResponse::noContent();
}

void SimAsterisk::destroyBridgeInternal(const QString &id)
{
    SimBridge *b = findBridge(id);
    if (!b)
        return;
    stopTargetPlaybacks(u"bridge"_s, id);
    stopTargetRecordings(u"bridge"_s, id);
    b = findBridge(id);
    if (!b)
        return;
    b->mohAnnouncer.clear();
    b->internalNames.clear();
    const QStringList members = b->channels;
    for (const QString &cid : members) {
        if (SimChannel *c = findChannel(cid); c && !c->vars.value(u"BRIDGEPEER"_s).isEmpty())
            setVar(*c, u"BRIDGEPEER"_s, QString(), true);
    }
    for (auto it = members.crbegin(); it != members.crend(); ++it) {
        if (SimChannel *c = findChannel(*it); c && c->bridgeId == id)
            leaveBridge(*c, false); // members' apps still get BridgeDestroyed
    }
    b = findBridge(id);
    if (!b)
        return;
    Topics t;
    t.bridge = id;
    emitEvent(Json::object({{u"type"_s, u"BridgeDestroyed"}, {u"bridge"_s, bridgeSnapshot(*b)}}), t);
    dropSubscriptions({}, id);
    const quint64 seq = b->seq;
    m_bridgeIndex.remove(id);
    m_bridges.erase(seq);
}

HttpResponse SimAsterisk::destroyBridge(const QString &id)
{
    if (!findBridge(id))
        return HttpResponse::message(404, u"Bridge not found"_s);
    destroyBridgeInternal(id);
    return HttpResponse::noContent();
}

HttpResponse SimAsterisk::setVideoSource(const QString &id, const QString &channelId)
{
    SimBridge *b = findBridge(id);
    if (!b)
        return HttpResponse::message(404, u"Bridge not found"_s);
    SimChannel *c = findChannel(channelId);
    if (!c)
        return HttpResponse::message(404, u"Channel not found"_s);
    if (!c->inStasis)
        return HttpResponse::message(409, u"Channel not in Stasis application"_s);
    if (c->bridgeId != id)
        return HttpResponse::message(422, u"Channel not in this bridge"_s);
    b->videoMode = u"single"_s;
    b->videoSource = channelId;
    return HttpResponse::noContent();
}

HttpResponse SimAsterisk::clearVideoSource(const QString &id)
{
    SimBridge *b = findBridge(id);
    if (!b)
        return HttpResponse::message(404, u"Bridge not found"_s);
    b->videoMode = u"talker"_s;
    b->videoSource.clear();
    return HttpResponse::noContent();
}

void SimAsterisk::addInternal(SimBridge &b, const QString &name)
{
    b.internalNames.prepend(name);
    updateBridgePeers(b);
}

void SimAsterisk::removeInternal(SimBridge &b, const QString &name)
{
    if (!b.internalNames.removeOne(name))
        return;
    updateBridgePeers(b);
}

HttpResponse SimAsterisk::bridgeMoh(const QString &id, bool start)
{
    SimBridge *b = findBridge(id);
    if (!b)
        return HttpResponse::message(404, u"Bridge not found"_s);
    if (start) {
        if (b->mohAnnouncer.isEmpty()) {
            b->mohAnnouncer = u"Announcer/ARI_MOH-"_s + nextLocalNumber() + u";2"_s;
            addInternal(*b, b->mohAnnouncer);
        }
    } else {
        if (b->mohAnnouncer.isEmpty())
            return HttpResponse::message(409, u"Bridge isn't playing music on hold"_s);
        const QString name = std::exchange(b->mohAnnouncer, QString());
        removeInternal(*b, name);
    }
    return HttpResponse::noContent();
}

HttpResponse SimAsterisk::getBridgeVar(const QString &id, const QString &name) const
{
    const SimBridge *b = findBridge(id);
    if (!b)
        return HttpResponse::message(404, u"Bridge not found"_s);
    if (name.isEmpty())
        return HttpResponse::message(400, u"Variable name is required"_s);
    if (!b->vars.contains(name))
        return HttpResponse::message(404, u"Provided variable was not found"_s);
    return HttpResponse::json(200, Json::object({{u"value"_s, b->vars.value(name)}}));
}

HttpResponse SimAsterisk::setBridgeVar(const QString &id, const QString &name, const QString &value)
{
    SimBridge *b = findBridge(id);
    if (!b)
        return HttpResponse::message(404, u"Bridge not found"_s);
    if (name.isEmpty())
        return HttpResponse::message(400, u"Variable name is required"_s);
    b->vars.insert(name, value);
    return HttpResponse::noContent();
}

HttpResponse SimAsterisk::getBridgeVars(const QString &id, const QStringList &names) const
{
    const SimBridge *b = findBridge(id);
    if (!b)
        return HttpResponse::message(404, u"Bridge not found"_s);
    if (names.isEmpty())
        return HttpResponse::message(400, u"Missing variables parameter."_s);
    Json vars = Json::object();
    for (const QString &name : names) {
        if (!b->vars.contains(name))
            return HttpResponse::message(404, u"Provided variable was not found"_s);
        vars.insert(name, b->vars.value(name));
    }
    return HttpResponse::json(200, Json::object({{u"variables"_s, vars}}));
}

HttpResponse SimAsterisk::setBridgeVars(const QString &id, const Json &variables)
{
    SimBridge *b = findBridge(id);
    if (!b)
        return HttpResponse::message(404, u"Bridge not found"_s);
    if (!variables.isObject())
        return HttpResponse::message(400, u"Missing variables parameter."_s);
    for (const auto &[name, value] : variables.toObject())
        b->vars.insert(name, value.isString() ? value.toString() : value.value(u"value").toString());
    return HttpResponse::noContent();
}

} // namespace AriSim

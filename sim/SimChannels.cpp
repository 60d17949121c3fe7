// SimAsterisk: channels, the [demo] dialplan, Stasis, hangups (split from SimAsterisk.cpp for size).

#include "sim/SimAsterisk.h"

#include "sim/SimClock.h"
#include "sim/WebSocketConnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUdpSocket>

#include <optional>

using namespace Qt::StringLiterals;

namespace AriSim {

namespace {

void parseCallerId(const QString &text, QString *name, QString *number)
{
    const QString t = text.trimmed();
    const qsizetype lt = t.lastIndexOf(u'<');
    const qsizetype gt = t.lastIndexOf(u'>');
    if (lt >= 0 && gt > lt) {
        *number = t.mid(lt + 1, gt - lt - 1).trimmed();
        QString n = t.left(lt).trimmed();
        if (n.size() >= 2 && n.startsWith(u'"') && n.endsWith(u'"'))
            n = n.mid(1, n.size() - 2);
        *name = n;
        return;
    }
    bool digits = !t.isEmpty();
    for (QChar ch : t) {
        if (!ch.isDigit() && ch != u'+' && ch != u'*' && ch != u'#')
            digits = false;
    }
    if (digits) {
        *number = t;
        name->clear();
    } else {
        *name = t;
        number->clear();
    }
}

QString channelTech(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::LocalOne:
    case ChannelKind::LocalTwo: return u"Local"_s;
    case ChannelKind::Snoop: return u"Snoop"_s;
    case ChannelKind::UnicastRtp: return u"UnicastRTP"_s;
    case ChannelKind::WebSocket: return u"WebSocket"_s;
    }
    return {};
}

} // namespace

// ---- basics -------------------------------------------------------------------------------------

SimChannel *SimAsterisk::findChannel(const QString &id) const
{
    return id.isEmpty() ? nullptr : m_channelIndex.value(id);
}

SimChannel *SimAsterisk::findChannelByName(const QString &name) const
{
    for (const auto &[seq, c] : m_channels) {
        if (c->name == name)
            return c.get();
    }
    return nullptr;
}

QString SimAsterisk::nextUniqueId()
{
    return m_systemName + u'-' + QString::number(nowMs() / 1000) + u'.' + QString::number(m_uniqueCounter++);
}

QString SimAsterisk::nextLocalNumber()
{
    return QString::number(m_localCounter++, 16).rightJustified(8, u'0');
}

SimChannel &SimAsterisk::newChannel(ChannelKind kind, const QString &id, const QString &name, const QString &state)
{
    auto c = std::make_unique<SimChannel>();
    c->seq = ++m_seq;
    c->kind = kind;
    c->id = id;
    c->name = name;
    c->state = state;
    c->created = m_clock.now();
    if (state == u"Up")
        c->answered = c->created; // externalMedia and Snoop channels start answered
    SimChannel &ref = *c;
    m_channelIndex.insert(id, c.get());
    m_channels.emplace(c->seq, std::move(c));
    return ref;
}

QString SimAsterisk::causeText(int cause)
{
    switch (cause) {
    case 1: return u"Unallocated (unassigned) number"_s;
    case 3: return u"No route to destination"_s;
    case 16: return u"Normal Clearing"_s;
    case 17: return u"User busy"_s;
    case 18: return u"No user responding"_s;
    case 19: return u"User alerting, no answer"_s;
    case 21: return u"Call Rejected"_s;
    case 26: return u"Answered elsewhere"_s;
    case 27: return u"Destination out of order"_s;
    case 28: return u"Invalid number format"_s;
    case 31: return u"Normal, unspecified"_s;
    case 34: return u"Circuit/channel congestion"_s;
    case 38: return u"Network out of order"_s;
    case 41: return u"Temporary failure"_s;
    case 42: return u"Switching equipment congestion"_s;
    case 58: return u"Bearer capability not available"_s;
    case 127: return u"Interworking, unspecified"_s;
    default: return u"Unknown"_s;
    }
}

Json SimAsterisk::snapshot(const SimChannel &c) const
{
    return Json::object({{u"id"_s, c.id},
                         {u"name"_s, c.name},
                         {u"state"_s, c.state},
                         {u"protocol_id"_s, u""},
                         {u"caller"_s, Json::object({{u"name"_s, c.callerName}, {u"number"_s, c.callerNumber}})},
                         {u"connected"_s, Json::object({{u"name"_s, c.connectedName}, {u"number"_s, c.connectedNumber}})},
                         {u"accountcode"_s, c.accountcode},
                         {u"dialplan"_s, Json::object({{u"context"_s, c.context},
                                                       {u"exten"_s, c.exten},
                                                       {u"priority"_s, c.priority},
                                                       {u"app_name"_s, c.appName},
                                                       {u"app_data"_s, c.appData}})},
                         {u"creationtime"_s, SimClock::formatTimestamp(c.created)},
                         {u"language"_s, c.language}});
}

void SimAsterisk::emitChannel(const QString &type, const SimChannel &c, Json::Object before, Json::Object after)
{
    Json::Object members;
    members.reserve(before.size() + after.size() + 2);
    members.emplace_back(u"type"_s, type);
    for (auto &m : before)
        members.push_back(std::move(m));
    members.emplace_back(u"channel"_s, snapshot(c));
    for (auto &m : after)
        members.push_back(std::move(m));
    Topics t;
    t.channel = c.id;
    if (type == u"StasisStart" || type == u"StasisEnd" || type == u"ApplicationMoveFailed")
        t.onlyApp = c.stasisApp;
    emitEvent(Json::object(std::move(members)), t);
}

void SimAsterisk::setState(SimChannel &c, const QString &state)
{
    if (c.state == state)
        return;
    c.state = state;
    if (state == u"Up" && !c.answered.isValid())
        c.answered = m_clock.now();
    emitChannel(u"ChannelStateChange"_s, c);
}

void SimAsterisk::setVar(SimChannel &c, const QString &name, const QString &value, bool report)
{
    if (!c.vars.contains(name))
        c.varOrder.append(name);
    c.vars.insert(name, value);
    if (!report)
        return;
    Topics t;
    t.channel = c.id;
    emitEvent(Json::object({{u"variable"_s, name}, {u"value"_s, value}, {u"type"_s, u"ChannelVarset"},
                            {u"channel"_s, snapshot(c)}}),
              t);
}

void SimAsterisk::emitDialplan(SimChannel &c, const QString &app, const QString &data, bool always)
{
    // Asterisk's ast_channel_snapshot_cep_equal(): a snapshot whose context, extension and priority
    // did not change raises no ChannelDialplan, unless the channel had no application before. So the
    // ;1 half of Local/100@demo originated to demo,100,1 goes from AppDial2 straight to
    // Playback(demo-congrats) without an Answer() (03 #14, 12 #91, #103, #116), while Local/400@demo
    // sent to demo,600,1 reports Answer() (03 #53).
    const bool report = always || c.appName.isEmpty() || c.context != c.dpContext || c.exten != c.dpExten
        || c.priority != c.dpPriority;
    c.appName = app;
    c.appData = data;
    c.dpContext = c.context;
    c.dpExten = c.exten;
    c.dpPriority = c.priority;
    if (!report)
        return;
    emitChannel(u"ChannelDialplan"_s, c, {{u"dialplan_app"_s, app}, {u"dialplan_app_data"_s, data}});
}

void SimAsterisk::emitDial(SimChannel &peer, const QString &status, bool emptyDialstring)
{
    Topics t;
    t.channel = peer.id;
    emitEvent(Json::object({{u"type"_s, u"Dial"},
                            {u"dialstatus"_s, status},
                            {u"forward"_s, u""},
                            {u"dialstring"_s, emptyDialstring ? QString() : peer.dialstring},
                            {u"peer"_s, snapshot(peer)}}),
              t);
}

void SimAsterisk::emitHangupRequest(SimChannel &c, int cause, bool soft)
{
    Json::Object members{{u"cause"_s, cause}};
    if (soft)
        members.emplace_back(u"soft"_s, true);
    members.emplace_back(u"type"_s, u"ChannelHangupRequest");
    members.emplace_back(u"channel"_s, snapshot(c));
    Topics t;
    t.channel = c.id;
    emitEvent(Json::object(std::move(members)), t);
}

HttpResponse SimAsterisk::channelGate(const QString &id, SimChannel **out, bool needStasis) const
{
    SimChannel *c = findChannel(id);
    if (!c)
        return HttpResponse::message(404, u"Channel not found"_s);
    if (needStasis && !c->inStasis)
        return HttpResponse::message(409, u"Channel not in Stasis application"_s);
    *out = c;
    return HttpResponse{0, {}, {}, {}, false, {}};
}

Json SimAsterisk::channelsJson() const
{
    Json::Array list;
    list.reserve(m_channels.size());
    for (const auto &[seq, c] : m_channels)
        list.push_back(snapshot(*c));
    return Json::array(std::move(list));
}

Json SimAsterisk::channelJson(const QString &id) const
{
    const SimChannel *c = findChannel(id);
    return c ? snapshot(*c) : Json();
}

QStringList SimAsterisk::channelIds() const
{
    QStringList out;
    out.reserve(qsizetype(m_channels.size()));
    for (const auto &[seq, c] : m_channels)
        out.append(c->id);
    return out;
}

QString SimAsterisk::peerOf(const QString &id) const
{
    const SimChannel *c = findChannel(id);
    return c ? c->peerId : QString();
}

bool SimAsterisk::isInStasis(const QString &id) const
{
    const SimChannel *c = findChannel(id);
    return c && c->inStasis;
}

// ---- originate and create -----------------------------------------------------------------------

bool SimAsterisk::validateLocal(const QString &endpoint, QString *exten, QString *context) const
{
    const qsizetype slash = endpoint.indexOf(u'/');
    if (slash <= 0 || endpoint.left(slash).compare(u"Local", Qt::CaseInsensitive) != 0)
        return false;
    const QString resource = endpoint.mid(slash + 1).section(u'/', 0, 0);
    if (resource.isEmpty())
        return false;
    const qsizetype at = resource.indexOf(u'@');
    *exten = at < 0 ? resource : resource.left(at);
    *context = at < 0 ? u"default"_s : resource.mid(at + 1);
    return !exten->isEmpty();
}

std::pair<SimChannel *, SimChannel *> SimAsterisk::createLocalPair(const OriginateParams &p, const QString &exten,
                                                                   const QString &context, bool create)
{
    const QString base = u"Local/"_s + exten + u'@' + context + u'-' + nextLocalNumber();
    const QString id1 = nextUniqueId();
    const QString id2 = nextUniqueId();
    SimChannel &one = newChannel(ChannelKind::LocalOne, p.channelId.isEmpty() ? id1 : p.channelId, base + u";1"_s,
                                 u"Down"_s);
    one.context = context;
    one.exten = exten;
    one.device = u"Local/"_s + exten + u'@' + context;
    one.dialstring = exten + u'@' + context;
    emitChannel(u"ChannelCreated"_s, one);
    SimChannel &two = newChannel(ChannelKind::LocalTwo, p.otherChannelId.isEmpty() ? id2 : p.otherChannelId,
                                 base + u";2"_s, u"Ring"_s);
    two.context = context;
    two.exten = exten;
    two.device = one.device;
    two.dialstring = one.dialstring;
    one.peerId = two.id;
    two.peerId = one.id;
    m_deviceUse[one.device] += 2;
    emitChannel(u"ChannelCreated"_s, two);
    if (!create)
        emitDialplan(one, u"AppDial2"_s, u"(Outgoing Line)"_s);
    return {&one, &two};
}

bool SimAsterisk::applyVariables(SimChannel &one, SimChannel &two, const OriginateParams &p)
{
    for (const auto &[name, value] : p.variables) {
        setVar(one, name, value, false);
        setVar(two, name, value, true);
    }
    if (!p.callerId.isEmpty()) {
        QString name, number;
        parseCallerId(p.callerId, &name, &number);
        for (SimChannel *c : {&one, &two}) {
            c->callerName = name;
            c->callerNumber = number;
            c->connectedName = name;
            c->connectedNumber = number;
        }
        emitChannel(u"ChannelCallerId"_s, two,
                    {{u"caller_presentation"_s, 0},
                     {u"caller_presentation_txt"_s, u"Presentation Allowed, Not Screened"}});
        emitChannel(u"ChannelConnectedLine"_s, two);
    }
    return true;
}

HttpResponse SimAsterisk::originate(const OriginateParams &p)
{
    if (p.endpoint.isEmpty())
        return HttpResponse::message(400, u"Endpoint must be specified"_s);
    if (p.app.isEmpty() && p.extension.isEmpty())
        return HttpResponse::message(400, u"Application or extension must be specified"_s);
    QString exten, context;
    if (!validateLocal(p.endpoint, &exten, &context))
        return HttpResponse::json(500, Json::object({{u"error"_s, u"Allocation failed"}}));
    if ((!p.channelId.isEmpty() && findChannel(p.channelId))
        || (!p.otherChannelId.isEmpty() && findChannel(p.otherChannelId)) || (!p.channelId.isEmpty() && p.channelId == p.otherChannelId))
        return HttpResponse::message(409, u"Channel with given unique ID already exists"_s);

    auto [one, two] = createLocalPair(p, exten, context, false);
    one->dialing = true;
    one->targetApp = p.app;
    one->targetArgs = p.appArgs;
    one->targetContext = p.context.isEmpty() ? u"default"_s : p.context;
    one->targetExten = p.extension;
    one->targetPriority = qMax(1, p.priority);
    if (!p.app.isEmpty()) {
        subscribeChannel(p.app, one->id, 1);
        subscribeChannel(p.app, two->id, 1);
    }
    applyVariables(*one, *two, p);
    const Json response = snapshot(*one);
    const QString oneId = one->id;
    const QString twoId = two->id;
    bool found = false;
    program(context, exten, &found);
    if (!found) {
        runStep(twoId); // no such context or extension: both halves go at once
        return HttpResponse::json(200, response);
    }
    emitDial(*one, QString());
    if (p.timeoutSeconds > 0) {
        const quint64 gen = m_generation;
        one->dialTimer = m_clock.startTimer(qint64(p.timeoutSeconds) * 1000, this, [this, gen, oneId] {
            if (gen == m_generation)
                dialTimeout(oneId);
        });
    }
    runDialplan(twoId, context, exten, 1);
    return HttpResponse::json(200, response);
}

HttpResponse SimAsterisk::createChannel(const OriginateParams &p)
{
    if (p.endpoint.isEmpty())
        return HttpResponse::message(400, u"Endpoint must be specified"_s);
    if (p.app.isEmpty())
        return HttpResponse::message(400, u"Application must be specified"_s);
    QString exten, context;
    if (!validateLocal(p.endpoint, &exten, &context))
        return HttpResponse::json(500, Json::object({{u"error"_s, u"Allocation failed"}}));
    if ((!p.channelId.isEmpty() && findChannel(p.channelId))
        || (!p.otherChannelId.isEmpty() && findChannel(p.otherChannelId)))
        return HttpResponse::message(409, u"Channel with given unique ID already exists"_s);
    auto [one, two] = createLocalPair(p, exten, context, true);
    applyVariables(*one, *two, p);
    subscribeChannel(p.app, one->id, 1);
    const Json response = snapshot(*one);
    QStringList data{p.app};
    data += p.appArgs;
    emitDialplan(*one, u"Stasis"_s, data.join(u','));
    setVar(*one, u"STASISSTATUS"_s, QString());
    if (hasApplication(p.app)) {
        enterStasis(*one, p.app, p.appArgs, false);
    } else {
        setVar(*one, u"STASISSTATUS"_s, u"FAILED"_s);
        hangupChannelInternal(one->id, 0, false);
    }
    return HttpResponse::json(200, response);
}

QString SimAsterisk::originateLocal(const QString &endpoint, const QString &context, const QString &extension,
                                   const QString &app, const QStringList &args, int timeoutSeconds,
                                   const QString &callerId)
{
    OriginateParams p;
    p.callerId = callerId;
    p.endpoint = endpoint;
    p.context = context;
    p.extension = extension;
    p.app = app;
    p.appArgs = args;
    p.timeoutSeconds = timeoutSeconds;
    const HttpResponse r = originate(p);
    if (r.status != 200)
        return {};
    const qsizetype start = r.body.indexOf("\"id\":\"") + 6;
    const qsizetype end = r.body.indexOf('"', start);
    return QString::fromUtf8(r.body.mid(start, end - start));
}

// ---- the [demo] dialplan ------------------------------------------------------------------------

QList<SimAsterisk::Step> SimAsterisk::program(const QString &context, const QString &exten, bool *found) const
{
    *found = true;
    if (context != u"demo" && context != u"default") {
        *found = false;
        return {};
    }
    const auto s = [](const char16_t *app, const QString &data = {}) { return Step{QString::fromUtf16(app), data}; };
    if (exten == u"100")
        return {s(u"Answer"), s(u"Playback", u"demo-congrats"_s), s(u"Wait", u"3600"_s), s(u"Hangup")};
    if (exten == u"200")
        return {s(u"Answer"), s(u"Echo"), s(u"Hangup")};
    if (exten == u"300")
        return {s(u"Answer"), s(u"Stasis", u"console"_s), s(u"Hangup")};
    if (exten == u"301")
        return {s(u"Stasis", u"console,inbound,301"_s), s(u"Hangup")};
    if (exten == u"400")
        return {s(u"Ringing"), s(u"Wait", u"20"_s), s(u"Answer"), s(u"Wait", u"3600"_s), s(u"Hangup")};
    if (exten == u"401")
        return {s(u"Ringing"), s(u"Wait", u"3600"_s), s(u"Hangup")};
    if (exten == u"500")
        return {s(u"Answer"), s(u"MusicOnHold", u"default"_s), s(u"Hangup")};
    if (exten == u"600")
        return {s(u"Answer"), s(u"Wait", u"3600"_s), s(u"Hangup")};
    if (exten == u"601")
        return {s(u"Answer"), s(u"Milliwatt"), s(u"Hangup")};
    if (exten == u"700")
        return {s(u"Answer"), s(u"Playback", u"tt-monkeys"_s), s(u"Hangup")};
    if (exten == u"800")
        return {s(u"Busy", u"10"_s)};
    if (exten == u"801")
        return {s(u"Congestion", u"10"_s)};
    if (exten == u"802")
        return {s(u"Hangup", u"17"_s)};
    bool digits = exten.size() == 4;
    for (QChar ch : exten)
        digits = digits && ch.isDigit();
    if (digits && exten.startsWith(u'1'))
        return {s(u"Answer"), s(u"Wait", u"3600"_s), s(u"Hangup")};
    if (digits && exten.startsWith(u'2'))
        return {s(u"Ringing"), s(u"Wait", u"3600"_s), s(u"Hangup")};
    if (digits && exten.startsWith(u'3'))
        return {s(u"Answer"), s(u"Stasis", u"console,"_s + exten), s(u"Hangup")};
    *found = false;
    return {};
}

void SimAsterisk::runDialplan(const QString &id, const QString &context, const QString &exten, int priority)
{
    SimChannel *c = findChannel(id);
    if (!c)
        return;
    stopDialplan(*c);
    c->context = context;
    c->exten = exten;
    c->priority = qMax(1, priority);
    c->pbxRunning = true;
    runStep(id);
}

void SimAsterisk::stopDialplan(SimChannel &c)
{
    ++c.dpToken;
    if (c.dpTimer) {
        m_clock.stopTimer(c.dpTimer);
        c.dpTimer = 0;
    }
}

void SimAsterisk::nextStep(const QString &id, qint64 delayMs)
{
    SimChannel *c = findChannel(id);
    if (!c)
        return;
    if (delayMs <= 0) {
        ++c->priority;
        runStep(id);
        return;
    }
    const quint64 token = c->dpToken;
    const quint64 gen = m_generation;
    c->dpTimer = m_clock.startTimer(delayMs, this, [this, id, token, gen] {
        if (gen != m_generation)
            return;
        SimChannel *ch = findChannel(id);
        if (!ch || ch->dpToken != token)
            return;
        ch->dpTimer = 0;
        ++ch->priority;
        runStep(id);
    });
}

void SimAsterisk::runStep(const QString &id)
{
    SimChannel *c = findChannel(id);
    if (!c)
        return;
    bool found = false;
    const QList<Step> steps = program(c->context, c->exten, &found);
    if (!found) {
        // No such context or extension: the call fails at once.
        const QString device = c->device;
        const QString peerId = c->peerId;
        if (!device.isEmpty())
            emitDeviceState(device, u"INVALID"_s);
        c->pbxRunning = false;
        destroyChannel(id, 0);
        if (findChannel(peerId))
            destroyChannel(peerId, 0);
        if (!device.isEmpty())
            emitDeviceState(device, u"INVALID"_s);
        return;
    }
    if (c->priority > steps.size()) {
        hangupChannelInternal(id, 16, false);
        return;
    }
    const Step step = steps.at(c->priority - 1);
    ++c->dpToken;
    emitDialplan(*c, step.app, step.data);
    const quint64 gen = m_generation;
    const auto later = [this, id, gen](qint64 ms, std::function<void(SimChannel &)> fn) {
        SimChannel *ch = findChannel(id);
        const quint64 token = ch->dpToken;
        ch->dpTimer = m_clock.startTimer(ms, this, [this, id, gen, token, fn] {
            if (gen != m_generation)
                return;
            SimChannel *x = findChannel(id);
            if (!x || x->dpToken != token)
                return;
            x->dpTimer = 0;
            fn(*x);
        });
    };

    if (step.app == u"Answer") {
        bool toApp = false;
        if (c->state != u"Up") {
            SimChannel *ringing = c->kind == ChannelKind::LocalTwo ? findChannel(c->peerId) : nullptr;
            if (ringing && ringing->dialing && ringing->state == u"Ringing") {
                // A ringing call: the caller's side is answered first, then this half goes Up.
                toApp = !ringing->targetApp.isEmpty();
                answerOutgoing(*ringing);
                if (SimChannel *self = findChannel(id))
                    setState(*self, u"Up"_s);
            } else {
                setState(*c, u"Up"_s);
            }
            if (SimChannel *cc = findChannel(id); cc && cc->kind == ChannelKind::LocalTwo) {
                const QString device = cc->device;
                if (SimChannel *one = findChannel(cc->peerId); one && one->dialing) {
                    toApp = !one->targetApp.isEmpty();
                    if (toApp && !hasApplication(one->targetApp)) {
                        // The app has no socket: ;1 fails Stasis and the pair goes at once (12 #37-#48).
                        // The device-state thread reports ;2's change (INUSE) before ;1 answers, and ;1's
                        // change only once the pair is gone: INUSE, then three NOT_INUSE.
                        emitDeviceState(device, localDeviceState(device));
                        answerOutgoing(*one);
                        emitDeviceState(device, localDeviceState(device));
                        return;
                    }
                    answerOutgoing(*one);
                }
                if (SimChannel *self = findChannel(id)) {
                    emitDeviceState(self->device, u"INUSE"_s);
                    emitDeviceState(self->device, u"INUSE"_s);
                }
            } else if (cc && cc->kind == ChannelKind::LocalOne) {
                if (SimChannel *two = findChannel(cc->peerId); two && two->state == u"Ring")
                    setState(*two, u"Up"_s);
            }
        }
        nextStep(id, toApp ? 500 : 0);
    } else if (step.app == u"Ringing") {
        QString ringingOne;
        const QString device = c->device;
        if (c->kind == ChannelKind::LocalTwo) {
            if (SimChannel *one = findChannel(c->peerId); one && one->dialing) {
                setState(*one, u"Ringing"_s);
                ringingOne = one->id;
            }
        }
        nextStep(id, 0);
        if (SimChannel *one = findChannel(ringingOne); one && one->dialing) {
            emitDial(*one, u"RINGING"_s, true);
            emitDeviceState(device, u"INUSE"_s);
        }
    } else if (step.app == u"Wait") {
        later(qMax(1, step.data.toInt()) * 1000LL, [this](SimChannel &x) { nextStep(x.id, 0); });
    } else if (step.app == u"Playback") {
        const qint64 ms = soundDurationMs(step.data);
        if (ms < 0) {
            setVar(*c, u"PLAYBACKSTATUS"_s, u"FAILED"_s);
            nextStep(id, 0);
            return;
        }
        c->dpPlaying = true;
        later(qMax<qint64>(1, ms), [this](SimChannel &x) {
            x.dpPlaying = false;
            setVar(x, u"PLAYBACKSTATUS"_s, u"SUCCESS"_s);
            nextStep(x.id, 0);
        });
    } else if (step.app == u"Stasis") {
        QStringList args = step.data.split(u',');
        const QString app = args.takeFirst();
        setVar(*c, u"STASISSTATUS"_s, QString());
        if (SimChannel *x = findChannel(id); x && hasApplication(app)) {
            enterStasis(*x, app, args, true);
        } else if (x) {
            setVar(*x, u"STASISSTATUS"_s, u"FAILED"_s);
            nextStep(id, 0);
        }
    } else if (step.app == u"Busy") {
        failDial(id, u"BUSY"_s, 17);
    } else if (step.app == u"Congestion") {
        failDial(id, u"CONGESTION"_s, 34);
    } else if (step.app == u"Hangup") {
        const int cause = step.data.isEmpty() ? 16 : step.data.toInt();
        if (cause == 17) {
            failDial(id, u"HANGUP17"_s, 17);
        } else {
            hangupChannelInternal(id, cause, false);
        }
    }
    // Echo, MusicOnHold, Milliwatt: the channel stays there until it hangs up.
}

void SimAsterisk::answerOutgoing(SimChannel &one)
{
    if (!one.dialing)
        return;
    one.dialing = false;
    if (one.dialTimer) {
        m_clock.stopTimer(one.dialTimer);
        one.dialTimer = 0;
    }
    const QString id = one.id;
    setState(one, u"Up"_s);
    emitDial(one, u"ANSWER"_s, one.dialFromApi);
    if (one.dialFromApi)
        return;
    if (!one.targetApp.isEmpty()) {
        QStringList data{one.targetApp};
        data += one.targetArgs;
        one.appName = u"Stasis"_s;
        one.appData = data.join(u',');
        setVar(one, u"STASISSTATUS"_s, QString());
        if (hasApplication(one.targetApp)) {
            enterStasis(one, one.targetApp, one.targetArgs, false);
        } else {
            setVar(one, u"STASISSTATUS"_s, u"FAILED"_s);
            hangupChannelInternal(id, 0, false);
        }
        return;
    }
    if (!one.targetExten.isEmpty())
        runDialplan(id, one.targetContext, one.targetExten, one.targetPriority);
}

void SimAsterisk::enterStasis(SimChannel &c, const QString &app, const QStringList &args, bool viaDialplan)
{
    c.inStasis = true;
    c.stasisApp = app;
    c.pbxRunning = viaDialplan;
    subscribeChannel(app, c.id, 1);
    emitChannel(u"StasisStart"_s, c, {{u"args"_s, Json::stringList(args)}});
}

void SimAsterisk::leaveStasis(SimChannel &c, bool hangingUp)
{
    if (!c.inStasis)
        return;
    emitChannel(u"StasisEnd"_s, c);
    c.inStasis = false;
    const QString app = c.stasisApp;
    if (c.kind == ChannelKind::Snoop || !hangingUp)
        subscribeChannel(app, c.id, -1);
    if (hangingUp)
        setVar(c, u"STASISSTATUS"_s, u"SUCCESS"_s);
}

void SimAsterisk::failDial(const QString &twoId, const QString &dialstatus, int cause)
{
    SimChannel *two = findChannel(twoId);
    if (!two)
        return;
    SimChannel *one = findChannel(two->peerId);
    if (!one || !one->dialing) {
        hangupChannelInternal(twoId, cause, false);
        return;
    }
    const QString oneId = one->id;
    stopDialplan(*two);
    if (one->dialTimer) {
        m_clock.stopTimer(one->dialTimer);
        one->dialTimer = 0;
    }
    const QString device = two->device;
    if (dialstatus == u"BUSY") {
        emitDial(*one, u"BUSY"_s, one->dialFromApi);
        setState(*two, u"Busy"_s);
        emitHangupRequest(*two, 0, false);
        emitHangupRequest(*two, 16, true);
        destroyChannel(twoId, 17);
        if (SimChannel *o = findChannel(oneId)) {
            tearDownActivities(*o, true);
            destroyChannel(oneId, 0);
        }
        emitDeviceState(device, u"INUSE"_s);
        emitDeviceState(device, u"NOT_INUSE"_s);
        emitDeviceState(device, u"NOT_INUSE"_s);
    } else if (dialstatus == u"CONGESTION") {
        setState(*two, u"Busy"_s);
        emitDeviceState(device, u"INUSE"_s);
        emitDeviceState(device, u"NOT_INUSE"_s);
        emitDeviceState(device, u"NOT_INUSE"_s);
        emitDial(*one, u"CONGESTION"_s, one->dialFromApi);
        emitHangupRequest(*two, 0, false);
        tearDownActivities(*one, true);
        destroyChannel(oneId, 0);
        if (SimChannel *t = findChannel(twoId)) {
            emitHangupRequest(*t, 16, true);
            destroyChannel(twoId, 34);
        }
    } else { // Hangup(17)
        emitHangupRequest(*two, 16, true);
        emitDeviceState(device, u"NOT_INUSE"_s);
        emitHangupRequest(*one, 17, false);
        destroyChannel(twoId, 17);
        if (SimChannel *o = findChannel(oneId)) {
            emitDial(*o, u"BUSY"_s, o->dialFromApi);
            tearDownActivities(*o, true);
            destroyChannel(oneId, 17);
        }
        emitDeviceState(device, u"NOT_INUSE"_s);
    }
}

void SimAsterisk::dialTimeout(const QString &oneId)
{
    SimChannel *one = findChannel(oneId);
    if (!one)
        return;
    one->dialTimer = 0;
    if (!one->dialing)
        return;
    one->dialing = false;
    emitDial(*one, u"NOANSWER"_s, one->dialFromApi);
    hangupChannelInternal(oneId, one->inStasis ? 19 : 0, false);
}

// ---- hangup -------------------------------------------------------------------------------------

void SimAsterisk::tearDownActivities(SimChannel &c, bool hangingUp)
{
    const QString id = c.id;
    stopDialplan(c);
    if (c.dialTimer) {
        m_clock.stopTimer(c.dialTimer);
        c.dialTimer = 0;
    }
    stopTargetPlaybacks(u"channel"_s, id);
    stopTargetRecordings(u"channel"_s, id);
    SimChannel *x = findChannel(id);
    if (!x)
        return;
    if (!x->bridgeId.isEmpty())
        leaveBridge(*x);
    if (x->inStasis)
        leaveStasis(*x, hangingUp);
    if (x->dpPlaying) {
        x->dpPlaying = false;
        setVar(*x, u"PLAYBACKSTATUS"_s, u"SUCCESS"_s);
    }
    stopMedia(*x);
}

void SimAsterisk::hangupChannelInternal(const QString &id, int cause, bool byApi)
{
    SimChannel *c = findChannel(id);
    if (!c)
        return;
    const QString peerId = c->peerId;
    if (byApi)
        emitHangupRequest(*c, 32, true);
    tearDownActivities(*c, true);
    c = findChannel(id);
    if (!c)
        return;
    if (c->continuedFromStasis)
        setVar(*c, u"STASISSTATUS"_s, u"SUCCESS"_s);
    else if (c->pbxRunning)
        emitHangupRequest(*c, 16, true);
    const QString device = c->device;
    SimChannel *p = findChannel(peerId);
    if (!p || p->peerId != id) {
        destroyChannel(id, cause);
        return;
    }
    emitHangupRequest(*p, cause, false);
    destroyChannel(id, cause);
    p = findChannel(peerId);
    if (!p)
        return;
    if (p->dpPlaying && !p->inStasis && !p->continuedFromStasis) {
        // The other half's dialplan notices a moment later (trace 09 still lists it and can hang it up).
        const quint64 gen = m_generation;
        m_clock.startTimer(20, this, [this, gen, peerId, cause, device] {
            if (gen == m_generation)
                finishPeerHangup(peerId, cause, device);
        });
        return;
    }
    finishPeerHangup(peerId, cause, device);
}

void SimAsterisk::finishPeerHangup(const QString &peerId, int cause, const QString &device)
{
    SimChannel *p = findChannel(peerId);
    if (!p)
        return;
    tearDownActivities(*p, true);
    p = findChannel(peerId);
    if (!p)
        return;
    if (p->continuedFromStasis)
        setVar(*p, u"STASISSTATUS"_s, u"SUCCESS"_s);
    else if (p->pbxRunning)
        emitHangupRequest(*p, 16, true);
    destroyChannel(peerId, cause);
    if (!device.isEmpty()) {
        // One change per half; another live pair for the same extension keeps the device INUSE (12 #132, #135).
        emitDeviceState(device, localDeviceState(device));
        emitDeviceState(device, localDeviceState(device));
    }
}

void SimAsterisk::destroyChannel(const QString &id, int cause)
{
    SimChannel *c = findChannel(id);
    if (!c)
        return;
    stopDialplan(*c);
    if (c->dialTimer)
        m_clock.stopTimer(c->dialTimer);
    if (!c->bridgeId.isEmpty())
        leaveBridge(*c);
    c = findChannel(id);
    if (!c)
        return;
    if (c->outgoing()) {
        c->appName = u"AppDial2"_s;
        c->appData = u"(Outgoing Line)"_s;
    } else {
        c->appName.clear();
        c->appData.clear();
    }
    emitChannel(u"ChannelDestroyed"_s, *c, {{u"cause"_s, cause}, {u"cause_txt"_s, causeText(cause)}});
    stopMedia(*c);
    if (c->mediaSocket) {
        c->mediaSocket->sendClose(1000);
        c->mediaSocket.clear();
    }
    if (!c->mediaConnectionId.isEmpty())
        m_mediaConnections.remove(c->mediaConnectionId);
    if (SimChannel *p = findChannel(c->peerId); p && p->peerId == id)
        p->peerId.clear();
    if (!c->device.isEmpty()) {
        if (auto use = m_deviceUse.find(c->device); use != m_deviceUse.end() && --*use <= 0)
            m_deviceUse.erase(use);
    }
    const quint64 seq = c->seq;
    dropSubscriptions(id, {});
    m_channelIndex.remove(id);
    m_channels.erase(seq);
    // Snoop channels die with the channel they snoop on.
    if (m_snoopCounter > 0) {
        QStringList snoops;
        for (const auto &[s, ch] : m_channels) {
            if (ch->kind == ChannelKind::Snoop && ch->snoopTarget == id)
                snoops.append(ch->id);
        }
        for (const QString &s : std::as_const(snoops))
            hangupChannelInternal(s, 16, false);
    }
    Q_EMIT channelDestroyed(id);
}

HttpResponse SimAsterisk::hangup(const QString &id, const QString &reason, const QString &reasonCode)
{
    if (!findChannel(id))
        return HttpResponse::message(404, u"Channel not found"_s);
    int cause = 16;
    if (!reasonCode.isEmpty()) {
        bool ok = false;
        cause = reasonCode.toInt(&ok);
        if (!ok || cause < 0 || cause > 127)
            return HttpResponse::message(400, u"Invalid reason for hangup reason_code provided"_s);
    } else if (!reason.isEmpty()) {
        static const QHash<QString, int> reasons = {
            {u"normal"_s, 16}, {u"busy"_s, 17}, {u"congestion"_s, 34}, {u"no_answer"_s, 19}, {u"timeout"_s, 18},
            {u"rejected"_s, 21}, {u"unallocated"_s, 1}, {u"normal_unspecified"_s, 31}, {u"number_incomplete"_s, 28},
            {u"codec_mismatch"_s, 58}, {u"interworking"_s, 127}, {u"failure"_s, 38}, {u"answered_elsewhere"_s, 26},
        };
        if (!reasons.contains(reason))
            return HttpResponse::message(400, u"Invalid reason for hangup reason provided"_s);
        cause = reasons.value(reason);
    }
    hangupChannelInternal(id, cause, true);
    return HttpResponse::noContent();
}

bool SimAsterisk::hangupChannel(const QString &id, int cause)
{
    if (!findChannel(id))
        return false;
    hangupChannelInternal(id, cause, true);
    return true;
}

// ---- channel operations -------------------------------------------------------------------------

HttpResponse SimAsterisk::continueInDialplan(const QString &id, const QString &context, const QString &extension,
                                             const QString &priority, const QString &label)
{
    Q_UNUSED(label);
    SimChannel *c = nullptr;
    if (HttpResponse r = channelGate(id, &c, true); r.status)
        return r;
    const QString ctx = context.isEmpty() ? c->context : context;
    const QString ext = extension.isEmpty() ? c->exten : extension;
    int prio = priority.toInt();
    if (prio <= 0)
        prio = extension.isEmpty() ? c->priority + 1 : 1;
    leaveStasis(*c, false);
    c->continuedFromStasis = true;
    runDialplan(id, ctx, ext, prio);
    return HttpResponse::noContent();
}

HttpResponse SimAsterisk::move(const QString &id, const QString &app, const QStringList &appArgs)
{
    SimChannel *c = nullptr;
    if (HttpResponse r = channelGate(id, &c, true); r.status)
        return r;
    if (app.isEmpty())
        return HttpResponse::message(400, u"Missing parameter app"_s); // Asterisk itself crashes here
    if (!hasApplication(app)) {
        emitChannel(u"ApplicationMoveFailed"_s, *c, {},
                    {{u"destination"_s, app}, {u"args"_s, Json::stringList(appArgs)}});
        return HttpResponse::noContent();
    }
    const QString old = c->stasisApp;
    c->stasisApp = app;
    subscribeChannel(app, id, 1);
    emitChannel(u"StasisStart"_s, *c, {{u"args"_s, Json::stringList(appArgs)}});
    c->stasisApp = old;
    emitChannel(u"StasisEnd"_s, *c);
    subscribeChannel(old, id, -1);
    c->stasisApp = app;
    return HttpResponse::noContent();
}

HttpResponse SimAsterisk::redirect(const QString &id, const QString &endpoint)
{
    SimChannel *c = nullptr;
    if (HttpResponse r = channelGate(id, &c, true); r.status)
        return r;
    if (endpoint.isEmpty())
        return HttpResponse::message(400, u"Required parameter 'endpoint' not provided."_s);
    const QString tech = endpoint.section(u'/', 0, 0);
    const QString own = channelTech(c->kind);
    if (tech.compare(own, Qt::CaseInsensitive) != 0) {
        return HttpResponse::message(422, u"Endpoint technology '"_s + tech + u"' does not match channel technology '"_s
                                              + own + u"'"_s);
    }
    return HttpResponse::noContent(); // Local channels cannot transfer: nothing happens
}

HttpResponse SimAsterisk::answer(const QString &id)
{
    SimChannel *c = nullptr;
    if (HttpResponse r = channelGate(id, &c, true); r.status)
        return r;
    if (c->state == u"Up")
        return HttpResponse::noContent();
    if (c->state != u"Ring")
        return HttpResponse::message(412, u"Channel in invalid state"_s);
    setState(*c, u"Up"_s);
    if (c->kind == ChannelKind::LocalTwo) {
        if (SimChannel *one = findChannel(c->peerId); one && one->dialing)
            answerOutgoing(*one);
    }
    return HttpResponse::noContent();
}

HttpResponse SimAsterisk::simpleChannelOp(const QString &id, const QString &op, const QString &arg)
{
    SimChannel *c = nullptr;
    if (HttpResponse r = channelGate(id, &c, true); r.status)
        return r;
    if (op == u"hold" && c->holdIntercept)
        emitChannel(u"ChannelHold"_s, *c, {{u"musicclass"_s, u"N/A"}});
    else if (op == u"unhold" && c->holdIntercept)
        emitChannel(u"ChannelUnhold"_s, *c);
    else if (op == u"transfer_progress" && arg.isEmpty())
        return HttpResponse::message(400, u"Missing parameter states"_s);
    return HttpResponse::noContent();
}

HttpResponse SimAsterisk::sendDtmf(const QString &id, const QString &dtmf, int betweenMs, int durationMs)
{
    SimChannel *c = nullptr;
    if (HttpResponse r = channelGate(id, &c, true); r.status)
        return r;
    if (dtmf.isEmpty())
        return HttpResponse::message(400, u"DTMF is required"_s);
    const QString target = c->isLocal() && !c->peerId.isEmpty() ? c->peerId : QString();
    if (target.isEmpty())
        return HttpResponse::noContent();
    const int step = qMax(1, betweenMs) + qMax(1, durationMs);
    const quint64 gen = m_generation;
    for (qsizetype i = 0; i < dtmf.size(); ++i) {
        const QString digit = dtmf.mid(i, 1);
        if (digit == u",")
            continue;
        m_clock.startTimer(qint64(i + 1) * step, this, [this, gen, target, digit, durationMs] {
            if (gen != m_generation)
                return;
            if (SimChannel *t = findChannel(target))
                emitChannel(u"ChannelDtmfReceived"_s, *t, {{u"digit"_s, digit}, {u"duration_ms"_s, durationMs}});
        });
    }
    return HttpResponse::noContent();
}

namespace {
// CDR(field) of a live channel, as func_cdr reads its CDR: times in "%Y-%m-%d %T" local time, durations in
// whole seconds up to now, the disposition so far; a field it does not know reads as a CDR variable.
QString cdrField(const SimChannel &c, const QString &field, const QString &linkedId, const QDateTime &now)
{
    const auto stamp = [](const QDateTime &t) { return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString(); };
    if (field == u"start")
        return stamp(c.created);
    if (field == u"answer")
        return stamp(c.answered);
    if (field == u"end")
        return QString();
    if (field == u"duration")
        return QString::number(c.created.isValid() ? c.created.msecsTo(now) / 1000 : 0);
    if (field == u"billsec")
        return QString::number(c.answered.isValid() ? c.answered.msecsTo(now) / 1000 : 0);
    if (field == u"disposition")
        return c.answered.isValid() ? u"ANSWERED"_s : u"NO ANSWER"_s;
    if (field == u"src")
        return c.callerNumber;
    if (field == u"clid")
        return c.callerName.isEmpty() && c.callerNumber.isEmpty() ? QString()
                                                                   : u"\""_s + c.callerName + u"\" <"_s + c.callerNumber + u'>';
    if (field == u"dst")
        return c.exten;
    if (field == u"dcontext")
        return c.context;
    if (field == u"channel")
        return c.name;
    if (field == u"lastapp")
        return c.appName;
    if (field == u"lastdata")
        return c.appData;
    if (field == u"uniqueid")
        return c.id;
    if (field == u"linkedid")
        return linkedId;
    if (field == u"accountcode")
        return c.accountcode;
    if (field == u"amaflags")
        return u"DOCUMENTATION"_s;
    return c.vars.value(u"CDR("_s + field + u')');
}

std::optional<QString> channelFunction(const SimChannel &c, const QString &name, const QString &linkedId)
{
    const qsizetype open = name.indexOf(u'(');
    if (open < 0 || !name.endsWith(u')'))
        return std::nullopt;
    const QString fn = name.left(open).toUpper();
    const QString arg = name.mid(open + 1, name.size() - open - 2).trimmed().toLower();
    if (fn == u"CHANNEL") {
        if (arg == u"state")
            return c.state;
        if (arg == u"name")
            return c.name;
        if (arg == u"language")
            return c.language;
        if (arg == u"linkedid")
            return linkedId;
        if (arg == u"uniqueid")
            return c.id;
        if (arg == u"accountcode")
            return c.accountcode;
        if (arg == u"context")
            return c.context;
        if (arg == u"exten")
            return c.exten;
        if (arg == u"channeltype")
            return channelTech(c.kind);
        if (arg == u"musicclass")
            return u"default"_s;
        if (arg == u"callid" || arg == u"peer" || arg == u"userfield" || arg == u"hangupsource")
            return QString();
        if (arg.startsWith(u"rtcp") || arg.startsWith(u"rtpqos")) {
            if (c.kind != ChannelKind::UnicastRtp)
                return QString();
            return u"ssrc=%1;themssrc=0;lp=0;rxjitter=0.000000;rxcount=0;txjitter=0.000000;txcount=%2;rlp=0;rtt=0.000000"_s
                .arg(c.rtpSsrc)
                .arg(c.rtpSeq);
        }
        return std::nullopt;
    }
    if (fn == u"CALLERID") {
        if (arg == u"all") {
            if (c.callerName.isEmpty() && c.callerNumber.isEmpty())
                return QString();
            return u"\""_s + c.callerName + u"\" <"_s + c.callerNumber + u'>';
        }
        if (arg == u"num" || arg == u"number")
            return c.callerNumber;
        if (arg == u"name")
            return c.callerName;
        return std::nullopt;
    }
    if (fn == u"CONNECTEDLINE") {
        if (arg == u"num" || arg == u"number")
            return c.connectedNumber;
        if (arg == u"name")
            return c.connectedName;
        return std::nullopt;
    }
    return std::nullopt;
}
} // namespace

HttpResponse SimAsterisk::getChannelVar(const QString &id, const QString &name) const
{
    const SimChannel *c = findChannel(id);
    if (!c)
        return HttpResponse::message(404, u"Channel not found"_s);
    if (name.isEmpty())
        return HttpResponse::message(400, u"Variable name is required"_s);
    QString linked = c->id;
    if (c->kind == ChannelKind::LocalTwo && !c->peerId.isEmpty())
        linked = c->peerId;
    if (name.startsWith(u"CHANNEL(rtcp,", Qt::CaseInsensitive) && name.endsWith(u')'))
        return rtcpVariable(*c, name.mid(13).chopped(1).trimmed());
    if (name.startsWith(u"CDR(", Qt::CaseInsensitive) && name.endsWith(u')'))
        return HttpResponse::json(200, Json::object({{u"value"_s, cdrField(*c, name.mid(4).chopped(1).trimmed().toLower(),
                                                                           linked, m_clock.now())}}));
    if (const auto v = channelFunction(*c, name, linked))
        return HttpResponse::json(200, Json::object({{u"value"_s, *v}}));
    if (name == u"EXTEN")
        return HttpResponse::json(200, Json::object({{u"value"_s, c->exten}}));
    if (name == u"CONTEXT")
        return HttpResponse::json(200, Json::object({{u"value"_s, c->context}}));
    if (name == u"PRIORITY")
        return HttpResponse::json(200, Json::object({{u"value"_s, QString::number(c->priority)}}));
    if (!c->vars.contains(name))
        return HttpResponse::message(404, u"Provided variable was not found"_s);
    return HttpResponse::json(200, Json::object({{u"value"_s, c->vars.value(name)}}));
}

HttpResponse SimAsterisk::setChannelVar(const QString &id, const QString &name, const QString &value)
{
    SimChannel *c = nullptr;
    if (HttpResponse r = channelGate(id, &c, true); r.status)
        return r;
    if (name.isEmpty())
        return HttpResponse::message(400, u"Variable name is required"_s);
    const QString upper = name.toUpper();
    if (upper.startsWith(u"HOLD_INTERCEPT(")) {
        c->holdIntercept = !upper.contains(u"REMOVE");
        return HttpResponse::noContent();
    }
    if (upper.startsWith(u"CALLERID(")) {
        const QString arg = upper.mid(9).chopped(1);
        if (arg == u"NAME")
            c->callerName = value;
        else if (arg == u"NUM" || arg == u"NUMBER")
            c->callerNumber = value;
        else if (arg == u"ALL")
            parseCallerId(value, &c->callerName, &c->callerNumber);
        emitChannel(u"ChannelCallerId"_s, *c,
                    {{u"caller_presentation"_s, 0},
                     {u"caller_presentation_txt"_s, u"Presentation Allowed, Not Screened"}});
        return HttpResponse::noContent();
    }
    if (upper.startsWith(u"TALK_DETECT(")) {
        c->talkDetect = !upper.contains(u"REMOVE");
        if (!c->talkDetect)
            c->talking = false;
        return HttpResponse::noContent();
    }
    if (upper.startsWith(u"CHANNEL(LANGUAGE)")) {
        c->language = value;
        return HttpResponse::noContent();
    }
    if (upper.startsWith(u"CHANNEL(ACCOUNTCODE)")) {
        c->accountcode = value;
        return HttpResponse::noContent();
    }
    if (name.contains(u'('))
        return HttpResponse::noContent();
    setVar(*c, name, value, true);
    return HttpResponse::noContent();
}

HttpResponse SimAsterisk::getChannelVars(const QString &id, const QStringList &names) const
{
    const SimChannel *c = findChannel(id);
    if (!c)
        return HttpResponse::message(404, u"Channel not found"_s);
    if (!c->inStasis)
        return HttpResponse::message(409, u"Channel not in Stasis application"_s);
    if (names.isEmpty())
        return HttpResponse::message(400, u"Missing variables parameter."_s);
    Json vars = Json::object();
    for (const QString &name : names) {
        const HttpResponse one = getChannelVar(id, name);
        if (one.status != 200)
            return one;
        const QJsonDocument doc = QJsonDocument::fromJson(one.body);
        vars.insert(name, doc.object().value(u"value").toString());
    }
    return HttpResponse::json(200, Json::object({{u"variables"_s, vars}}));
}

HttpResponse SimAsterisk::setChannelVars(const QString &id, const Json &variables)
{
    SimChannel *c = nullptr;
    if (HttpResponse r = channelGate(id, &c, true); r.status)
        return r;
    if (!variables.isObject())
        return HttpResponse::message(400, u"Missing variables parameter."_s);
    for (const auto &[name, value] : variables.toObject()) {
        const HttpResponse r = setChannelVar(id, name, value.isString() ? value.toString()
                                                                         : value.value(u"value").toString());
        if (r.status != 204)
            return r;
    }
    return HttpResponse::noContent();
}

HttpResponse SimAsterisk::dial(const QString &id, const QString &caller, int timeoutSeconds)
{
    Q_UNUSED(caller);
    SimChannel *c = nullptr;
    if (HttpResponse r = channelGate(id, &c, true); r.status)
        return r;
    SimChannel *two = findChannel(c->peerId);
    if (c->state != u"Down" || c->kind != ChannelKind::LocalOne || !two || two->pbxRunning || c->dialing)
        return HttpResponse::message(409, u"Channel is not in the 'Down' state"_s);
    c->dialing = true;
    c->dialFromApi = true;
    emitDial(*c, QString());
    if (timeoutSeconds > 0) {
        const quint64 gen = m_generation;
        c->dialTimer = m_clock.startTimer(qint64(timeoutSeconds) * 1000, this, [this, gen, id] {
            if (gen == m_generation)
                dialTimeout(id);
        });
    }
    runDialplan(two->id, two->context, two->exten, 1);
    return HttpResponse::noContent();
}

HttpResponse SimAsterisk::rtpStatistics(const QString &id) const
{
    const SimChannel *c = findChannel(id);
    if (!c)
        return HttpResponse::message(404, u"Channel not found"_s);
    if (c->rtpStats.isObject()) // a channel a test gave call quality (see setRtpStatistics)
        return HttpResponse::json(200, rtpStatisticsJson(*c));
    if (c->kind == ChannelKind::UnicastRtp)
        return HttpResponse::message(404, u"RTP info not found"_s);
    return HttpResponse::message(403, u"Unsupported channel type"_s);
}

// ---- used by SimTraffic -------------------------------------------------------------------------

bool SimAsterisk::setChannelVarInternal(const QString &id, const QString &name, const QString &value)
{
    SimChannel *c = findChannel(id);
    if (!c)
        return false;
    setVar(*c, name, value, true);
    return true;
}

bool SimAsterisk::setChannelStateInternal(const QString &id, const QString &state)
{
    SimChannel *c = findChannel(id);
    if (!c)
        return false;
    if (c->state == state)
        emitChannel(u"ChannelStateChange"_s, *c);
    else
        setState(*c, state);
    return true;
}

bool SimAsterisk::setConnectedLineInternal(const QString &id, const QString &name, const QString &number)
{
    SimChannel *c = findChannel(id);
    if (!c)
        return false;
    c->connectedName = name;
    c->connectedNumber = number;
    emitChannel(u"ChannelConnectedLine"_s, *c);
    return true;
}

bool SimAsterisk::emitDialplanInternal(const QString &id, const QString &app, const QString &data)
{
    SimChannel *c = findChannel(id);
    if (!c)
        return false;
    emitDialplan(*c, app, data, true); // generated load: every call is an event
    return true;
}

} // namespace AriSim

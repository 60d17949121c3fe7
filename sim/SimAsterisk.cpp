#include "sim/SimAsterisk.h"

#include "sim/SimAudio.h"
#include "sim/SimClock.h"
#include "sim/SimTraffic.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QtEndian>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AriSim {

namespace {

struct ModuleInfo
{
    const char16_t *name;
    const char16_t *description;
    int useCount;
    const char16_t *supportLevel;
};

// A slice of the real module list (trace 01).
const ModuleInfo s_modules[] = {
    {u"app_dial.so", u"Dialing Application", 0, u"core"},
    {u"app_echo.so", u"Simple Echo Application", 0, u"core"},
    {u"app_milliwatt.so", u"Digital Milliwatt (mu-law) Test Application", 0, u"core"},
    {u"app_playback.so", u"Sound File Playback Application", 0, u"core"},
    {u"app_stasis.so", u"Stasis dialplan application", 0, u"core"},
    {u"bridge_holding.so", u"Holding bridge module", 0, u"core"},
    {u"bridge_simple.so", u"Simple two channel bridging module", 0, u"core"},
    {u"bridge_softmix.so", u"Multi-party software based channel mixing", 0, u"core"},
    {u"chan_local.so", u"Local Proxy Channel (Note: used internally by other modules)", 0, u"core"},
    {u"chan_rtp.so", u"RTP Media Channel", 0, u"core"},
    {u"chan_websocket.so", u"Websocket Media Channel", 0, u"core"},
    {u"format_g719.so", u"ITU G.719", 0, u"core"},
    {u"format_g723.so", u"G.723.1 Simple Timestamp File Format", 0, u"core"},
    {u"format_g726.so", u"Raw G.726 (16/24/32/40kbps) data", 0, u"core"},
    {u"format_g729.so", u"Raw G.729 data", 0, u"core"},
    {u"format_gsm.so", u"Raw GSM data", 0, u"core"},
    {u"format_h263.so", u"Raw H.263 data", 0, u"core"},
    {u"format_h264.so", u"Raw H.264 data", 0, u"core"},
    {u"format_ilbc.so", u"Raw iLBC data", 0, u"core"},
    {u"format_pcm.so", u"Raw/Sun uLaw/ALaw 8KHz (PCM,PCMA,AU), G.722 16Khz", 0, u"core"},
    {u"format_siren14.so", u"ITU G.722.1 Annex C (Siren14, licensed from Polycom)", 0, u"core"},
    {u"format_siren7.so", u"ITU G.722.1 (Siren7, licensed from Polycom)", 0, u"core"},
    {u"format_sln.so", u"Raw Signed Linear Audio support (SLN) 8khz-192khz", 0, u"core"},
    {u"format_vox.so", u"Dialogic VOX (ADPCM) File Format", 0, u"extended"},
    {u"format_wav.so", u"Microsoft WAV/WAV16 format (8kHz/16kHz Signed Linear)", 0, u"core"},
    {u"format_wav_gsm.so", u"Microsoft WAV format (Proprietary GSM)", 0, u"core"},
    {u"res_ari.so", u"Asterisk RESTful Interface", 13, u"core"},
    {u"res_ari_applications.so", u"RESTful API module - Stasis application resources", 0, u"core"},
    {u"res_ari_asterisk.so", u"RESTful API module - Asterisk resources", 0, u"core"},
    {u"res_ari_bridges.so", u"RESTful API module - Bridge resources", 0, u"core"},
    {u"res_ari_channels.so", u"RESTful API module - Channel resources", 0, u"core"},
    {u"res_ari_device_states.so", u"RESTful API module - Device state resources", 0, u"core"},
    {u"res_ari_endpoints.so", u"RESTful API module - Endpoint resources", 0, u"core"},
    {u"res_ari_events.so", u"RESTful API module - WebSocket resource", 0, u"core"},
    {u"res_ari_mailboxes.so", u"RESTful API module - Mailboxes resources", 0, u"core"},
    {u"res_ari_playbacks.so", u"RESTful API module - Playback control resources", 0, u"core"},
    {u"res_ari_recordings.so", u"RESTful API module - Recording resources", 0, u"core"},
    {u"res_ari_sounds.so", u"RESTful API module - Sound resources", 0, u"core"},
    {u"res_http_websocket.so", u"HTTP WebSocket Support", 3, u"core"},
    {u"res_musiconhold.so", u"Music On Hold Resource", 0, u"core"},
    {u"res_stasis.so", u"Stasis application support", 13, u"core"},
};

struct SoundInfo
{
    const char16_t *id;
    const char16_t *text;
    int durationMs;
};

// The built-in catalogue, in the shape of GET /sounds (trace 07): gsm and slin in "en".
const SoundInfo s_builtinSounds[] = {
    {u"beep", u"[this is a simple beep tone]", 250},
    {u"conf-now-unmuted", u"The conference is now unmuted.", 1700},
    {u"demo-congrats", u"Congratulations.  You have successfully installed and executed the Asterisk open source PBX.", 30000},
    {u"demo-thanks", u"Goodbye.  Thank you for trying the Asterisk open source PBX.", 5500},
    {u"digits/0", u"zero", 600}, {u"digits/1", u"one", 600}, {u"digits/2", u"two", 600},
    {u"digits/3", u"three", 600}, {u"digits/4", u"four", 600}, {u"digits/5", u"five", 600},
    {u"digits/6", u"six", 600}, {u"digits/7", u"seven", 600}, {u"digits/8", u"eight", 600},
    {u"digits/9", u"nine", 600},
    {u"hello-world", u"Hello world.", 1500},
    {u"pls-hold-while-try", u"Please hold while I try that extension.", 2300},
    {u"queue-callswaiting", u"calls waiting", 1000},
    {u"queue-minutes", u"minutes", 600},
    {u"queue-thankyou", u"Thank you for your patience.", 1600},
    {u"tt-monkeys", u"[Monkeys screaming]", 16180},
    {u"vm-goodbye", u"Goodbye.", 800},
    {u"vm-Urgent", u"urgent", 600},
};

} // namespace

SimAsterisk::SimAsterisk(SimClock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_entityId(u"02:fc:00:00:00:01"_s)
    , m_startupTime(clock.now())
    , m_lastReloadTime(m_startupTime)
    , m_traffic(std::make_unique<SimTraffic>(*this))
{
    reset(true);
    m_startupTime = clock.now();
}

SimAsterisk::~SimAsterisk()
{
    m_traffic.reset();
    ++m_generation;
    for (auto &[seq, c] : m_channels)
        stopMedia(*c);
}

qint64 SimAsterisk::nowMs() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

QString SimAsterisk::randomEntityId()
{
    QString id = u"02:fc"_s;
    for (int i = 0; i < 4; ++i)
        id += u':' + QString::number(QRandomGenerator::global()->bounded(256), 16).rightJustified(2, u'0');
    return id;
}

void SimAsterisk::reset(bool keepEntityId)
{
    if (!keepEntityId) {
        const QString old = m_entityId;
        do {
            m_entityId = randomEntityId();
        } while (m_entityId == old);
    }
    ++m_generation;
    for (auto &[seq, c] : m_channels) {
        stopMedia(*c);
        if (c->dpTimer)
            m_clock.stopTimer(c->dpTimer);
        if (c->dialTimer)
            m_clock.stopTimer(c->dialTimer);
    }
    for (auto &[seq, p] : m_playbacks) {
        if (p->timer)
            m_clock.stopTimer(p->timer);
    }
    for (auto &[name, r] : m_live) {
        if (r.timer)
            m_clock.stopTimer(r.timer);
    }
    if (m_traffic)
        m_traffic->onReset();
    m_startupTime = m_clock.now();
    m_lastReloadTime = m_startupTime;
    m_globals.clear();
    m_applications.clear();
    m_channels.clear();
    m_channelIndex.clear();
    m_deviceUse.clear();
    m_mediaConnections.clear();
    m_bridges.clear();
    m_bridgeIndex.clear();
    m_playbacks.clear();
    m_targetQueues.clear();
    m_live.clear();
    m_deviceStates.clear();
    m_mailboxes.clear();
    m_unloadedModules.clear();
    m_configObjects.clear();
    m_logChannels = {
        Json::object({{u"channel"_s, u"/opt/asterisk-lab/var/log/asterisk/full.log"},
                      {u"type"_s, u"File"},
                      {u"status"_s, u"Enabled"},
                      {u"configuration"_s, u"NOTICE WARNING ERROR VERBOSE DTMF "}}),
        Json::object({{u"channel"_s, u"/opt/asterisk-lab/var/log/asterisk/messages.log"},
                      {u"type"_s, u"File"},
                      {u"status"_s, u"Enabled"},
                      {u"configuration"_s, u"NOTICE WARNING ERROR "}}),
        Json::object({{u"channel"_s, u""},
                      {u"type"_s, u"Console"},
                      {u"status"_s, u"Enabled"},
                      {u"configuration"_s, u"NOTICE WARNING ERROR VERBOSE "}}),
    };
    Q_EMIT wasReset();
}

void SimAsterisk::addLabLeftovers()
{
    addStoredRecording(u"snooprec"_s, u"wav"_s, SimAudio::wavFile(2000, 2000));
    addStoredRecording(u"test1"_s, u"wav"_s, SimAudio::wavFile(3000, 3000));
    m_deviceStates.insert(u"Stasis:op1"_s, u"BUSY"_s);
}

// ---- /asterisk ----------------------------------------------------------------------------------

Json SimAsterisk::info(const QStringList &only) const
{
    const auto wanted = [&only](const QString &section) { return only.isEmpty() || only.contains(section); };
    Json out = Json::object();
    if (wanted(u"build"_s)) {
        out.insert(u"build"_s, Json::object({{u"os"_s, u"Linux"},
                                              {u"kernel"_s, QSysInfo::kernelVersion()},
                                              {u"machine"_s, QSysInfo::currentCpuArchitecture() == u"x86_64"
                                                   ? u"x86_64"_s : QSysInfo::currentCpuArchitecture()},
                                              {u"options"_s, u"OPTIONAL_API"},
                                              {u"date"_s, u"2026-11-28 16:49:39 UTC"},
                                              {u"user"_s, u"ari-sim"}}));
    }
    if (wanted(u"system"_s))
        out.insert(u"system"_s, Json::object({{u"version"_s, m_version}, {u"entity_id"_s, m_entityId}}));
    if (wanted(u"config"_s)) {
        out.insert(u"config"_s, Json::object({{u"name"_s, m_systemName},
                                               {u"default_language"_s, u"en"},
                                               {u"setid"_s, Json::object({{u"user"_s, u""}, {u"group"_s, u""}})},
                                               {u"max_channels"_s, 200}}));
    }
    if (wanted(u"status"_s)) {
        out.insert(u"status"_s, Json::object({{u"startup_time"_s, SimClock::formatTimestamp(m_startupTime)},
                                               {u"last_reload_time"_s, SimClock::formatTimestamp(m_lastReloadTime)}}));
    }
    return out;
}

Json SimAsterisk::ping() const
{
    return Json::object({{u"ping"_s, u"pong"}, {u"timestamp"_s, m_clock.timestamp()}, {u"asterisk_id"_s, m_entityId}});
}

Json SimAsterisk::modules() const
{
    Json out = Json::array();
    for (const ModuleInfo &m : s_modules) {
        Json module = this->module(QString::fromUtf16(m.name));
        if (!module.isNull())
            out.append(std::move(module));
    }
    return out;
}

Json SimAsterisk::module(const QString &name) const
{
    if (m_unloadedModules.contains(name))
        return {};
    for (const ModuleInfo &m : s_modules) {
        if (name == m.name) {
            return Json::object({{u"name"_s, m.name},
                                 {u"description"_s, m.description},
                                 {u"use_count"_s, m.useCount},
                                 {u"status"_s, u"Running"},
                                 {u"support_level"_s, m.supportLevel}});
        }
    }
    return {};
}

namespace {
bool knownModule(const QString &name)
{
    for (const ModuleInfo &m : s_modules) {
        if (name == m.name)
            return true;
    }
    return false;
}
} // namespace

HttpResponse SimAsterisk::loadModule(const QString &name)
{
    if (!knownModule(name) || !m_unloadedModules.contains(name))
        return HttpResponse::message(409, u"Module could not be loaded."_s);
    m_unloadedModules.removeAll(name);
    return HttpResponse::noContent();
}

HttpResponse SimAsterisk::unloadModule(const QString &name)
{
    if (!knownModule(name) || m_unloadedModules.contains(name))
        return HttpResponse::message(404, u"Module not found in running modules"_s);
    m_unloadedModules.append(name);
    return HttpResponse::noContent();
}

HttpResponse SimAsterisk::reloadModule(const QString &name)
{
    if (!knownModule(name) || m_unloadedModules.contains(name))
        return HttpResponse::message(404, u"Module not found in running modules"_s);
    m_lastReloadTime = m_clock.now();
    return HttpResponse::noContent();
}

Json SimAsterisk::logChannelsJson() const
{
    return Json::array(m_logChannels);
}

HttpResponse SimAsterisk::addLogChannel(const QString &name, const QString &configuration)
{
    if (configuration.isEmpty())
        return HttpResponse::message(400, u"Missing parameter configuration"_s);
    for (const Json &c : m_logChannels) {
        if (c.value(u"channel").toString() == name || c.value(u"channel").toString().endsWith(u'/' + name))
            return HttpResponse::message(409, u"Log channel could not be created."_s);
    }
    m_logChannels.push_back(Json::object({{u"channel"_s, QString(u"/opt/asterisk-lab/var/log/asterisk/"_s + name)},
                                          {u"type"_s, u"File"},
                                          {u"status"_s, u"Enabled"},
                                          {u"configuration"_s, QString(configuration.toUpper().replace(u',', u' ') + u' ')}}));
    return HttpResponse::noContent();
}

HttpResponse SimAsterisk::deleteLogChannel(const QString &name)
{
    for (auto it = m_logChannels.begin(); it != m_logChannels.end(); ++it) {
        const QString channel = it->value(u"channel").toString();
        if (!channel.isEmpty() && (channel == name || channel.endsWith(u'/' + name))) {
            m_logChannels.erase(it);
            return HttpResponse::noContent();
        }
    }
    return HttpResponse::message(404, u"Log channel does not exist."_s);
}

HttpResponse SimAsterisk::rotateLogChannel(const QString &name)
{
    for (const Json &c : m_logChannels) {
        const QString channel = c.value(u"channel").toString();
        if (!channel.isEmpty() && (channel == name || channel.endsWith(u'/' + name)))
            return HttpResponse::noContent();
    }
    return HttpResponse::message(404, u"Log channel does not exist."_s);
}

HttpResponse SimAsterisk::getConfigObject(const QString &cls, const QString &type, const QString &id) const
{
    const auto it = m_configObjects.constFind(cls + u'/' + type + u'/' + id);
    if (it == m_configObjects.cend())
        return HttpResponse::message(404, u"Object not found"_s);
    Json out = Json::array();
    for (const auto &[attribute, value] : it.value())
        out.append(Json::object({{u"attribute"_s, attribute}, {u"value"_s, value}}));
    return HttpResponse::json(200, out);
}

HttpResponse SimAsterisk::putConfigObject(const QString &cls, const QString &type, const QString &id, const Json &body)
{
    std::vector<std::pair<QString, QString>> fields;
    if (!body.isNull()) {
        const Json list = body.isObject() ? body.value(u"fields") : Json();
        if (!list.isArray() && !(body.isObject() && !body.contains(u"fields")))
            return HttpResponse::message(400, u"Bad request body"_s);
        for (const Json &f : list.toArray()) {
            if (!f.isObject() || !f.value(u"attribute").isString())
                return HttpResponse::message(400, u"Bad request body"_s);
            fields.emplace_back(f.value(u"attribute").toString(), f.value(u"value").toString());
        }
    }
    auto &stored = m_configObjects[cls + u'/' + type + u'/' + id];
    for (const auto &f : fields) {
        auto it = std::find_if(stored.begin(), stored.end(), [&f](const auto &e) { return e.first == f.first; });
        if (it != stored.end())
            it->second = f.second;
        else
            stored.push_back(f);
    }
    return getConfigObject(cls, type, id);
}

HttpResponse SimAsterisk::deleteConfigObject(const QString &cls, const QString &type, const QString &id)
{
    if (m_configObjects.remove(cls + u'/' + type + u'/' + id) == 0)
        return HttpResponse::message(404, u"Object not found"_s);
    return HttpResponse::noContent();
}

// ---- applications, subscriptions, event routing -------------------------------------------------

void SimAsterisk::registerApplication(const QString &name, bool subscribeAll)
{
    Application &app = m_applications[name];
    app.name = name;
    app.subscribeAll = subscribeAll;
}

void SimAsterisk::unregisterApplication(const QString &name)
{
    m_applications.erase(name);
}

const SimAsterisk::Application *SimAsterisk::application(const QString &name) const
{
    auto it = m_applications.find(name);
    return it == m_applications.end() ? nullptr : &it->second;
}

Json SimAsterisk::applicationJson(const QString &name) const
{
    const Application *app = application(name);
    if (!app)
        return {};
    return Json::object({{u"name"_s, app->name},
                         {u"channel_ids"_s, Json::stringList(app->channelIds)},
                         {u"bridge_ids"_s, Json::stringList(app->bridgeIds)},
                         {u"endpoint_ids"_s, Json::stringList(app->endpointIds)},
                         {u"device_names"_s, Json::stringList(app->deviceNames)},
                         {u"events_allowed"_s, app->eventsAllowed},
                         {u"events_disallowed"_s, app->eventsDisallowed}});
}

Json SimAsterisk::applicationsJson() const
{
    Json out = Json::array();
    for (const auto &entry : m_applications)
        out.append(applicationJson(entry.first));
    return out;
}

void SimAsterisk::changeSub(Application &, std::map<QString, int> &subs, QStringList &list, const QString &id,
                            int delta)
{
    auto it = subs.find(id);
    if (delta > 0) {
        if (it == subs.end()) {
            subs.emplace(id, delta);
            list.insert(std::lower_bound(list.begin(), list.end(), id), id);
        } else {
            it->second += delta;
        }
        return;
    }
    if (it == subs.end())
        return;
    it->second += delta;
    if (it->second <= 0) {
        subs.erase(it);
        list.removeOne(id);
    }
}

void SimAsterisk::subscribeChannel(const QString &app, const QString &channelId, int delta)
{
    auto it = m_applications.find(app);
    if (it != m_applications.end())
        changeSub(it->second, it->second.channelSubs, it->second.channelIds, channelId, delta);
}

void SimAsterisk::subscribeBridge(const QString &app, const QString &bridgeId, int delta)
{
    auto it = m_applications.find(app);
    if (it != m_applications.end())
        changeSub(it->second, it->second.bridgeSubs, it->second.bridgeIds, bridgeId, delta);
}

void SimAsterisk::dropSubscriptions(const QString &channelId, const QString &bridgeId)
{
    for (auto &[name, app] : m_applications) {
        if (!channelId.isEmpty() && app.channelSubs.erase(channelId))
            app.channelIds.removeOne(channelId);
        if (!bridgeId.isEmpty() && app.bridgeSubs.erase(bridgeId))
            app.bridgeIds.removeOne(bridgeId);
    }
}

HttpResponse SimAsterisk::subscribe(const QString &appName, const QStringList &sources)
{
    auto it = m_applications.find(appName);
    if (sources.isEmpty())
        return HttpResponse::message(400, u"Missing parameter eventSource"_s);
    if (it == m_applications.end())
        return HttpResponse::message(404, u"Application not found"_s);
    struct Resolved
    {
        int kind; // 0 channel, 1 bridge, 2 device
        QString id;
    };
    QList<Resolved> resolved;
    for (const QString &source : sources) {
        const qsizetype colon = source.indexOf(u':');
        const QString scheme = colon < 0 ? source : source.left(colon);
        const QString rest = colon < 0 ? QString() : source.mid(colon + 1);
        if (scheme == u"channel") {
            SimChannel *c = findChannel(rest);
            if (!c)
                c = findChannelByName(rest);
            if (!c)
                return HttpResponse::message(422, u"Event source does not exist"_s);
            resolved.append({0, c->id});
        } else if (scheme == u"bridge") {
            if (!findBridge(rest))
                return HttpResponse::message(422, u"Event source does not exist"_s);
            resolved.append({1, rest});
        } else if (scheme == u"deviceState") {
            if (rest.isEmpty())
                return HttpResponse::message(422, u"Event source does not exist"_s);
            resolved.append({2, rest});
        } else if (scheme == u"endpoint") {
            return HttpResponse::message(422, u"Event source does not exist"_s); // the lab has none
        } else {
            return HttpResponse::message(400, u"Invalid event source URI scheme"_s);
        }
    }
    Application &app = it->second;
    for (const Resolved &r : resolved) {
        if (r.kind == 0)
            changeSub(app, app.channelSubs, app.channelIds, r.id, 1);
        else if (r.kind == 1)
            changeSub(app, app.bridgeSubs, app.bridgeIds, r.id, 1);
        else
            changeSub(app, app.deviceSubs, app.deviceNames, r.id, 1);
    }
    return HttpResponse::json(200, applicationJson(appName));
}

HttpResponse SimAsterisk::unsubscribe(const QString &appName, const QStringList &sources)
{
    auto it = m_applications.find(appName);
    if (sources.isEmpty())
        return HttpResponse::message(400, u"Missing parameter eventSource"_s);
    if (it == m_applications.end())
        return HttpResponse::message(404, u"Application not found"_s);
    Application &app = it->second;
    QList<std::pair<std::map<QString, int> *, std::pair<QStringList *, QString>>> todo;
    for (const QString &source : sources) {
        const qsizetype colon = source.indexOf(u':');
        const QString scheme = colon < 0 ? source : source.left(colon);
        QString rest = colon < 0 ? QString() : source.mid(colon + 1);
        std::map<QString, int> *subs = nullptr;
        QStringList *list = nullptr;
        if (scheme == u"channel") {
            if (const SimChannel *c = findChannelByName(rest))
                rest = c->id;
            subs = &app.channelSubs;
            list = &app.channelIds;
        } else if (scheme == u"bridge") {
            subs = &app.bridgeSubs;
            list = &app.bridgeIds;
        } else if (scheme == u"deviceState") {
            subs = &app.deviceSubs;
            list = &app.deviceNames;
        } else if (scheme == u"endpoint") {
            return HttpResponse::message(422, u"Event source was not subscribed to"_s);
        } else {
            return HttpResponse::message(400, u"Invalid event source URI scheme"_s);
        }
        if (!subs->count(rest))
            return HttpResponse::message(422, u"Event source was not subscribed to"_s);
        todo.append({subs, {list, rest}});
    }
    for (const auto &[subs, rest] : todo)
        changeSub(app, *subs, *rest.first, rest.second, -1);
    return HttpResponse::json(200, applicationJson(appName));
}

HttpResponse SimAsterisk::setEventFilter(const QString &appName, const Json &body)
{
    auto it = m_applications.find(appName);
    if (it == m_applications.end())
        return HttpResponse::message(404, u"Application not found"_s);
    Application &app = it->second;
    Json allowed = body.isObject() && body.size() > 0 ? app.eventsAllowed : Json::array();
    Json disallowed = body.isObject() && body.size() > 0 ? app.eventsDisallowed : Json::array();
    if (body.isObject()) {
        for (const auto &[key, target] : {std::pair<QString, Json *>{u"allowed"_s, &allowed},
                                          std::pair<QString, Json *>{u"disallowed"_s, &disallowed}}) {
            const Json *list = body.find(key);
            if (!list)
                continue;
            if (!list->isArray())
                return HttpResponse::message(400, u"Invalid format definition"_s);
            for (const Json &entry : list->toArray()) {
                if (!entry.isObject() || !entry.value(u"type").isString())
                    return HttpResponse::message(400, u"Invalid format definition"_s);
            }
            *target = *list;
        }
    } else if (!body.isNull()) {
        return HttpResponse::message(400, u"Invalid format definition"_s);
    }
    it->second.eventsAllowed = allowed;
    it->second.eventsDisallowed = disallowed;
    return HttpResponse::json(200, applicationJson(appName));
}

bool SimAsterisk::filterAllows(const Application &app, const QString &type)
{
    const auto listed = [&type](const Json &list) {
        for (const Json &entry : list.toArray()) {
            if (entry.value(u"type").toString() == type)
                return true;
        }
        return false;
    };
    if (app.eventsAllowed.size() > 0 && !listed(app.eventsAllowed))
        return false;
    return !listed(app.eventsDisallowed);
}

bool SimAsterisk::wants(const Application &app, const QString &type, const Topics &t) const
{
    if (!t.onlyApp.isEmpty())
        return app.name == t.onlyApp;
    if (app.subscribeAll)
        return true;
    if (!t.channel.isEmpty() && app.channelSubs.count(t.channel))
        return true;
    if (!t.channel2.isEmpty() && app.channelSubs.count(t.channel2))
        return true;
    if (!t.bridge.isEmpty() && app.bridgeSubs.count(t.bridge))
        return true;
    if (!t.device.isEmpty() && app.deviceSubs.count(t.device))
        return true;
    Q_UNUSED(type);
    return false;
}

void SimAsterisk::emitEvent(Json event, const Topics &topics)
{
    if (!m_sink || m_applications.empty())
        return;
    const QString type = event.value(u"type").toString();
    QStringList apps;
    for (const auto &[name, app] : m_applications) {
        if (wants(app, type, topics) && filterAllows(app, type))
            apps.append(name);
    }
    if (!apps.isEmpty())
        m_sink(event, apps);
}

// ---- stored recordings --------------------------------------------------------------------------

void SimAsterisk::addStoredRecording(const QString &name, const QString &format, const QByteArray &bytes)
{
    m_stored[name] = StoredRecording{format, bytes};
}

const SimAsterisk::StoredRecording *SimAsterisk::storedRecording(const QString &name) const
{
    auto it = m_stored.find(name);
    return it == m_stored.end() ? nullptr : &it->second;
}

bool SimAsterisk::removeStoredRecording(const QString &name)
{
    return m_stored.erase(name) > 0;
}

Json SimAsterisk::storedRecordingJson(const QString &name) const
{
    const StoredRecording *r = storedRecording(name);
    if (!r)
        return {};
    return Json::object({{u"name"_s, name}, {u"format"_s, r->format}});
}

Json SimAsterisk::storedRecordingsJson() const
{
    Json::Array list;
    for (const auto &[name, r] : m_stored)
        list.push_back(storedRecordingJson(name));
    return Json::array(std::move(list));
}

HttpResponse SimAsterisk::copyStoredRecording(const QString &name, const QString &destination)
{
    const StoredRecording *r = storedRecording(name);
    if (!r)
        return HttpResponse::message(404, u"Recording not found"_s);
    if (destination.isEmpty())
        return HttpResponse::message(400, u"Missing parameter destinationRecordingName"_s);
    if (m_stored.count(destination))
        return HttpResponse::message(409, u"A recording with the same name already exists on the system"_s);
    m_stored[destination] = *r;
    return HttpResponse::json(200, storedRecordingJson(destination));
}

// ---- sounds -------------------------------------------------------------------------------------

void SimAsterisk::ensureSounds() const
{
    if (m_soundsLoaded)
        return;
    m_soundsLoaded = true;
    // Debian's asterisk-core-sounds-en-* packages.
    const QDir root(u"/usr/share/asterisk/sounds"_s);
    const QStringList langs = root.entryList({u"en*"_s}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &lang : langs) {
        const QString base = root.filePath(lang);
        QHash<QString, QString> texts;
        QFile list(base + u"/core-sounds-en.txt"_s);
        if (!list.exists())
            list.setFileName(root.filePath(u"core-sounds-en.txt"_s));
        if (list.open(QIODevice::ReadOnly)) {
            while (!list.atEnd()) {
                const QString line = QString::fromUtf8(list.readLine()).trimmed();
                const qsizetype colon = line.indexOf(u':');
                if (colon > 0 && !line.startsWith(u';'))
                    texts.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
            }
        }
        QDirIterator it(base, {u"*.wav"_s, u"*.gsm"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo fi(it.next());
            QString id = QDir(base).relativeFilePath(fi.filePath());
            id.chop(fi.suffix().size() + 1);
            SoundEntry &e = m_sounds[id];
            e.text = texts.value(id);
            const QString format = fi.suffix() == u"wav" ? u"slin"_s : u"gsm"_s;
            const std::pair<QString, QString> pair{u"en"_s, format};
            if (!e.formats.contains(pair))
                e.formats.append(pair);
            if (fi.suffix() == u"wav") {
                QFile f(fi.filePath());
                if (f.open(QIODevice::ReadOnly)) {
                    const QByteArray head = f.read(44);
                    if (head.size() == 44 && head.startsWith("RIFF")) {
                        const quint32 byteRate = qFromLittleEndian<quint32>(head.constData() + 28);
                        if (byteRate)
                            e.durationMs = (fi.size() - 44) * 1000 / byteRate;
                    }
                }
            } else if (e.durationMs == 0) {
                e.durationMs = fi.size() / 33 * 20;
            }
        }
    }
    if (!m_sounds.empty())
        return;
    for (const SoundInfo &s : s_builtinSounds)
        m_sounds[QString::fromUtf16(s.id)] =
            SoundEntry{QString::fromUtf16(s.text), {{u"en"_s, u"gsm"_s}, {u"en"_s, u"slin"_s}}, s.durationMs};
}

void SimAsterisk::addSound(const QString &id, const QString &text, const QString &language, const QString &format,
                           qint64 durationMs)
{
    ensureSounds();
    SoundEntry &e = m_sounds[id];
    if (e.text.isEmpty())
        e.text = text;
    if (e.durationMs <= 0)
        e.durationMs = durationMs;
    const std::pair<QString, QString> pair{language, format};
    if (!e.formats.contains(pair))
        e.formats.append(pair);
}

Json SimAsterisk::sounds(const QString &lang, const QString &format) const
{
    ensureSounds();
    Json out = Json::array();
    // Asterisk keeps the (language, format) pairs that match both queries, and the sounds left with any.
    for (const auto &[id, e] : m_sounds) {
        Json formats = Json::array();
        for (const auto &[l, f] : e.formats) {
            if ((format.isEmpty() || format == f) && (lang.isEmpty() || lang == l))
                formats.append(Json::object({{u"language"_s, l}, {u"format"_s, f}}));
        }
        if (formats.size() > 0)
            out.append(Json::object({{u"id"_s, id}, {u"text"_s, e.text}, {u"formats"_s, formats}}));
    }
    return out;
}

Json SimAsterisk::sound(const QString &id) const
{
    ensureSounds();
    auto it = m_sounds.find(id);
    if (it == m_sounds.end())
        return {};
    Json formats = Json::array();
    for (const auto &[l, f] : it->second.formats)
        formats.append(Json::object({{u"language"_s, l}, {u"format"_s, f}}));
    return Json::object({{u"id"_s, id}, {u"text"_s, it->second.text}, {u"formats"_s, formats}});
}

qint64 SimAsterisk::soundDurationMs(const QString &id) const
{
    ensureSounds();
    auto it = m_sounds.find(id);
    return it == m_sounds.end() ? -1 : it->second.durationMs;
}

// ---- device states, mailboxes, user events ------------------------------------------------------

Json SimAsterisk::deviceStatesJson() const
{
    Json out = Json::array();
    for (auto it = m_deviceStates.cbegin(); it != m_deviceStates.cend(); ++it)
        out.append(Json::object({{u"name"_s, it.key()}, {u"state"_s, it.value()}}));
    return out;
}

Json SimAsterisk::deviceStateJson(const QString &name) const
{
    return Json::object({{u"name"_s, name}, {u"state"_s, m_deviceStates.value(name, u"UNKNOWN"_s)}});
}

void SimAsterisk::emitDeviceState(const QString &device, const QString &state)
{
    Json event = Json::object({{u"type"_s, u"DeviceStateChanged"},
                               {u"application"_s, u""},
                               {u"device_state"_s, Json::object({{u"name"_s, device}, {u"state"_s, state}})}});
    Topics t;
    t.device = device;
    emitEvent(std::move(event), t);
}

QString SimAsterisk::localDeviceState(const QString &device) const
{
    return m_deviceUse.value(device) > 0 ? u"INUSE"_s : u"NOT_INUSE"_s;
}

HttpResponse SimAsterisk::setDeviceState(const QString &name, const QString &state)
{
    if (!name.startsWith(u"Stasis:"))
        return HttpResponse::message(409, u"Uncontrolled device specified"_s);
    static const QStringList states = {u"UNKNOWN"_s, u"NOT_INUSE"_s, u"INUSE"_s, u"BUSY"_s, u"INVALID"_s,
                                       u"UNAVAILABLE"_s, u"RINGING"_s, u"RINGINUSE"_s, u"ONHOLD"_s};
    if (!states.contains(state))
        return HttpResponse::message(500, u"Unknown device"_s);
    const QString old = m_deviceStates.value(name, u"UNKNOWN"_s);
    m_deviceStates.insert(name, state);
    if (old != state)
        emitDeviceState(name, state);
    return HttpResponse::noContent();
}

HttpResponse SimAsterisk::deleteDeviceState(const QString &name)
{
    if (!name.startsWith(u"Stasis:"))
        return HttpResponse::message(409, u"Uncontrolled device specified"_s);
    m_deviceStates.remove(name);
    return HttpResponse::noContent();
}

Json SimAsterisk::mailboxesJson() const
{
    Json out = Json::array();
    for (auto it = m_mailboxes.cbegin(); it != m_mailboxes.cend(); ++it) {
        out.append(Json::object({{u"name"_s, it.key()},
                                 {u"old_messages"_s, it.value().first},
                                 {u"new_messages"_s, it.value().second}}));
    }
    return out;
}

HttpResponse SimAsterisk::getMailbox(const QString &name) const
{
    const auto it = m_mailboxes.constFind(name);
    if (it == m_mailboxes.cend())
        return HttpResponse::message(404, u"Mailbox is does not exist"_s);
    return HttpResponse::json(200, Json::object({{u"name"_s, name},
                                                 {u"old_messages"_s, it.value().first},
                                                 {u"new_messages"_s, it.value().second}}));
}

HttpResponse SimAsterisk::setMailbox(const QString &name, int oldMessages, int newMessages)
{
    m_mailboxes.insert(name, {qMax(0, oldMessages), qMax(0, newMessages)});
    return HttpResponse::noContent();
}

HttpResponse SimAsterisk::deleteMailbox(const QString &name)
{
    if (m_mailboxes.remove(name) == 0)
        return HttpResponse::message(404, u"Mailbox does not exist"_s);
    return HttpResponse::noContent();
}

HttpResponse SimAsterisk::userEvent(const QString &eventName, const QString &app, const QStringList &sources,
                                    const Json &variables)
{
    if (app.isEmpty())
        return HttpResponse::message(400, u"Missing parameter application"_s);
    if (!variables.isNull() && !variables.isObject())
        return HttpResponse::message(500, u"Error processing request"_s);
    if (!hasApplication(app))
        return HttpResponse::message(404, u"Application not found"_s);
    Json::Object extra;
    Topics topics;
    topics.onlyApp = app;
    for (const QString &source : sources) {
        const qsizetype colon = source.indexOf(u':');
        const QString scheme = colon < 0 ? source : source.left(colon);
        const QString rest = colon < 0 ? QString() : source.mid(colon + 1);
        const auto put = [&extra](const QString &key, Json value) {
            auto it = std::find_if(extra.begin(), extra.end(), [&key](const auto &m) { return m.first == key; });
            if (it != extra.end())
                it->second = std::move(value);
            else
                extra.emplace_back(key, std::move(value));
        };
        if (scheme == u"channel") {
            const SimChannel *c = findChannel(rest);
            if (!c)
                return HttpResponse::message(422, u"Event source was not found"_s);
            put(u"channel"_s, snapshot(*c));
        } else if (scheme == u"bridge") {
            const SimBridge *b = findBridge(rest);
            if (!b)
                return HttpResponse::message(422, u"Event source was not found"_s);
            put(u"bridge"_s, bridgeSnapshot(*b));
        } else if (scheme == u"endpoint") {
            return HttpResponse::message(422, u"Event source was not found"_s);
        } else if (scheme == u"deviceState") {
            put(u"device_state"_s, deviceStateJson(rest));
        } else {
            return HttpResponse::message(400, u"Invalid event source URI scheme"_s);
        }
    }
    Json userevent = Json::object();
    for (const auto &[key, value] : variables.toObject())
        userevent.insert(key, value.isString() ? value : Json(QString::fromUtf8(value.toJson())));
    userevent.insert(u"eventname"_s, eventName);
    Json::Object members{{u"type"_s, u"ChannelUserevent"}, {u"eventname"_s, eventName}, {u"userevent"_s, userevent}};
    for (auto &m : extra)
        members.push_back(std::move(m));
    emitEvent(Json::object(std::move(members)), topics);
    return HttpResponse::noContent();
}

// ---- traffic ------------------------------------------------------------------------------------

void SimAsterisk::startDemoTraffic(double callsPerSecond, quint32 seed, const QString &app)
{
    m_traffic->startDemo(callsPerSecond, seed, app);
}

void SimAsterisk::stopDemoTraffic()
{
    m_traffic->stopDemo();
}

void SimAsterisk::startLoad(int channels, int eventsPerSecond, quint32 seed)
{
    m_traffic->startLoad(channels, eventsPerSecond, seed);
}

void SimAsterisk::stopLoad()
{
    m_traffic->stopLoad();
}

SimAsterisk::TrafficStats SimAsterisk::trafficStats() const
{
    return m_traffic->stats();
}

} // namespace AriSim

#include "sim/SimAsterisk.h"

#include "sim/SimClock.h"

#include <QRandomGenerator>
#include <QSysInfo>

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

// A small slice of the real module list (trace 01).
const ModuleInfo s_modules[] = {
    {u"app_stasis.so", u"Stasis dialplan application", 0, u"core"},
    {u"chan_local.so", u"Local Proxy Channel (Note: used internally by other modules)", 0, u"core"},
    {u"res_ari.so", u"Asterisk RESTful Interface", 13, u"core"},
    {u"res_ari_applications.so", u"RESTful API module - Stasis application resources", 0, u"core"},
    {u"res_ari_asterisk.so", u"RESTful API module - Asterisk resources", 0, u"core"},
    {u"res_ari_bridges.so", u"RESTful API module - Bridge resources", 0, u"core"},
    {u"res_ari_channels.so", u"RESTful API module - Channel resources", 0, u"core"},
    {u"res_ari_events.so", u"RESTful API module - WebSocket resource", 0, u"core"},
    {u"res_http_websocket.so", u"HTTP WebSocket Support", 3, u"core"},
    {u"res_stasis.so", u"Stasis application support", 13, u"core"},
};

struct SoundInfo
{
    const char16_t *id;
    const char16_t *text;
};

// A small catalogue in the shape of GET /sounds (trace 07); every sound has gsm and slin in "en".
const SoundInfo s_sounds[] = {
    {u"conf-now-unmuted", u"The conference is now unmuted."},
    {u"demo-congrats", u"Congratulations.  You have successfully installed and executed the Asterisk open source PBX."},
    {u"digits/1", u"one"},
    {u"digits/2", u"two"},
    {u"hello-world", u"Hello world."},
    {u"queue-minutes", u"minutes"},
    {u"tt-monkeys", u"[Monkeys screaming]"},
    {u"vm-Urgent", u"urgent"},
};

Json soundJson(const SoundInfo &s, const QString &lang, const QString &format)
{
    Json formats = Json::array();
    for (const char16_t *f : {u"gsm", u"slin"}) {
        if ((lang.isEmpty() || lang == u"en") && (format.isEmpty() || format == f))
            formats.append(Json::object({{u"language"_s, u"en"}, {u"format"_s, f}}));
    }
    if (formats.size() == 0)
        return {};
    return Json::object({{u"id"_s, s.id}, {u"text"_s, s.text}, {u"formats"_s, formats}});
}

} // namespace

SimAsterisk::SimAsterisk(SimClock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_entityId(u"02:fc:00:00:00:01"_s)
    , m_startupTime(clock.now())
    , m_lastReloadTime(m_startupTime)
{
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
    m_startupTime = m_clock.now();
    m_lastReloadTime = m_startupTime;
    m_globals.clear();
    m_applications.clear();
    m_channels.clear();
    m_bridges.clear();
    m_deviceStates.clear();
    m_mailboxes.clear();
    Q_EMIT wasReset();
}

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
    for (const ModuleInfo &m : s_modules)
        out.append(module(QString::fromUtf16(m.name)));
    return out;
}

Json SimAsterisk::module(const QString &name) const
{
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

Json SimAsterisk::channelsJson() const
{
    return Json::array(m_channels);
}

Json SimAsterisk::bridgesJson() const
{
    return Json::array(m_bridges);
}

Json SimAsterisk::deviceStatesJson() const
{
    Json out = Json::array();
    for (auto it = m_deviceStates.cbegin(); it != m_deviceStates.cend(); ++it)
        out.append(Json::object({{u"name"_s, it.key()}, {u"state"_s, it.value()}}));
    return out;
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

Json SimAsterisk::sounds(const QString &lang, const QString &format) const
{
    Json out = Json::array();
    for (const SoundInfo &s : s_sounds) {
        Json sound = soundJson(s, lang, format);
        if (!sound.isNull())
            out.append(std::move(sound));
    }
    return out;
}

Json SimAsterisk::sound(const QString &id) const
{
    for (const SoundInfo &s : s_sounds) {
        if (id == s.id)
            return soundJson(s, {}, {});
    }
    return {};
}

} // namespace AriSim

namespace AriSim {

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

} // namespace AriSim

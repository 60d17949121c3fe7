#include "sim/AriRoutes.h"

#include "sim/Router.h"
#include "sim/SimAsterisk.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace AriSim {

namespace {

struct Operation
{
    const char *method;
    const char16_t *path;
    const char16_t *nickname;
};

// Every operation of the ARI spec, in the spec's order. Append, never reshuffle.
const Operation s_operations[] = {
    // applications
    {"GET", u"/applications", u"applications.list"},
    {"GET", u"/applications/{applicationName}", u"applications.get"},
    {"POST", u"/applications/{applicationName}/subscription", u"applications.subscribe"},
    {"DELETE", u"/applications/{applicationName}/subscription", u"applications.unsubscribe"},
    {"PUT", u"/applications/{applicationName}/eventFilter", u"applications.filter"},
    // asterisk
    {"GET", u"/asterisk/config/dynamic/{configClass}/{objectType}/{id}", u"asterisk.getObject"},
    {"PUT", u"/asterisk/config/dynamic/{configClass}/{objectType}/{id}", u"asterisk.updateObject"},
    {"DELETE", u"/asterisk/config/dynamic/{configClass}/{objectType}/{id}", u"asterisk.deleteObject"},
    {"GET", u"/asterisk/info", u"asterisk.getInfo"},
    {"GET", u"/asterisk/ping", u"asterisk.ping"},
    {"GET", u"/asterisk/modules", u"asterisk.listModules"},
    {"GET", u"/asterisk/modules/{moduleName}", u"asterisk.getModule"},
    {"POST", u"/asterisk/modules/{moduleName}", u"asterisk.loadModule"},
    {"DELETE", u"/asterisk/modules/{moduleName}", u"asterisk.unloadModule"},
    {"PUT", u"/asterisk/modules/{moduleName}", u"asterisk.reloadModule"},
    {"GET", u"/asterisk/logging", u"asterisk.listLogChannels"},
    {"POST", u"/asterisk/logging/{logChannelName}", u"asterisk.addLog"},
    {"DELETE", u"/asterisk/logging/{logChannelName}", u"asterisk.deleteLog"},
    {"PUT", u"/asterisk/logging/{logChannelName}/rotate", u"asterisk.rotateLog"},
    {"GET", u"/asterisk/variable", u"asterisk.getGlobalVar"},
    {"POST", u"/asterisk/variable", u"asterisk.setGlobalVar"},
    // bridges
    {"GET", u"/bridges", u"bridges.list"},
    {"POST", u"/bridges", u"bridges.create"},
    {"POST", u"/bridges/{bridgeId}", u"bridges.createWithId"},
    {"GET", u"/bridges/{bridgeId}", u"bridges.get"},
    {"DELETE", u"/bridges/{bridgeId}", u"bridges.destroy"},
    {"GET", u"/bridges/{bridgeId}/variable", u"bridges.getBridgeVar"},
    {"POST", u"/bridges/{bridgeId}/variable", u"bridges.setBridgeVar"},
    {"GET", u"/bridges/{bridgeId}/variables", u"bridges.getBridgeVars"},
    {"POST", u"/bridges/{bridgeId}/variables", u"bridges.setBridgeVars"},
    {"POST", u"/bridges/{bridgeId}/addChannel", u"bridges.addChannel"},
    {"POST", u"/bridges/{bridgeId}/removeChannel", u"bridges.removeChannel"},
    {"POST", u"/bridges/{bridgeId}/videoSource/{channelId}", u"bridges.setVideoSource"},
    {"DELETE", u"/bridges/{bridgeId}/videoSource", u"bridges.clearVideoSource"},
    {"POST", u"/bridges/{bridgeId}/moh", u"bridges.startMoh"},
    {"DELETE", u"/bridges/{bridgeId}/moh", u"bridges.stopMoh"},
    {"POST", u"/bridges/{bridgeId}/play", u"bridges.play"},
    {"POST", u"/bridges/{bridgeId}/play/{playbackId}", u"bridges.playWithId"},
    {"POST", u"/bridges/{bridgeId}/record", u"bridges.record"},
    // channels
    {"GET", u"/channels", u"channels.list"},
    {"POST", u"/channels", u"channels.originate"},
    {"POST", u"/channels/create", u"channels.create"},
    {"GET", u"/channels/{channelId}", u"channels.get"},
    {"POST", u"/channels/{channelId}", u"channels.originateWithId"},
    {"DELETE", u"/channels/{channelId}", u"channels.hangup"},
    {"POST", u"/channels/{channelId}/continue", u"channels.continueInDialplan"},
    {"POST", u"/channels/{channelId}/move", u"channels.move"},
    {"POST", u"/channels/{channelId}/redirect", u"channels.redirect"},
    {"POST", u"/channels/{channelId}/answer", u"channels.answer"},
    {"POST", u"/channels/{channelId}/ring", u"channels.ring"},
    {"DELETE", u"/channels/{channelId}/ring", u"channels.ringStop"},
    {"POST", u"/channels/{channelId}/progress", u"channels.progress"},
    {"POST", u"/channels/{channelId}/dtmf", u"channels.sendDTMF"},
    {"POST", u"/channels/{channelId}/mute", u"channels.mute"},
    {"DELETE", u"/channels/{channelId}/mute", u"channels.unmute"},
    {"POST", u"/channels/{channelId}/hold", u"channels.hold"},
    {"DELETE", u"/channels/{channelId}/hold", u"channels.unhold"},
    {"POST", u"/channels/{channelId}/moh", u"channels.startMoh"},
    {"DELETE", u"/channels/{channelId}/moh", u"channels.stopMoh"},
    {"POST", u"/channels/{channelId}/silence", u"channels.startSilence"},
    {"DELETE", u"/channels/{channelId}/silence", u"channels.stopSilence"},
    {"POST", u"/channels/{channelId}/play", u"channels.play"},
    {"POST", u"/channels/{channelId}/play/{playbackId}", u"channels.playWithId"},
    {"POST", u"/channels/{channelId}/record", u"channels.record"},
    {"GET", u"/channels/{channelId}/variable", u"channels.getChannelVar"},
    {"POST", u"/channels/{channelId}/variable", u"channels.setChannelVar"},
    {"GET", u"/channels/{channelId}/variables", u"channels.getChannelVars"},
    {"POST", u"/channels/{channelId}/variables", u"channels.setChannelVars"},
    {"POST", u"/channels/{channelId}/snoop", u"channels.snoopChannel"},
    {"POST", u"/channels/{channelId}/snoop/{snoopId}", u"channels.snoopChannelWithId"},
    {"POST", u"/channels/{channelId}/dial", u"channels.dial"},
    {"GET", u"/channels/{channelId}/rtp_statistics", u"channels.rtpstatistics"},
    {"POST", u"/channels/externalMedia", u"channels.externalMedia"},
    {"POST", u"/channels/{channelId}/transfer_progress", u"channels.transfer_progress"},
    // deviceStates
    {"GET", u"/deviceStates", u"deviceStates.list"},
    {"GET", u"/deviceStates/{deviceName}", u"deviceStates.get"},
    {"PUT", u"/deviceStates/{deviceName}", u"deviceStates.update"},
    {"DELETE", u"/deviceStates/{deviceName}", u"deviceStates.delete"},
    // endpoints
    {"GET", u"/endpoints", u"endpoints.list"},
    {"PUT", u"/endpoints/sendMessage", u"endpoints.sendMessage"},
    {"POST", u"/endpoints/refer", u"endpoints.refer"},
    {"GET", u"/endpoints/{tech}", u"endpoints.listByTech"},
    {"GET", u"/endpoints/{tech}/{resource}", u"endpoints.get"},
    {"PUT", u"/endpoints/{tech}/{resource}/sendMessage", u"endpoints.sendMessageToEndpoint"},
    {"POST", u"/endpoints/{tech}/{resource}/refer", u"endpoints.referToEndpoint"},
    // events
    {"GET", u"/events", u"events.eventWebsocket"},
    {"POST", u"/events/user/{eventName}", u"events.userEvent"},
    {"POST", u"/events/claim", u"events.claimChannel"},
    // mailboxes
    {"GET", u"/mailboxes", u"mailboxes.list"},
    {"GET", u"/mailboxes/{mailboxName}", u"mailboxes.get"},
    {"PUT", u"/mailboxes/{mailboxName}", u"mailboxes.update"},
    {"DELETE", u"/mailboxes/{mailboxName}", u"mailboxes.delete"},
    // playbacks
    {"GET", u"/playbacks/{playbackId}", u"playbacks.get"},
    {"DELETE", u"/playbacks/{playbackId}", u"playbacks.stop"},
    {"POST", u"/playbacks/{playbackId}/control", u"playbacks.control"},
    // recordings
    {"GET", u"/recordings/stored", u"recordings.listStored"},
    {"GET", u"/recordings/stored/{recordingName}", u"recordings.getStored"},
    {"DELETE", u"/recordings/stored/{recordingName}", u"recordings.deleteStored"},
    {"GET", u"/recordings/stored/{recordingName}/file", u"recordings.getStoredFile"},
    {"POST", u"/recordings/stored/{recordingName}/copy", u"recordings.copyStored"},
    {"GET", u"/recordings/live/{recordingName}", u"recordings.getLive"},
    {"DELETE", u"/recordings/live/{recordingName}", u"recordings.cancel"},
    {"POST", u"/recordings/live/{recordingName}/stop", u"recordings.stop"},
    {"POST", u"/recordings/live/{recordingName}/pause", u"recordings.pause"},
    {"DELETE", u"/recordings/live/{recordingName}/pause", u"recordings.unpause"},
    {"POST", u"/recordings/live/{recordingName}/mute", u"recordings.mute"},
    {"DELETE", u"/recordings/live/{recordingName}/mute", u"recordings.unmute"},
    // sounds
    {"GET", u"/sounds", u"sounds.list"},
    {"GET", u"/sounds/{soundId}", u"sounds.get"},
};

} // namespace

namespace {

bool isTrue(const QString &value)
{
    static const QStringList yes = {u"yes"_s, u"true"_s, u"y"_s, u"t"_s, u"1"_s, u"on"_s};
    return yes.contains(value.trimmed(), Qt::CaseInsensitive);
}

// The "variables" body member of originate, create and externalMedia: strings, or objects with "value".
std::optional<QList<std::pair<QString, QString>>> bodyVariables(const AriRequest &r)
{
    QList<std::pair<QString, QString>> out;
    const Json vars = r.bodyValue(u"variables");
    if (vars.isNull())
        return out;
    if (!vars.isObject())
        return std::nullopt;
    for (const auto &[name, value] : vars.toObject()) {
        if (value.isString())
            out.append({name, value.toString()});
        else if (value.isObject() && value.value(u"value").isString())
            out.append({name, value.value(u"value").toString()});
        else
            return std::nullopt;
    }
    return out;
}

HttpResponse badVariables()
{
    return HttpResponse::message(
        400, u"Each value in 'variables' must be a string or an object with 'value' and optional 'report_events'"_s);
}

int intParam(const AriRequest &r, QStringView name, int fallback)
{
    bool ok = false;
    const int v = r.param(name).toInt(&ok);
    return ok ? v : fallback;
}

} // namespace

void registerAriRoutes(Router &router, SimAsterisk &asterisk)
{
    for (const Operation &op : s_operations)
        router.add(QByteArray(op.method), QString::fromUtf16(op.path), QString::fromUtf16(op.nickname));

    SimAsterisk *a = &asterisk;
    const auto ok = [](const Json &body) { return HttpResponse::json(200, body); };
    const auto on = [&router](const char *method, const QString &path, Router::Handler handler) {
        router.setHandler(QByteArray(method), path, std::move(handler));
    };

    // applications
    on("GET", u"/applications"_s, [a, ok](const AriRequest &) { return ok(a->applicationsJson()); });
    on("GET", u"/applications/{applicationName}"_s, [a, ok](const AriRequest &r) {
        const Json app = a->applicationJson(r.path(u"applicationName"_s));
        return app.isNull() ? HttpResponse::message(404, u"Application not found"_s) : ok(app);
    });
    on("POST", u"/applications/{applicationName}/subscription"_s, [a](const AriRequest &r) {
        return a->subscribe(r.path(u"applicationName"_s), r.paramList(u"eventSource"));
    });
    on("DELETE", u"/applications/{applicationName}/subscription"_s, [a](const AriRequest &r) {
        return a->unsubscribe(r.path(u"applicationName"_s), r.paramList(u"eventSource"));
    });
    on("PUT", u"/applications/{applicationName}/eventFilter"_s, [a](const AriRequest &r) {
        return a->setEventFilter(r.path(u"applicationName"_s), r.body);
    });

    // asterisk
    const QString configPath = u"/asterisk/config/dynamic/{configClass}/{objectType}/{id}"_s;
    on("GET", configPath, [a](const AriRequest &r) {
        return a->getConfigObject(r.path(u"configClass"_s), r.path(u"objectType"_s), r.path(u"id"_s));
    });
    on("PUT", configPath, [a](const AriRequest &r) {
        return a->putConfigObject(r.path(u"configClass"_s), r.path(u"objectType"_s), r.path(u"id"_s), r.body);
    });
    on("DELETE", configPath, [a](const AriRequest &r) {
        return a->deleteConfigObject(r.path(u"configClass"_s), r.path(u"objectType"_s), r.path(u"id"_s));
    });
    on("GET", u"/asterisk/info"_s, [a, ok](const AriRequest &r) { return ok(a->info(r.paramList(u"only"))); });
    on("GET", u"/asterisk/ping"_s, [a, ok](const AriRequest &) { return ok(a->ping()); });
    on("GET", u"/asterisk/modules"_s, [a, ok](const AriRequest &) { return ok(a->modules()); });
    on("GET", u"/asterisk/modules/{moduleName}"_s, [a, ok](const AriRequest &r) {
        const Json module = a->module(r.path(u"moduleName"_s));
        return module.isNull() ? HttpResponse::message(404, u"Module could not be found in running modules"_s)
                               : ok(module);
    });
    on("POST", u"/asterisk/modules/{moduleName}"_s,
       [a](const AriRequest &r) { return a->loadModule(r.path(u"moduleName"_s)); });
    on("DELETE", u"/asterisk/modules/{moduleName}"_s,
       [a](const AriRequest &r) { return a->unloadModule(r.path(u"moduleName"_s)); });
    on("PUT", u"/asterisk/modules/{moduleName}"_s,
       [a](const AriRequest &r) { return a->reloadModule(r.path(u"moduleName"_s)); });
    on("GET", u"/asterisk/logging"_s, [a, ok](const AriRequest &) { return ok(a->logChannelsJson()); });
    on("POST", u"/asterisk/logging/{logChannelName}"_s, [a](const AriRequest &r) {
        return a->addLogChannel(r.path(u"logChannelName"_s), r.param(u"configuration"));
    });
    on("DELETE", u"/asterisk/logging/{logChannelName}"_s,
       [a](const AriRequest &r) { return a->deleteLogChannel(r.path(u"logChannelName"_s)); });
    on("PUT", u"/asterisk/logging/{logChannelName}/rotate"_s,
       [a](const AriRequest &r) { return a->rotateLogChannel(r.path(u"logChannelName"_s)); });
    on("GET", u"/asterisk/variable"_s, [a, ok](const AriRequest &r) {
        const QString name = r.param(u"variable");
        if (name.isEmpty())
            return HttpResponse::message(400, u"Variable name is required"_s);
        return ok(Json::object({{u"value"_s, a->globalVar(name)}}));
    });
    on("POST", u"/asterisk/variable"_s, [a](const AriRequest &r) {
        const QString name = r.param(u"variable");
        if (name.isEmpty())
            return HttpResponse::message(400, u"Variable name is required"_s);
        a->setGlobalVar(name, r.param(u"value"));
        return HttpResponse::noContent();
    });

    // bridges
    on("GET", u"/bridges"_s, [a, ok](const AriRequest &) { return ok(a->bridgesJson()); });
    on("POST", u"/bridges"_s, [a](const AriRequest &r) {
        return a->createBridge(r.param(u"type"), r.param(u"bridgeId"), r.param(u"name"));
    });
    on("POST", u"/bridges/{bridgeId}"_s, [a](const AriRequest &r) {
        return a->createBridge(r.param(u"type"), r.path(u"bridgeId"_s), r.param(u"name"));
    });
    on("GET", u"/bridges/{bridgeId}"_s, [a, ok](const AriRequest &r) {
        const Json b = a->bridgeJson(r.path(u"bridgeId"_s));
        return b.isNull() ? HttpResponse::message(404, u"Bridge not found"_s) : ok(b);
    });
    on("DELETE", u"/bridges/{bridgeId}"_s, [a](const AriRequest &r) { return a->destroyBridge(r.path(u"bridgeId"_s)); });
    on("GET", u"/bridges/{bridgeId}/variable"_s, [a](const AriRequest &r) {
        return a->getBridgeVar(r.path(u"bridgeId"_s), r.param(u"variable"));
    });
    on("POST", u"/bridges/{bridgeId}/variable"_s, [a](const AriRequest &r) {
        return a->setBridgeVar(r.path(u"bridgeId"_s), r.param(u"variable"), r.param(u"value"));
    });
    on("GET", u"/bridges/{bridgeId}/variables"_s, [a](const AriRequest &r) {
        return a->getBridgeVars(r.path(u"bridgeId"_s), r.paramList(u"variables"));
    });
    on("POST", u"/bridges/{bridgeId}/variables"_s, [a](const AriRequest &r) {
        return a->setBridgeVars(r.path(u"bridgeId"_s), r.bodyValue(u"variables"));
    });
    on("POST", u"/bridges/{bridgeId}/addChannel"_s, [a](const AriRequest &r) {
        return a->addToBridge(r.path(u"bridgeId"_s), r.paramList(u"channel"));
    });
    on("POST", u"/bridges/{bridgeId}/removeChannel"_s, [a](const AriRequest &r) {
        return a->removeFromBridge(r.path(u"bridgeId"_s), r.paramList(u"channel"));
    });
    on("POST", u"/bridges/{bridgeId}/videoSource/{channelId}"_s, [a](const AriRequest &r) {
        return a->setVideoSource(r.path(u"bridgeId"_s), r.path(u"channelId"_s));
    });
    on("DELETE", u"/bridges/{bridgeId}/videoSource"_s,
       [a](const AriRequest &r) { return a->clearVideoSource(r.path(u"bridgeId"_s)); });
    on("POST", u"/bridges/{bridgeId}/moh"_s, [a](const AriRequest &r) { return a->bridgeMoh(r.path(u"bridgeId"_s), true); });
    on("DELETE", u"/bridges/{bridgeId}/moh"_s,
       [a](const AriRequest &r) { return a->bridgeMoh(r.path(u"bridgeId"_s), false); });
    const auto playOn = [a](const QString &kind, const AriRequest &r, const QString &id, const QString &playbackId) {
        return a->play(kind, id, r.paramList(u"media"), r.param(u"lang"), intParam(r, u"offsetms", 0),
                       intParam(r, u"skipms", 3000), playbackId.isEmpty() ? r.param(u"playbackId") : playbackId);
    };
    on("POST", u"/bridges/{bridgeId}/play"_s,
       [playOn](const AriRequest &r) { return playOn(u"bridge"_s, r, r.path(u"bridgeId"_s), {}); });
    on("POST", u"/bridges/{bridgeId}/play/{playbackId}"_s, [playOn](const AriRequest &r) {
        return playOn(u"bridge"_s, r, r.path(u"bridgeId"_s), r.path(u"playbackId"_s));
    });
    const auto recordOn = [a](const QString &kind, const AriRequest &r, const QString &id) {
        SimAsterisk::RecordParams p;
        p.name = r.param(u"name");
        p.format = r.param(u"format");
        p.ifExists = r.param(u"ifExists");
        p.terminateOn = r.param(u"terminateOn");
        p.maxDurationSeconds = intParam(r, u"maxDurationSeconds", 0);
        p.maxSilenceSeconds = intParam(r, u"maxSilenceSeconds", 0);
        p.beep = isTrue(r.param(u"beep"));
        return a->record(kind, id, p);
    };
    on("POST", u"/bridges/{bridgeId}/record"_s,
       [recordOn](const AriRequest &r) { return recordOn(u"bridge"_s, r, r.path(u"bridgeId"_s)); });

    // channels
    const auto originateParams = [](const AriRequest &r, const QString &pathId) {
        SimAsterisk::OriginateParams p;
        p.endpoint = r.param(u"endpoint");
        p.extension = r.param(u"extension");
        p.context = r.param(u"context");
        p.label = r.param(u"label");
        p.app = r.param(u"app");
        p.appArgs = r.param(u"appArgs").split(u',', Qt::SkipEmptyParts);
        p.callerId = r.param(u"callerId");
        p.channelId = pathId.isEmpty() ? r.param(u"channelId") : pathId;
        p.otherChannelId = r.param(u"otherChannelId");
        p.priority = intParam(r, u"priority", 1);
        p.timeoutSeconds = intParam(r, u"timeout", 30);
        return p;
    };
    const auto originate = [a, originateParams](const AriRequest &r, const QString &pathId, bool create) {
        SimAsterisk::OriginateParams p = originateParams(r, pathId);
        const auto vars = bodyVariables(r);
        if (!vars)
            return badVariables();
        p.variables = *vars;
        return create ? a->createChannel(p) : a->originate(p);
    };
    on("GET", u"/channels"_s, [a, ok](const AriRequest &) { return ok(a->channelsJson()); });
    on("POST", u"/channels"_s, [originate](const AriRequest &r) { return originate(r, {}, false); });
    on("POST", u"/channels/create"_s, [originate](const AriRequest &r) { return originate(r, {}, true); });
    on("GET", u"/channels/{channelId}"_s, [a, ok](const AriRequest &r) {
        const Json c = a->channelJson(r.path(u"channelId"_s));
        return c.isNull() ? HttpResponse::message(404, u"Channel not found"_s) : ok(c);
    });
    on("POST", u"/channels/{channelId}"_s,
       [originate](const AriRequest &r) { return originate(r, r.path(u"channelId"_s), false); });
    on("DELETE", u"/channels/{channelId}"_s, [a](const AriRequest &r) {
        return a->hangup(r.path(u"channelId"_s), r.param(u"reason"), r.param(u"reason_code"));
    });
    on("POST", u"/channels/{channelId}/continue"_s, [a](const AriRequest &r) {
        return a->continueInDialplan(r.path(u"channelId"_s), r.param(u"context"), r.param(u"extension"),
                                     r.param(u"priority"), r.param(u"label"));
    });
    on("POST", u"/channels/{channelId}/move"_s, [a](const AriRequest &r) {
        return a->move(r.path(u"channelId"_s), r.param(u"app"), r.param(u"appArgs").split(u',', Qt::SkipEmptyParts));
    });
    on("POST", u"/channels/{channelId}/redirect"_s,
       [a](const AriRequest &r) { return a->redirect(r.path(u"channelId"_s), r.param(u"endpoint")); });
    on("POST", u"/channels/{channelId}/answer"_s, [a](const AriRequest &r) { return a->answer(r.path(u"channelId"_s)); });
    const auto simple = [a, &on](const char *method, const QString &path, const QString &op) {
        on(method, path, [a, op](const AriRequest &r) { return a->simpleChannelOp(r.path(u"channelId"_s), op); });
    };
    simple("POST", u"/channels/{channelId}/ring"_s, u"ring"_s);
    simple("DELETE", u"/channels/{channelId}/ring"_s, u"ringStop"_s);
    simple("POST", u"/channels/{channelId}/progress"_s, u"progress"_s);
    simple("POST", u"/channels/{channelId}/mute"_s, u"mute"_s);
    simple("DELETE", u"/channels/{channelId}/mute"_s, u"unmute"_s);
    simple("POST", u"/channels/{channelId}/hold"_s, u"hold"_s);
    simple("DELETE", u"/channels/{channelId}/hold"_s, u"unhold"_s);
    simple("POST", u"/channels/{channelId}/moh"_s, u"moh"_s);
    simple("DELETE", u"/channels/{channelId}/moh"_s, u"mohStop"_s);
    simple("POST", u"/channels/{channelId}/silence"_s, u"silence"_s);
    simple("DELETE", u"/channels/{channelId}/silence"_s, u"silenceStop"_s);
    on("POST", u"/channels/{channelId}/transfer_progress"_s, [a](const AriRequest &r) {
        return a->simpleChannelOp(r.path(u"channelId"_s), u"transfer_progress"_s, r.param(u"states"));
    });
    on("POST", u"/channels/{channelId}/dtmf"_s, [a](const AriRequest &r) {
        return a->sendDtmf(r.path(u"channelId"_s), r.param(u"dtmf"), intParam(r, u"between", 100),
                           intParam(r, u"duration", 100));
    });
    on("POST", u"/channels/{channelId}/play"_s,
       [playOn](const AriRequest &r) { return playOn(u"channel"_s, r, r.path(u"channelId"_s), {}); });
    on("POST", u"/channels/{channelId}/play/{playbackId}"_s, [playOn](const AriRequest &r) {
        return playOn(u"channel"_s, r, r.path(u"channelId"_s), r.path(u"playbackId"_s));
    });
    on("POST", u"/channels/{channelId}/record"_s,
       [recordOn](const AriRequest &r) { return recordOn(u"channel"_s, r, r.path(u"channelId"_s)); });
    on("GET", u"/channels/{channelId}/variable"_s, [a](const AriRequest &r) {
        return a->getChannelVar(r.path(u"channelId"_s), r.param(u"variable"));
    });
    on("POST", u"/channels/{channelId}/variable"_s, [a](const AriRequest &r) {
        return a->setChannelVar(r.path(u"channelId"_s), r.param(u"variable"), r.param(u"value"));
    });
    on("GET", u"/channels/{channelId}/variables"_s, [a](const AriRequest &r) {
        return a->getChannelVars(r.path(u"channelId"_s), r.paramList(u"variables"));
    });
    on("POST", u"/channels/{channelId}/variables"_s, [a](const AriRequest &r) {
        return a->setChannelVars(r.path(u"channelId"_s), r.bodyValue(u"variables"));
    });
    const auto snoop = [a](const AriRequest &r, const QString &snoopId) {
        return a->snoop(r.path(u"channelId"_s), r.param(u"spy"), r.param(u"whisper"), r.param(u"app"),
                        r.param(u"appArgs").split(u',', Qt::SkipEmptyParts),
                        snoopId.isEmpty() ? r.param(u"snoopId") : snoopId);
    };
    on("POST", u"/channels/{channelId}/snoop"_s, [snoop](const AriRequest &r) { return snoop(r, {}); });
    on("POST", u"/channels/{channelId}/snoop/{snoopId}"_s,
       [snoop](const AriRequest &r) { return snoop(r, r.path(u"snoopId"_s)); });
    on("POST", u"/channels/{channelId}/dial"_s, [a](const AriRequest &r) {
        return a->dial(r.path(u"channelId"_s), r.param(u"caller"), intParam(r, u"timeout", 0));
    });
    on("GET", u"/channels/{channelId}/rtp_statistics"_s,
       [a](const AriRequest &r) { return a->rtpStatistics(r.path(u"channelId"_s)); });
    on("POST", u"/channels/externalMedia"_s, [a](const AriRequest &r) {
        SimAsterisk::ExternalMediaParams p;
        p.app = r.param(u"app");
        p.externalHost = r.param(u"external_host");
        p.encapsulation = r.param(u"encapsulation");
        p.transport = r.param(u"transport");
        p.connectionType = r.param(u"connection_type");
        p.format = r.param(u"format");
        p.direction = r.param(u"direction");
        p.channelId = r.param(u"channelId");
        p.data = r.param(u"data");
        const auto vars = bodyVariables(r);
        if (!vars)
            return badVariables();
        p.variables = *vars;
        return a->externalMedia(p);
    });

    // deviceStates
    on("GET", u"/deviceStates"_s, [a, ok](const AriRequest &) { return ok(a->deviceStatesJson()); });
    on("GET", u"/deviceStates/{deviceName}"_s,
       [a, ok](const AriRequest &r) { return ok(a->deviceStateJson(r.path(u"deviceName"_s))); });
    on("PUT", u"/deviceStates/{deviceName}"_s, [a](const AriRequest &r) {
        return a->setDeviceState(r.path(u"deviceName"_s), r.param(u"deviceState"));
    });
    on("DELETE", u"/deviceStates/{deviceName}"_s,
       [a](const AriRequest &r) { return a->deleteDeviceState(r.path(u"deviceName"_s)); });

    // endpoints: the lab has none
    on("GET", u"/endpoints"_s, [a, ok](const AriRequest &) { return ok(a->endpointsJson()); });
    on("PUT", u"/endpoints/sendMessage"_s, [](const AriRequest &r) {
        if (r.param(u"to").isEmpty() || r.param(u"from").isEmpty())
            return HttpResponse::message(400, u"Invalid parameters for sending a message"_s);
        return HttpResponse::message(404, u"Endpoint not found"_s);
    });
    on("POST", u"/endpoints/refer"_s, [](const AriRequest &r) {
        if (r.param(u"to").isEmpty() || r.param(u"from").isEmpty() || r.param(u"refer_to").isEmpty())
            return HttpResponse::message(400, u"Invalid parameters for referring"_s);
        return HttpResponse::message(404, u"Endpoint not found"_s);
    });
    on("GET", u"/endpoints/{tech}"_s, [](const AriRequest &r) {
        return HttpResponse::message(404, u"No Endpoints found - invalid tech "_s + r.path(u"tech"_s));
    });
    on("GET", u"/endpoints/{tech}/{resource}"_s,
       [](const AriRequest &) { return HttpResponse::message(404, u"Endpoint not found"_s); });
    on("PUT", u"/endpoints/{tech}/{resource}/sendMessage"_s,
       [](const AriRequest &) { return HttpResponse::message(404, u"Endpoint not found"_s); });
    on("POST", u"/endpoints/{tech}/{resource}/refer"_s,
       [](const AriRequest &) { return HttpResponse::message(404, u"Endpoint not found"_s); });

    // events: SimServer answers GET /events itself (the WebSocket upgrade); this is never reached.
    on("GET", u"/events"_s, [](const AriRequest &) {
        return HttpResponse::htmlError(426, u"Upgrade Required"_s, "Asterisk");
    });
    on("POST", u"/events/user/{eventName}"_s, [a](const AriRequest &r) {
        return a->userEvent(r.path(u"eventName"_s), r.param(u"application"), r.paramList(u"source"),
                            r.bodyValue(u"variables"));
    });
    on("POST", u"/events/claim"_s, [](const AriRequest &r) {
        if (r.param(u"channelId").isEmpty() || r.param(u"application").isEmpty())
            return HttpResponse::message(400, u"Missing parameter channelId or application"_s);
        // Channels are never in the broadcast state here (no Stasis broadcast in the lab dialplan).
        return HttpResponse::message(404, u"Channel not found or not in broadcast state"_s);
    });

    // mailboxes
    on("GET", u"/mailboxes"_s, [a, ok](const AriRequest &) { return ok(a->mailboxesJson()); });
    on("GET", u"/mailboxes/{mailboxName}"_s, [a](const AriRequest &r) { return a->getMailbox(r.path(u"mailboxName"_s)); });
    on("PUT", u"/mailboxes/{mailboxName}"_s, [a](const AriRequest &r) {
        return a->setMailbox(r.path(u"mailboxName"_s), intParam(r, u"oldMessages", 0), intParam(r, u"newMessages", 0));
    });
    on("DELETE", u"/mailboxes/{mailboxName}"_s,
       [a](const AriRequest &r) { return a->deleteMailbox(r.path(u"mailboxName"_s)); });

    // playbacks
    on("GET", u"/playbacks/{playbackId}"_s, [a, ok](const AriRequest &r) {
        const Json p = a->playbackJson(r.path(u"playbackId"_s));
        return p.isNull() ? HttpResponse::message(404, u"Playback not found"_s) : ok(p);
    });
    on("DELETE", u"/playbacks/{playbackId}"_s, [a](const AriRequest &r) { return a->stopPlayback(r.path(u"playbackId"_s)); });
    on("POST", u"/playbacks/{playbackId}/control"_s, [a](const AriRequest &r) {
        return a->controlPlayback(r.path(u"playbackId"_s), r.param(u"operation"));
    });

    // recordings
    on("GET", u"/recordings/stored"_s, [a, ok](const AriRequest &) { return ok(a->storedRecordingsJson()); });
    on("GET", u"/recordings/stored/{recordingName}"_s, [a, ok](const AriRequest &r) {
        const Json rec = a->storedRecordingJson(r.path(u"recordingName"_s));
        return rec.isNull() ? HttpResponse::message(404, u"Recording not found"_s) : ok(rec);
    });
    on("DELETE", u"/recordings/stored/{recordingName}"_s, [a](const AriRequest &r) {
        return a->removeStoredRecording(r.path(u"recordingName"_s)) ? HttpResponse::noContent()
                                                                      : HttpResponse::message(404, u"Recording not found"_s);
    });
    on("GET", u"/recordings/stored/{recordingName}/file"_s, [a](const AriRequest &r) {
        const SimAsterisk::StoredRecording *rec = a->storedRecording(r.path(u"recordingName"_s));
        if (!rec)
            return HttpResponse::message(404, u"Recording not found"_s);
        const QByteArray type = rec->format == u"wav" || rec->format == u"wav16" ? QByteArray("audio/wav")
                                                                                 : QByteArray("audio/" + rec->format.toLatin1());
        return HttpResponse::raw(200, type, rec->bytes);
    });
    on("POST", u"/recordings/stored/{recordingName}/copy"_s, [a](const AriRequest &r) {
        return a->copyStoredRecording(r.path(u"recordingName"_s), r.param(u"destinationRecordingName"));
    });
    on("GET", u"/recordings/live/{recordingName}"_s, [a, ok](const AriRequest &r) {
        const Json rec = a->liveRecordingJson(r.path(u"recordingName"_s));
        return rec.isNull() ? HttpResponse::message(404, u"Recording not found"_s) : ok(rec);
    });
    const auto live = [a, &on](const char *method, const QString &path, const QString &op) {
        on(method, path, [a, op](const AriRequest &r) { return a->liveRecordingOp(r.path(u"recordingName"_s), op); });
    };
    live("DELETE", u"/recordings/live/{recordingName}"_s, u"cancel"_s);
    live("POST", u"/recordings/live/{recordingName}/stop"_s, u"stop"_s);
    live("POST", u"/recordings/live/{recordingName}/pause"_s, u"pause"_s);
    live("DELETE", u"/recordings/live/{recordingName}/pause"_s, u"unpause"_s);
    live("POST", u"/recordings/live/{recordingName}/mute"_s, u"mute"_s);
    live("DELETE", u"/recordings/live/{recordingName}/mute"_s, u"unmute"_s);

    // sounds
    on("GET", u"/sounds"_s, [a, ok](const AriRequest &r) {
        const Json list = a->sounds(r.param(u"lang"), r.param(u"format"));
        return list.size() == 0 ? HttpResponse::message(404, u"No sounds found that matched the query"_s) : ok(list);
    });
    on("GET", u"/sounds/{soundId}"_s, [a, ok](const AriRequest &r) {
        const Json sound = a->sound(r.path(u"soundId"_s));
        return sound.isNull() ? HttpResponse::message(404, u"Sound not found"_s) : ok(sound);
    });
}

} // namespace AriSim

#include "sim/AriRoutes.h"

#include "sim/Router.h"
#include "sim/SimAsterisk.h"

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

void registerAriRoutes(Router &router, SimAsterisk &asterisk)
{
    for (const Operation &op : s_operations)
        router.add(QByteArray(op.method), QString::fromUtf16(op.path), QString::fromUtf16(op.nickname));

    SimAsterisk *a = &asterisk;
    const auto ok = [](const Json &body) { return HttpResponse::json(200, body); };

    // applications
    router.setHandler("GET", u"/applications"_s, [a, ok](const AriRequest &) { return ok(a->applicationsJson()); });
    router.setHandler("GET", u"/applications/{applicationName}"_s, [a, ok](const AriRequest &r) {
        const Json app = a->applicationJson(r.path(u"applicationName"_s));
        return app.isNull() ? HttpResponse::message(404, u"Application not found"_s) : ok(app);
    });

    // asterisk
    router.setHandler("GET", u"/asterisk/info"_s, [a, ok](const AriRequest &r) {
        return ok(a->info(r.paramList(u"only")));
    });
    router.setHandler("GET", u"/asterisk/ping"_s, [a, ok](const AriRequest &) { return ok(a->ping()); });
    router.setHandler("GET", u"/asterisk/modules"_s, [a, ok](const AriRequest &) { return ok(a->modules()); });
    router.setHandler("GET", u"/asterisk/modules/{moduleName}"_s, [a, ok](const AriRequest &r) {
        const Json module = a->module(r.path(u"moduleName"_s));
        return module.isNull() ? HttpResponse::message(404, u"Module could not be found in running modules"_s)
                               : ok(module);
    });
    router.setHandler("GET", u"/asterisk/variable"_s, [a, ok](const AriRequest &r) {
        const QString name = r.param(u"variable");
        if (name.isEmpty())
            return HttpResponse::message(400, u"Variable name is required"_s);
        return ok(Json::object({{u"value"_s, a->globalVar(name)}}));
    });
    router.setHandler("POST", u"/asterisk/variable"_s, [a](const AriRequest &r) {
        const QString name = r.param(u"variable");
        if (name.isEmpty())
            return HttpResponse::message(400, u"Variable name is required"_s);
        a->setGlobalVar(name, r.param(u"value"));
        return HttpResponse::noContent();
    });

    // containers
    router.setHandler("GET", u"/channels"_s, [a, ok](const AriRequest &) { return ok(a->channelsJson()); });
    router.setHandler("GET", u"/bridges"_s, [a, ok](const AriRequest &) { return ok(a->bridgesJson()); });
    router.setHandler("GET", u"/endpoints"_s, [a, ok](const AriRequest &) { return ok(a->endpointsJson()); });
    router.setHandler("GET", u"/deviceStates"_s, [a, ok](const AriRequest &) { return ok(a->deviceStatesJson()); });
    router.setHandler("GET", u"/mailboxes"_s, [a, ok](const AriRequest &) { return ok(a->mailboxesJson()); });
    router.setHandler("GET", u"/recordings/stored"_s,
                      [a, ok](const AriRequest &) { return ok(a->storedRecordingsJson()); });
    router.setHandler("GET", u"/recordings/stored/{recordingName}"_s, [a, ok](const AriRequest &r) {
        const Json rec = a->storedRecordingJson(r.path(u"recordingName"_s));
        return rec.isNull() ? HttpResponse::message(404, u"Recording not found"_s) : ok(rec);
    });
    router.setHandler("GET", u"/recordings/stored/{recordingName}/file"_s, [a](const AriRequest &r) {
        const SimAsterisk::StoredRecording *rec = a->storedRecording(r.path(u"recordingName"_s));
        if (!rec)
            return HttpResponse::message(404, u"Recording not found"_s);
        const QByteArray type = rec->format == u"wav" ? QByteArray("audio/wav") : QByteArray("audio/" + rec->format.toLatin1());
        return HttpResponse::raw(200, type, rec->bytes);
    });

    // events: SimServer answers GET /events itself (the WebSocket upgrade); this is never reached.
    router.setHandler("GET", u"/events"_s, [](const AriRequest &) {
        return HttpResponse::htmlError(426, u"Upgrade Required"_s, "Asterisk");
    });

    // sounds
    router.setHandler("GET", u"/sounds"_s, [a, ok](const AriRequest &r) {
        const Json list = a->sounds(r.param(u"lang"), r.param(u"format"));
        return list.size() == 0 ? HttpResponse::message(404, u"No sounds found that matched the query"_s) : ok(list);
    });
    router.setHandler("GET", u"/sounds/{soundId}"_s, [a, ok](const AriRequest &r) {
        const Json sound = a->sound(r.path(u"soundId"_s));
        return sound.isNull() ? HttpResponse::message(404, u"Sound not found"_s) : ok(sound);
    });
}

} // namespace AriSim

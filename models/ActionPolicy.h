#pragma once

#include "ari/Operations.h"
#include "models/LiveChannel.h"

#include <QString>

namespace Console {

//! What an operator can do to a channel.
enum class ChannelAction : quint8 {
    Answer,
    Hangup,
    ContinueInDialplan,
    Redirect,
    Move,
    Ring,
    RingStop,
    SendDtmf,
    Hold,
    Unhold,
    Mute,
    Unmute,
    StartMoh,
    StopMoh,
    StartSilence,
    StopSilence,
    Play,
    Record,
    Snoop,
    GetVariable,
    SetVariable,
    RtpStatistics,
    Dial,
    AddToBridge,
};

//! The answer to "may I?": allowed, or not with the reason in words.
struct Verdict
{
    bool allowed = true;
    QString reason;
    static Verdict yes() { return {}; }
    static Verdict no(const QString &why) { return {false, why}; }
};

//! Says which actions make sense for a channel now, and why not otherwise,
//! before anything is sent: Stasis-only operations on a dialplan channel,
//! operations the server's version lacks, and read-only profiles. The UI
//! greys actions out with exactly these reasons.
class ActionPolicy
{
public:
    //! `serverVersion` as /asterisk/info reports it ("22.5.0", "GIT-master-f0c1c1a7").
    void setServerVersion(const QString &version) { m_version = version; }
    //! A read-only profile refuses everything that changes Asterisk.
    void setReadOnly(bool readOnly, const QString &reason = {});
    //! A replayed capture refuses every action, with the reason "replay".
    bool isReadOnly() const { return m_readOnly; }

    Verdict channel(const LiveChannel &channel, ChannelAction action) const;
    //! For actions that concern no existing channel (originate, create a bridge, module reload...).
    Verdict general(Ari::OperationId operation) const;

    static Ari::OperationId operationFor(ChannelAction action);
    static bool needsStasis(ChannelAction action);
    static bool changesAsterisk(ChannelAction action);
    //! Whether a server of this version has the operation (by the spec's "since").
    static bool versionHas(const QString &version, const Ari::OperationSpec &op);

private:
    QString m_version;
    QString m_readOnlyReason;
    bool m_readOnly = false;
};

} // namespace Console

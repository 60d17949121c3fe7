#include "models/ActionPolicy.h"

#include <QCoreApplication>
#include <QVersionNumber>

#include <climits>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Console {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ActionPolicy", text);
}
} // namespace

void ActionPolicy::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    m_readOnlyReason = reason.isEmpty() ? tr("This profile is read-only") : reason;
}

Ari::OperationId ActionPolicy::operationFor(ChannelAction action)
{
    using O = Ari::OperationId;
    switch (action) {
    case ChannelAction::Answer: return O::ChannelsAnswer;
    case ChannelAction::Hangup: return O::ChannelsHangup;
    case ChannelAction::ContinueInDialplan: return O::ChannelsContinueInDialplan;
    case ChannelAction::Redirect: return O::ChannelsRedirect;
    case ChannelAction::Move: return O::ChannelsMove;
    case ChannelAction::Ring: return O::ChannelsRing;
    case ChannelAction::RingStop: return O::ChannelsRingStop;
    case ChannelAction::SendDtmf: return O::ChannelsSendDTMF;
    case ChannelAction::Hold: return O::ChannelsHold;
    case ChannelAction::Unhold: return O::ChannelsUnhold;
    case ChannelAction::Mute: return O::ChannelsMute;
    case ChannelAction::Unmute: return O::ChannelsUnmute;
    case ChannelAction::StartMoh: return O::ChannelsStartMoh;
    case ChannelAction::StopMoh: return O::ChannelsStopMoh;
    case ChannelAction::StartSilence: return O::ChannelsStartSilence;
    case ChannelAction::StopSilence: return O::ChannelsStopSilence;
    case ChannelAction::Play: return O::ChannelsPlay;
    case ChannelAction::Record: return O::ChannelsRecord;
    case ChannelAction::Snoop: return O::ChannelsSnoopChannel;
    case ChannelAction::GetVariable: return O::ChannelsGetChannelVar;
    case ChannelAction::SetVariable: return O::ChannelsSetChannelVar;
    case ChannelAction::RtpStatistics: return O::ChannelsRtpstatistics;
    case ChannelAction::Dial: return O::ChannelsDial;
    case ChannelAction::AddToBridge: return O::BridgesAddChannel;
    }
    return O::ChannelsGet;
}

bool ActionPolicy::needsStasis(ChannelAction action)
{
    // Hangup, snoop, reading variables and RTP statistics work on any channel.
    switch (action) {
    case ChannelAction::Hangup:
    case ChannelAction::Snoop:
    case ChannelAction::GetVariable:
    case ChannelAction::RtpStatistics:
        return false;
    default:
        return true;
    }
}

bool ActionPolicy::changesAsterisk(ChannelAction action)
{
    return action != ChannelAction::GetVariable && action != ChannelAction::RtpStatistics;
}

bool ActionPolicy::versionHas(const QString &version, const Ari::OperationSpec &op)
{
    const QVersionNumber have = QVersionNumber::fromString(version);
    if (have.isNull() || version.startsWith(u"GIT"))
        return true; // a development build has everything the spec has
    const QStringList since = QString::fromLatin1(op.since).split(u',', Qt::SkipEmptyParts);
    int lowestMajor = INT_MAX;
    int highestMajor = 0;
    for (const QString &s : since) {
        const QVersionNumber v = QVersionNumber::fromString(s);
        lowestMajor = std::min(lowestMajor, v.majorVersion());
        highestMajor = std::max(highestMajor, v.majorVersion());
        if (v.majorVersion() == have.majorVersion())
            return have >= v;
    }
    // A branch the list does not name: newer than all of them has it, older lacks it.
    return have.majorVersion() > highestMajor || (since.isEmpty() && lowestMajor == INT_MAX);
}

Verdict ActionPolicy::general(Ari::OperationId operation) const
{
    const Ari::OperationSpec &op = Ari::operation(operation);
    if (m_readOnly && std::strcmp(op.method, "GET") != 0)
        return Verdict::no(m_readOnlyReason);
    if (!m_version.isEmpty() && !versionHas(m_version, op))
        return Verdict::no(tr("Asterisk %1 does not have this operation (it arrived in %2)")
                               .arg(m_version, QString::fromLatin1(op.since).replace(u',', u", "_s)));
    return Verdict::yes();
}

Verdict ActionPolicy::channel(const LiveChannel &lc, ChannelAction action) const
{
    if (lc.isEnded())
        return Verdict::no(tr("The call has ended"));
    if (m_readOnly && changesAsterisk(action))
        return Verdict::no(m_readOnlyReason);
    const Verdict byVersion = general(operationFor(action));
    if (!byVersion.allowed)
        return byVersion;
    if (needsStasis(action) && !lc.inStasis()) {
        const QString where = lc.channel.dialplan.appName.isEmpty()
                                  ? tr("it is in the dialplan")
                                  : tr("it is in dialplan %1").arg(lc.channel.dialplan.appName);
        return Verdict::no(tr("Channel is not in a Stasis application (%1)").arg(where));
    }
    const QString &state = lc.channel.state;
    switch (action) {
    case ChannelAction::Answer:
        if (state == u"Up")
            return Verdict::no(tr("The channel is already answered"));
        if (state != u"Ring")
            return Verdict::no(tr("Only a ringing incoming channel can be answered (it is %1)").arg(state));
        break;
    case ChannelAction::Ring:
        if (state == u"Up")
            return Verdict::no(tr("The channel is already answered"));
        break;
    case ChannelAction::Hold:
        if (lc.onHold)
            return Verdict::no(tr("The channel is already on hold"));
        break;
    case ChannelAction::Unhold:
        // Not refused when no ChannelHold came: Asterisk sends none for a hold put on through ARI
        // (only with a hold intercept), so a call the console held itself would stay held.
        break;
    default:
        break;
    }
    return Verdict::yes();
}

} // namespace Console

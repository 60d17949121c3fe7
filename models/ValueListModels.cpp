#include "models/ValueListModels.h"

#include "models/ChannelModel.h"

using namespace Qt::StringLiterals;

namespace Console {

QVariant ApplicationTraits::display(const Value &v, int column)
{
    switch (column) {
    case 0:
        return v.name;
    case 1:
        return v.channelIds.join(u", ");
    case 2:
        return v.bridgeIds.join(u", ");
    case 3:
        return v.endpointIds.join(u", ");
    case 4:
        return v.deviceNames.join(u", ");
    }
    return {};
}

QVariant ApplicationTraits::sortValue(const Value &v, int column)
{
    switch (column) {
    case 1:
        return int(v.channelIds.size());
    case 2:
        return int(v.bridgeIds.size());
    case 3:
        return int(v.endpointIds.size());
    case 4:
        return int(v.deviceNames.size());
    default:
        return display(v, column);
    }
}

QVariant LiveRecordingTraits::display(const Value &v, int column)
{
    switch (column) {
    case 0:
        return v.name;
    case 1:
        return v.format;
    case 2:
        return v.targetUri;
    case 3:
        return v.state;
    case 4:
        return v.has(4) ? ChannelModel::formatDuration(v.duration * 1000) : QString();
    case 5:
        return v.has(5) ? ChannelModel::formatDuration(v.talkingDuration * 1000) : QString();
    case 6:
        return v.has(6) ? ChannelModel::formatDuration(v.silenceDuration * 1000) : QString();
    }
    return {};
}

QVariant LiveRecordingTraits::sortValue(const Value &v, int column)
{
    switch (column) {
    case 4:
        return v.duration;
    case 5:
        return v.talkingDuration;
    case 6:
        return v.silenceDuration;
    default:
        return display(v, column);
    }
}

QVariant PlaybackTraits::display(const Value &v, int column)
{
    switch (column) {
    case 0:
        return v.id;
    case 1:
        return v.mediaUri;
    case 2:
        return v.nextMediaUri;
    case 3:
        return v.targetUri;
    case 4:
        return v.language;
    case 5:
        return v.state;
    }
    return {};
}

QStringList SoundTraits::languages(const Value &v)
{
    QStringList out;
    for (const Ari::FormatLangPair &f : v.formats) {
        if (!out.contains(f.language))
            out.append(f.language);
    }
    return out;
}

QStringList SoundTraits::formats(const Value &v)
{
    QStringList out;
    for (const Ari::FormatLangPair &f : v.formats) {
        if (!out.contains(f.format))
            out.append(f.format);
    }
    return out;
}

QVariant SoundTraits::display(const Value &v, int column)
{
    switch (column) {
    case 0:
        return v.id;
    case 1:
        return v.text;
    case 2:
        return languages(v).join(u", ");
    case 3:
        return formats(v).join(u", ");
    }
    return {};
}

QVariant EndpointTraits::display(const Value &v, int column)
{
    switch (column) {
    case 0:
        return v.technology;
    case 1:
        return v.resource;
    case 2:
        return v.state;
    case 3:
        return QString::number(v.channelIds.size());
    }
    return {};
}

QVariant EndpointTraits::sortValue(const Value &v, int column)
{
    return column == 3 ? QVariant(int(v.channelIds.size())) : display(v, column);
}

QVariant MailboxTraits::display(const Value &v, int column)
{
    switch (column) {
    case 0:
        return v.name;
    case 1:
        return QString::number(v.newMessages);
    case 2:
        return QString::number(v.oldMessages);
    }
    return {};
}

QVariant MailboxTraits::sortValue(const Value &v, int column)
{
    return column == 1 ? QVariant(v.newMessages) : column == 2 ? QVariant(v.oldMessages) : display(v, column);
}

QVariant ModuleTraits::display(const Value &v, int column)
{
    switch (column) {
    case 0:
        return v.name;
    case 1:
        return v.description;
    case 2:
        return v.status;
    case 3:
        return v.supportLevel;
    case 4:
        return QString::number(v.useCount);
    }
    return {};
}

QVariant ModuleTraits::sortValue(const Value &v, int column)
{
    return column == 4 ? QVariant(v.useCount) : display(v, column);
}

} // namespace Console

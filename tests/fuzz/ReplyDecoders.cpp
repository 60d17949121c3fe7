#include "tests/fuzz/ReplyDecoders.h"

#include "ari/JsonRead.h"
#include "ari/Models.h"

#include <cstring>

namespace FuzzSupport {

namespace {

template<typename T>
std::optional<QJsonValue> decode(QByteArrayView json, QString *error, int *problems)
{
    Ari::ParseProblems found;
    std::optional<T> v = Ari::Json::parseValue<T>(json, error, &found);
    *problems = found.count;
    if (!v)
        return std::nullopt;
    return Ari::Json::write(*v);
}

#define ARI_DECODERS(T) {#T, &decode<Ari::T>}, {"List[" #T "]", &decode<QList<Ari::T>>}

// Every struct in ari/Models.h. fuzz_seeds checks that each
// responseClass of the operation table has a decoder here, so a new model the
// generator adds cannot be left out silently.
constexpr ReplyDecoder s_decoders[] = {
    ARI_DECODERS(Application),
    ARI_DECODERS(BuildInfo),
    ARI_DECODERS(SystemInfo),
    ARI_DECODERS(SetId),
    ARI_DECODERS(ConfigInfo),
    ARI_DECODERS(StatusInfo),
    ARI_DECODERS(AsteriskInfo),
    ARI_DECODERS(AsteriskPing),
    ARI_DECODERS(Module),
    ARI_DECODERS(LogChannel),
    ARI_DECODERS(Variable),
    ARI_DECODERS(Variables),
    ARI_DECODERS(ConfigTuple),
    ARI_DECODERS(Bridge),
    ARI_DECODERS(Dialed),
    ARI_DECODERS(DialplanCEP),
    ARI_DECODERS(CallerID),
    ARI_DECODERS(RTPstat),
    ARI_DECODERS(Channel),
    ARI_DECODERS(DeviceState),
    ARI_DECODERS(Endpoint),
    ARI_DECODERS(TextMessage),
    ARI_DECODERS(MissingParams),
    ARI_DECODERS(ContactInfo),
    ARI_DECODERS(Peer),
    ARI_DECODERS(AdditionalParam),
    ARI_DECODERS(RequiredDestination),
    ARI_DECODERS(ReferTo),
    ARI_DECODERS(ReferredBy),
    ARI_DECODERS(RESTHeader),
    ARI_DECODERS(RESTQueryStringParameter),
    ARI_DECODERS(RESTRequest),
    ARI_DECODERS(Mailbox),
    ARI_DECODERS(Playback),
    ARI_DECODERS(StoredRecording),
    ARI_DECODERS(LiveRecording),
    ARI_DECODERS(FormatLangPair),
    ARI_DECODERS(Sound),
};

#undef ARI_DECODERS

} // namespace

std::span<const ReplyDecoder> replyDecoders()
{
    return s_decoders;
}

int replyDecoderIndex(const char *responseClass)
{
    for (size_t i = 0; i < std::size(s_decoders); ++i) {
        if (std::strcmp(s_decoders[i].name, responseClass) == 0)
            return int(i);
    }
    return -1;
}

} // namespace FuzzSupport

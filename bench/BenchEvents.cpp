#include "bench/BenchEvents.h"

#include <QRandomGenerator>
#include <QString>

namespace Bench {

namespace {

QByteArray channelJson(int n, const char *state, int priority)
{
    const QByteArray id = "lab-1795885274." + QByteArray::number(n);
    const QByteArray num = QByteArray::number(1000 + n % 9000);
    return "{\"id\":\"" + id + "\",\"name\":\"Local/" + num + "@demo-" + QByteArray::number(n, 16).rightJustified(8, '0')
           + ";1\",\"state\":\"" + state + "\",\"protocol_id\":\"\",\"caller\":{\"name\":\"Agent " + num
           + "\",\"number\":\"" + num + "\"},\"connected\":{\"name\":\"\",\"number\":\"\"},\"accountcode\":\"\","
             "\"dialplan\":{\"context\":\"demo\",\"exten\":\""
           + num + "\",\"priority\":" + QByteArray::number(priority)
           + ",\"app_name\":\"Stasis\",\"app_data\":\"console\"},\"creationtime\":\"2026-11-28T17:32:00.001+0000\","
             "\"language\":\"en\"}";
}

QByteArray wrap(const QByteArray &type, const QByteArray &fields)
{
    return "{\"type\":\"" + type + "\",\"timestamp\":\"2026-11-28T17:32:01.123+0000\"," + fields
           + ",\"asterisk_id\":\"02:fc:00:00:00:01\",\"application\":\"console\"}";
}

} // namespace

QByteArrayList makeEventStream(int count, int channels, quint32 seed)
{
    QRandomGenerator rng(seed);
    static const char *states[] = {"Down", "Ring", "Ringing", "Up"};
    QByteArrayList out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int ch = int(rng.bounded(channels));
        const QByteArray chan = channelJson(ch, states[rng.bounded(4)], int(rng.bounded(1, 9)));
        switch (rng.bounded(6)) {
        case 0:
            out.append(wrap("ChannelStateChange", "\"channel\":" + chan));
            break;
        case 1:
            out.append(wrap("ChannelVarset", "\"variable\":\"BRIDGEPEER\",\"value\":\"Local/2000@demo-0000001a;2\","
                                             "\"channel\":" + chan));
            break;
        case 2:
            out.append(wrap("ChannelDialplan",
                            "\"dialplan_app\":\"Wait\",\"dialplan_app_data\":\"3600\",\"channel\":" + chan));
            break;
        case 3:
            out.append(wrap("Dial", "\"dialstatus\":\"ANSWER\",\"forward\":\"\",\"dialstring\":\"300@demo\","
                                    "\"peer\":" + chan));
            break;
        case 4:
            out.append(wrap("ChannelDtmfReceived", "\"digit\":\"5\",\"duration_ms\":120,\"channel\":" + chan));
            break;
        default:
            out.append(wrap("ChannelEnteredBridge",
                            "\"bridge\":{\"id\":\"ops-" + QByteArray::number(ch % 50)
                                + "\",\"technology\":\"simple_bridge\",\"bridge_type\":\"mixing\",\"bridge_class\":"
                                  "\"stasis\",\"creator\":\"Stasis\",\"name\":\"ops\",\"channels\":[\"lab-1.1\",\"lab-1.2\"],"
                                  "\"creationtime\":\"2026-11-28T17:32:00.001+0000\",\"video_mode\":\"none\"},"
                                  "\"channel\":" + chan));
            break;
        }
    }
    return out;
}

} // namespace Bench

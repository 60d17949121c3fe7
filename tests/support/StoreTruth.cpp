#include "tests/support/StoreTruth.h"

#include "models/Store.h"
#include "tests/support/TestSupport.h"

#include <QHash>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace TestSupport {

namespace {

QHash<QString, QJsonObject> byId(const QJsonArray &list)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue v : list)
        out.insert(v.toObject().value(u"id"_s).toString(), v.toObject());
    return out;
}

QJsonArray sortedMembers(const QJsonArray &arr)
{
    QStringList l;
    for (const QJsonValue v : arr)
        l.append(v.toString());
    l.sort();
    return QJsonArray::fromStringList(l);
}

} // namespace

StoreTally compareStore(const Console::Store &store, const QJsonArray &channels, const QJsonArray &bridges)
{
    StoreTally t;
    auto check = [&](const QHash<QString, QJsonObject> &truth, const QHash<QString, QJsonObject> &mine, bool bridge) {
        const QLatin1StringView what(bridge ? "bridge" : "channel");
        for (auto it = mine.begin(); it != mine.end(); ++it) {
            if (!truth.contains(it.key())) {
                ++t.stale;
                t.report.append(u"stale %1 %2"_s.arg(what, it.key()));
            }
        }
        for (auto it = truth.begin(); it != truth.end(); ++it) {
            if (!mine.contains(it.key())) {
                ++t.missing;
                t.report.append(u"missing %1 %2"_s.arg(what, it.key()));
                continue;
            }
            Diff diff;
            QJsonObject a = it.value();
            QJsonObject b = mine.value(it.key());
            if (bridge) { // member order is not meaningful
                a.insert(u"channels"_s, sortedMembers(a.value(u"channels"_s).toArray()));
                b.insert(u"channels"_s, sortedMembers(b.value(u"channels"_s).toArray()));
            }
            diffJson(a, b, what + u' ' + it.key(), diff);
            if (diff.lost || diff.added) {
                ++t.fields;
                t.report.append(diff.report);
            }
        }
    };
    QHash<QString, QJsonObject> mineChannels;
    for (const auto &lc : store.channels())
        mineChannels.insert(lc.channel.id, lc.channel.toJson());
    QHash<QString, QJsonObject> mineBridges;
    for (const auto &lb : store.bridges())
        mineBridges.insert(lb.bridge.id, lb.bridge.toJson());
    check(byId(channels), mineChannels, false);
    check(byId(bridges), mineBridges, true);
    return t;
}

} // namespace TestSupport

#include "tests/support/EventFactory.h"

#include "ari/EventParser.h"
#include "models/LiveChannel.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace TestSupport {

QJsonObject channelJson(const QString &id, const QString &state, const QString &appName, const QString &appData)
{
    return QJsonObject{
        {u"id"_s, id},
        {u"name"_s, u"Local/300@demo-%1;1"_s.arg(id)},
        {u"state"_s, state},
        {u"protocol_id"_s, u""_s},
        {u"caller"_s, QJsonObject{{u"name"_s, u"Op"_s}, {u"number"_s, u"1000"_s}}},
        {u"connected"_s, QJsonObject{{u"name"_s, u""_s}, {u"number"_s, u""_s}}},
        {u"accountcode"_s, u""_s},
        {u"dialplan"_s, QJsonObject{{u"context"_s, u"demo"_s},
                                    {u"exten"_s, u"300"_s},
                                    {u"priority"_s, 2},
                                    {u"app_name"_s, appName},
                                    {u"app_data"_s, appData}}},
        {u"creationtime"_s, u"2026-11-28T17:32:00.001+0000"_s},
        {u"language"_s, u"en"_s},
    };
}

QJsonObject bridgeJson(const QString &id, const QStringList &members)
{
    return QJsonObject{
        {u"id"_s, id},
        {u"technology"_s, u"simple_bridge"_s},
        {u"bridge_type"_s, u"mixing"_s},
        {u"bridge_class"_s, u"stasis"_s},
        {u"creator"_s, u"Stasis"_s},
        {u"name"_s, u""_s},
        {u"channels"_s, QJsonArray::fromStringList(members)},
        {u"creationtime"_s, u"2026-11-28T17:32:00.001+0000"_s},
        {u"video_mode"_s, u"talker"_s},
    };
}

QJsonObject eventJson(const QString &type, const QJsonObject &fields, qint64 atMs)
{
    QJsonObject o = fields;
    o.insert(u"type"_s, type);
    o.insert(u"application"_s, u"console"_s);
    o.insert(u"timestamp"_s, Console::formatAriTime(atMs ? atMs : QDateTime::currentMSecsSinceEpoch()));
    o.insert(u"asterisk_id"_s, u"02:fc:00:00:00:01"_s);
    return o;
}

Ari::Event parseEvent(const QJsonObject &json)
{
    Ari::EventParser parser;
    Ari::Event e;
    QString why;
    if (parser.parse(QJsonDocument(json).toJson(QJsonDocument::Compact), e, &why) != Ari::EventParser::Status::Ok)
        qWarning() << "test event did not parse:" << why;
    return e;
}

} // namespace TestSupport

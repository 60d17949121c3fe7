// The event parser: typed events, unknown types, and every kind of bad frame.

#include "ari/EventParser.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kStateChange = R"({"type":"ChannelStateChange","timestamp":"2026-11-28T17:32:01.123+0000",)"
                                R"("channel":{"id":"lab-1.4","name":"Local/300@demo-00000000;1","state":"Up",)"
                                R"("protocol_id":"","caller":{"name":"Op","number":"1000"},)"
                                R"("connected":{"name":"","number":""},"accountcode":"",)"
                                R"("dialplan":{"context":"demo","exten":"300","priority":2,"app_name":"Stasis",)"
                                R"("app_data":"console"},"creationtime":"2026-11-28T17:32:00.001+0000","language":"en",)"
                                R"("future_field":[1,2]},"asterisk_id":"02:fc:00:00:00:01","application":"console"})";

} // namespace

class TestEventParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedEvent()
    {
        Ari::EventParser parser;
        Ari::Event ev;
        QCOMPARE(parser.parse(kStateChange, ev), Ari::EventParser::Status::Ok);
        QCOMPARE(ev.type, Ari::EventType::ChannelStateChange);
        QCOMPARE(ev.application, u"console"_s);
        QCOMPARE(ev.asteriskId, u"02:fc:00:00:00:01"_s);
        const auto *p = ev.as<Ari::ChannelStateChangeEvent>();
        QVERIFY(p);
        QCOMPARE(p->channel.id, u"lab-1.4"_s);
        QCOMPARE(p->channel.name, u"Local/300@demo-00000000;1"_s);
        QCOMPARE(p->channel.dialplan.priority, 2);
        QCOMPARE(p->channel.caller.number, u"1000"_s);
        QCOMPARE(ev.raw, kStateChange);
        // A field this version does not know is kept and written back.
        QCOMPARE(p->channel.extra.value(u"future_field"_s).toArray().size(), 2);
        QCOMPARE(ev.toJson(), QJsonDocument::fromJson(kStateChange).object());
    }

    void internedTextsNeverConfused()
    {
        // The intern cache knows a text by its length and four words (the
        // first and last eight bytes, the bytes between): texts of every
        // length up to past its limit, each also with one byte changed at
        // every position, come back as themselves, first seen and seen again.
        Ari::EventParser parser;
        const QByteArray base = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEF";
        QList<QByteArray> texts;
        for (int length = 1; length <= 34; ++length) {
            texts.append(base.left(length));
            for (int at = 0; at < length; ++at) {
                QByteArray t = base.left(length);
                t[at] = '#';
                texts.append(t);
            }
        }
        for (int round = 0; round < 2; ++round) {
            for (const QByteArray &t : texts) {
                QByteArray frame = kStateChange;
                frame.replace("\"id\":\"lab-1.4\"", QByteArray("\"id\":\"" + t + "\""));
                frame.replace("\"number\":\"1000\"", QByteArray("\"number\":\"" + t.right(t.size() / 2 + 1) + "\""));
                Ari::Event ev;
                QCOMPARE(parser.parse(frame, ev), Ari::EventParser::Status::Ok);
                const auto *p = ev.as<Ari::ChannelStateChangeEvent>();
                QVERIFY(p);
                QCOMPARE(p->channel.id, QString::fromLatin1(t));
                QCOMPARE(p->channel.caller.number, QString::fromLatin1(t.right(t.size() / 2 + 1)));
            }
        }
    }

    void unknownTypeKeepsEverything()
    {
        Ari::EventParser parser;
        Ari::Event ev;
        const QByteArray frame = R"({"type":"FancyNewThing","application":"console","timestamp":"t","x":{"y":1}})";
        QCOMPARE(parser.parse(frame, ev), Ari::EventParser::Status::Ok);
        QCOMPARE(ev.type, Ari::EventType::Unknown);
        QCOMPARE(ev.typeName, u"FancyNewThing"_s);
        QCOMPARE(ev.toJson(), QJsonDocument::fromJson(frame).object());
    }

    void badFrames_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<int>("status");
        const int malformed = int(Ari::EventParser::Status::Malformed);
        const int incomplete = int(Ari::EventParser::Status::Incomplete);
        QTest::newRow("not JSON") << QByteArray("hello {") << malformed;
        QTest::newRow("empty") << QByteArray() << malformed;
        QTest::newRow("array") << QByteArray("[1,2]") << malformed;
        QTest::newRow("no type") << QByteArray(R"({"application":"console"})") << malformed;
        QTest::newRow("type not a string") << QByteArray(R"({"type":5})") << malformed;
        QTest::newRow("invalid UTF-8") << QByteArray("{\"type\":\"StasisStart\",\"x\":\"\xff\xfe\"}") << malformed;
        QByteArray deep(100000, '[');
        QTest::newRow("deeply nested") << deep << malformed;
        QTest::newRow("missing channel")
            << QByteArray(R"({"type":"ChannelStateChange","application":"a","timestamp":"t"})") << incomplete;
        QTest::newRow("channel of the wrong type")
            << QByteArray(R"({"type":"ChannelStateChange","application":"a","timestamp":"t","channel":"oops"})")
            << incomplete;
        QTest::newRow("digit of the wrong type")
            << QByteArray(R"({"type":"ChannelDtmfReceived","application":"a","timestamp":"t","digit":5,)"
                          R"("duration_ms":100,"channel":{"id":"c","name":"n","state":"Up","protocol_id":"",)"
                          R"("caller":{"name":"","number":""},"connected":{"name":"","number":""},"accountcode":"",)"
                          R"("dialplan":{"context":"","exten":"","priority":1,"app_name":"","app_data":""},)"
                          R"("creationtime":"t","language":"en"}})")
            << incomplete;
    }

    void badFrames()
    {
        QFETCH(QByteArray, frame);
        QFETCH(int, status);
        Ari::EventParser parser;
        Ari::Event ev;
        QString why;
        QCOMPARE(int(parser.parse(frame, ev, &why)), status);
        QVERIFY(!why.isEmpty());
        QCOMPARE(ev.raw, frame); // nothing is lost
        // An incomplete event never reaches consumers as a half-filled typed value.
        QCOMPARE(ev.type, Ari::EventType::Unknown);
        // And the parser still works afterwards.
        QCOMPARE(parser.parse(kStateChange, ev), Ari::EventParser::Status::Ok);
    }
};

QTEST_GUILESS_MAIN(TestEventParser)
#include "tst_eventparser.moc"

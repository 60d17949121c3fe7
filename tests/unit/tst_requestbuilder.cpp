// Request building for every operation of the table: paths with awkward ids,
// query encoding, multi-valued parameters, bodies, and missing parameters.

#include "ari/RequestArgs.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QUrl base(u"http://127.0.0.1:8088"_s);

// An encoder written independently of the one under test: every byte that is
// not an RFC 3986 unreserved character becomes %XX.
QByteArray encode(const QString &s)
{
    QByteArray out;
    for (const char c : s.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '.'
            || u == '_' || u == '~')
            out += c;
        else
            out += '%' + QByteArray::number(u, 16).toUpper().rightJustified(2, '0');
    }
    return out;
}

const QString kPathValues[] = {u"Local/300@demo-00000000;1"_s, u"my rec?#%/x"_s, u"third:seg"_s};
const QString kQueryValue = u"a b/c;d@e&f=g+h"_s;

} // namespace

class TestRequestBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyOperation_data()
    {
        QTest::addColumn<int>("op");
        for (const Ari::OperationSpec &op : Ari::operations()) {
            const QByteArray name = QByteArray(op.method) + ' ' + op.path;
            QTest::newRow(name.constData()) << int(op.id);
        }
    }

    void everyOperation()
    {
        QFETCH(int, op);
        const Ari::OperationSpec &spec = Ari::operation(Ari::OperationId(op));
        Ari::RequestArgs args;
        QByteArray expectedPath = "/ari";
        QByteArrayList expectedQuery;
        QJsonObject expectedBody;
        int pathIndex = 0;
        // The path template, filled in by the test itself.
        for (const QString &seg : QString::fromLatin1(spec.path).split(u'/', Qt::SkipEmptyParts)) {
            expectedPath += '/';
            if (seg.startsWith(u'{')) {
                const QString value = kPathValues[pathIndex++];
                expectedPath += encode(value);
            } else {
                expectedPath += seg.toLatin1();
            }
        }
        pathIndex = 0;
        for (const Ari::ParamSpec &p : spec.params) {
            const QByteArray name(p.name);
            if (p.in == Ari::ParamIn::Path) {
                // Path parameters are named in template order.
                const qsizetype at = QByteArray(spec.path).indexOf(QByteArray('{' + name + '}'));
                QVERIFY(at >= 0);
                int index = 0;
                for (qsizetype i = 0; i < at; ++i)
                    index += spec.path[i] == '{';
                args.set(p.name, kPathValues[index]);
            } else if (p.in == Ari::ParamIn::Query) {
                if (p.multiple) {
                    args.set(p.name, QStringList{u"x:1"_s, u"y/2"_s});
                    expectedQuery.append(name + "=x%3A1,y%2F2");
                } else if (p.type == Ari::ParamType::String) {
                    args.set(p.name, kQueryValue);
                    expectedQuery.append(name + '=' + encode(kQueryValue));
                } else if (p.type == Ari::ParamType::Boolean) {
                    args.set(p.name, true);
                    expectedQuery.append(name + "=true");
                } else {
                    args.set(p.name, qint64(42));
                    expectedQuery.append(name + "=42");
                }
            } else {
                const QJsonObject vars{{u"MY VAR"_s, u"h\u00e9llo"_s}};
                args.set(p.name, vars);
                if (p.type == Ari::ParamType::Object)
                    expectedBody = vars;
                else
                    expectedBody.insert(QString::fromLatin1(name), vars);
            }
        }
        const Ari::BuiltRequest req = Ari::buildRequest(spec, args, base);
        QVERIFY2(req.error.isEmpty(), qPrintable(req.error));
        QCOMPARE(req.method, QByteArray(spec.method));
        QCOMPARE(req.url.scheme(), u"http"_s);
        QCOMPARE(req.url.port(), 8088);
        QCOMPARE(req.url.path(QUrl::FullyEncoded).toLatin1(), expectedPath);
        QCOMPARE(req.url.query(QUrl::FullyEncoded).toLatin1(), expectedQuery.join('&'));
        // What goes on the wire: QNetworkAccessManager sends toEncoded().
        const QByteArray wire = expectedPath + (expectedQuery.isEmpty() ? QByteArray() : QByteArray('?' + expectedQuery.join('&')));
        QVERIFY(req.url.toEncoded().endsWith(wire));
        if (expectedBody.isEmpty())
            QVERIFY(req.body.isEmpty());
        else
            QCOMPARE(QJsonDocument::fromJson(req.body).object(), expectedBody);

        // Leaving out any required parameter is refused before anything is sent.
        for (const Ari::ParamSpec &p : spec.params) {
            if (!p.required)
                continue;
            Ari::RequestArgs partial;
            for (const auto &[key, v] : args.values()) {
                const char *n = key; // a lambda cannot capture a structured binding before clang 16
                if (std::strcmp(n, p.name) != 0)
                    std::visit([&](const auto &x) { partial.set(n, x); }, v);
            }
            const Ari::BuiltRequest bad = Ari::buildRequest(spec, partial, base);
            QVERIFY2(bad.error.contains(QLatin1StringView(p.name)), p.name);
        }
    }

    void knownRequests_data()
    {
        QTest::addColumn<int>("op");
        QTest::addColumn<QVariantMap>("args");
        QTest::addColumn<QByteArray>("url");
        QTest::addColumn<QByteArray>("body");

        QTest::newRow("hangup a Local half")
            << int(Ari::OperationId::ChannelsHangup)
            << QVariantMap{{u"channelId"_s, u"Local/300@demo-00000000;1"_s}, {u"reason"_s, u"normal"_s}}
            << QByteArray("http://127.0.0.1:8088/ari/channels/Local%2F300%40demo-00000000%3B1?reason=normal")
            << QByteArray();
        QTest::newRow("originate with variables")
            << int(Ari::OperationId::ChannelsOriginate)
            << QVariantMap{{u"endpoint"_s, u"Local/300@demo"_s},
                           {u"app"_s, u"console"_s},
                           {u"appArgs"_s, u"a,b"_s},
                           {u"callerId"_s, u"Op <1000>"_s},
                           {u"variables"_s, QVariantMap{{u"MYVAR"_s, u"hello"_s}}}}
            << QByteArray("http://127.0.0.1:8088/ari/channels?endpoint=Local%2F300%40demo&app=console&appArgs=a%2Cb"
                          "&callerId=Op%20%3C1000%3E")
            << QByteArray(R"({"variables":{"MYVAR":"hello"}})");
        QTest::newRow("device state with a slash")
            << int(Ari::OperationId::DeviceStatesUpdate)
            << QVariantMap{{u"deviceName"_s, u"Stasis:op1"_s}, {u"deviceState"_s, u"INUSE"_s}}
            << QByteArray("http://127.0.0.1:8088/ari/deviceStates/Stasis%3Aop1?deviceState=INUSE") << QByteArray();
        QTest::newRow("sound in a subdirectory")
            << int(Ari::OperationId::SoundsGet) << QVariantMap{{u"soundId"_s, u"digits/1"_s}}
            << QByteArray("http://127.0.0.1:8088/ari/sounds/digits%2F1") << QByteArray();
        QTest::newRow("play a media list")
            << int(Ari::OperationId::ChannelsPlay)
            << QVariantMap{{u"channelId"_s, u"lab-1795885274.4"_s},
                           {u"media"_s, QStringList{u"sound:hello-world"_s, u"digits:123"_s}}}
            << QByteArray("http://127.0.0.1:8088/ari/channels/lab-1795885274.4/play"
                          "?media=sound%3Ahello-world,digits%3A123")
            << QByteArray();
        QTest::newRow("event filter body is the object itself")
            << int(Ari::OperationId::ApplicationsFilter)
            << QVariantMap{{u"applicationName"_s, u"console"_s},
                           {u"filter"_s, QVariantMap{{u"allowed"_s, QVariantList{QVariantMap{{u"type"_s, u"StasisStart"_s}}}}}}}
            << QByteArray("http://127.0.0.1:8088/ari/applications/console/eventFilter")
            << QByteArray(R"({"allowed":[{"type":"StasisStart"}]})");
        QTest::newRow("user event with two sources")
            << int(Ari::OperationId::EventsUserEvent)
            << QVariantMap{{u"eventName"_s, u"Shift change"_s},
                           {u"application"_s, u"console"_s},
                           {u"source"_s, QStringList{u"channel:lab-1.1"_s, u"bridge:b1"_s}},
                           {u"variables"_s, QVariantMap{{u"who"_s, u"Ann"_s}}}}
            << QByteArray("http://127.0.0.1:8088/ari/events/user/Shift%20change?application=console"
                          "&source=channel%3Alab-1.1,bridge%3Ab1")
            << QByteArray(R"({"variables":{"who":"Ann"}})");
        QTest::newRow("hangup with a reason code")
            << int(Ari::OperationId::ChannelsHangup)
            << QVariantMap{{u"channelId"_s, u"c1"_s}, {u"reason_code"_s, u"21"_s}}
            << QByteArray("http://127.0.0.1:8088/ari/channels/c1?reason_code=21") << QByteArray();
    }

    void knownRequests()
    {
        QFETCH(int, op);
        QFETCH(QVariantMap, args);
        QFETCH(QByteArray, url);
        QFETCH(QByteArray, body);
        Ari::RequestArgs a;
        const Ari::OperationSpec &spec = Ari::operation(Ari::OperationId(op));
        static QList<QByteArray> names; // the table wants stable C strings
        for (auto it = args.begin(); it != args.end(); ++it) {
            names.append(it.key().toLatin1());
            const char *n = names.last().constData();
            const QVariant &v = it.value();
            if (v.typeId() == QMetaType::QVariantMap)
                a.set(n, QJsonObject::fromVariantMap(v.toMap()));
            else if (v.typeId() == QMetaType::QStringList)
                a.set(n, v.toStringList());
            else if (v.typeId() == QMetaType::Int)
                a.set(n, qint64(v.toInt()));
            else
                a.set(n, v.toString());
        }
        const Ari::BuiltRequest req = Ari::buildRequest(spec, a, base);
        QVERIFY2(req.error.isEmpty(), qPrintable(req.error));
        QCOMPARE(req.url.toEncoded(), url);
        QCOMPARE(req.body, body);
    }

    void baseUrlForms_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QByteArray>("url");
        QTest::newRow("root") << u"http://pbx:8088"_s << QByteArray("http://pbx:8088/ari/asterisk/ping");
        QTest::newRow("trailing slash") << u"http://pbx:8088/"_s << QByteArray("http://pbx:8088/ari/asterisk/ping");
        QTest::newRow("with /ari") << u"https://pbx:8089/ari"_s << QByteArray("https://pbx:8089/ari/asterisk/ping");
        QTest::newRow("behind a prefix") << u"https://gw/pbx1/"_s << QByteArray("https://gw/pbx1/ari/asterisk/ping");
    }

    void baseUrlForms()
    {
        QFETCH(QString, base);
        QFETCH(QByteArray, url);
        const auto req = Ari::buildRequest(Ari::operation(Ari::OperationId::AsteriskPing), {}, QUrl(base));
        QCOMPARE(req.url.toEncoded(), url);
    }

    void apiKeyOnlyWhenAsked()
    {
        const auto &op = Ari::operation(Ari::OperationId::AsteriskPing);
        QVERIFY(!Ari::buildRequest(op, {}, base).url.toEncoded().contains("api_key"));
        QCOMPARE(Ari::buildRequest(op, {}, base, u"asterisk:s3cr%t"_s).url.toEncoded(),
                 QByteArray("http://127.0.0.1:8088/ari/asterisk/ping?api_key=asterisk:s3cr%25t"));
    }

    void wrongArgumentsAreRefused()
    {
        const auto &op = Ari::operation(Ari::OperationId::ChannelsAnswer);
        Ari::RequestArgs unknown;
        unknown.set("channelId", u"c1"_s);
        unknown.set("nonsense", u"x"_s);
        QVERIFY(Ari::buildRequest(op, unknown, base).error.contains(u"nonsense"_s));
        Ari::RequestArgs wrongType;
        wrongType.set("channelId", qint64(5));
        QVERIFY(!Ari::buildRequest(op, wrongType, base).error.isEmpty());
        Ari::RequestArgs empty;
        empty.set("channelId", u""_s);
        QVERIFY(Ari::buildRequest(op, empty, base).error.contains(u"channelId"_s));
    }
};

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"

// The client's operation and event tables against Asterisk's own ARI spec.

#include "ari/EventTypes.h"
#include "ari/Operations.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestContract : public QObject
{
    Q_OBJECT

private:
    static QJsonObject load(const QString &name)
    {
        QFile f(TestSupport::sharedDir() + u"/ari-api-docs/"_s + name);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

private Q_SLOTS:
    void operationsMatchSpec()
    {
        REQUIRE_SHARED("ari-api-docs");
        const QJsonObject resources = load(u"resources.json"_s);
        int total = 0;
        int matching = 0;
        QStringList failures;
        QSet<int> seen;
        for (const QJsonValue apiRef : resources.value(u"apis"_s).toArray()) {
            // "/api-docs/channels.{format}" -> channels.json
            QString file = apiRef.toObject().value(u"path"_s).toString().section(u'/', -1);
            file.replace(u".{format}"_s, u".json"_s);
            const QString resource = file.section(u'.', 0, 0);
            for (const QJsonValue api : load(file).value(u"apis"_s).toArray()) {
                const QString path = api.toObject().value(u"path"_s).toString();
                for (const QJsonValue opv : api.toObject().value(u"operations"_s).toArray()) {
                    const QJsonObject op = opv.toObject();
                    ++total;
                    const QString method = op.value(u"httpMethod"_s).toString();
                    const Ari::OperationSpec *row = nullptr;
                    for (const Ari::OperationSpec &o : Ari::operations()) {
                        if (QLatin1StringView(o.method) == method && QLatin1StringView(o.path) == path)
                            row = &o;
                    }
                    const QString name = method + u' ' + path;
                    if (!row) {
                        failures.append(name + u": not in the table"_s);
                        continue;
                    }
                    seen.insert(int(row->id));
                    QStringList problems;
                    if (QLatin1StringView(row->resource) != resource)
                        problems.append(u"resource"_s);
                    if (QLatin1StringView(row->nickname) != op.value(u"nickname"_s).toString())
                        problems.append(u"nickname"_s);
                    const QJsonArray params = op.value(u"parameters"_s).toArray();
                    if (qsizetype(row->params.size()) != params.size())
                        problems.append(u"parameter count"_s);
                    for (const QJsonValue pv : params) {
                        const QJsonObject p = pv.toObject();
                        const QByteArray pname = p.value(u"name"_s).toString().toLatin1();
                        const Ari::ParamSpec *mine = row->param(pname.constData());
                        if (!mine) {
                            problems.append(u"missing parameter "_s + QString::fromLatin1(pname));
                            continue;
                        }
                        if (mine->required != p.value(u"required"_s).toBool())
                            problems.append(u"required flag of "_s + QString::fromLatin1(pname));
                        if (mine->multiple != p.value(u"allowMultiple"_s).toBool())
                            problems.append(u"allowMultiple of "_s + QString::fromLatin1(pname));
                        const QString in = p.value(u"paramType"_s).toString();
                        const bool inOk = (in == u"path" && mine->in == Ari::ParamIn::Path)
                                          || (in == u"query" && mine->in == Ari::ParamIn::Query)
                                          || (in == u"body" && mine->in == Ari::ParamIn::Body);
                        if (!inOk)
                            problems.append(u"paramType of "_s + QString::fromLatin1(pname));
                    }
                    for (const QJsonValue ev : op.value(u"errorResponses"_s).toArray()) {
                        const int code = ev.toObject().value(u"code"_s).toVariant().toInt();
                        if (!row->errorMeaning(code))
                            problems.append(u"error status %1"_s.arg(code));
                    }
                    if (problems.isEmpty())
                        ++matching;
                    else
                        failures.append(name + u": "_s + problems.join(u", "_s));
                }
            }
        }
        for (const QString &f : failures)
            qWarning().noquote() << f;
        std::printf("ARI contract: %d/%d operations match\n", matching, total);
        QCOMPARE(total, Ari::operationCount);
        QCOMPARE(seen.size(), Ari::operationCount);
        QCOMPARE(matching, total);
    }

    void eventTypesMatchSpec()
    {
        REQUIRE_SHARED("ari-api-docs");
        const QJsonObject models = load(u"events.json"_s).value(u"models"_s).toObject();
        const QJsonArray subTypes = models.value(u"Event"_s).toObject().value(u"subTypes"_s).toArray();
        QVERIFY(!subTypes.isEmpty());
        for (const QJsonValue t : subTypes) {
            const QByteArray name = t.toString().toLatin1();
            const Ari::EventType type = Ari::eventTypeFromName(std::string_view(name.constData(), size_t(name.size())));
            QVERIFY2(type != Ari::EventType::Unknown, name.constData());
            QCOMPARE(Ari::eventTypeName(type), QLatin1StringView(name));
        }
        std::printf("ARI contract: %d/%d event types known\n", int(subTypes.size()), Ari::eventTypeCount - 1);
        QCOMPARE(int(subTypes.size()), Ari::eventTypeCount - 1);
    }
};

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"

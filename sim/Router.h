#pragma once

#include "sim/AriRequest.h"
#include "sim/HttpResponse.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>

namespace AriSim {

// The ARI route table: method + path template ("/channels/{channelId}/play/{playbackId}") to a
// handler. Matching walks a segment tree like Asterisk's: a literal segment wins over a parameter
// and there is no backtracking, so POST /channels/create never reaches /channels/{channelId}.
// Routes registered without a handler answer 501.
class Router
{
public:
    using Handler = std::function<HttpResponse(const AriRequest &)>;

    struct Route
    {
        QByteArray method;
        QString pathTemplate;
        QString nickname;
        Handler handler;
    };

    struct Match
    {
        enum class Result { Found, NotFound, MethodNotAllowed };
        Result result = Result::NotFound;
        const Route *route = nullptr;
        QHash<QString, QString> params;
        QByteArray allow; // for 405: "OPTIONS,GET,POST"
    };

    Router();
    ~Router();

    // Adds a route, or replaces the handler of one already there.
    void add(const QByteArray &method, const QString &pathTemplate, const QString &nickname, Handler handler = {});
    void setHandler(const QByteArray &method, const QString &pathTemplate, Handler handler);

    // segments: the decoded path below /ari.
    Match match(const QByteArray &method, const QStringList &segments) const;
    // Asterisk's Allow list for a path (empty when the path is unknown).
    QByteArray allowFor(const QStringList &segments) const;

    int routeCount() const { return m_count; }
    QStringList unimplemented() const; // "GET /path" of routes without a handler, in registration order

private:
    struct Node
    {
        std::map<QString, std::unique_ptr<Node>> literals;
        std::unique_ptr<Node> wildcard;
        QString paramName;
        std::map<QByteArray, Route> methods;
    };
    Node *nodeFor(const QString &pathTemplate);
    const Node *find(const QStringList &segments, QHash<QString, QString> *params) const;
    static QByteArray allowOf(const Node &node);

    std::unique_ptr<Node> m_root;
    QList<std::pair<QByteArray, QString>> m_order;
    int m_count = 0;
};

} // namespace AriSim

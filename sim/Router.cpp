#include "sim/Router.h"

using namespace Qt::StringLiterals;

namespace AriSim {

Router::Router()
    : m_root(std::make_unique<Node>())
{
}

Router::~Router() = default;

Router::Node *Router::nodeFor(const QString &pathTemplate)
{
    Node *node = m_root.get();
    for (const QString &segment : pathTemplate.split(u'/', Qt::SkipEmptyParts)) {
        if (segment.startsWith(u'{') && segment.endsWith(u'}')) {
            if (!node->wildcard) {
                node->wildcard = std::make_unique<Node>();
                node->wildcard->paramName = segment.mid(1, segment.size() - 2);
            }
            node = node->wildcard.get();
        } else {
            std::unique_ptr<Node> &child = node->literals[segment];
            if (!child)
                child = std::make_unique<Node>();
            node = child.get();
        }
    }
    return node;
}

void Router::add(const QByteArray &method, const QString &pathTemplate, const QString &nickname, Handler handler)
{
    Node *node = nodeFor(pathTemplate);
    auto it = node->methods.find(method);
    if (it != node->methods.end()) {
        if (handler)
            it->second.handler = std::move(handler);
        return;
    }
    node->methods.emplace(method, Route{method, pathTemplate, nickname, std::move(handler)});
    m_order.append({method, pathTemplate});
    ++m_count;
}

void Router::setHandler(const QByteArray &method, const QString &pathTemplate, Handler handler)
{
    Node *node = nodeFor(pathTemplate);
    auto it = node->methods.find(method);
    if (it != node->methods.end())
        it->second.handler = std::move(handler);
    else
        add(method, pathTemplate, QString(), std::move(handler));
}

const Router::Node *Router::find(const QStringList &segments, QHash<QString, QString> *params) const
{
    const Node *node = m_root.get();
    for (const QString &segment : segments) {
        auto it = node->literals.find(segment);
        if (it != node->literals.end()) {
            node = it->second.get();
        } else if (node->wildcard) {
            node = node->wildcard.get();
            if (params)
                params->insert(node->paramName, segment);
        } else {
            return nullptr;
        }
    }
    return node;
}

QByteArray Router::allowOf(const Node &node)
{
    // Asterisk lists OPTIONS, then the methods in its own enum order.
    QByteArray allow = "OPTIONS";
    for (const char *m : {"GET", "POST", "PUT", "DELETE"}) {
        if (node.methods.count(QByteArray(m)))
            allow += QByteArray(",") + m;
    }
    return allow;
}

Router::Match Router::match(const QByteArray &method, const QStringList &segments) const
{
    Match match;
    const Node *node = find(segments, &match.params);
    if (!node)
        return match;
    auto it = node->methods.find(method);
    if (it == node->methods.end()) {
        match.result = Match::Result::MethodNotAllowed;
        match.allow = allowOf(*node);
        return match;
    }
    match.result = Match::Result::Found;
    match.route = &it->second;
    return match;
}

QByteArray Router::allowFor(const QStringList &segments) const
{
    const Node *node = find(segments, nullptr);
    return node ? allowOf(*node) : QByteArray();
}

QStringList Router::unimplemented() const
{
    QStringList out;
    for (const auto &[method, pathTemplate] : m_order) {
        const Node *node = find(pathTemplate.split(u'/', Qt::SkipEmptyParts), nullptr);
        if (!node)
            continue;
        auto it = node->methods.find(method);
        if (it != node->methods.end() && !it->second.handler)
            out.append(QString::fromLatin1(method) + u' ' + pathTemplate);
    }
    return out;
}

} // namespace AriSim

#pragma once

#include "ari/Operations.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <variant>

namespace Ari {

//! The arguments of one call, by the parameter names of the spec.
class RequestArgs
{
public:
    using Value = std::variant<QString, qint64, bool, QStringList, QJsonObject>;

    void set(const char *name, const QString &v) { m_values.append({name, v}); }
    void set(const char *name, qint64 v) { m_values.append({name, v}); }
    void set(const char *name, int v) { m_values.append({name, qint64(v)}); }
    void set(const char *name, bool v) { m_values.append({name, v}); }
    void set(const char *name, const QStringList &v) { m_values.append({name, v}); }
    void set(const char *name, const QJsonObject &v) { m_values.append({name, v}); }
    template<typename T>
    void set(const char *name, const std::optional<T> &v)
    {
        if (v)
            set(name, *v);
    }

    const Value *get(const char *name) const;
    const QList<std::pair<const char *, Value>> &values() const { return m_values; }

private:
    QList<std::pair<const char *, Value>> m_values;
};

//! A request built from the operation table: what goes on the wire.
struct BuiltRequest
{
    QByteArray method;
    QUrl url;
    //! The JSON body, or empty when there is none.
    QByteArray body;
    //! Why the request could not be built; empty when it could.
    QString error;
};

//! Percent-encodes one path segment: ids such as "Local/300@demo-00000000;1"
//! contain '/', '@' and ';'.
QByteArray encodePathSegment(const QString &segment);

//! The root of ARI under a base URL: "http://host:8088" -> path "/ari".
QUrl ariRoot(const QUrl &baseUrl);

//! Builds the request for `op` from `args`, driven by the operation table.
//! `apiKey` is added to the query only when non-empty (the opt-in mode).
BuiltRequest buildRequest(const OperationSpec &op, const RequestArgs &args, const QUrl &baseUrl,
                          const QString &apiKey = QString());

} // namespace Ari

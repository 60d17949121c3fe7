#pragma once

#include "sim/HttpRequest.h"
#include "sim/Json.h"

#include <QHash>
#include <QString>

namespace AriSim {

// What an ARI operation handler sees: the HTTP request, the decoded path parameters and the JSON
// body. ARI reads every query parameter from a JSON body object too, and a body value wins over
// the query (trace 12, "parameters in the body"); param() and has() follow that rule.
struct AriRequest
{
    const HttpRequest *http = nullptr;
    QHash<QString, QString> pathParams;
    Json body; // null when there was no JSON body

    QString path(const QString &name) const { return pathParams.value(name); }
    bool has(QStringView name) const;
    QString param(QStringView name, const QString &fallback = {}) const;
    QStringList paramList(QStringView name) const; // comma separated, or a JSON array
    Json bodyValue(QStringView name) const { return body.isObject() ? body.value(name) : Json(); }
};

} // namespace AriSim

#pragma once

#include "ari/Event.h"

#include <QJsonArray>
#include <QJsonObject>

namespace TestSupport {

//! ARI-shaped JSON for tests, field for field like the traces.
QJsonObject channelJson(const QString &id, const QString &state = QStringLiteral("Up"),
                        const QString &appName = QStringLiteral("Stasis"), const QString &appData = QStringLiteral("console"));
QJsonObject bridgeJson(const QString &id, const QStringList &members = {});
//! An event of `type` with the common fields; `fields` are merged in.
QJsonObject eventJson(const QString &type, const QJsonObject &fields, qint64 atMs = 0);
//! Parses JSON into an event exactly as the connection would (raw bytes kept).
Ari::Event parseEvent(const QJsonObject &json);

} // namespace TestSupport

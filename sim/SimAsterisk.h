#pragma once

#include "sim/Json.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <map>

namespace AriSim {

class SimClock;

// The simulated Asterisk's state, apart from any transport: identity (entity id, startup time),
// global variables, registered applications and the entity containers. Handlers in AriRoutes read
// and change it; SimServer owns it and resets it on a simulated restart. Builds the JSON shapes
// exactly as the traces show them (field order included).
class SimAsterisk : public QObject
{
    Q_OBJECT
public:
    struct Application
    {
        QString name;
        bool subscribeAll = false;
        QStringList channelIds;
        QStringList bridgeIds;
        QStringList endpointIds;
        QStringList deviceNames;
        Json eventsAllowed = Json::array();
        Json eventsDisallowed = Json::array();
    };

    explicit SimAsterisk(SimClock &clock, QObject *parent = nullptr);

    // Identity.
    QString entityId() const { return m_entityId; }
    void setEntityId(const QString &id) { m_entityId = id; }
    QString systemName() const { return m_systemName; }
    void setSystemName(const QString &name) { m_systemName = name; }
    QString version() const { return m_version; }
    void setVersion(const QString &version) { m_version = version; }
    QDateTime startupTime() const { return m_startupTime; }
    QDateTime lastReloadTime() const { return m_lastReloadTime; }
    static QString randomEntityId(); // 02:fc:xx:xx:xx:xx

    // A restart: every entity, variable and application is gone and startup_time is now.
    void reset(bool keepEntityId);

    // /asterisk
    Json info(const QStringList &only) const; // only empty: every section
    Json ping() const;
    QString globalVar(const QString &name) const { return m_globals.value(name); }
    void setGlobalVar(const QString &name, const QString &value) { m_globals.insert(name, value); }
    Json modules() const;
    Json module(const QString &name) const; // null when unknown

    // /applications
    void registerApplication(const QString &name, bool subscribeAll);
    void unregisterApplication(const QString &name);
    bool hasApplication(const QString &name) const { return m_applications.count(name) > 0; }
    const Application *application(const QString &name) const;
    Json applicationJson(const QString &name) const;
    Json applicationsJson() const;

    // Containers (empty until a later task models channels, bridges and the rest).
    Json channelsJson() const;
    Json bridgesJson() const;
    Json endpointsJson() const { return Json::array(); }
    Json deviceStatesJson() const;
    Json mailboxesJson() const;
    // Stored recordings: a name, a format and the file's bytes.
    struct StoredRecording
    {
        QString format;
        QByteArray bytes;
    };
    void addStoredRecording(const QString &name, const QString &format, const QByteArray &bytes);
    const StoredRecording *storedRecording(const QString &name) const;
    bool removeStoredRecording(const QString &name);
    Json storedRecordingJson(const QString &name) const; // null when unknown
    Json storedRecordingsJson() const;
    Json sounds(const QString &lang, const QString &format) const; // empty array: nothing matched
    Json sound(const QString &id) const; // null when unknown

Q_SIGNALS:
    void wasReset();

private:
    SimClock &m_clock;
    QString m_entityId;
    QString m_systemName = QStringLiteral("sim");
    QString m_version = QStringLiteral("GIT-master-sim");
    QDateTime m_startupTime;
    QDateTime m_lastReloadTime;
    QHash<QString, QString> m_globals;
    std::map<QString, StoredRecording> m_stored; // files on disk: they survive a restart
    std::map<QString, Application> m_applications; // sorted by name: deterministic lists
    std::vector<Json> m_channels;
    std::vector<Json> m_bridges;
    QMap<QString, QString> m_deviceStates;
    QMap<QString, std::pair<int, int>> m_mailboxes; // name -> (old, new)
};

} // namespace AriSim

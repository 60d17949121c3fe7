#pragma once

#include "models/EntityListModel.h"

#include <QCoreApplication>

namespace Console {

//! A table over one of the store's plain collections, described by a traits
//! struct: its entity, its collection, and its columns.
template<typename Traits>
class ValueListModel : public EntityListModel
{
public:
    using Value = typename Traits::Value;

    explicit ValueListModel(Store *store, QObject *parent = nullptr) : EntityListModel(store, Traits::entity, parent)
    {
        populate();
    }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(std::size(Traits::headers));
    }

    const Value *valueAt(int row) const
    {
        const auto &c = Traits::collection(*store());
        auto it = c.constFind(idAt(row));
        return it == c.cend() ? nullptr : &*it;
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid())
            return {};
        const Value *v = valueAt(index.row());
        if (!v)
            return {};
        switch (role) {
        case IdRole:
            return idAt(index.row());
        case Qt::DisplayRole:
            return Traits::display(*v, index.column());
        case SortRole:
            return Traits::sortValue(*v, index.column());
        case StateRole:
            return Traits::state(*v);
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
            return {};
        return QCoreApplication::translate(Traits::context, Traits::headers[section]);
    }

protected:
    bool exists(const QString &id) const override { return Traits::collection(*store()).contains(id); }
    QStringList currentIds() const override { return Traits::collection(*store()).keys(); }
};

// The traits: each names its collection and says what each column shows.
// Sort values default to the display text; numbers sort as numbers.

struct ApplicationTraits
{
    using Value = Ari::Application;
    static constexpr Entity entity = Entity::Application;
    static constexpr const char *context = "ApplicationModel";
    static constexpr const char *headers[] = {QT_TRANSLATE_NOOP("ApplicationModel", "Application"),
                                              QT_TRANSLATE_NOOP("ApplicationModel", "Channels"),
                                              QT_TRANSLATE_NOOP("ApplicationModel", "Bridges"),
                                              QT_TRANSLATE_NOOP("ApplicationModel", "Endpoints"),
                                              QT_TRANSLATE_NOOP("ApplicationModel", "Devices")};
    static const QHash<QString, Value> &collection(const Store &s) { return s.applications(); }
    static QVariant display(const Value &v, int column);
    static QVariant sortValue(const Value &v, int column);
    static QString state(const Value &) { return {}; }
};

struct StoredRecordingTraits
{
    using Value = Ari::StoredRecording;
    static constexpr Entity entity = Entity::StoredRecording;
    static constexpr const char *context = "StoredRecordingModel";
    static constexpr const char *headers[] = {QT_TRANSLATE_NOOP("StoredRecordingModel", "Name"),
                                              QT_TRANSLATE_NOOP("StoredRecordingModel", "Format")};
    static const QHash<QString, Value> &collection(const Store &s) { return s.storedRecordings(); }
    static QVariant display(const Value &v, int column) { return column == 0 ? v.name : v.format; }
    static QVariant sortValue(const Value &v, int column) { return display(v, column); }
    static QString state(const Value &) { return {}; }
};

struct LiveRecordingTraits
{
    using Value = Ari::LiveRecording;
    static constexpr Entity entity = Entity::LiveRecording;
    static constexpr const char *context = "LiveRecordingModel";
    static constexpr const char *headers[] = {
        QT_TRANSLATE_NOOP("LiveRecordingModel", "Name"),    QT_TRANSLATE_NOOP("LiveRecordingModel", "Format"),
        QT_TRANSLATE_NOOP("LiveRecordingModel", "Target"),  QT_TRANSLATE_NOOP("LiveRecordingModel", "State"),
        QT_TRANSLATE_NOOP("LiveRecordingModel", "Duration"), QT_TRANSLATE_NOOP("LiveRecordingModel", "Talking"),
        QT_TRANSLATE_NOOP("LiveRecordingModel", "Silence")};
    static const QHash<QString, Value> &collection(const Store &s) { return s.liveRecordings(); }
    static QVariant display(const Value &v, int column);
    static QVariant sortValue(const Value &v, int column);
    static QString state(const Value &v) { return v.state; }
};

struct PlaybackTraits
{
    using Value = Ari::Playback;
    static constexpr Entity entity = Entity::Playback;
    static constexpr const char *context = "PlaybackModel";
    static constexpr const char *headers[] = {
        QT_TRANSLATE_NOOP("PlaybackModel", "Playback"), QT_TRANSLATE_NOOP("PlaybackModel", "Media"),
        QT_TRANSLATE_NOOP("PlaybackModel", "Next"),     QT_TRANSLATE_NOOP("PlaybackModel", "Target"),
        QT_TRANSLATE_NOOP("PlaybackModel", "Language"), QT_TRANSLATE_NOOP("PlaybackModel", "State")};
    static const QHash<QString, Value> &collection(const Store &s) { return s.playbacks(); }
    static QVariant display(const Value &v, int column);
    static QVariant sortValue(const Value &v, int column) { return display(v, column); }
    static QString state(const Value &v) { return v.state; }
};

struct SoundTraits
{
    using Value = Ari::Sound;
    static constexpr Entity entity = Entity::Sound;
    static constexpr const char *context = "SoundModel";
    static constexpr const char *headers[] = {QT_TRANSLATE_NOOP("SoundModel", "Sound"),
                                              QT_TRANSLATE_NOOP("SoundModel", "Text"),
                                              QT_TRANSLATE_NOOP("SoundModel", "Languages"),
                                              QT_TRANSLATE_NOOP("SoundModel", "Formats")};
    static const QHash<QString, Value> &collection(const Store &s) { return s.sounds(); }
    static QVariant display(const Value &v, int column);
    static QVariant sortValue(const Value &v, int column) { return display(v, column); }
    static QString state(const Value &) { return {}; }
    static QStringList languages(const Value &v);
    static QStringList formats(const Value &v);
};

struct EndpointTraits
{
    using Value = Ari::Endpoint;
    static constexpr Entity entity = Entity::Endpoint;
    static constexpr const char *context = "EndpointModel";
    static constexpr const char *headers[] = {
        QT_TRANSLATE_NOOP("EndpointModel", "Technology"), QT_TRANSLATE_NOOP("EndpointModel", "Resource"),
        QT_TRANSLATE_NOOP("EndpointModel", "State"), QT_TRANSLATE_NOOP("EndpointModel", "Channels")};
    static const QHash<QString, Value> &collection(const Store &s) { return s.endpoints(); }
    static QVariant display(const Value &v, int column);
    static QVariant sortValue(const Value &v, int column);
    static QString state(const Value &v) { return v.state; }
};

struct DeviceStateTraits
{
    using Value = Ari::DeviceState;
    static constexpr Entity entity = Entity::DeviceState;
    static constexpr const char *context = "DeviceStateModel";
    static constexpr const char *headers[] = {QT_TRANSLATE_NOOP("DeviceStateModel", "Device"),
                                              QT_TRANSLATE_NOOP("DeviceStateModel", "State")};
    static const QHash<QString, Value> &collection(const Store &s) { return s.deviceStates(); }
    static QVariant display(const Value &v, int column) { return column == 0 ? v.name : v.state; }
    static QVariant sortValue(const Value &v, int column) { return display(v, column); }
    static QString state(const Value &v) { return v.state; }
};

struct MailboxTraits
{
    using Value = Ari::Mailbox;
    static constexpr Entity entity = Entity::Mailbox;
    static constexpr const char *context = "MailboxModel";
    static constexpr const char *headers[] = {QT_TRANSLATE_NOOP("MailboxModel", "Mailbox"),
                                              QT_TRANSLATE_NOOP("MailboxModel", "New"),
                                              QT_TRANSLATE_NOOP("MailboxModel", "Old")};
    static const QHash<QString, Value> &collection(const Store &s) { return s.mailboxes(); }
    static QVariant display(const Value &v, int column);
    static QVariant sortValue(const Value &v, int column);
    static QString state(const Value &) { return {}; }
};

struct ModuleTraits
{
    using Value = Ari::Module;
    static constexpr Entity entity = Entity::Module;
    static constexpr const char *context = "ModuleModel";
    static constexpr const char *headers[] = {
        QT_TRANSLATE_NOOP("ModuleModel", "Module"), QT_TRANSLATE_NOOP("ModuleModel", "Description"),
        QT_TRANSLATE_NOOP("ModuleModel", "Status"), QT_TRANSLATE_NOOP("ModuleModel", "Support level"),
        QT_TRANSLATE_NOOP("ModuleModel", "Use count")};
    static const QHash<QString, Value> &collection(const Store &s) { return s.modules(); }
    static QVariant display(const Value &v, int column);
    static QVariant sortValue(const Value &v, int column);
    static QString state(const Value &v) { return v.status; }
};

using ApplicationModel = ValueListModel<ApplicationTraits>;
using StoredRecordingModel = ValueListModel<StoredRecordingTraits>;
using LiveRecordingModel = ValueListModel<LiveRecordingTraits>;
using PlaybackModel = ValueListModel<PlaybackTraits>;
using SoundModel = ValueListModel<SoundTraits>;
using EndpointModel = ValueListModel<EndpointTraits>;
using DeviceStateModel = ValueListModel<DeviceStateTraits>;
using MailboxModel = ValueListModel<MailboxTraits>;
using ModuleModel = ValueListModel<ModuleTraits>;

} // namespace Console

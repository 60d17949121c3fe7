#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Console {

//! Where media plays or records: a channel or a bridge, by id, with the
//! name the operator knows it by.
struct MediaTarget
{
    enum class Kind : quint8 { Channel, Bridge };
    Kind kind = Kind::Channel;
    QString id;
    QString label;

    static MediaTarget channel(const QString &id, const QString &label = {}) { return {Kind::Channel, id, label}; }
    static MediaTarget bridge(const QString &id, const QString &label = {}) { return {Kind::Bridge, id, label}; }
    bool isBridge() const { return kind == Kind::Bridge; }
    //! "channel:ID" / "bridge:ID", as Asterisk writes a playback's target_uri.
    QString uri() const { return (isBridge() ? QStringLiteral("bridge:") : QStringLiteral("channel:")) + id; }
    QString display() const { return label.isEmpty() ? id : label; }
};

//! Everything POST /channels|bridges/{id}/play takes.
struct PlayRequest
{
    QStringList media{};
    std::optional<QString> lang{};
    std::optional<qint64> offsetms{};
    std::optional<qint64> skipms{};
    std::optional<QString> playbackId{};
};

//! Everything POST /channels|bridges/{id}/record takes.
struct RecordRequest
{
    QString name{};
    QString format{};
    std::optional<qint64> maxDurationSeconds{};
    std::optional<qint64> maxSilenceSeconds{};
    std::optional<QString> ifExists{};
    std::optional<bool> beep{};
    std::optional<QString> terminateOn{};
};

} // namespace Console

#pragma once

#include "ari/AriError.h"

#include <QDateTime>
#include <QObject>

namespace Console {

//! Where the console tells the operator things: errors from Asterisk in
//! words, warnings, and information. Never modal; the main window shows
//! them as toasts and keeps a list.
class Notifier : public QObject
{
    Q_OBJECT

public:
    enum class Level : quint8 { Info, Warning, Error };
    Q_ENUM(Level)

    struct Note
    {
        Level level;
        QString text;
        QDateTime at;
    };

    explicit Notifier(QObject *parent = nullptr) : QObject(parent) {}

    void info(const QString &text) { post(Level::Info, text); }
    void warning(const QString &text) { post(Level::Warning, text); }
    void error(const QString &text) { post(Level::Error, text); }
    //! "Hang up failed: 409 Conflict: Channel not in Stasis application".
    void failed(const QString &what, const Ari::AriError &error) { post(Level::Error, what + u": " + error.toString()); }
    const QList<Note> &history() const { return m_history; }

Q_SIGNALS:
    void posted(Console::Notifier::Level level, const QString &text);

private:
    void post(Level level, const QString &text)
    {
        m_history.append(Note{level, text, QDateTime::currentDateTime()});
        if (m_history.size() > 500)
            m_history.removeFirst();
        Q_EMIT posted(level, text);
    }

    QList<Note> m_history;
};

} // namespace Console

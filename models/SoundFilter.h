#pragma once

#include "ari/Models.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace Console {

//! Filters the sound catalogue (a SoundModel) with typed setters: a
//! language and a format (a sound passes when it has that language in that
//! format), a text searched in the id and the text, and the set of ids the
//! server's own `lang`/`format` query returned, when one was made. Sorts on
//! raw values. Rows drag as sound ids (soundMimeType).
class SoundFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SoundFilter(QObject *parent = nullptr);

    //! Empty: any language.
    void setLanguage(const QString &language);
    //! Empty: any format.
    void setFormat(const QString &format);
    void setText(const QString &text);
    //! What the server answered for the current language and format; nullopt: no answer to go by.
    void setServerIds(const std::optional<QSet<QString>> &ids);
    QString language() const { return m_language; }
    QString format() const { return m_format; }

    //! Whether a sound passes the language and format filters (the text aside).
    static bool matches(const Ari::Sound &sound, const QString &language, const QString &format);

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_language;
    QString m_format;
    QString m_text;
    std::optional<QSet<QString>> m_serverIds;
};

//! The mime type for dragged sound ids (one per line).
inline constexpr const char *soundMimeType = "application/x-ari-sound-ids";

} // namespace Console

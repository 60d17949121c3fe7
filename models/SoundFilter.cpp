#include "models/SoundFilter.h"

#include "models/ValueListModels.h"

#include <QMimeData>

using namespace Qt::StringLiterals;

namespace Console {

SoundFilter::SoundFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void SoundFilter::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    invalidateFilter();
}

void SoundFilter::setFormat(const QString &format)
{
    if (format == m_format)
        return;
    m_format = format;
    invalidateFilter();
}

void SoundFilter::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void SoundFilter::setServerIds(const std::optional<QSet<QString>> &ids)
{
    m_serverIds = ids;
    invalidateFilter();
}

bool SoundFilter::matches(const Ari::Sound &sound, const QString &language, const QString &format)
{
    if (language.isEmpty() && format.isEmpty())
        return true;
    for (const Ari::FormatLangPair &f : sound.formats) {
        if ((language.isEmpty() || f.language == language) && (format.isEmpty() || f.format == format))
            return true;
    }
    return false;
}

bool SoundFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = dynamic_cast<const SoundModel *>(sourceModel());
    const Ari::Sound *sound = model ? model->valueAt(sourceRow) : nullptr;
    if (!sound)
        return false;
    if (!matches(*sound, m_language, m_format))
        return false;
    if (m_serverIds && !m_serverIds->contains(sound->id))
        return false;
    if (m_text.isEmpty())
        return true;
    return sound->id.contains(m_text, Qt::CaseInsensitive) || sound->text.contains(m_text, Qt::CaseInsensitive);
}

bool SoundFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return QString::compare(left.data(SortRole).toString(), right.data(SortRole).toString(), Qt::CaseInsensitive) < 0;
}

Qt::ItemFlags SoundFilter::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QSortFilterProxyModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList SoundFilter::mimeTypes() const
{
    return {QString::fromLatin1(soundMimeType)};
}

QMimeData *SoundFilter::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &i : indexes) {
        const QString id = i.data(IdRole).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(soundMimeType), ids.join(u'\n').toUtf8());
    QStringList uris;
    for (const QString &id : std::as_const(ids))
        uris.append(u"sound:"_s + id);
    mime->setText(uris.join(u'\n'));
    return mime;
}

} // namespace Console

#include "models/RecordingCatalog.h"

#include "models/ChannelModel.h"

#include <QLocale>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace Console {

RecordingCatalog::RecordingCatalog(Store *store, QObject *parent) : EntityListModel(store, Entity::StoredRecording, parent)
{
    populate();
}

int RecordingCatalog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Ari::StoredRecording *RecordingCatalog::recordingAt(int row) const
{
    const auto &all = store()->storedRecordings();
    auto it = all.constFind(idAt(row));
    return it == all.cend() ? nullptr : &*it;
}

QString RecordingCatalog::formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QVariant RecordingCatalog::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Ari::StoredRecording *r = recordingAt(index.row());
    if (!r)
        return {};
    const auto f = m_files.constFind(r->name);
    const bool downloaded = f != m_files.cend() && f->bytes >= 0;
    switch (role) {
    case IdRole:
        return r->name;
    case DownloadedRole:
        return downloaded;
    case FormatRole:
        return r->format;
    case Qt::ToolTipRole:
        if (!downloaded && (index.column() == Duration || index.column() == Size))
            return tr("Asterisk does not list durations and sizes: listen to or download the recording to see them");
        return downloaded ? tr("%1 (%2), downloaded to %3").arg(r->name, r->format, f->path) : r->name;
    case Qt::TextAlignmentRole:
        return index.column() == Duration || index.column() == Size ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                    : QVariant();
    case SortRole:
        switch (index.column()) {
        case Duration:
            return downloaded ? f->durationMs : qint64(-1);
        case Size:
            return downloaded ? f->bytes : qint64(-1);
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return r->name;
        case Format:
            return r->format;
        case Duration:
            return downloaded && f->durationMs >= 0 ? ChannelModel::formatDuration(f->durationMs) : u"—"_s;
        case Size:
            return downloaded ? formatSize(f->bytes) : u"—"_s;
        }
        return {};
    default:
        return {};
    }
}

QVariant RecordingCatalog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Recording");
    case Format:
        return tr("Format");
    case Duration:
        return tr("Duration");
    case Size:
        return tr("Size");
    }
    return {};
}

Qt::ItemFlags RecordingCatalog::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = EntityListModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList RecordingCatalog::mimeTypes() const
{
    return {QString::fromLatin1(recordingMimeType)};
}

QMimeData *RecordingCatalog::mimeData(const QModelIndexList &indexes) const
{
    QStringList names;
    for (const QModelIndex &i : indexes) {
        const QString name = i.data(IdRole).toString();
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(recordingMimeType), names.join(u'\n').toUtf8());
    QStringList uris;
    for (const QString &n : std::as_const(names))
        uris.append(u"recording:"_s + n);
    mime->setText(uris.join(u'\n'));
    return mime;
}

void RecordingCatalog::setFile(const QString &name, const RecordingFile &file)
{
    m_files.insert(name, file);
    rowChanged(name);
}

void RecordingCatalog::forgetFile(const QString &name)
{
    if (m_files.remove(name))
        rowChanged(name);
}

void RecordingCatalog::rowChanged(const QString &name)
{
    flush();
    const int row = rowOf(name);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace Console

#pragma once

#include "models/EntityListModel.h"

namespace Console {

//! What the console learnt of a stored recording by downloading it.
struct RecordingFile
{
    qint64 bytes = -1;      //!< -1 until downloaded
    qint64 durationMs = -1; //!< -1 when unknown
    QString path;           //!< where the copy is (the cache, or the operator's file)
    qint64 downloadedAtMs = 0;
};

//! The stored recordings as a table: name and format from Asterisk, and the
//! duration and size of those downloaded (Asterisk's listing has neither).
//! Rows follow the store like every EntityListModel; a row drags as the
//! recording's name (recordingMimeType), to be dropped on a channel.
class RecordingCatalog : public EntityListModel
{
    Q_OBJECT

public:
    enum Column : int { Name, Format, Duration, Size, ColumnCount };
    enum CatalogRole : int {
        DownloadedRole = FirstCustomRole, //!< bool
        FormatRole,                       //!< QString
    };

    explicit RecordingCatalog(Store *store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    //! Records what a download found; the row shows it at once.
    void setFile(const QString &name, const RecordingFile &file);
    //! Forgets it (the recording changed or went): the row shows "—" again.
    void forgetFile(const QString &name);
    RecordingFile file(const QString &name) const { return m_files.value(name); }
    const Ari::StoredRecording *recordingAt(int row) const;
    //! "1.2 MB", "640 B".
    static QString formatSize(qint64 bytes);

protected:
    bool exists(const QString &id) const override { return store()->storedRecordings().contains(id); }
    QStringList currentIds() const override { return store()->storedRecordings().keys(); }

private:
    void rowChanged(const QString &name);

    QHash<QString, RecordingFile> m_files;
};

//! The mime type for dragged recording names (one per line).
inline constexpr const char *recordingMimeType = "application/x-ari-recording-names";

} // namespace Console

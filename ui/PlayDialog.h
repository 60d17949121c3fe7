#pragma once

#include "models/ServerSession.h"
#include "models/ValueListModels.h"
#include "ui/MediaTarget.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace Console {

class SoundFilter;

//! "Play…" on channels or a bridge: builds a list of media of every kind
//! ARI plays (a sound picked from the catalogue with search, a stored
//! recording, a number, digits, characters, a tone in a tone zone, or any
//! URI), with the language, the start offset, the skip step and an optional
//! playback id. The caller sends request() when the dialog is accepted.
class PlayDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind : int { Sound, Recording, Number, Digits, Characters, Tone, Uri };
    Q_ENUM(Kind)

    PlayDialog(ServerSession *session, const QList<MediaTarget> &targets, QWidget *parent = nullptr);

    //! Appends a media URI to the list ("sound:hello-world").
    void addMedia(const QString &uri);
    //! The list as sent: what was added, else what the editor holds now.
    QStringList media() const;
    PlayRequest request() const;

    //! Picks a kind and fills its editor (as the operator would); false when the value is not valid for it.
    bool setPending(Kind kind, const QString &value, const QString &toneZone = {});
    //! The URI the editor holds now, or empty when it is not valid.
    QString pendingUri() const;
    //! The URI for a kind and value ("tone:ring;tonezone=us"); empty when the value is not valid.
    static QString uriFor(Kind kind, const QString &value, const QString &toneZone = {});

    QListWidget *playlist() const { return m_list; }
    QLineEdit *soundSearch() const { return m_soundSearch; }
    QListView *soundList() const { return m_sounds; }

private:
    void updateState();
    QWidget *buildSoundPicker();

    QPointer<ServerSession> m_session;
    QList<MediaTarget> m_targets;
    SoundModel *m_soundModel = nullptr;
    SoundFilter *m_soundFilter = nullptr;
    QComboBox *m_kind;
    QStackedWidget *m_editors;
    QLineEdit *m_soundSearch = nullptr;
    QListView *m_sounds = nullptr;
    QComboBox *m_recording;
    QLineEdit *m_number;
    QLineEdit *m_digits;
    QLineEdit *m_characters;
    QComboBox *m_tone;
    QComboBox *m_toneZone;
    QLineEdit *m_uri;
    QPushButton *m_add;
    QListWidget *m_list;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QComboBox *m_lang;
    QSpinBox *m_offset;
    QSpinBox *m_skip;
    QLineEdit *m_playbackId;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace Console

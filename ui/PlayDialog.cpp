#include "ui/PlayDialog.h"

#include "models/SoundFilter.h"
#include "models/ValueListModels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Console {

namespace {

// Asterisk's indications.conf: the tones every zone defines, and the zones of the sample file.
const QStringList s_tones = {u"ring"_s, u"busy"_s, u"congestion"_s, u"dial"_s, u"callwaiting"_s,
                             u"dialrecall"_s, u"record"_s, u"info"_s, u"stutter"_s};
const QStringList s_zones = {u"us"_s, u"uk"_s, u"fr"_s, u"de"_s, u"it"_s, u"es"_s, u"nl"_s, u"be"_s, u"ch"_s,
                             u"at"_s, u"se"_s, u"no"_s, u"dk"_s, u"fi"_s, u"ie"_s, u"pt"_s, u"pl"_s, u"cz"_s,
                             u"au"_s, u"nz"_s, u"jp"_s, u"cn"_s, u"in"_s, u"br"_s, u"mx"_s, u"za"_s, u"ru"_s};

QLineEdit *validatedEdit(const QString &pattern, const QString &placeholder, const QString &name, const QString &accessible)
{
    auto *e = new QLineEdit;
    e->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), e));
    e->setPlaceholderText(placeholder);
    e->setObjectName(name);
    e->setAccessibleName(accessible);
    return e;
}

} // namespace

PlayDialog::PlayDialog(ServerSession *session, const QList<MediaTarget> &targets, QWidget *parent)
    : QDialog(parent), m_session(session), m_targets(targets), m_kind(new QComboBox), m_editors(new QStackedWidget),
      m_recording(new QComboBox), m_tone(new QComboBox), m_toneZone(new QComboBox), m_uri(new QLineEdit),
      m_add(new QPushButton(tr("&Add to list"))), m_list(new QListWidget), m_remove(new QPushButton(tr("Remove"))),
      m_up(new QPushButton(tr("Up"))), m_down(new QPushButton(tr("Down"))), m_lang(new QComboBox),
      m_offset(new QSpinBox), m_skip(new QSpinBox), m_playbackId(new QLineEdit), m_summary(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"playDialog"_s);
    QStringList names;
    for (const MediaTarget &t : targets)
        names.append(t.display());
    setWindowTitle(tr("Play"));
    auto *intro = new QLabel(targets.size() == 1 ? tr("Play to <b>%1</b>").arg(names.first().toHtmlEscaped())
                                                 : tr("Play to %n targets: %1", nullptr, int(targets.size()))
                                                       .arg(names.join(u", ").toHtmlEscaped()));
    intro->setWordWrap(true);
    intro->setObjectName(u"playTarget"_s);

    // What to add: a kind, and its editor.
    m_kind->setObjectName(u"mediaKind"_s);
    m_kind->setAccessibleName(tr("Kind of media"));
    m_kind->addItem(tr("Sound"), int(Kind::Sound));
    m_kind->addItem(tr("Stored recording"), int(Kind::Recording));
    m_kind->addItem(tr("Number (said as words)"), int(Kind::Number));
    m_kind->addItem(tr("Digits (one by one)"), int(Kind::Digits));
    m_kind->addItem(tr("Characters (spelt)"), int(Kind::Characters));
    m_kind->addItem(tr("Tone"), int(Kind::Tone));
    m_kind->addItem(tr("Other URI"), int(Kind::Uri));
    m_editors->addWidget(buildSoundPicker());

    m_recording->setObjectName(u"recordingPicker"_s);
    m_recording->setAccessibleName(tr("Stored recording"));
    m_recording->setEditable(true);
    m_recording->setInsertPolicy(QComboBox::NoInsert);
    if (session) {
        QStringList recs = session->store()->storedRecordings().keys();
        recs.sort(Qt::CaseInsensitive);
        m_recording->addItems(recs);
    }
    m_recording->setCurrentIndex(-1);
    m_recording->lineEdit()->setPlaceholderText(m_recording->count() ? tr("Pick or type a recording name")
                                                                     : tr("No stored recordings"));
    m_editors->addWidget(m_recording);
    m_number = validatedEdit(u"-?[0-9]{1,15}"_s, tr("e.g. 1234 (said \"one thousand two hundred thirty four\")"),
                             u"numberEdit"_s, tr("Number"));
    m_editors->addWidget(m_number);
    m_digits = validatedEdit(u"[0-9*#]{1,64}"_s, tr("e.g. 5678 (said \"five six seven eight\")"), u"digitsEdit"_s,
                             tr("Digits"));
    m_editors->addWidget(m_digits);
    m_characters = validatedEdit(u"[A-Za-z0-9 ]{1,64}"_s, tr("e.g. abc (spelt \"a b c\")"), u"charactersEdit"_s,
                                 tr("Characters"));
    m_editors->addWidget(m_characters);
    auto *tone = new QWidget;
    auto *toneRow = new QHBoxLayout(tone);
    toneRow->setContentsMargins(0, 0, 0, 0);
    m_tone->setEditable(true);
    m_tone->addItems(s_tones);
    m_tone->setObjectName(u"toneEdit"_s);
    m_tone->setAccessibleName(tr("Tone"));
    m_tone->setToolTip(tr("A tone of indications.conf, or frequencies such as 440+480/2000,0/4000"));
    m_toneZone->setEditable(true);
    m_toneZone->addItem(tr("(the channel's zone)"), QString());
    for (const QString &z : s_zones)
        m_toneZone->addItem(z, z);
    m_toneZone->setObjectName(u"toneZone"_s);
    m_toneZone->setAccessibleName(tr("Tone zone"));
    toneRow->addWidget(new QLabel(tr("Tone")));
    toneRow->addWidget(m_tone, 1);
    toneRow->addWidget(new QLabel(tr("Zone")));
    toneRow->addWidget(m_toneZone);
    m_editors->addWidget(tone);
    m_uri->setObjectName(u"uriEdit"_s);
    m_uri->setAccessibleName(tr("Media URI"));
    m_uri->setPlaceholderText(tr("scheme:resource, e.g. sound:en/hello-world"));
    m_editors->addWidget(m_uri);

    m_add->setObjectName(u"addMedia"_s);
    m_add->setAutoDefault(false);
    auto *pick = new QGroupBox(tr("Media to add"));
    auto *pickLayout = new QVBoxLayout(pick);
    auto *kindRow = new QHBoxLayout;
    auto *kindLabel = new QLabel(tr("&Kind"));
    kindLabel->setBuddy(m_kind);
    kindRow->addWidget(kindLabel);
    kindRow->addWidget(m_kind, 1);
    kindRow->addWidget(m_add);
    pickLayout->addLayout(kindRow);
    pickLayout->addWidget(m_editors);

    // The list, in playing order.
    m_list->setObjectName(u"playlist"_s);
    m_list->setAccessibleName(tr("Media to play, in order"));
    m_list->setMaximumHeight(110);
    for (QPushButton *b : {m_remove, m_up, m_down})
        b->setAutoDefault(false);
    m_remove->setObjectName(u"removeMedia"_s);
    auto *listBox = new QGroupBox(tr("Play in this order"));
    auto *listLayout = new QHBoxLayout(listBox);
    listLayout->addWidget(m_list, 1);
    auto *listButtons = new QVBoxLayout;
    listButtons->addWidget(m_up);
    listButtons->addWidget(m_down);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    listLayout->addLayout(listButtons);

    // Options.
    m_lang->setEditable(true);
    m_lang->setObjectName(u"playLanguage"_s);
    m_lang->setAccessibleName(tr("Language"));
    m_lang->addItem(tr("(the channel's language)"), QString());
    if (session) {
        QStringList langs;
        for (const Ari::Sound &s : session->store()->sounds()) {
            for (const Ari::FormatLangPair &f : s.formats) {
                if (!langs.contains(f.language))
                    langs.append(f.language);
            }
        }
        langs.sort();
        for (const QString &l : std::as_const(langs))
            m_lang->addItem(l, l);
    }
    m_offset->setObjectName(u"offsetMs"_s);
    m_offset->setAccessibleName(tr("Start offset in milliseconds"));
    m_offset->setRange(0, 24 * 3600 * 1000);
    m_offset->setSingleStep(500);
    m_offset->setSuffix(tr(" ms"));
    m_offset->setSpecialValueText(tr("from the start"));
    m_skip->setObjectName(u"skipMs"_s);
    m_skip->setAccessibleName(tr("Skip step in milliseconds"));
    m_skip->setRange(0, 600000);
    m_skip->setSingleStep(500);
    m_skip->setSuffix(tr(" ms"));
    m_skip->setSpecialValueText(tr("default (3000 ms)"));
    m_playbackId->setObjectName(u"playbackId"_s);
    m_playbackId->setAccessibleName(tr("Playback id"));
    m_playbackId->setPlaceholderText(tr("optional; Asterisk picks one"));
    m_playbackId->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z0-9._-]{1,64}"_s), m_playbackId));
    if (targets.size() > 1) {
        m_playbackId->setEnabled(false);
        m_playbackId->setToolTip(tr("One playback id cannot name playbacks on several targets"));
    }
    auto *options = new QGroupBox(tr("Options"));
    auto *form = new QFormLayout(options);
    form->addRow(tr("&Language"), m_lang);
    form->addRow(tr("Start &offset"), m_offset);
    form->addRow(tr("&Skip step"), m_skip);
    form->addRow(tr("Playback &id"), m_playbackId);

    m_summary->setObjectName(u"playSummary"_s);
    m_summary->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Play"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"playButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(pick, 1);
    layout->addWidget(listBox);
    layout->addWidget(options);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_editors->setCurrentIndex(i);
        updateState();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString uri = pendingUri();
        if (!uri.isEmpty())
            addMedia(uri);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_list->currentItem();
        updateState();
    });
    auto move = [this](int delta) {
        const int row = m_list->currentRow();
        if (row < 0 || row + delta < 0 || row + delta >= m_list->count())
            return;
        QListWidgetItem *item = m_list->takeItem(row);
        m_list->insertItem(row + delta, item);
        m_list->setCurrentRow(row + delta);
        updateState();
    };
    connect(m_up, &QPushButton::clicked, this, [move] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [move] { move(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &PlayDialog::updateState);
    for (QLineEdit *e : {m_number, m_digits, m_characters, m_uri, m_playbackId})
        connect(e, &QLineEdit::textChanged, this, &PlayDialog::updateState);
    for (QComboBox *c : {m_recording, m_tone, m_toneZone})
        connect(c, &QComboBox::currentTextChanged, this, &PlayDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!media().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 640);
    updateState();
}

QWidget *PlayDialog::buildSoundPicker()
{
    auto *w = new QWidget;
    auto *v = new QVBoxLayout(w);
    v->setContentsMargins(0, 0, 0, 0);
    m_soundSearch = new QLineEdit;
    m_soundSearch->setObjectName(u"soundSearch"_s);
    m_soundSearch->setAccessibleName(tr("Search sounds"));
    m_soundSearch->setPlaceholderText(tr("Search the sounds by name or words"));
    m_soundSearch->setClearButtonEnabled(true);
    m_sounds = new QListView;
    m_sounds->setObjectName(u"soundPicker"_s);
    m_sounds->setAccessibleName(tr("Sounds"));
    m_sounds->setUniformItemSizes(true);
    m_soundFilter = new SoundFilter(this);
    if (m_session) {
        m_soundModel = new SoundModel(m_session->store(), this);
        m_soundFilter->setSourceModel(m_soundModel);
        m_soundFilter->sort(0);
    }
    m_sounds->setModel(m_soundFilter);
    auto *count = new QLabel;
    count->setObjectName(u"soundCount"_s);
    auto updateCount = [this, count] {
        const int all = m_soundModel ? m_soundModel->rowCount() : 0;
        count->setText(all == 0 ? tr("The sound catalogue is empty or not read yet")
                                : tr("%1 of %2 sounds").arg(m_soundFilter->rowCount()).arg(all));
    };
    connect(m_soundSearch, &QLineEdit::textChanged, this, [this, updateCount](const QString &text) {
        m_soundFilter->setText(text.trimmed());
        updateCount();
        if (m_soundFilter->rowCount() > 0 && !m_sounds->currentIndex().isValid())
            m_sounds->setCurrentIndex(m_soundFilter->index(0, 0));
    });
    connect(m_soundFilter, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_soundFilter, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_sounds->selectionModel(), &QItemSelectionModel::currentChanged, this, &PlayDialog::updateState);
    connect(m_sounds, &QListView::doubleClicked, this, [this] {
        const QString uri = pendingUri();
        if (!uri.isEmpty())
            addMedia(uri);
    });
    updateCount();
    v->addWidget(m_soundSearch);
    v->addWidget(m_sounds, 1);
    v->addWidget(count);
    return w;
}

QString PlayDialog::uriFor(Kind kind, const QString &raw, const QString &toneZone)
{
    const QString value = raw.trimmed();
    if (value.isEmpty())
        return {};
    switch (kind) {
    case Kind::Sound:
        return u"sound:"_s + value;
    case Kind::Recording:
        return u"recording:"_s + value;
    case Kind::Number: {
        bool ok = false;
        value.toLongLong(&ok);
        return ok ? u"number:"_s + value : QString();
    }
    case Kind::Digits:
        return QRegularExpression(u"^[0-9*#]+$"_s).match(value).hasMatch() ? u"digits:"_s + value : QString();
    case Kind::Characters:
        return u"characters:"_s + value;
    case Kind::Tone:
        return u"tone:"_s + value + (toneZone.trimmed().isEmpty() ? QString() : u";tonezone="_s + toneZone.trimmed());
    case Kind::Uri:
        return QRegularExpression(u"^[a-z]+:.+$"_s).match(value).hasMatch() ? value : QString();
    }
    return {};
}

QString PlayDialog::pendingUri() const
{
    const auto kind = Kind(m_kind->currentData().toInt());
    switch (kind) {
    case Kind::Sound:
        return uriFor(kind, m_sounds->currentIndex().data(IdRole).toString());
    case Kind::Recording:
        return uriFor(kind, m_recording->currentText());
    case Kind::Number:
        return uriFor(kind, m_number->text());
    case Kind::Digits:
        return uriFor(kind, m_digits->text());
    case Kind::Characters:
        return uriFor(kind, m_characters->text());
    case Kind::Tone: {
        const QString zone = m_toneZone->currentText() == m_toneZone->itemText(0) ? QString() : m_toneZone->currentText();
        return uriFor(kind, m_tone->currentText(), zone);
    }
    case Kind::Uri:
        return uriFor(kind, m_uri->text());
    }
    return {};
}

bool PlayDialog::setPending(Kind kind, const QString &value, const QString &toneZone)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    switch (kind) {
    case Kind::Sound: {
        m_soundSearch->clear();
        if (m_soundModel)
            m_soundModel->flush();
        for (int row = 0; row < m_soundFilter->rowCount(); ++row) {
            const QModelIndex i = m_soundFilter->index(row, 0);
            if (i.data(IdRole).toString() == value) {
                m_sounds->setCurrentIndex(i);
                break;
            }
        }
        break;
    }
    case Kind::Recording:
        m_recording->setCurrentText(value);
        break;
    case Kind::Number:
        m_number->setText(value);
        break;
    case Kind::Digits:
        m_digits->setText(value);
        break;
    case Kind::Characters:
        m_characters->setText(value);
        break;
    case Kind::Tone:
        m_tone->setCurrentText(value);
        if (toneZone.isEmpty())
            m_toneZone->setCurrentIndex(0);
        else
            m_toneZone->setCurrentText(toneZone);
        break;
    case Kind::Uri:
        m_uri->setText(value);
        break;
    }
    updateState();
    return !pendingUri().isEmpty();
}

void PlayDialog::addMedia(const QString &uri)
{
    auto *item = new QListWidgetItem(uri, m_list);
    item->setData(Qt::UserRole, uri);
    m_list->setCurrentItem(item);
    updateState();
}

QStringList PlayDialog::media() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out.append(m_list->item(i)->data(Qt::UserRole).toString());
    if (out.isEmpty()) {
        const QString pending = pendingUri();
        if (!pending.isEmpty())
            out.append(pending);
    }
    return out;
}

PlayRequest PlayDialog::request() const
{
    PlayRequest r;
    r.media = media();
    const QString lang = m_lang->currentText() == m_lang->itemText(0) ? QString() : m_lang->currentText().trimmed();
    if (!lang.isEmpty())
        r.lang = lang;
    if (m_offset->value() > 0)
        r.offsetms = m_offset->value();
    if (m_skip->value() > 0)
        r.skipms = m_skip->value();
    if (m_playbackId->isEnabled() && !m_playbackId->text().trimmed().isEmpty())
        r.playbackId = m_playbackId->text().trimmed();
    return r;
}

void PlayDialog::updateState()
{
    const QString pending = pendingUri();
    m_add->setEnabled(!pending.isEmpty());
    m_add->setToolTip(pending.isEmpty() ? tr("Pick or type a valid value first") : tr("Add %1 to the list").arg(pending));
    m_remove->setEnabled(m_list->currentItem());
    m_up->setEnabled(m_list->currentRow() > 0);
    m_down->setEnabled(m_list->currentRow() >= 0 && m_list->currentRow() + 1 < m_list->count());
    const QStringList list = media();
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!list.isEmpty());
    ok->setToolTip(list.isEmpty() ? tr("Add something to play first") : QString());
    m_summary->setText(list.isEmpty() ? tr("Nothing to play yet.")
                                      : tr("Will play: %1").arg(list.join(u", ")));
}

} // namespace Console

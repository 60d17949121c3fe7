#include "ui/SoundsBrowser.h"

#include "models/SoundFilter.h"
#include "ui/MediaController.h"
#include "ui/PlayDialog.h"
#include "ui/RecordDialog.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Console {

SoundsBrowser::SoundsBrowser(MediaController *media, QWidget *parent)
    : QWidget(parent), m_media(media), m_filter(new SoundFilter(this)), m_table(new QTableView), m_search(new QLineEdit),
      m_language(new QComboBox), m_format(new QComboBox), m_count(new QLabel), m_server(new QLabel)
{
    setObjectName(u"soundsBrowser"_s);
    auto make = [this](const QString &text, const QString &name, const QKeySequence &key, const QString &help) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setData(help);
        a->setStatusTip(help);
        addAction(a);
        return a;
    };
    m_playOnChannel = make(tr("▶ Play on selected &call"), u"actionPlaySoundOnCall"_s, QKeySequence(Qt::Key_Return),
                           tr("Play the sound to the calls selected in the channel table (Enter); or drag it onto a call"));
    m_playOnBridge = make(tr("Play on selected &bridge"), u"actionPlaySoundOnBridge"_s, QKeySequence(u"Ctrl+B"_s),
                          tr("Play the sound to the bridge selected in the bridges view (Ctrl+B)"));
    m_playDialog = make(tr("&Play…"), u"actionPlaySoundDialog"_s, QKeySequence(u"Ctrl+Shift+P"_s),
                        tr("Open the Play dialog with this sound listed, to add more or set options (Ctrl+Shift+P)"));
    connect(m_playOnChannel, &QAction::triggered, this, [this] {
        if (!currentSound().isEmpty())
            m_media->play(m_media->channelTargets(m_selectedChannels), requestFor(currentSound()));
    });
    connect(m_playOnBridge, &QAction::triggered, this, [this] {
        if (!currentSound().isEmpty() && !m_selectedBridge.isEmpty())
            m_media->play({m_media->bridgeTarget(m_selectedBridge)}, requestFor(currentSound()));
    });
    connect(m_playDialog, &QAction::triggered, this, [this] {
        if (currentSound().isEmpty())
            return;
        QList<MediaTarget> targets = m_media->channelTargets(m_selectedChannels);
        if (targets.isEmpty() && !m_selectedBridge.isEmpty())
            targets = {m_media->bridgeTarget(m_selectedBridge)};
        m_media->openPlayDialog(targets, requestFor(currentSound()).media);
    });

    m_search->setObjectName(u"soundSearch"_s);
    m_search->setAccessibleName(tr("Search sounds"));
    m_search->setPlaceholderText(tr("Search id and text"));
    m_search->setClearButtonEnabled(true);
    m_language->setObjectName(u"soundLanguage"_s);
    m_language->setAccessibleName(tr("Language"));
    m_format->setObjectName(u"soundFormat"_s);
    m_format->setAccessibleName(tr("Format"));
    m_count->setObjectName(u"soundCount"_s);
    m_server->setObjectName(u"soundServerStatus"_s);
    m_server->setWordWrap(true);

    m_table->setObjectName(u"soundTable"_s);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->setAccessibleName(tr("Sound catalogue"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->setDefaultDropAction(Qt::CopyAction);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->addActions({m_playOnChannel, m_playOnBridge, m_playDialog});
    connect(m_table, &QTableView::doubleClicked, m_playOnChannel, &QAction::trigger);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        updateActions();
        QMenu menu(this);
        menu.addActions({m_playOnChannel, m_playOnBridge, m_playDialog});
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(new QLabel(tr("Language")));
    top->addWidget(m_language);
    top->addWidget(new QLabel(tr("Format")));
    top->addWidget(m_format);
    top->addWidget(m_count);
    auto *bar = new QToolBar;
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions({m_playOnChannel, m_playOnBridge, m_playDialog});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_server);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_filter->setText(t.trimmed());
        updateCount();
    });
    connect(m_language, &QComboBox::activated, this, &SoundsBrowser::applyFilters);
    connect(m_format, &QComboBox::activated, this, &SoundsBrowser::applyFilters);
    refreshChoices();
    updateActions();
}

void SoundsBrowser::setSession(ServerSession *session)
{
    if (m_session)
        disconnect(m_session->store(), nullptr, this, nullptr);
    m_session = session;
    ++m_query;
    m_querying = false;
    auto *old = m_model;
    m_model = session ? new SoundModel(session->store(), this) : nullptr;
    m_filter->setSourceModel(m_model);
    m_filter->setServerIds(std::nullopt);
    delete old;
    m_server->clear();
    if (m_model) {
        for (auto sig : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m_model, sig, this, [this] {
                refreshChoices();
                updateCount();
            });
        // A sound installed in one more language is a change of its row, not a new row.
        connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
            refreshChoices();
            updateCount();
        });
        connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &SoundsBrowser::updateActions,
                Qt::UniqueConnection);
        const int em = m_table->fontMetrics().horizontalAdvance(u'M');
        m_table->setColumnWidth(0, 16 * em);
        m_table->setColumnWidth(1, 34 * em);
        m_table->setColumnWidth(2, 9 * em);
        m_table->horizontalHeader()->setStretchLastSection(true);
    }
    refreshChoices();
    updateCount();
    updateActions();
}

void SoundsBrowser::setSelectedChannels(const QStringList &channelIds)
{
    m_selectedChannels = channelIds;
    updateActions();
}

void SoundsBrowser::setSelectedBridge(const QString &bridgeId)
{
    m_selectedBridge = bridgeId;
    updateActions();
}

void SoundsBrowser::refreshChoices()
{
    // The languages and formats the catalogue holds; the current choice stays.
    QStringList langs, formats;
    if (m_session) {
        for (const Ari::Sound &s : m_session->store()->sounds()) {
            for (const Ari::FormatLangPair &f : s.formats) {
                if (!langs.contains(f.language))
                    langs.append(f.language);
                if (!formats.contains(f.format))
                    formats.append(f.format);
            }
        }
    }
    langs.sort();
    formats.sort();
    auto fill = [](QComboBox *box, const QString &all, const QStringList &items) {
        const QString current = box->currentData().toString();
        QStringList have;
        for (int i = 1; i < box->count(); ++i)
            have.append(box->itemData(i).toString());
        if (box->count() > 0 && have == items)
            return;
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(all, QString());
        for (const QString &i : items)
            box->addItem(i, i);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    fill(m_language, tr("All languages"), langs);
    fill(m_format, tr("All formats"), formats);
}

void SoundsBrowser::applyFilters()
{
    const QString lang = m_language->currentData().toString();
    const QString format = m_format->currentData().toString();
    m_filter->setLanguage(lang);
    m_filter->setFormat(format);
    m_filter->setServerIds(std::nullopt);
    const int query = ++m_query;
    if (!m_session || (lang.isEmpty() && format.isEmpty())) {
        m_querying = false;
        m_server->clear();
        updateCount();
        return;
    }
    // Asterisk's own answer for the same filters is the one the list follows.
    m_querying = true;
    const QString what = QStringList{lang.isEmpty() ? QString() : tr("language %1").arg(lang),
                                     format.isEmpty() ? QString() : tr("format %1").arg(format)}
                             .filter(QRegularExpression(u"."_s))
                             .join(tr(" and "));
    m_server->setText(tr("Asking Asterisk for the sounds in %1…").arg(what));
    Ari::SoundsApi::ListParams params;
    if (!lang.isEmpty())
        params.lang = lang;
    if (!format.isEmpty())
        params.format = format;
    m_session->client()->sounds().list(params).then(this, [this, query, what](const Ari::Result<QList<Ari::Sound>> &r) {
        if (query != m_query)
            return; // the filters changed meanwhile
        m_querying = false;
        if (r.ok()) {
            QSet<QString> ids;
            for (const Ari::Sound &s : r.value)
                ids.insert(s.id);
            m_filter->setServerIds(ids);
            m_server->setText(tr("Asterisk lists %n sound(s) in %1.", nullptr, int(ids.size())).arg(what));
        } else if (r.httpStatus == 404) {
            m_filter->setServerIds(QSet<QString>());
            m_server->setText(tr("Asterisk has no sounds in %1 (404 %2).").arg(what, r.error.message));
        } else {
            m_server->setText(tr("Asterisk could not be asked (%1): the list is filtered here only.").arg(r.error.toString()));
        }
        updateCount();
    });
    updateCount();
}

void SoundsBrowser::updateCount()
{
    const int all = m_model ? m_model->rowCount() : 0;
    const int shown = m_filter->rowCount();
    m_count->setText(shown == all ? tr("%n sound(s)", nullptr, all) : tr("%1 of %2").arg(shown).arg(all));
    updateActions();
}

QString SoundsBrowser::serverText() const
{
    return m_server->text();
}

QString SoundsBrowser::countText() const
{
    return m_count->text();
}

QString SoundsBrowser::currentSound() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.siblingAtColumn(0).data(IdRole).toString() : QString();
}

void SoundsBrowser::selectSound(const QString &id)
{
    if (!m_model)
        return;
    m_model->flush();
    const QModelIndex i = m_filter->mapFromSource(m_model->indexOf(id));
    if (i.isValid()) {
        m_table->setCurrentIndex(i);
        m_table->selectRow(i.row());
    }
    updateActions();
}

PlayRequest SoundsBrowser::requestFor(const QString &id) const
{
    PlayRequest r{.media = {u"sound:"_s + id}};
    // A language picked here is the one to play in.
    if (const QString lang = m_language->currentData().toString(); !lang.isEmpty())
        r.lang = lang;
    return r;
}

void SoundsBrowser::updateActions()
{
    const bool have = !currentSound().isEmpty();
    QString why = !have ? tr("Select a sound first") : QString();
    if (why.isEmpty() && m_selectedChannels.isEmpty())
        why = tr("Select a call in the channel table first (or drag the sound onto it)");
    if (why.isEmpty()) {
        for (const MediaTarget &t : m_media->channelTargets(m_selectedChannels)) {
            if (const Verdict v = m_media->canPlay(t); !v.allowed) {
                why = v.reason;
                break;
            }
        }
    }
    m_playOnChannel->setEnabled(why.isEmpty());
    m_playOnChannel->setToolTip(why.isEmpty() ? m_playOnChannel->data().toString() : why);
    QString whyBridge = !have ? tr("Select a sound first")
                        : m_selectedBridge.isEmpty() ? tr("Select a bridge in the bridges view first")
                                                     : m_media->canPlay(m_media->bridgeTarget(m_selectedBridge)).reason;
    m_playOnBridge->setEnabled(whyBridge.isEmpty());
    m_playOnBridge->setToolTip(whyBridge.isEmpty() ? m_playOnBridge->data().toString() : whyBridge);
    const bool anyTarget = !m_selectedChannels.isEmpty() || !m_selectedBridge.isEmpty();
    const QString whyDialog = !have ? tr("Select a sound first") : !anyTarget ? tr("Select a call or a bridge first") : QString();
    m_playDialog->setEnabled(whyDialog.isEmpty());
    m_playDialog->setToolTip(whyDialog.isEmpty() ? m_playDialog->data().toString() : whyDialog);
}

} // namespace Console

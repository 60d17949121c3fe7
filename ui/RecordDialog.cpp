#include "ui/RecordDialog.h"

#include "ui/Appearance.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Console {

namespace {

// What each format module registers, by the extensions `format` accepts (Asterisk's formats/*.c).
// Video (h263, h264) cannot record audio and is left out.
const QList<std::pair<const char16_t *, QStringList>> &moduleFormats()
{
    static const QList<std::pair<const char16_t *, QStringList>> table = {
        {u"format_wav.so", {u"wav"_s, u"wav16"_s}},
        {u"format_gsm.so", {u"gsm"_s}},
        {u"format_pcm.so", {u"ulaw"_s, u"alaw"_s, u"au"_s, u"g722"_s}},
        {u"format_sln.so", {u"sln"_s, u"sln12"_s, u"sln16"_s, u"sln24"_s, u"sln32"_s, u"sln44"_s, u"sln48"_s,
                            u"sln96"_s, u"sln192"_s}},
        {u"format_wav_gsm.so", {u"wav49"_s}},
        {u"format_g729.so", {u"g729"_s}},
        {u"format_g723.so", {u"g723"_s}},
        {u"format_g726.so", {u"g726-40"_s, u"g726-32"_s, u"g726-24"_s, u"g726-16"_s}},
        {u"format_g719.so", {u"g719"_s}},
        {u"format_ilbc.so", {u"ilbc"_s}},
        {u"format_siren7.so", {u"siren7"_s}},
        {u"format_siren14.so", {u"siren14"_s}},
        {u"format_vox.so", {u"vox"_s}},
        {u"format_ogg_vorbis.so", {u"ogg"_s}},
        {u"format_ogg_speex.so", {u"spx"_s}},
    };
    return table;
}

const QStringList s_commonFormats = {u"wav"_s, u"gsm"_s, u"wav16"_s, u"ulaw"_s, u"alaw"_s, u"sln"_s, u"sln16"_s};

} // namespace

QStringList RecordDialog::formatsFromModules(const QStringList &runningModules)
{
    QStringList out;
    for (const auto &[module, formats] : moduleFormats()) {
        if (runningModules.contains(QString::fromUtf16(module)))
            out += formats;
    }
    return out;
}

QString RecordDialog::uniqueName(const Store &store, const QString &prefix, const QDateTime &now)
{
    const QString base = prefix + u'-' + now.toString(u"yyyyMMdd-HHmmss"_s);
    QString name = base;
    for (int n = 2; store.storedRecordings().contains(name) || store.liveRecordings().contains(name); ++n)
        name = base + u'-' + QString::number(n);
    return name;
}

RecordDialog::RecordDialog(ServerSession *session, const MediaTarget &target, QWidget *parent)
    : QDialog(parent), m_session(session), m_target(target), m_name(new QLineEdit), m_format(new QComboBox),
      m_maxDuration(new QSpinBox), m_maxSilence(new QSpinBox), m_ifExists(new QComboBox), m_beep(new QCheckBox),
      m_terminateOn(new QComboBox), m_formatNote(new QLabel), m_warning(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"recordDialog"_s);
    setWindowTitle(tr("Record"));
    auto *intro = new QLabel(tr("Record <b>%1</b>").arg(target.display().toHtmlEscaped()));
    intro->setWordWrap(true);

    m_name->setObjectName(u"recordingName"_s);
    m_name->setAccessibleName(tr("Recording name"));
    // Asterisk keeps recordings under its recording directory: a name may hold subfolders, never "..".
    m_name->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z0-9_.+@-][A-Za-z0-9_.+@/-]{0,199}"_s), m_name));
    if (session)
        m_name->setText(uniqueName(*session->store(), target.isBridge() ? u"bridge"_s : u"call"_s,
                                   QDateTime::currentDateTime()));

    m_format->setObjectName(u"recordingFormat"_s);
    m_format->setAccessibleName(tr("Format"));
    QStringList running;
    if (session) {
        for (const Ari::Module &m : session->store()->modules()) {
            if (m.status == u"Running")
                running.append(m.name);
        }
    }
    QStringList formats = formatsFromModules(running);
    if (formats.isEmpty()) {
        formats = s_commonFormats;
        m_formatNote->setText(tr("The server's format modules are not known: common formats are shown."));
    } else {
        // The usual ones first, then the rest as the modules list them.
        QStringList ordered;
        for (const QString &f : s_commonFormats) {
            if (formats.contains(f))
                ordered.append(f);
        }
        for (const QString &f : std::as_const(formats)) {
            if (!ordered.contains(f))
                ordered.append(f);
        }
        formats = ordered;
        m_formatNote->setText(tr("%n format(s) from the server's loaded format modules.", nullptr, int(formats.size())));
    }
    m_format->addItems(formats);
    m_format->setCurrentText(u"wav"_s);
    m_formatNote->setObjectName(u"formatNote"_s);
    m_formatNote->setWordWrap(true);

    m_maxDuration->setObjectName(u"maxDurationSeconds"_s);
    m_maxDuration->setAccessibleName(tr("Maximum duration in seconds"));
    m_maxDuration->setRange(0, 24 * 3600);
    m_maxDuration->setSuffix(tr(" s"));
    m_maxDuration->setSpecialValueText(tr("no limit"));
    m_maxSilence->setObjectName(u"maxSilenceSeconds"_s);
    m_maxSilence->setAccessibleName(tr("Maximum silence in seconds"));
    m_maxSilence->setRange(0, 3600);
    m_maxSilence->setSuffix(tr(" s"));
    m_maxSilence->setSpecialValueText(tr("off (no silence detection)"));
    m_maxSilence->setToolTip(tr("Stops after this much silence; Asterisk then also reports talking and silence time"));
    m_ifExists->setObjectName(u"ifExists"_s);
    m_ifExists->setAccessibleName(tr("If the name exists"));
    m_ifExists->addItem(tr("fail: refuse"), u"fail"_s);
    m_ifExists->addItem(tr("overwrite it"), u"overwrite"_s);
    m_ifExists->addItem(tr("append to it"), u"append"_s);
    m_beep->setObjectName(u"beep"_s);
    m_beep->setText(tr("Play a beep first"));
    m_terminateOn->setObjectName(u"terminateOn"_s);
    m_terminateOn->setAccessibleName(tr("DTMF that stops the recording"));
    m_terminateOn->addItem(tr("none"), u"none"_s);
    m_terminateOn->addItem(tr("any key"), u"any"_s);
    m_terminateOn->addItem(u"*"_s, u"*"_s);
    m_terminateOn->addItem(u"#"_s, u"#"_s);

    m_warning->setObjectName(u"recordWarning"_s);
    m_warning->setWordWrap(true);
    QPalette wp = m_warning->palette();
    wp.setColor(QPalette::WindowText, Appearance::readable(QColor(0xb2, 0x3c, 0x00), wp.color(QPalette::Window)));
    m_warning->setPalette(wp);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"recordButton"_s);

    auto *form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Format"), m_format);
    form->addRow(QString(), m_formatNote);
    form->addRow(tr("Maximum &duration"), m_maxDuration);
    form->addRow(tr("Maximum &silence"), m_maxSilence);
    form->addRow(tr("If the name &exists"), m_ifExists);
    form->addRow(QString(), m_beep);
    form->addRow(tr("&Stop on DTMF"), m_terminateOn);
    form->addRow(m_warning);
    form->addRow(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &RecordDialog::updateState);
    connect(m_ifExists, &QComboBox::currentIndexChanged, this, &RecordDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

RecordRequest RecordDialog::request() const
{
    RecordRequest r;
    r.name = m_name->text().trimmed();
    r.format = m_format->currentText().trimmed();
    if (m_maxDuration->value() > 0)
        r.maxDurationSeconds = m_maxDuration->value();
    if (m_maxSilence->value() > 0)
        r.maxSilenceSeconds = m_maxSilence->value();
    r.ifExists = m_ifExists->currentData().toString();
    r.beep = m_beep->isChecked();
    if (m_terminateOn->currentData().toString() != u"none")
        r.terminateOn = m_terminateOn->currentData().toString();
    return r;
}

QString RecordDialog::warningText() const
{
    return m_warning->text();
}

void RecordDialog::updateState()
{
    const QString name = m_name->text().trimmed();
    QStringList warnings;
    bool ok = !name.isEmpty() && !name.contains(u"..") && !m_format->currentText().isEmpty();
    if (name.isEmpty())
        warnings.append(tr("Give the recording a name."));
    else if (name.contains(u".."))
        warnings.append(tr("A name cannot climb out of the recordings folder (\"..\")."));
    if (m_session) {
        const Store *store = m_session->store();
        const QString ifExists = m_ifExists->currentData().toString();
        if (store->liveRecordings().contains(name)) {
            warnings.append(tr("\"%1\" is being recorded right now: Asterisk refuses a second one.").arg(name));
            ok = false;
        } else if (store->storedRecordings().contains(name)) {
            if (ifExists == u"fail") {
                warnings.append(tr("A stored recording is called \"%1\": Asterisk will refuse unless you choose "
                                   "overwrite or append.")
                                    .arg(name));
                ok = false;
            } else {
                warnings.append(ifExists == u"overwrite" ? tr("The stored recording \"%1\" will be replaced.").arg(name)
                                                         : tr("The new audio will be added to the end of \"%1\".").arg(name));
            }
        }
        if (!m_target.isBridge()) {
            if (const LiveChannel *lc = store->channel(m_target.id); lc && !lc->bridgeId.isEmpty())
                warnings.append(tr("This channel is in bridge %1: Asterisk accepts, then fails the recording at once. "
                                   "Record the bridge instead.")
                                    .arg(lc->bridgeId));
        }
    }
    m_warning->setText(warnings.join(u'\n'));
    m_warning->setVisible(!warnings.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace Console

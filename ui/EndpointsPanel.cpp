#include "ui/EndpointsPanel.h"

#include <QIdentityProxyModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Console {

namespace {

// The state column with a symbol as well as the word: online ●, offline ○, unknown ?.
class EndpointStateProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        const QVariant v = QIdentityProxyModel::data(index, role);
        if (role != Qt::DisplayRole || index.column() != 2)
            return v;
        const QString state = v.toString();
        const QString symbol = state == u"online" ? u"●"_s : state == u"offline" ? u"○"_s : u"?"_s;
        return QString(symbol + u' ' + state);
    }
};

} // namespace

EndpointsPanel::EndpointsPanel(const ActionPolicy *policy, Notifier *notifier, QWidget *parent)
    : AdminPage(policy, notifier, parent), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"endpointsPanel"_s);
    setAccessibleName(tr("Endpoints"));
    refreshButton()->setToolTip(tr("Read the endpoints again (GET /endpoints)"));
    m_table = makeTable(nullptr, u"endpoints"_s, tr("Endpoints"), m_proxy);
    m_table->setColumnWidth(0, 110);
    m_table->setColumnWidth(1, 220);
    m_table->setColumnWidth(2, 110);
    m_empty = new QLabel(this);
    m_empty->setObjectName(u"endpointsEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    body()->addWidget(m_table, 1);
    body()->addWidget(m_empty);
    updateEmpty();
}

void EndpointsPanel::setSession(ServerSession *session)
{
    delete m_model;
    m_model = nullptr;
    if (session) {
        m_model = new EndpointModel(session->store(), this);
        auto *states = new EndpointStateProxy(m_model);
        states->setSourceModel(m_model);
        m_proxy->setSourceModel(states);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &EndpointsPanel::updateEmpty);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &EndpointsPanel::updateEmpty);
    } else {
        m_proxy->setSourceModel(nullptr);
    }
    AdminPage::setSession(session);
    updateEmpty();
}

void EndpointsPanel::updateEmpty()
{
    const bool none = !m_model || m_model->rowCount() == 0;
    m_empty->setVisible(none);
    m_empty->setText(m_session ? tr("This Asterisk reports no endpoints (GET /endpoints is empty): it has no SIP or "
                                    "other registered endpoints.")
                               : tr("Not connected."));
}

void EndpointsPanel::refresh()
{
    if (!m_session)
        return;
    refreshButton()->setEnabled(false);
    m_session->client()->endpoints().list().then(this, [this](const Ari::Result<QList<Ari::Endpoint>> &r) {
        refreshButton()->setEnabled(true);
        if (!r.ok()) {
            failed(tr("Reading the endpoints failed"), r.error);
            return;
        }
        Snapshot snapshot;
        snapshot.endpoints = r.value;
        m_session->store()->applySnapshot(snapshot, m_session->store()->lastSyncedMs());
        if (m_model)
            m_model->flush();
        setReadAt();
        updateEmpty();
    });
}

} // namespace Console

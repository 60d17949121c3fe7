#include "models/VariableHistoryModel.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Console {

VariableHistoryModel::VariableHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

const VariableReading &VariableHistoryModel::add(VariableReading reading)
{
    if (reading.ok()) {
        const QString key = reading.target + u'\n' + reading.variable;
        const auto it = m_last.constFind(key);
        reading.first = it == m_last.cend();
        reading.changed = !reading.first && *it != reading.value;
        m_last.insert(key, reading.value);
    }
    if (int(m_rows.size()) >= m_capacity) {
        const int excess = int(m_rows.size()) - m_capacity + 1;
        beginRemoveRows({}, 0, excess - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + excess);
        endRemoveRows();
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.push_back(std::move(reading));
    endInsertRows();
    return m_rows.back();
}

void VariableHistoryModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_last.clear();
    endResetModel();
}

void VariableHistoryModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    const int excess = int(m_rows.size()) - m_capacity;
    if (excess > 0) {
        beginRemoveRows({}, 0, excess - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + excess);
        endRemoveRows();
    }
}

std::optional<QString> VariableHistoryModel::lastValue(const QString &target, const QString &variable) const
{
    const auto it = m_last.constFind(target + u'\n' + variable);
    if (it == m_last.cend())
        return std::nullopt;
    return *it;
}

QString VariableHistoryModel::originText(VariableReading::Origin origin)
{
    switch (origin) {
    case VariableReading::Origin::Read:
        return tr("read");
    case VariableReading::Origin::Watch:
        return tr("watch");
    case VariableReading::Origin::Set:
        return tr("set");
    case VariableReading::Origin::Event:
        return tr("event");
    }
    return {};
}

int VariableHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VariableHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VariableHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const VariableReading &r = m_rows.at(size_t(index.row()));
    switch (role) {
    case TargetRole:
        return r.target;
    case VariableRole:
        return r.variable;
    case ChangedRole:
        return r.changed;
    case OkRole:
        return r.ok();
    case OriginRole:
        return int(r.origin);
    case SortRole:
        switch (index.column()) {
        case Time:
            return r.atMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (!r.ok())
            return r.error;
        return index.column() == Target ? r.target : QVariant(r.value);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QDateTime::fromMSecsSinceEpoch(r.atMs).toString(u"HH:mm:ss"_s);
        case Target:
            return r.targetLabel.isEmpty() ? r.target : r.targetLabel;
        case Variable:
            return r.variable;
        case Value:
            if (!r.ok())
                return r.error;
            return r.value.isEmpty() ? tr("(empty)") : r.value;
        case How: {
            // A symbol and a word, never colour alone.
            const QString how = originText(r.origin);
            if (!r.ok())
                return tr("✕ %1 failed").arg(how);
            if (r.changed)
                return tr("▲ %1, changed").arg(how);
            return QString(u"● "_s + how);
        }
        }
        return {};
    default:
        return {};
    }
}

QVariant VariableHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Target:
        return tr("Of");
    case Variable:
        return tr("Variable");
    case Value:
        return tr("Value");
    case How:
        return tr("How");
    }
    return {};
}

} // namespace Console

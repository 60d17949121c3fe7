#pragma once

#include "models/EntityListModel.h"

#include <QAbstractTableModel>
#include <QHash>

#include <deque>
#include <optional>

namespace Console {

//! One value of a variable or function, as the variable inspector came to know it.
struct VariableReading
{
    enum class Origin : quint8 {
        Read,  //!< read by the operator (Get, multi-get)
        Watch, //!< re-read by a watch
        Set,   //!< set by the operator
        Event, //!< reported by Asterisk (ChannelVarset)
    };
    qint64 atMs = 0;
    QString target;      //!< "channel:<id>", "bridge:<id>" or "global"
    QString targetLabel; //!< the channel's name, the bridge's name, or "global"
    QString variable;
    QString value;
    QString error;       //!< empty when the value is good
    Origin origin = Origin::Read;
    bool changed = false; //!< differs from the previous good value of the same target and variable
    bool first = false;   //!< the first good value of that target and variable

    bool ok() const { return error.isEmpty(); }
};

//! The history of values read, watched and set, newest last, bounded (the
//! oldest go first). Each good value is compared with the previous one of the
//! same target and variable, so a watch shows its changes over time.
//!   history->add({.atMs = now, .target = u"channel:"_s + id, .variable = u"CHANNEL(state)"_s, .value = v});
class VariableHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column : int { Time, Target, Variable, Value, How, ColumnCount };
    enum HistoryRole : int { TargetRole = FirstCustomRole, VariableRole, ChangedRole, OkRole, OriginRole };

    explicit VariableHistoryModel(QObject *parent = nullptr);

    //! Appends one reading; fills in `changed` and `first`. Returns the stored reading.
    const VariableReading &add(VariableReading reading);
    void clear();
    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }
    const VariableReading &at(int row) const { return m_rows.at(size_t(row)); }
    //! The last good value of a target's variable, if any was seen.
    std::optional<QString> lastValue(const QString &target, const QString &variable) const;
    static QString originText(VariableReading::Origin origin);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::deque<VariableReading> m_rows;
    QHash<QString, QString> m_last; //!< target + '\n' + variable -> last good value
    int m_capacity = 5000;
};

} // namespace Console

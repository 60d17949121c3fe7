#pragma once

#include <QSortFilterProxyModel>

namespace Console {

//! Sorts channels on raw values and filters them with typed setters: a quick
//! text (name, number or id), a set of states, and "Stasis only".
class ChannelFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ChannelFilter(QObject *parent = nullptr);

    void setText(const QString &text);
    //! Only channels in these states ("Up", "Ring", ...); empty: all.
    void setStates(const QStringList &states);
    void setStasisOnly(bool only);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QStringList m_states;
    bool m_stasisOnly = false;
};

} // namespace Console

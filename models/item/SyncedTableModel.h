#pragma once

#include "domain/Postmortem.h"

#include <QAbstractTableModel>
#include <QList>

#include <type_traits>
#include <utility>

namespace candor {

namespace detail {

// Whether a row type carries a row_version (std::void_t detection; C++17 has no concepts).
template <typename T, typename = void>
struct HasRowVersion : std::false_type
{
};
template <typename T>
struct HasRowVersion<T, std::void_t<decltype(std::declval<const T &>().rowVersion)>> : std::true_type
{
};

} // namespace detail

// The id of a row a session table shows: its own, or for an action item listed with its context, the item's.
template <typename T>
qint64 rowId(const T &v)
{
    return v.id;
}
inline qint64 rowId(const ActionRow &v)
{
    return v.item.id;
}

// The row_version a row was read at, where it has one: a row whose content is the same but whose version moved on
// (someone wrote and undid meanwhile) is taken too, so the next edit of it is made at the version stored now.
template <typename T>
qint64 rowVersionOf(const T &v)
{
    if constexpr (detail::HasRowVersion<T>::value)
        return v.rowVersion;
    else
        return 0;
}
inline qint64 rowVersionOf(const ActionRow &v)
{
    return v.item.rowVersion;
}

// The base of the small tables a session shows (its timeline, factors, actions...). They re-read their rows from
// the repository after every change and turn the difference into precise removals, moves, inserts and
// dataChanged, never a reset, so the current cell and the selection survive an edit and undo.
template <typename T>
class SyncedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    const T *itemAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    const QList<T> &items() const { return m_rows; }
    int rowOf(qint64 id) const
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (rowId(m_rows.at(row)) == id)
                return row;
        }
        return -1;
    }

protected:
    bool isValidIndex(const QModelIndex &index) const
    {
        return index.isValid() && !index.parent().isValid() && index.row() < m_rows.size() &&
               index.column() < columnCount();
    }

    void setRows(const QList<T> &rows)
    {
        // Rows that are gone, from the bottom up.
        for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
            if (!containsId(rows, rowId(m_rows.at(row)))) {
                beginRemoveRows({}, row, row);
                m_rows.removeAt(row);
                endRemoveRows();
            }
        }
        for (int row = 0; row < rows.size(); ++row) {
            const T &wanted = rows.at(row);
            const qint64 id = rowId(wanted);
            if (row < m_rows.size() && rowId(m_rows.at(row)) != id) {
                const int from = rowOf(id);
                if (from > row) {
                    beginMoveRows({}, from, from, {}, row);
                    m_rows.move(from, row);
                    endMoveRows();
                }
            }
            if (row < m_rows.size() && rowId(m_rows.at(row)) == id) {
                if (!(m_rows.at(row) == wanted)) {
                    m_rows[row] = wanted;
                    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
                } else if (rowVersionOf(m_rows.at(row)) != rowVersionOf(wanted)) {
                    m_rows[row] = wanted; // the same content: nothing to show
                }
            } else {
                beginInsertRows({}, row, row);
                m_rows.insert(row, wanted);
                endInsertRows();
            }
        }
    }

private:
    static bool containsId(const QList<T> &rows, qint64 id)
    {
        for (const T &r : rows) {
            if (rowId(r) == id)
                return true;
        }
        return false;
    }

    QList<T> m_rows;
};

} // namespace candor

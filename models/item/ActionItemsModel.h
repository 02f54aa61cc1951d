#pragma once

#include "item/SyncedTableModel.h"
#include "storage/PostmortemRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace candor {

class BackgroundReads;
class SessionEdits;

// The base of the lists across sessions, of any size: it holds the ids of the rows in order (filtered and sorted in
// SQL) and reads the rows themselves by the page when a view asks, keeping a few pages. After a change the new ids
// become precise removals and inserts (a layout change when rows only moved, as after a new order), and the held rows
// that changed become dataChanged; more than MaxPreciseChanges rows in or out (a new filter) is one reset.
template <typename T>
class IdPagedTableModel : public QAbstractTableModel
{
public:
    static constexpr int PageSize = 100;
    static constexpr int MaxCachedRows = 5 * PageSize;
    // More removed and inserted rows than this make a reset (views then do one pass, not one per row).
    static constexpr int MaxPreciseChanges = 100;

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_ids.size()); }
    // The row (read with its page when it is not held), or null past the end.
    const T *itemAt(int row) const
    {
        if (row < 0 || row >= m_ids.size())
            return nullptr;
        auto found = m_cache.constFind(m_ids.at(row));
        if (found == m_cache.cend()) {
            loadPage(row / PageSize);
            found = m_cache.constFind(m_ids.at(row));
        }
        return found == m_cache.cend() ? nullptr : &found.value();
    }
    qint64 idAt(int row) const { return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0; }
    int rowOf(qint64 id) const { return int(m_ids.indexOf(id)); }
    const QList<qint64> &ids() const { return m_ids; }
    // How many rows are held in memory (tests watch this: never all of a big list).
    int cachedRowCount() const { return int(m_cache.size()); }

protected:
    // Reads these rows, in any order.
    virtual QList<T> fetchRows(const QList<qint64> &ids) const = 0;

    bool isValidIndex(const QModelIndex &index) const
    {
        return index.isValid() && !index.parent().isValid() && index.row() < m_ids.size() &&
               index.column() < columnCount();
    }

    // Shows these rows, in this order. `known`: rows already read in full (a short list), held without a second
    // read; other held rows are read again to find what changed.
    void setIds(const QList<qint64> &ids, const QList<T> &known = {})
    {
        const QSet<qint64> wanted(ids.cbegin(), ids.cend());
        const QSet<qint64> had(m_ids.cbegin(), m_ids.cend());
        int changes = 0;
        for (qint64 id : std::as_const(m_ids))
            changes += wanted.contains(id) ? 0 : 1;
        for (qint64 id : ids)
            changes += had.contains(id) ? 0 : 1;

        // The rows held before, as they are now.
        QHash<qint64, T> fresh;
        for (const T &row : known)
            fresh.insert(rowIdOf(row), row);
        QList<qint64> reread;
        for (auto it = m_cache.cbegin(); it != m_cache.cend(); ++it) {
            if (wanted.contains(it.key()) && !fresh.contains(it.key()))
                reread.append(it.key());
        }
        for (const T &row : fetchRows(reread))
            fresh.insert(rowIdOf(row), row);

        if (changes > MaxPreciseChanges) {
            beginResetModel();
            m_ids = ids;
            m_cache = std::move(fresh);
            endResetModel();
            return;
        }
        // Gone, from the bottom up.
        for (int row = int(m_ids.size()) - 1; row >= 0; --row) {
            if (!wanted.contains(m_ids.at(row))) {
                beginRemoveRows({}, row, row);
                m_cache.remove(m_ids.at(row));
                m_ids.removeAt(row);
                endRemoveRows();
            }
        }
        // New, at their place among the rows that stay.
        for (int row = 0; row < ids.size(); ++row) {
            const qint64 id = ids.at(row);
            if (had.contains(id))
                continue;
            const int at = std::min(row, int(m_ids.size()));
            beginInsertRows({}, at, at);
            m_ids.insert(at, id);
            if (fresh.contains(id))
                m_cache.insert(id, fresh.value(id));
            endInsertRows();
        }
        // Moved: one layout change that keeps every persistent index (selection, current cell) on its row.
        if (m_ids != ids) {
            emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
            QHash<qint64, int> rowOfId;
            rowOfId.reserve(ids.size());
            for (int row = 0; row < ids.size(); ++row)
                rowOfId.insert(ids.at(row), row);
            const QModelIndexList before = persistentIndexList();
            QModelIndexList after;
            after.reserve(before.size());
            for (const QModelIndex &index : before)
                after.append(index.isValid() ? this->index(rowOfId.value(m_ids.at(index.row())), index.column())
                                             : QModelIndex());
            m_ids = ids;
            changePersistentIndexList(before, after);
            emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        }
        // Changed in place: only rows a view has read can be on screen; rows known in full are held from now on.
        QSet<qint64> changedIds;
        for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
            const auto held = m_cache.find(it.key());
            if (held == m_cache.end()) {
                m_cache.insert(it.key(), it.value());
            } else if (!(held.value() == it.value())) {
                held.value() = it.value();
                changedIds.insert(it.key());
            } else if (rowVersionOf(held.value()) != rowVersionOf(it.value())) {
                held.value() = it.value(); // the same content at a newer version: nothing to show
            }
        }
        if (changedIds.isEmpty())
            return;
        for (int row = 0; row < m_ids.size(); ++row) {
            if (changedIds.contains(m_ids.at(row)))
                emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
    }

    // Reads every row again when next asked (the ids stay).
    void forgetRows() { m_cache.clear(); }

private:
    void loadPage(int page) const
    {
        if (m_cache.size() + PageSize > MaxCachedRows)
            m_cache.clear();
        const QList<qint64> ids = m_ids.mid(qsizetype(page) * PageSize, PageSize);
        for (const T &row : fetchRows(ids))
            m_cache.insert(rowIdOf(row), row);
    }
    static qint64 rowIdOf(const T &row) { return rowId(row); }

    QList<qint64> m_ids;
    mutable QHash<qint64, T> m_cache;
};

// Action items, of one session or across all of them, filtered and sorted in SQL and read by the page, so the list
// of every item (100,000 of them) opens at once. Across sessions, when the database holds more than BackgroundRows
// items, a new filter or order is read on a thread of its own (isLoading() meanwhile; the rows shown stay until the
// new ones replace them); edits are followed at once. Overdue items carry OverdueRole and stand out (bold, warning
// colour, a tooltip saying how late). Text, kind, person, due date and status edit in place, each edit an undoable
// command.
class ActionItemsModel : public IdPagedTableModel<ActionRow>
{
    Q_OBJECT
public:
    enum Column {
        TextColumn,
        KindColumn,
        OwnerColumn,
        PersonColumn,
        DueColumn,
        StatusColumn,
        FactorColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole, SortRole, OverdueRole, IncidentIdRole };
    static constexpr int BackgroundRows = 2000;

    ActionItemsModel(PostmortemRepository &repository, SessionEdits &edits, const ActionFilter &filter,
                     QObject *parent = nullptr);

    const ActionFilter &filter() const { return m_filter; }
    void setFilter(const ActionFilter &filter);
    // The day overdue is measured against: today, moving on at midnight, unless set here (tests, reports).
    void setToday(const QDate &today);
    QDate today() const;
    // How many of the rows are overdue (counted in SQL with the rows).
    int overdueCount() const { return m_overdueCount; }
    // A new filter or order is being read in the background.
    bool isLoading() const { return m_loading; }
    // The status as the Status column shows it ("Open, overdue").
    static QString statusText(ActionStatus status, bool overdue);

    // While one lives, changes only mark the list stale; it is read again once when the last batch ends (several
    // items marked done as one step).
    class ReloadBatch
    {
    public:
        explicit ReloadBatch(ActionItemsModel &model)
            : m_model(model)
        {
            ++m_model.m_batches;
        }
        ~ReloadBatch()
        {
            if (--m_model.m_batches == 0 && m_model.m_reloadWanted)
                m_model.reload();
        }
        ReloadBatch(const ReloadBatch &) = delete;
        ReloadBatch &operator=(const ReloadBatch &) = delete;

    private:
        ActionItemsModel &m_model;
    };

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Sorts in SQL; a column of -1 returns to the list's own order (overdue and soonest due first).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

public slots:
    void reload();

signals:
    void editFailed(const QString &message);
    void loadingChanged(bool loading);

protected:
    QList<ActionRow> fetchRows(const QList<qint64> &ids) const override;

private:
    PostmortemRepository &m_repository;
    SessionEdits &m_edits;
    void armMidnight();
    void changeToday(const QDate &today);
    // Reloads now, or for a big list across sessions, in the background.
    void reloadForView();
    void setLoading(bool loading);

    ActionFilter m_filter;
    ActionOrder m_order;
    QDate m_today = QDate::currentDate();
    bool m_pinned = false; // setToday() fixed the day
    int m_overdueCount = 0;
    int m_batches = 0;
    bool m_reloadWanted = false;
    bool m_big = false; // the database holds more than BackgroundRows items
    bool m_loading = false;
    quint64 m_generation = 0; // of the newest read; an older background result is dropped
    BackgroundReads *m_reads = nullptr;
    QTimer m_midnight;
};

// Every postmortem and retro, newest first, read by the page; sorted in SQL.
class SessionTableModel : public IdPagedTableModel<SessionRow>
{
    Q_OBJECT
public:
    enum Column { TitleColumn, KindColumn, TeamColumn, PhaseColumn, CreatedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole, SortRole };

    // WhenAsked: reads nothing until load() (the composition root builds it at start, but only the Sessions area
    // shows it, and sorting every session of an organisation is not the start's business).
    enum class Loading { Now, WhenAsked };
    explicit SessionTableModel(PostmortemRepository &repository, Loading loading = Loading::Now,
                               QObject *parent = nullptr);

    // The first read, for a model built WhenAsked; later calls do nothing.
    void load();
    bool isLoaded() const { return m_loaded; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Sorts in SQL; a column of -1 returns to newest first.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

public slots:
    void reload();

protected:
    QList<SessionRow> fetchRows(const QList<qint64> &ids) const override;

private:
    PostmortemRepository &m_repository;
    SessionOrder m_order;
    bool m_loaded = false;
};

} // namespace candor

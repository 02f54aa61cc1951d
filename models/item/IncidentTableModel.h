#pragma once

#include "domain/IncidentQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace candor {

class IncidentRepository;
class TeamRepository;

// The incident list, of any size. It knows the number of matching rows and reads them page by page when a view
// asks: keyset pages next to a page it has seen, offset pages (from the nearer end) for a jump. Only a few pages
// are held at once, so scrolling 50,000 incidents never loads them all. Filtering and sorting run in SQL.
// Changes arrive as the repository's signals and become precise row inserts, removals, moves and dataChanged.
class IncidentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StartedColumn,
        SeverityColumn,
        StatusColumn,
        TitleColumn,
        TeamColumn,
        ServiceColumn,
        TimeToDetectColumn,
        TimeToResolveColumn,
        ColumnCount
    };
    // SortRole: the raw value (a time, a number, seconds for the durations; an invalid QVariant for a duration that
    // is not known yet, which proxies sort last, as the SQL order does).
    enum Role { IdRole = Qt::UserRole, SortRole };
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 8;

    IncidentTableModel(IncidentRepository &incidents, TeamRepository &teams, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const IncidentFilter &filter() const { return m_filter; }
    void setFilter(const IncidentFilter &filter);
    const IncidentOrder &order() const { return m_order; }

    qint64 idAt(int row) const;
    // The row an incident has in the current filter and order, or -1 when it is filtered out.
    int rowOfIncident(qint64 id) const;
    // How many rows are held in memory right now (tests and benchmarks watch this).
    int cachedRowCount() const;

public slots:
    void reload();

private:
    const IncidentRow *rowAt(int row) const;
    void loadPage(int page) const;
    void clearCache();
    void onInserted(const Incident &incident);
    void onUpdated(const Incident &before, const Incident &after);
    void onRemoved(const Incident &incident);

    // A change the database already holds but the views have not been told about yet.
    struct Pending
    {
        enum Kind { None, Insert, Remove, Move } kind = None;
        int from = 0;
        int to = 0;
        IncidentRow removed;
    };
    void startChange(const Pending &pending, int storedTotal);
    int storedRow(int row) const; // a row in the announced numbering -> the stored one (-1: the removed row)
    IncidentRow rowFrom(const Incident &incident) const;

    IncidentRepository &m_incidents;
    TeamRepository &m_teams;
    IncidentFilter m_filter;
    IncidentOrder m_order;
    int m_total = 0;       // rows the views know of
    int m_storedTotal = 0; // rows in the database while a change is pending
    Pending m_pending;

    struct Bounds
    {
        IncidentRow first;
        IncidentRow last;
    };
    mutable QHash<int, QList<IncidentRow>> m_pages;
    mutable QList<int> m_recentPages;    // least recently used first
    mutable QHash<int, Bounds> m_bounds; // first and last row of every page seen since the last change
};

} // namespace candor

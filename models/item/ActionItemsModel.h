#pragma once

#include "item/SyncedTableModel.h"
#include "storage/PostmortemRepository.h"

#include <QTimer>

namespace candor {

class SessionEdits;

// Action items, of one session or across all of them, filtered in SQL. Overdue items carry OverdueRole and stand
// out (bold, warning colour, a tooltip saying how late). Text, kind, person, due date and status edit in place,
// each edit an undoable command.
class ActionItemsModel : public SyncedTableModel<ActionRow>
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

    ActionItemsModel(PostmortemRepository &repository, SessionEdits &edits, const ActionFilter &filter,
                     QObject *parent = nullptr);

    const ActionFilter &filter() const { return m_filter; }
    void setFilter(const ActionFilter &filter);
    // The day overdue is measured against: today, moving on at midnight, unless set here (tests, reports).
    void setToday(const QDate &today);
    QDate today() const;
    int overdueCount() const;
    // The status as the Status column shows it ("Open, overdue").
    static QString statusText(ActionStatus status, bool overdue);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

public slots:
    void reload();

signals:
    void editFailed(const QString &message);

private:
    PostmortemRepository &m_repository;
    SessionEdits &m_edits;
    void armMidnight();
    void changeToday(const QDate &today);

    ActionFilter m_filter;
    QDate m_today = QDate::currentDate();
    bool m_pinned = false; // setToday() fixed the day
    QTimer m_midnight;
};

// Every postmortem and retro, newest first.
class SessionTableModel : public SyncedTableModel<SessionRow>
{
    Q_OBJECT
public:
    enum Column { TitleColumn, KindColumn, TeamColumn, PhaseColumn, CreatedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole, SortRole };

    explicit SessionTableModel(PostmortemRepository &repository, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

public slots:
    void reload();

private:
    PostmortemRepository &m_repository;
};

} // namespace candor

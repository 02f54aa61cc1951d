#pragma once

#include "item/SyncedTableModel.h"

namespace candor {

class PostmortemRepository;
class SessionEdits;

// A session's timeline, always in time order. Cells are edited in place; each edit is an undoable command.
class TimelineModel : public SyncedTableModel<TimelineEvent>
{
    Q_OBJECT
public:
    enum Column { TimeColumn, KindColumn, TextColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole, SortRole };

    TimelineModel(PostmortemRepository &repository, SessionEdits &edits, qint64 sessionId, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // A short label for an event ("14:05 Detection"), used where factors name the events they explain.
    static QString label(const TimelineEvent &event);

signals:
    void editFailed(const QString &message);

private:
    void reload();

    PostmortemRepository &m_repository;
    SessionEdits &m_edits;
    qint64 m_sessionId;
};

} // namespace candor

#pragma once

#include "item/SyncedTableModel.h"

namespace candor {

class PostmortemRepository;
class SessionEdits;

// A session's contributing factors with the timeline events each explains. Category and text edit in place.
class FactorModel : public SyncedTableModel<ContributingFactor>
{
    Q_OBJECT
public:
    enum Column { CategoryColumn, TextColumn, EventsColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole, EventIdsRole };

    FactorModel(PostmortemRepository &repository, SessionEdits &edits, qint64 sessionId, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void editFailed(const QString &message);

private:
    void reload();

    PostmortemRepository &m_repository;
    SessionEdits &m_edits;
    qint64 m_sessionId;
    QList<TimelineEvent> m_events; // for the labels of linked events
};

// One of a session's lists of what went well, where the group got lucky, what it learned, or open questions.
class LearningModel : public SyncedTableModel<Learning>
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole };

    LearningModel(PostmortemRepository &repository, SessionEdits &edits, qint64 sessionId, LearningKind kind,
                  QObject *parent = nullptr);

    LearningKind kind() const { return m_kind; }
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void editFailed(const QString &message);

private:
    void reload();

    PostmortemRepository &m_repository;
    SessionEdits &m_edits;
    qint64 m_sessionId;
    LearningKind m_kind;
};

} // namespace candor

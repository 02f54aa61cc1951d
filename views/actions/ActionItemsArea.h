#pragma once

#include "domain/Postmortem.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QIdentityProxyModel;
class QTableView;

namespace candor {

class ActionItemsModel;
class Banner;
class SessionEdits;
class TeamComboBox;
class TeamTreeModel;

// The Action items area: every action item from every postmortem and retro, filtered by owning team (with its
// sub-teams), status and overdue, edited in place, and marked done or reopened with undo.
class ActionItemsArea : public QWidget
{
    Q_OBJECT
public:
    ActionItemsArea(ActionItemsModel &model, TeamTreeModel &teams, SessionEdits &edits, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // The selected action items, in the order shown.
    QList<qint64> selectedActionIds() const;

public slots:
    // Marks the selected open or in-progress items done (one undo step).
    void markDone();
    // Sets the selected done or dropped items back to open (one undo step).
    void reopen();

signals:
    // A double-click on the From cell of an item that came from an incident's postmortem.
    void openIncidentRequested(qint64 incidentId);

private:
    void applyFilter();
    void updateCount();
    void updateActions();
    void setStatus(ActionStatus status);
    void showProblem(const QString &message);
    void onDoubleClicked(const QModelIndex &index);

    ActionItemsModel &m_model;
    TeamTreeModel &m_teams;
    SessionEdits &m_edits;
    QIdentityProxyModel *m_proxy;
    TeamComboBox *m_team;
    QComboBox *m_status;
    QCheckBox *m_overdue;
    QLabel *m_count;
    Banner *m_problem;
    QTableView *m_view;
    QAction *m_markDoneAction;
    QAction *m_reopenAction;
    QPushButton *m_markDone;
    QPushButton *m_reopen;
};

} // namespace candor

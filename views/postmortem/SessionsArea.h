#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace candor {

class PostmortemRepository;
class SessionTableModel;
class TeamTreeModel;

// The Postmortems area: every postmortem and retro, newest first. Opens one (the main window decides how),
// starts a retro for a team, and deletes a session with everything recorded in it.
class SessionsArea : public QWidget
{
    Q_OBJECT
public:
    SessionsArea(SessionTableModel &model, PostmortemRepository &repository, TeamTreeModel &teams,
                 QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    qint64 selectedSessionId() const;

public slots:
    // Asks to open the selected session.
    void openSession();
    // Opens the dialog for a new retro; once created, asks to open it.
    void newRetro();
    // Deletes the selected session after asking; this cannot be undone.
    void deleteSession();

signals:
    void openSessionRequested(qint64 sessionId);

private:
    void updateState();
    void select(qint64 sessionId);

    SessionTableModel &m_model;
    PostmortemRepository &m_repository;
    TeamTreeModel &m_teams;
    QTableView *m_view;
    QLabel *m_emptyHint;
    QPushButton *m_open;
    QPushButton *m_delete;
};

} // namespace candor

#pragma once

#include "domain/Incident.h"
#include "domain/Result.h"
#include "domain/Team.h"
#include "undo/EntityCommands.h"

#include <QObject>

#include <functional>

class QUndoStack;

namespace candor {

class IncidentRepository;
class TeamRepository;

// The one way the GUI changes data: each function makes the change durable through a repository and pushes an
// undoable command with a translated text ("Add team “Payments”"). A failed change pushes nothing and returns
// the reason; a later undo or redo that fails is reported through failed(). Changes and removals are made at the
// version the caller saw (the item's rowVersion, or `version`; 0: the one stored now): see UndoFacade.
class Edits : public UndoFacade
{
    Q_OBJECT
public:
    Edits(QUndoStack &stack, TeamRepository &teams, IncidentRepository &incidents, QObject *parent = nullptr);

    Result<qint64> addTeam(const Team &team);
    Status editTeam(const Team &team);
    Status removeTeam(qint64 teamId, qint64 version = 0);

    Result<qint64> addMember(const Member &member);
    Status editMember(const Member &member);
    Status removeMember(qint64 memberId, qint64 version = 0);

    Result<qint64> addIncident(const Incident &incident);
    Status editIncident(const Incident &incident);
    Status removeIncident(qint64 incidentId, qint64 version = 0);

private:
    TeamRepository &m_teams;
    IncidentRepository &m_incidents;
};

} // namespace candor

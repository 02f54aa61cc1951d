#include "Edits.h"

#include "EntityCommands.h"
#include "domain/Names.h"
#include "storage/IncidentRepository.h"
#include "storage/TeamRepository.h"

#include <QUndoStack>

namespace candor {

Edits::Edits(QUndoStack &stack, TeamRepository &teams, IncidentRepository &incidents, QObject *parent)
    : UndoFacade(stack, parent)
    , m_teams(teams)
    , m_incidents(incidents)
{}

Result<qint64> Edits::addTeam(const Team &team)
{
    auto value = std::make_shared<Team>(team);
    value->id = 0;
    auto *cmd = command(tr("Add team “%1”").arg(shortName(team.name)),
                        insertKeepingId(value, [this](const Team &t) { return m_teams.insertTeam(t); }),
                        [this, value]() { return m_teams.removeTeam(value->id); });
    if (const Status status = push(cmd); !status)
        return Result<qint64>::failure(status.error());
    return value->id;
}

Status Edits::editTeam(const Team &team)
{
    const Result<Team> before = m_teams.team(team.id);
    if (!before)
        return Status::failure(before.error());
    if (*before == team)
        return {};
    const Team old = *before;
    const QString text = old.name != team.name
                             ? tr("Rename team “%1” to “%2”").arg(shortName(old.name), shortName(team.name))
                             : tr("Edit team “%1”").arg(shortName(team.name));
    return push(command(
        text, [this, team]() { return m_teams.updateTeam(team); }, [this, old]() { return m_teams.updateTeam(old); }));
}

Status Edits::removeTeam(qint64 teamId)
{
    const Result<Team> team = m_teams.team(teamId);
    if (!team)
        return Status::failure(team.error());
    const Team removed = *team;
    const QList<Member> members = m_teams.members(teamId);
    return push(command(
        tr("Delete team “%1”").arg(shortName(removed.name)), [this, teamId]() { return m_teams.removeTeam(teamId); },
        [this, removed, members]() { return Status::from(m_teams.insertTeam(removed, members)); }));
}

Result<qint64> Edits::addMember(const Member &member)
{
    auto value = std::make_shared<Member>(member);
    value->id = 0;
    auto *cmd = command(tr("Add member “%1”").arg(shortName(member.name)),
                        insertKeepingId(value, [this](const Member &m) { return m_teams.insertMember(m); }),
                        [this, value]() { return m_teams.removeMember(value->id); });
    if (const Status status = push(cmd); !status)
        return Result<qint64>::failure(status.error());
    return value->id;
}

Status Edits::editMember(const Member &member)
{
    const Result<Member> before = m_teams.member(member.id);
    if (!before)
        return Status::failure(before.error());
    if (*before == member)
        return {};
    const Member old = *before;
    return push(command(
        tr("Edit member “%1”").arg(shortName(member.name)), [this, member]() { return m_teams.updateMember(member); },
        [this, old]() { return m_teams.updateMember(old); }));
}

Status Edits::removeMember(qint64 memberId)
{
    const Result<Member> member = m_teams.member(memberId);
    if (!member)
        return Status::failure(member.error());
    const Member removed = *member;
    return push(command(
        tr("Delete member “%1”").arg(shortName(removed.name)),
        [this, memberId]() { return m_teams.removeMember(memberId); },
        [this, removed]() { return Status::from(m_teams.insertMember(removed)); }));
}

Result<qint64> Edits::addIncident(const Incident &incident)
{
    auto value = std::make_shared<Incident>(incident);
    value->id = 0;
    auto *cmd = command(tr("Add incident “%1”").arg(shortName(incident.title)),
                        insertKeepingId(value, [this](const Incident &i) { return m_incidents.insert(i); }),
                        [this, value]() { return m_incidents.remove(value->id); });
    if (const Status status = push(cmd); !status)
        return Result<qint64>::failure(status.error());
    return value->id;
}

Status Edits::editIncident(const Incident &incident)
{
    const Result<Incident> before = m_incidents.incident(incident.id);
    if (!before)
        return Status::failure(before.error());
    if (*before == incident)
        return {};
    const Incident old = *before;
    return push(command(
        tr("Edit incident “%1”").arg(shortName(incident.title)),
        [this, incident]() { return m_incidents.update(incident); },
        [this, old]() { return m_incidents.update(old); }));
}

Status Edits::removeIncident(qint64 incidentId)
{
    const Result<Incident> incident = m_incidents.incident(incidentId);
    if (!incident)
        return Status::failure(incident.error());
    const Incident removed = *incident;
    return push(command(
        tr("Delete incident “%1”").arg(shortName(removed.title)),
        [this, incidentId]() { return m_incidents.remove(incidentId); },
        [this, removed]() { return Status::from(m_incidents.insert(removed)); }));
}

} // namespace candor

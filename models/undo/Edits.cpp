#include "Edits.h"

#include "EntityCommands.h"
#include "domain/Names.h"
#include "storage/IncidentRepository.h"
#include "storage/TeamRepository.h"

#include <QUndoStack>

namespace candor {

namespace {

// The keys of UndoFacade::rowVersion.
const QString Teams = QStringLiteral("team");
const QString Members = QStringLiteral("member");
const QString Incidents = QStringLiteral("incident");

} // namespace

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
                        insertTrackingVersion(
                            value, [this](qint64 id) { return rowVersion(Teams, id); },
                            [this](const Team &t) { return m_teams.insertTeam(t); },
                            [this](qint64 id) { return m_teams.team(id); }),
                        [this, value]() { return m_teams.removeTeam(value->id, *rowVersion(Teams, value->id)); });
    if (const Status status = push(cmd); !status)
        return Result<qint64>::failure(status.error());
    return value->id;
}

Status Edits::editTeam(const Team &team)
{
    const Result<Team> before = m_teams.team(team.id);
    if (!before)
        return unreadable(before, team.name);
    if (*before == team)
        return {};
    const Team old = *before;
    const QString text = old.name != team.name
                             ? tr("Rename team “%1” to “%2”").arg(shortName(old.name), shortName(team.name))
                             : tr("Edit team “%1”").arg(shortName(team.name));
    // At the version the caller saw, so an edit of something another desktop changed meanwhile is a conflict.
    auto version = rowVersion(Teams, team.id);
    *version = team.rowVersion;
    const auto write = [this](const Team &t, qint64 *written) {
        return m_teams.updateTeam(t, written);
    };
    return push(command(text, writeAtVersion(team, version, write), writeAtVersion(old, version, write), version));
}

Status Edits::removeTeam(qint64 teamId, qint64 version)
{
    const Result<Team> team = m_teams.team(teamId);
    if (!team)
        return unreadableForRemoval(team, version);
    const Team removed = *team;
    const QList<Member> members = m_teams.members(teamId);
    auto at = rowVersion(Teams, teamId);
    *at = version > 0 ? version : removed.rowVersion;
    return push(command(
        tr("Delete team “%1”").arg(shortName(removed.name)),
        [this, teamId, at]() { return m_teams.removeTeam(teamId, *at); },
        [this, removed, members, at]() {
            if (const Result<qint64> id = m_teams.insertTeam(removed, members); !id)
                return Status::from(id);
            const Result<Team> restored = m_teams.team(removed.id);
            *at = restored ? restored->rowVersion : 0;
            return Status();
        },
        at));
}

Result<qint64> Edits::addMember(const Member &member)
{
    auto value = std::make_shared<Member>(member);
    value->id = 0;
    auto *cmd = command(tr("Add member “%1”").arg(shortName(member.name)),
                        insertTrackingVersion(
                            value, [this](qint64 id) { return rowVersion(Members, id); },
                            [this](const Member &m) { return m_teams.insertMember(m); },
                            [this](qint64 id) { return m_teams.member(id); }),
                        [this, value]() { return m_teams.removeMember(value->id, *rowVersion(Members, value->id)); });
    if (const Status status = push(cmd); !status)
        return Result<qint64>::failure(status.error());
    return value->id;
}

Status Edits::editMember(const Member &member)
{
    const Result<Member> before = m_teams.member(member.id);
    if (!before)
        return unreadable(before, member.name);
    if (*before == member)
        return {};
    const Member old = *before;
    auto version = rowVersion(Members, member.id);
    *version = member.rowVersion;
    const auto write = [this](const Member &m, qint64 *written) {
        return m_teams.updateMember(m, written);
    };
    return push(command(tr("Edit member “%1”").arg(shortName(member.name)), writeAtVersion(member, version, write),
                        writeAtVersion(old, version, write), version));
}

Status Edits::removeMember(qint64 memberId, qint64 version)
{
    const Result<Member> member = m_teams.member(memberId);
    if (!member)
        return unreadableForRemoval(member, version);
    const Member removed = *member;
    auto at = rowVersion(Members, memberId);
    *at = version > 0 ? version : removed.rowVersion;
    return push(command(
        tr("Delete member “%1”").arg(shortName(removed.name)),
        [this, memberId, at]() { return m_teams.removeMember(memberId, *at); },
        insertTrackingVersion(
            std::make_shared<Member>(removed), [at](qint64) { return at; },
            [this](const Member &m) { return m_teams.insertMember(m); },
            [this](qint64 id) { return m_teams.member(id); }),
        at));
}

Result<qint64> Edits::addIncident(const Incident &incident)
{
    auto value = std::make_shared<Incident>(incident);
    value->id = 0;
    auto *cmd = command(tr("Add incident “%1”").arg(shortName(incident.title)),
                        insertTrackingVersion(
                            value, [this](qint64 id) { return rowVersion(Incidents, id); },
                            [this](const Incident &i) { return m_incidents.insert(i); },
                            [this](qint64 id) { return m_incidents.incident(id); }),
                        [this, value]() { return m_incidents.remove(value->id, *rowVersion(Incidents, value->id)); });
    if (const Status status = push(cmd); !status)
        return Result<qint64>::failure(status.error());
    return value->id;
}

Status Edits::editIncident(const Incident &incident)
{
    const Result<Incident> before = m_incidents.incident(incident.id);
    if (!before)
        return unreadable(before, incident.title);
    if (*before == incident)
        return {};
    const Incident old = *before;
    auto version = rowVersion(Incidents, incident.id);
    *version = incident.rowVersion;
    const auto write = [this](const Incident &i, qint64 *written) {
        return m_incidents.update(i, written);
    };
    return push(command(tr("Edit incident “%1”").arg(shortName(incident.title)),
                        writeAtVersion(incident, version, write), writeAtVersion(old, version, write), version));
}

Status Edits::removeIncident(qint64 incidentId, qint64 version)
{
    const Result<Incident> incident = m_incidents.incident(incidentId);
    if (!incident)
        return unreadableForRemoval(incident, version);
    const Incident removed = *incident;
    auto at = rowVersion(Incidents, incidentId);
    *at = version > 0 ? version : removed.rowVersion;
    return push(command(
        tr("Delete incident “%1”").arg(shortName(removed.title)),
        [this, incidentId, at]() { return m_incidents.remove(incidentId, *at); },
        insertTrackingVersion(
            std::make_shared<Incident>(removed), [at](qint64) { return at; },
            [this](const Incident &i) { return m_incidents.insert(i); },
            [this](qint64 id) { return m_incidents.incident(id); }),
        at));
}

} // namespace candor

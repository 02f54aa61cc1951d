// Shared postmortem fixtures on top of TestData.h: stores with the postmortem repository (and the SessionEdits undo
// facade), makers for sessions, retros, participants, timeline events, contributing factors, learnings and action
// items, and seeders that store a row and return its id. Header-only; include as "common/PostmortemData.h".
#pragma once

#include "common/TestData.h"
#include "storage/PostmortemRepository.h"
#include "undo/SessionEdits.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUndoStack>

namespace candor::testdata {

// ---- Stores ----

// The shared store plus the postmortem repository; the repository goes first, the database last.
struct PostmortemStore : Store
{
    explicit PostmortemStore(const QString &path)
        : Store(path)
    {}
    PostmortemRepository postmortems{database};
};

// The postmortem store plus an undo stack and the SessionEdits facade on top; the facade goes first.
struct SessionEditStore : PostmortemStore
{
    explicit SessionEditStore(const QString &path)
        : PostmortemStore(path)
    {}
    QUndoStack stack;
    SessionEdits edits{stack, postmortems};
};

// ---- Makers: values to store, with an id of 0 ----

// A postmortem of the incident, facilitated by Sam Rivers unless another facilitator (or none) is given.
inline Session makePostmortem(qint64 incidentId, qint64 teamId, const QDateTime &created,
                              const QString &facilitator = QStringLiteral("Sam Rivers"))
{
    Session session;
    session.kind = SessionKind::Postmortem;
    session.incidentId = incidentId;
    session.teamId = teamId;
    session.facilitator = facilitator;
    session.created = created;
    return session;
}

// A retro of February 2024, without a facilitator.
inline Session makeRetro(qint64 teamId, const QString &title, const QDateTime &created)
{
    Session session;
    session.kind = SessionKind::Retro;
    session.teamId = teamId;
    session.title = title;
    session.periodStart = QDate(2024, 2, 1);
    session.periodEnd = QDate(2024, 2, 29);
    session.created = created;
    return session;
}

// A guest on call (no member record); position -1 joins the end of the speaking queue.
inline Participant makeParticipant(qint64 sessionId, const QString &name, int position = -1)
{
    Participant participant;
    participant.sessionId = sessionId;
    participant.name = name;
    participant.role = QStringLiteral("On call");
    participant.position = position;
    return participant;
}

inline TimelineEvent makeEvent(qint64 sessionId, const QDateTime &time, const QString &text,
                               EventKind kind = EventKind::Other)
{
    TimelineEvent event;
    event.sessionId = sessionId;
    event.time = time;
    event.kind = kind;
    event.text = text;
    return event;
}

// A technology factor unless told otherwise, explaining the given events of its session.
inline ContributingFactor makeFactor(qint64 sessionId, const QString &text, const QList<qint64> &eventIds = {},
                                     FactorCategory category = FactorCategory::Technology)
{
    ContributingFactor factor;
    factor.sessionId = sessionId;
    factor.category = category;
    factor.text = text;
    factor.eventIds = eventIds;
    return factor;
}

inline Learning makeLearning(qint64 sessionId, LearningKind kind, const QString &text)
{
    Learning learning;
    learning.sessionId = sessionId;
    learning.kind = kind;
    learning.text = text;
    return learning;
}

// An item to detect sooner, created at 20:00 on 1 March 2024; open, undated and addressing no factor unless told.
inline ActionItem makeAction(qint64 sessionId, qint64 ownerTeamId, const QString &text, const QDate &due = {},
                             ActionStatus status = ActionStatus::Open, qint64 factorId = 0)
{
    ActionItem action;
    action.sessionId = sessionId;
    action.kind = ActionKind::DetectSooner;
    action.text = text;
    action.ownerTeamId = ownerTeamId;
    action.due = due;
    action.status = status;
    action.factorId = factorId;
    action.created = at(20);
    return action;
}

// ---- Seeders: store a row and return its id ----

// The id, or 0 with a warning that says what was refused; the test's next check on the id then fails.
inline qint64 idOf(const Result<qint64> &result, const char *what)
{
    if (!result)
        qWarning("%s: %s", what, qPrintable(result.error()));
    return result ? *result : 0;
}

inline qint64 addTeam(TeamRepository &teams, const QString &name, qint64 parentId = 0)
{
    return idOf(teams.insertTeam(makeTeam(name, parentId)), "insertTeam");
}

inline qint64 addMember(TeamRepository &teams, qint64 teamId, const QString &name, bool manager = false)
{
    Member member = makeMember(teamId, name);
    member.isManager = manager;
    return idOf(teams.insertMember(member), "insertMember");
}

// A resolved incident as makeIncident() makes it, on the given service if one is given.
inline qint64 addIncident(IncidentRepository &incidents, qint64 teamId, const QString &title,
                          const QString &service = {})
{
    Incident incident = makeIncident(teamId, title);
    if (!service.isEmpty())
        incident.service = service;
    return idOf(incidents.insert(incident), "insert incident");
}

inline qint64 addSession(PostmortemRepository &repository, const Session &session)
{
    return idOf(repository.insertSession(session), "insertSession");
}

inline qint64 addParticipant(PostmortemRepository &repository, const Participant &participant)
{
    return idOf(repository.insertParticipant(participant), "insertParticipant");
}

inline qint64 addEvent(PostmortemRepository &repository, const TimelineEvent &event)
{
    return idOf(repository.insertEvent(event), "insertEvent");
}

inline qint64 addFactor(PostmortemRepository &repository, const ContributingFactor &factor)
{
    return idOf(repository.insertFactor(factor), "insertFactor");
}

inline qint64 addLearning(PostmortemRepository &repository, const Learning &learning)
{
    return idOf(repository.insertLearning(learning), "insertLearning");
}

inline qint64 addAction(PostmortemRepository &repository, const ActionItem &action)
{
    return idOf(repository.insertAction(action), "insertAction");
}

} // namespace candor::testdata

// Shared test fixtures: an open database with both repositories, fixed points in time, and ready-made teams,
// members and incidents. Header-only; include as "common/TestData.h".
#pragma once

#include "storage/Database.h"
#include "storage/IncidentRepository.h"
#include "storage/TeamRepository.h"

#include <QDateTime>
#include <QString>

namespace candor::testdata {

// An open database with both repositories; members are destroyed in reverse order, the database last.
struct Store
{
    explicit Store(const QString &path)
        : status(database.open(path))
    {}
    Database database;
    Status status;
    TeamRepository teams{database};
    IncidentRepository incidents{database};
};

// 1 March 2024, 00:00 UTC, plus the given hours and minutes.
inline QDateTime at(int hours, int minutes = 0)
{
    return QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(hours) * 3600 + minutes * 60);
}

inline Team makeTeam(const QString &name, qint64 parentId = 0)
{
    Team team;
    team.parentId = parentId;
    team.name = name;
    team.description = QStringLiteral("Looks after %1").arg(name);
    return team;
}

inline Member makeMember(qint64 teamId, const QString &name)
{
    Member member;
    member.teamId = teamId;
    member.name = name;
    member.role = QStringLiteral("Software engineer");
    return member;
}

// A resolved SEV2 incident with every time set, in order.
inline Incident makeIncident(qint64 teamId, const QString &title)
{
    Incident incident;
    incident.teamId = teamId;
    incident.title = title;
    incident.severity = Severity::Sev2;
    incident.status = IncidentStatus::Resolved;
    incident.service = QStringLiteral("checkout-api");
    incident.started = at(10);
    incident.detected = at(10, 5);
    incident.mitigated = at(10, 40);
    incident.resolved = at(12);
    incident.summary = QStringLiteral("A bad deploy; rolled back.");
    incident.customerImpact = QStringLiteral("Some checkouts failed.");
    return incident;
}

// An incident starting at the given hour, with severity, status and service varying with the hour.
inline Incident makeIncident(qint64 teamId, const QString &title, int hour)
{
    Incident incident;
    incident.teamId = teamId;
    incident.title = title;
    incident.severity = static_cast<Severity>(1 + hour % 4);
    incident.status = static_cast<IncidentStatus>(hour % 3);
    incident.service = QStringLiteral("service-%1").arg(hour % 5);
    incident.started = at(hour);
    incident.detected = at(hour, 5);
    if (incident.status != IncidentStatus::Open)
        incident.mitigated = at(hour, 30);
    if (incident.status == IncidentStatus::Resolved)
        incident.resolved = at(hour + 2);
    incident.summary = QStringLiteral("Summary of %1").arg(title);
    incident.customerImpact = QStringLiteral("");
    return incident;
}

} // namespace candor::testdata

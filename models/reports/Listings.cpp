#include "Listings.h"

#include "domain/Postmortem.h"
#include "reports/Csv.h"
#include "storage/IncidentRepository.h"
#include "storage/PostmortemRepository.h"
#include "storage/SurveyRepository.h"
#include "storage/TeamRepository.h"
#include "survey/SurveyFigures.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace candor::listings {

namespace {

QVariant timeValue(const QDateTime &value)
{
    return value.isValid() ? QVariant(value) : QVariant();
}

QVariant dateValue(const QDate &value)
{
    return value.isValid() ? QVariant(value) : QVariant();
}

QVariant textValue(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QHash<qint64, QString> teamNames(const QList<Team> &teams)
{
    QHash<qint64, QString> names;
    for (const Team &t : teams)
        names.insert(t.id, t.name);
    return names;
}

// The team and every team below it; empty for every team.
QSet<qint64> scopeOf(const TeamRepository &teams, qint64 teamId)
{
    if (teamId <= 0)
        return {};
    const QList<qint64> ids = teams.subtreeIds(teamId);
    QSet<qint64> scope(ids.begin(), ids.end());
    scope.insert(teamId);
    return scope;
}

} // namespace

Listing teams(const TeamRepository &teams, qint64 teamId)
{
    Listing listing;
    listing.columns = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("parent"),
                       QStringLiteral("description")};
    const QList<Team> all = teams.teams();
    const QHash<qint64, QString> names = teamNames(all);
    const QSet<qint64> scope = scopeOf(teams, teamId);
    for (const Team &t : all) {
        if (scope.isEmpty() || scope.contains(t.id))
            listing.rows.append({t.id, t.name, names.value(t.parentId), t.description});
    }
    return listing;
}

Listing members(const TeamRepository &teams, qint64 teamId)
{
    Listing listing;
    listing.columns = {QStringLiteral("id"),   QStringLiteral("name"),    QStringLiteral("role"),
                       QStringLiteral("team"), QStringLiteral("manager"), QStringLiteral("active")};
    const QHash<qint64, QString> names = teamNames(teams.teams());
    const QSet<qint64> scope = scopeOf(teams, teamId);
    for (const Member &m : teams.members()) {
        if (scope.isEmpty() || scope.contains(m.teamId))
            listing.rows.append({m.id, m.name, m.role, names.value(m.teamId), m.isManager, m.active});
    }
    return listing;
}

Result<Listing> incidents(const IncidentRepository &incidents, const IncidentFilter &filter, const IncidentOrder &order)
{
    Listing listing;
    listing.columns = {QStringLiteral("id"),      QStringLiteral("started"),  QStringLiteral("severity"),
                       QStringLiteral("status"),  QStringLiteral("team"),     QStringLiteral("service"),
                       QStringLiteral("title"),   QStringLiteral("detected"), QStringLiteral("mitigated"),
                       QStringLiteral("resolved")};
    const Status listed = incidents.forEach(filter, order, [&listing](const IncidentRow &r) {
        listing.rows.append({r.id, timeValue(r.started), IncidentText::severityCode(r.severity),
                             IncidentText::statusKey(r.status), r.teamName, r.service, r.title, timeValue(r.detected),
                             timeValue(r.mitigated), timeValue(r.resolved)});
    });
    if (!listed)
        return Result<Listing>::failure(listed.error());
    return listing;
}

Listing actions(const PostmortemRepository &postmortems, const ActionFilter &filter)
{
    Listing listing;
    listing.columns = {QStringLiteral("id"),           QStringLiteral("due"),        QStringLiteral("overdue"),
                       QStringLiteral("status"),       QStringLiteral("kind"),       QStringLiteral("owner_team"),
                       QStringLiteral("owner_person"), QStringLiteral("text"),       QStringLiteral("factor"),
                       QStringLiteral("source"),       QStringLiteral("incident_id")};
    ActionFilter dated = filter;
    if (!dated.today.isValid())
        dated.today = QDate::currentDate();
    for (const ActionRow &r : postmortems.actionRows(dated)) {
        const ActionItem &a = r.item;
        listing.rows.append({a.id, dateValue(a.due), a.isOverdue(dated.today),
                             PostmortemText::actionStatusKey(a.status), PostmortemText::actionKindKey(a.kind),
                             r.ownerTeamName, textValue(a.ownerPerson), a.text, textValue(r.factorText), r.source,
                             r.incidentId > 0 ? QVariant(r.incidentId) : QVariant()});
    }
    return listing;
}

std::vector<TrendRow> trendRows(const SurveyRepository &surveys, const QString &instrument,
                                const std::vector<qint64> &onlyTeams)
{
    // The policy sees every team and wave of the instrument, whatever is kept: a department is protected together
    // with all of its teams.
    const std::vector<TeamNode> nodes = surveys.teamNodes();
    const std::vector<Figure> figures = SurveyFigures::compute(nodes, surveys.waveMoments(instrument));
    return trends::rows(figures, nodes, onlyTeams);
}

QString machineText(const QVariant &value)
{
    if (value.isNull())
        return QString();
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QMetaType::QDateTime: {
        const QDateTime time = value.toDateTime();
        return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
    }
    case QMetaType::QDate: {
        const QDate date = value.toDate();
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    }
    default:
        return value.toString();
    }
}

QString csv(const Listing &listing)
{
    QString text = csv::record(listing.columns);
    for (const QVariantList &row : listing.rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QVariant &value : row)
            cells.append(machineText(value));
        text += csv::record(cells);
    }
    return text;
}

QJsonArray json(const Listing &listing)
{
    QJsonArray array;
    for (const QVariantList &row : listing.rows) {
        QJsonObject object;
        for (int c = 0; c < row.size() && c < listing.columns.size(); ++c) {
            const QVariant &value = row[c];
            if (value.isNull()) {
                object.insert(listing.columns[c], QJsonValue(QJsonValue::Null));
            } else if (value.typeId() == QMetaType::QDateTime || value.typeId() == QMetaType::QDate) {
                const QString text = machineText(value);
                object.insert(listing.columns[c], text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text));
            } else {
                object.insert(listing.columns[c], QJsonValue::fromVariant(value));
            }
        }
        array.append(object);
    }
    return array;
}

} // namespace candor::listings

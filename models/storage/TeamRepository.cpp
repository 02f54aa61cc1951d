#include "TeamRepository.h"

#include "Database.h"
#include "Dialect.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "domain/Names.h"
#include "domain/Validation.h"

#include <QSet>

namespace candor {

using sql::Text;

namespace {

const QString teamColumns = QStringLiteral("id, parent_id, name, description, row_version");
const QString memberColumns = QStringLiteral("id, team_id, name, role, is_manager, active, row_version");

// Optimistic concurrency: a write at version v (as read) changes the row only while it still has it; 0 writes
// whatever is stored. Bound twice after the id.
const QString atVersion = QStringLiteral(" AND (CAST(? AS BIGINT) = 0 OR row_version = CAST(? AS BIGINT))");

// The version of row `id` of `table` (a constant of this file) now; 0 when it is gone.
qint64 storedVersion(const QSqlDatabase &db, const QString &table, qint64 id)
{
    QSqlQuery q(db);
    if (sql::run(q, QStringLiteral("SELECT row_version FROM %1 WHERE id = ?").arg(table), {id}, nullptr) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

Status teamConflict(const QString &name, bool gone)
{
    if (gone) {
        return Status::deletedElsewhere(
            Text::tr("The team “%1” was deleted on another desktop, so your change was not saved."
                     " Add it again if it is still needed.")
                .arg(shortName(name)));
    }
    return Status::conflict(Text::tr("The team “%1” was changed on another desktop after you last saw it, so your"
                                     " change was not saved. Look at what is stored now and make your change again"
                                     " if it is still needed.")
                                .arg(shortName(name)));
}

Status memberConflict(const QString &name, bool gone)
{
    if (gone) {
        return Status::deletedElsewhere(
            Text::tr("“%1” was removed from the teams on another desktop, so your change was not"
                     " saved. Add them again if they are still needed.")
                .arg(shortName(name)));
    }
    return Status::conflict(Text::tr("“%1” was changed on another desktop after you last saw them, so your change"
                                     " was not saved. Look at what is stored now and make your change again if it is"
                                     " still needed.")
                                .arg(shortName(name)));
}

Team teamFrom(const QSqlQuery &q)
{
    Team t;
    t.id = q.value(0).toLongLong();
    t.parentId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
    t.name = q.value(2).toString();
    t.description = q.value(3).toString();
    t.rowVersion = q.value(4).toLongLong();
    return t;
}

// The member's id, or 0 with *error.
qint64 insertMemberRow(QSqlQuery &q, const Member &m, qint64 teamId, QString *error)
{
    return sql::insertRow(q, QStringLiteral("member"),
                          {QStringLiteral("id"), QStringLiteral("team_id"), QStringLiteral("name"),
                           QStringLiteral("role"), QStringLiteral("is_manager"), QStringLiteral("active")},
                          {sql::fromId(m.id), teamId, m.name, m.role, int(m.isManager), int(m.active)}, error);
}

Member memberFrom(const QSqlQuery &q)
{
    Member m;
    m.id = q.value(0).toLongLong();
    m.teamId = q.value(1).toLongLong();
    m.name = q.value(2).toString();
    m.role = q.value(3).toString();
    m.isManager = q.value(4).toBool();
    m.active = q.value(5).toBool();
    m.rowVersion = q.value(6).toLongLong();
    return m;
}

} // namespace

TeamRepository::TeamRepository(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

QList<Team> TeamRepository::teams() const
{
    QList<Team> result;
    QSqlQuery q(m_database.connection());
    Dialect::prepareForReading(q, m_database.connection());
    if (sql::run(q, QStringLiteral("SELECT %1 FROM team ORDER BY name, id").arg(teamColumns), {}, nullptr)) {
        while (q.next())
            result.append(teamFrom(q));
    }
    return result;
}

Result<Team> TeamRepository::team(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("SELECT %1 FROM team WHERE id = ?").arg(teamColumns), {id}, &error))
        return Result<Team>::failure(error);
    if (!q.next())
        return Result<Team>::missing(Text::tr("There is no team with id %1.").arg(id));
    return teamFrom(q);
}

Result<Team> TeamRepository::teamByName(const QString &name) const
{
    QSqlQuery q(m_database.connection());
    Dialect::prepareForReading(q, m_database.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("SELECT %1 FROM team WHERE name = ?").arg(teamColumns), {name}, &error))
        return Result<Team>::failure(error);
    if (q.next())
        return teamFrom(q);
    q.finish();

    QList<Team> matches;
    for (const Team &t : teams()) {
        if (t.name.compare(name, Qt::CaseInsensitive) == 0)
            matches.append(t);
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.size() > 1)
        return Result<Team>::failure(
            Text::tr("Several teams are called “%1” in different letter case. Give the exact name.").arg(name));
    return Result<Team>::failure(
        Text::tr("There is no team called “%1”. List the teams with: candor-cli list teams").arg(name));
}

QList<qint64> TeamRepository::subtreeIds(qint64 teamId) const
{
    QList<qint64> ids;
    QSqlQuery q(m_database.connection());
    Dialect::prepareForReading(q, m_database.connection());
    if (sql::run(q, sql::teamSubtreeQuery(), {teamId}, nullptr)) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

int TeamRepository::teamCount() const
{
    QSqlQuery q(m_database.connection());
    if (sql::run(q, QStringLiteral("SELECT count(*) FROM team"), {}, nullptr) && q.next())
        return q.value(0).toInt();
    return 0;
}

Status TeamRepository::checkTeam(const Team &team) const
{
    if (const FieldErrors errors = Validation::team(team); !errors.isEmpty())
        return Status::failure(Validation::summary(errors));

    QSqlQuery q(m_database.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("SELECT id FROM team WHERE name = ? AND id <> ?"), {team.name, team.id}, &error))
        return Status::failure(error);
    if (q.next())
        return Status::failure(Text::tr("A team called “%1” already exists. Choose another name.").arg(team.name));
    q.finish();

    // The parent must exist and must not be the team itself or one of its descendants.
    QSet<qint64> seen;
    for (qint64 ancestor = team.parentId; ancestor != 0;) {
        if (ancestor == team.id)
            return Status::failure(
                Text::tr("A team cannot be placed under itself or one of its own sub-teams. Choose another parent."));
        if (seen.contains(ancestor))
            break;
        seen.insert(ancestor);
        if (!sql::run(q, QStringLiteral("SELECT parent_id FROM team WHERE id = ?"), {ancestor}, &error))
            return Status::failure(error);
        if (!q.next())
            return Status::failure(Text::tr("The parent team no longer exists. Choose another parent."));
        ancestor = q.value(0).isNull() ? 0 : q.value(0).toLongLong();
        q.finish();
    }
    return {};
}

Result<qint64> TeamRepository::insertTeam(const Team &team, const QList<Member> &members)
{
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Result<qint64>::failure(transaction.error());
    if (const Status status = checkTeam(team); !status)
        return Result<qint64>::failure(status.error());

    QSqlQuery q(m_database.connection());
    QString error;
    Team stored = team;
    stored.id = sql::insertRow(
        q, QStringLiteral("team"),
        {QStringLiteral("id"), QStringLiteral("parent_id"), QStringLiteral("name"), QStringLiteral("description")},
        {sql::fromId(team.id), sql::fromId(team.parentId), team.name, team.description}, &error);
    if (stored.id == 0)
        return Result<qint64>::failure(error);
    stored.rowVersion = storedVersion(m_database.connection(), QStringLiteral("team"), stored.id);
    for (const Member &member : members) {
        if (insertMemberRow(q, member, stored.id, &error) == 0)
            return Result<qint64>::failure(error);
    }
    if (const Status status = transaction.commit(); !status)
        return Result<qint64>::failure(status.error());
    emit teamInserted(stored);
    for (Member member : members) {
        member.teamId = stored.id;
        member.rowVersion = storedVersion(m_database.connection(), QStringLiteral("member"), member.id);
        emit memberInserted(member);
    }
    return stored.id;
}

Status TeamRepository::updateTeam(const Team &team, qint64 *written)
{
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    const Result<Team> before = this->team(team.id);
    if (!before)
        return Status::failure(before.error());
    if (const Status status = checkTeam(team); !status)
        return status;

    QSqlQuery q(m_database.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("UPDATE team SET parent_id = ?, name = ?, description = ?,"
                                 " row_version = row_version + 1 WHERE id = ?") +
                      atVersion,
                  {sql::fromId(team.parentId), team.name, team.description, team.id, team.rowVersion, team.rowVersion},
                  &error))
        return Status::failure(error);
    if (q.numRowsAffected() < 1)
        return teamConflict(before->name, false);
    Team after = team;
    after.rowVersion = storedVersion(m_database.connection(), QStringLiteral("team"), team.id);
    if (const Status status = transaction.commit(); !status)
        return status;
    if (written)
        *written = after.rowVersion;
    emit teamUpdated(*before, after);
    return {};
}

Status TeamRepository::removeTeam(qint64 id, qint64 version)
{
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    const Result<Team> before = team(id);
    if (!before)
        return Status::failure(before.error());

    QSqlQuery q(m_database.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("SELECT (SELECT count(*) FROM team WHERE parent_id = ?),"
                                 " (SELECT count(*) FROM incident WHERE team_id = ?),"
                                 " (SELECT count(*) FROM postmortem WHERE team_id = ?)"
                                 " + (SELECT count(*) FROM action_item WHERE owner_team_id = ?),"
                                 " (SELECT count(*) FROM survey_wave WHERE team_id = ?)"),
                  {id, id, id, id, id}, &error) ||
        !q.next())
        return Status::failure(error);
    const int children = q.value(0).toInt();
    const int incidents = q.value(1).toInt();
    const int sessionItems = q.value(2).toInt();
    const int waves = q.value(3).toInt();
    q.finish();
    if (children > 0)
        return Status::failure(
            Text::tr("“%1” has %n sub-team(s). Move or delete the sub-teams first.", nullptr, children)
                .arg(before->name));
    if (incidents > 0)
        return Status::failure(
            Text::tr("“%1” owns %n incident(s). Move the incidents to another team first.", nullptr, incidents)
                .arg(before->name));
    if (sessionItems > 0)
        return Status::failure(Text::tr("“%1” has postmortems, retros or action items, which keep what groups agreed."
                                        " Keep the team, or give its action items to another team first.")
                                   .arg(before->name));
    if (waves > 0)
        return Status::failure(
            Text::tr("“%1” has %n survey wave(s), which belong to its trend. Delete the waves first.", nullptr, waves)
                .arg(before->name));

    const QList<Member> removedMembers = members(id);
    if (!sql::run(q, QStringLiteral("DELETE FROM member WHERE team_id = ?"), {id}, &error) ||
        !sql::run(q, QStringLiteral("DELETE FROM team WHERE id = ?") + atVersion, {id, version, version}, &error))
        return Status::failure(error);
    if (q.numRowsAffected() < 1)
        return teamConflict(before->name, false); // rolls the members back too
    if (const Status status = transaction.commit(); !status)
        return status;
    for (const Member &m : removedMembers)
        emit memberRemoved(m);
    emit teamRemoved(*before);
    return {};
}

QList<Member> TeamRepository::members(qint64 teamId) const
{
    QList<Member> result;
    QSqlQuery q(m_database.connection());
    Dialect::prepareForReading(q, m_database.connection());
    const bool ok =
        teamId > 0
            ? sql::run(q,
                       QStringLiteral("SELECT %1 FROM member WHERE team_id = ? ORDER BY name, id").arg(memberColumns),
                       {teamId}, nullptr)
            : sql::run(q, QStringLiteral("SELECT %1 FROM member ORDER BY name, id").arg(memberColumns), {}, nullptr);
    if (ok) {
        while (q.next())
            result.append(memberFrom(q));
    }
    return result;
}

Result<Member> TeamRepository::member(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("SELECT %1 FROM member WHERE id = ?").arg(memberColumns), {id}, &error))
        return Result<Member>::failure(error);
    if (!q.next())
        return Result<Member>::missing(Text::tr("There is no member with id %1.").arg(id));
    return memberFrom(q);
}

int TeamRepository::memberCount() const
{
    QSqlQuery q(m_database.connection());
    if (sql::run(q, QStringLiteral("SELECT count(*) FROM member"), {}, nullptr) && q.next())
        return q.value(0).toInt();
    return 0;
}

QHash<qint64, int> TeamRepository::memberCountsByTeam() const
{
    QHash<qint64, int> counts;
    QSqlQuery q(m_database.connection());
    Dialect::prepareForReading(q, m_database.connection());
    if (sql::run(q, QStringLiteral("SELECT team_id, count(*) FROM member GROUP BY team_id"), {}, nullptr)) {
        while (q.next())
            counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    }
    return counts;
}

Result<qint64> TeamRepository::insertMember(const Member &member)
{
    if (const FieldErrors errors = Validation::member(member); !errors.isEmpty())
        return Result<qint64>::failure(Validation::summary(errors));
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Result<qint64>::failure(transaction.error());
    if (const Result<Team> owner = team(member.teamId); !owner)
        return Result<qint64>::failure(owner.error());

    QSqlQuery q(m_database.connection());
    QString error;
    Member stored = member;
    stored.id = insertMemberRow(q, member, member.teamId, &error);
    if (stored.id == 0)
        return Result<qint64>::failure(error);
    stored.rowVersion = storedVersion(m_database.connection(), QStringLiteral("member"), stored.id);
    if (const Status status = transaction.commit(); !status)
        return Result<qint64>::failure(status.error());
    emit memberInserted(stored);
    return stored.id;
}

Status TeamRepository::updateMember(const Member &member, qint64 *written)
{
    if (const FieldErrors errors = Validation::member(member); !errors.isEmpty())
        return Status::failure(Validation::summary(errors));
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    const Result<Member> before = this->member(member.id);
    if (!before)
        return Status::failure(before.error());
    if (const Result<Team> owner = team(member.teamId); !owner)
        return Status::failure(owner.error());

    QSqlQuery q(m_database.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("UPDATE member SET team_id = ?, name = ?, role = ?, is_manager = ?, active = ?,"
                                 " row_version = row_version + 1 WHERE id = ?") +
                      atVersion,
                  {member.teamId, member.name, member.role, int(member.isManager), int(member.active), member.id,
                   member.rowVersion, member.rowVersion},
                  &error))
        return Status::failure(error);
    if (q.numRowsAffected() < 1)
        return memberConflict(before->name, false);
    Member after = member;
    after.rowVersion = storedVersion(m_database.connection(), QStringLiteral("member"), member.id);
    if (const Status status = transaction.commit(); !status)
        return status;
    if (written)
        *written = after.rowVersion;
    emit memberUpdated(*before, after);
    return {};
}

Status TeamRepository::removeMember(qint64 id, qint64 version)
{
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    const Result<Member> before = member(id);
    if (!before)
        return Status::failure(before.error());
    QSqlQuery q(m_database.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("DELETE FROM member WHERE id = ?") + atVersion, {id, version, version}, &error))
        return Status::failure(error);
    if (q.numRowsAffected() < 1)
        return memberConflict(before->name, false);
    if (const Status status = transaction.commit(); !status)
        return status;
    emit memberRemoved(*before);
    return {};
}

} // namespace candor

#pragma once

#include "domain/Result.h"
#include "domain/Team.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace candor {

class Database;

// Teams (a tree) and their members. Every write is one durable transaction and is announced by a typed signal
// carrying the values before and after, so item models can update precisely.
class TeamRepository : public QObject
{
    Q_OBJECT
public:
    explicit TeamRepository(Database &database, QObject *parent = nullptr);

    QList<Team> teams() const; // every team, parents before their children are not guaranteed
    Result<Team> team(qint64 id) const;
    // Exact name first; otherwise a unique case-insensitive match.
    Result<Team> teamByName(const QString &name) const;
    int teamCount() const;
    // The team and every team below it.
    QList<qint64> subtreeIds(qint64 teamId) const;

    // id 0 assigns a new id; a given id restores a removed team under its old id, with its members (undo).
    Result<qint64> insertTeam(const Team &team, const QList<Member> &members = {});
    // Updates and removals are optimistic: they change the row only if nobody changed it since it was read (its
    // rowVersion, or `version`; 0: whatever is stored), and otherwise fail with Status::conflict. *written (when
    // given) gets the version a successful update left; the updated signals carry it too.
    Status updateTeam(const Team &team, qint64 *written = nullptr);
    // Refused while the team has child teams or incidents; its members are removed with it.
    Status removeTeam(qint64 id, qint64 version = 0);

    QList<Member> members(qint64 teamId = 0) const; // 0: everyone
    Result<Member> member(qint64 id) const;
    int memberCount() const;
    // How many members each team has (teams without members are left out); one indexed pass.
    QHash<qint64, int> memberCountsByTeam() const;
    Result<qint64> insertMember(const Member &member);
    Status updateMember(const Member &member, qint64 *written = nullptr);
    Status removeMember(qint64 id, qint64 version = 0);

signals:
    void teamInserted(const candor::Team &team);
    void teamUpdated(const candor::Team &before, const candor::Team &after);
    void teamRemoved(const candor::Team &team);
    void memberInserted(const candor::Member &member);
    void memberUpdated(const candor::Member &before, const candor::Member &after);
    void memberRemoved(const candor::Member &member);

private:
    Status checkTeam(const Team &team) const;
    Database &m_database;
};

} // namespace candor

#pragma once

#include <QMetaType>
#include <QString>

namespace candor {

// A team; a department is a team whose children are teams. parentId 0 means a top-level team.
struct Team
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString name;
    QString description;

    friend bool operator==(const Team &a, const Team &b)
    {
        return a.id == b.id && a.parentId == b.parentId && a.name == b.name && a.description == b.description;
    }
    friend bool operator!=(const Team &a, const Team &b) { return !(a == b); }
};

// A person on a team. Members are never linked to survey answers.
struct Member
{
    qint64 id = 0;
    qint64 teamId = 0;
    QString name;
    QString role;
    bool isManager = false;
    bool active = true;

    friend bool operator==(const Member &a, const Member &b)
    {
        return a.id == b.id && a.teamId == b.teamId && a.name == b.name && a.role == b.role &&
               a.isManager == b.isManager && a.active == b.active;
    }
    friend bool operator!=(const Member &a, const Member &b) { return !(a == b); }
};

} // namespace candor

Q_DECLARE_METATYPE(candor::Team)
Q_DECLARE_METATYPE(candor::Member)

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
    // The row_version this was read at (optimistic concurrency); 0: not read, so a write is unconditional. Not part
    // of ==, which compares content.
    qint64 rowVersion = 0;

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
    qint64 rowVersion = 0; // as read; 0: not read, written unconditionally (see Team)

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

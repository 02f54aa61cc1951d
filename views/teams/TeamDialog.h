#pragma once

#include "common/EditDialog.h"
#include "domain/Team.h"

#include <functional>

class QCheckBox;
class QLineEdit;

namespace candor {

class LimitedTextEdit;

class TeamComboBox;
class TeamTreeModel;

// Creates or edits a team: name, parent team (none for a department or a top-level team), description.
class TeamDialog : public EditDialog
{
    Q_OBJECT
public:
    using Saver = std::function<Status(const Team &)>;
    TeamDialog(const TeamTreeModel &teams, const Team &team, Saver saver, QWidget *parent = nullptr);

    Team team() const;

protected:
    FieldErrors validate() const override;
    Status save() override;

private:
    Team m_team;
    Saver m_saver;
    QLineEdit *m_name;
    TeamComboBox *m_parent;
    LimitedTextEdit *m_description;
};

// Creates or edits a member: name, team, role, manager flag, active.
class MemberDialog : public EditDialog
{
    Q_OBJECT
public:
    using Saver = std::function<Status(const Member &)>;
    MemberDialog(const TeamTreeModel &teams, const Member &member, Saver saver, QWidget *parent = nullptr);

    Member member() const;

protected:
    FieldErrors validate() const override;
    Status save() override;

private:
    Member m_member;
    Saver m_saver;
    QLineEdit *m_name;
    TeamComboBox *m_team;
    QLineEdit *m_role;
    QCheckBox *m_manager;
    QCheckBox *m_active;
};

} // namespace candor

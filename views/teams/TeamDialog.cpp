#include "TeamDialog.h"
#include "common/TextLimits.h"

#include "common/TeamComboBox.h"
#include "item/TeamTreeModel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>

namespace candor {

TeamDialog::TeamDialog(const TeamTreeModel &teams, const Team &team, Saver saver, QWidget *parent)
    : EditDialog(parent)
    , m_team(team)
    , m_saver(std::move(saver))
    , m_name(new QLineEdit(team.name, this))
    , m_parent(new TeamComboBox(this))
    , m_description(new LimitedTextEdit(team.description, this))
{
    setWindowTitle(team.id == 0 ? tr("New team") : tr("Edit team"));
    m_name->setObjectName(QStringLiteral("teamNameEdit"));
    m_name->setMaxLength(Limits::NameLength);
    m_name->setPlaceholderText(tr("For example: Payments, or Checkout"));
    m_parent->setObjectName(QStringLiteral("teamParentCombo"));
    // A team cannot move under itself or its own sub-teams.
    m_parent->populate(teams, tr("None (a department or top-level team)"),
                       team.id == 0 ? QList<qint64>() : teams.subtreeIds(team.id));
    m_parent->setCurrentTeamId(team.parentId);
    m_description->setObjectName(QStringLiteral("teamDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(120);

    addField(QStringLiteral("name"), tr("&Name:"), m_name);
    addField(QStringLiteral("parent"), tr("&Part of:"), m_parent);
    addField(QStringLiteral("description"), tr("&Description:"), m_description);
}

Team TeamDialog::team() const
{
    Team t = m_team;
    t.name = m_name->text().trimmed();
    t.parentId = m_parent->currentTeamId();
    t.description = m_description->toPlainText();
    return t;
}

FieldErrors TeamDialog::validate() const
{
    return Validation::team(team());
}

Status TeamDialog::save()
{
    return m_saver(team());
}

MemberDialog::MemberDialog(const TeamTreeModel &teams, const Member &member, Saver saver, QWidget *parent)
    : EditDialog(parent)
    , m_member(member)
    , m_saver(std::move(saver))
    , m_name(new QLineEdit(member.name, this))
    , m_team(new TeamComboBox(this))
    , m_role(new QLineEdit(member.role, this))
    , m_manager(new QCheckBox(tr("Manages people on this team"), this))
    , m_active(new QCheckBox(tr("Active (still on the team)"), this))
{
    setWindowTitle(member.id == 0 ? tr("New member") : tr("Edit member"));
    m_name->setObjectName(QStringLiteral("memberNameEdit"));
    m_name->setMaxLength(Limits::NameLength);
    m_team->setObjectName(QStringLiteral("memberTeamCombo"));
    m_team->populate(teams);
    m_team->setCurrentTeamId(member.teamId);
    m_role->setObjectName(QStringLiteral("memberRoleEdit"));
    m_role->setMaxLength(Limits::RoleLength);
    m_role->setPlaceholderText(tr("For example: Site reliability engineer"));
    m_manager->setObjectName(QStringLiteral("memberManagerCheck"));
    m_manager->setChecked(member.isManager);
    m_active->setObjectName(QStringLiteral("memberActiveCheck"));
    m_active->setChecked(member.active);

    addField(QStringLiteral("name"), tr("&Name:"), m_name);
    addField(QStringLiteral("team"), tr("&Team:"), m_team);
    addField(QStringLiteral("role"), tr("&Role:"), m_role);
    addField(QStringLiteral("manager"), QString(), m_manager);
    addField(QStringLiteral("active"), QString(), m_active);
}

Member MemberDialog::member() const
{
    Member m = m_member;
    m.name = m_name->text().trimmed();
    m.teamId = m_team->currentTeamId();
    m.role = m_role->text().trimmed();
    m.isManager = m_manager->isChecked();
    m.active = m_active->isChecked();
    return m;
}

FieldErrors MemberDialog::validate() const
{
    return Validation::member(member());
}

Status MemberDialog::save()
{
    return m_saver(member());
}

} // namespace candor

#include "TeamsArea.h"

#include "TeamDialog.h"
#include "common/MessageBox.h"
#include "domain/Names.h"
#include "item/MemberTableModel.h"
#include "item/TeamTreeModel.h"
#include "undo/Edits.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace candor {

namespace {

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

TeamsArea::TeamsArea(TeamTreeModel &teams, MemberTableModel &members, Edits &edits, QWidget *parent)
    : QWidget(parent)
    , m_teams(teams)
    , m_members(members)
    , m_edits(edits)
    , m_teamProxy(new QSortFilterProxyModel(this))
    , m_memberProxy(new QSortFilterProxyModel(this))
    , m_teamFilter(new QLineEdit(this))
    , m_teamView(new QTreeView(this))
    , m_memberView(new QTableView(this))
    , m_membersTitle(new QLabel(this))
    , m_splitter(new QSplitter(this))
    , m_addSubTeam(button(tr("New &sub-team…"), QStringLiteral("addSubTeamButton"), this))
    , m_editTeam(button(tr("Edi&t team…"), QStringLiteral("editTeamButton"), this))
    , m_deleteTeam(button(tr("Delete team"), QStringLiteral("deleteTeamButton"), this))
    , m_editMember(button(tr("Edit member…"), QStringLiteral("editMemberButton"), this))
    , m_deleteMember(button(tr("Delete member"), QStringLiteral("deleteMemberButton"), this))
{
    setObjectName(QStringLiteral("teamsArea"));
    m_editTeam->setToolTip(tr("Edit the selected team (Enter in the tree)"));
    m_deleteTeam->setToolTip(tr("Delete the selected team (Delete in the tree)"));
    m_editMember->setToolTip(tr("Edit the selected member (Enter in the list)"));
    m_deleteMember->setToolTip(tr("Delete the selected member (Delete in the list)"));

    m_teamProxy->setSourceModel(&m_teams);
    m_teamProxy->setSortRole(TeamTreeModel::SortRole);
    m_teamProxy->setSortLocaleAware(true);
    m_teamProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_teamProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_teamProxy->setFilterKeyColumn(TeamTreeModel::NameColumn);
    m_teamProxy->setRecursiveFilteringEnabled(true);
    m_teamProxy->setAutoAcceptChildRows(true);

    m_teamFilter->setObjectName(QStringLiteral("teamFilterEdit"));
    m_teamFilter->setPlaceholderText(tr("Filter teams"));
    m_teamFilter->setClearButtonEnabled(true);
    m_teamFilter->setAccessibleName(tr("Filter teams"));
    connect(m_teamFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_teamProxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_teamView->expandAll();
    });

    m_teamView->setObjectName(QStringLiteral("teamTree"));
    m_teamView->setAccessibleName(tr("Teams"));
    m_teamView->setAccessibleDescription(tr("Enter edits the selected team, Delete removes it"));
    m_teamView->setModel(m_teamProxy);
    m_teamView->setSortingEnabled(true);
    m_teamView->sortByColumn(TeamTreeModel::NameColumn, Qt::AscendingOrder);
    m_teamView->setUniformRowHeights(true);
    m_teamView->setTextElideMode(Qt::ElideRight);
    m_teamView->header()->setStretchLastSection(false);
    m_teamView->header()->setSectionResizeMode(TeamTreeModel::NameColumn, QHeaderView::Stretch);
    m_teamView->header()->setSectionResizeMode(TeamTreeModel::MembersColumn, QHeaderView::ResizeToContents);
    m_teamView->expandAll();
    connect(m_teamView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TeamsArea::onTeamSelectionChanged);
    connect(m_teamView, &QTreeView::activated, this, &TeamsArea::editTeam);
    // New teams appear expanded so their children stay visible.
    connect(m_teamProxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &under) { m_teamView->expand(under); });
    connect(m_teamProxy, &QAbstractItemModel::modelReset, m_teamView, &QTreeView::expandAll);

    m_memberProxy->setSourceModel(&m_members);
    m_memberProxy->setSortRole(MemberTableModel::SortRole);
    m_memberProxy->setSortLocaleAware(true);
    m_memberProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_memberView->setObjectName(QStringLiteral("memberTable"));
    m_memberView->setAccessibleName(tr("Members"));
    m_memberView->setAccessibleDescription(tr("Enter edits the selected member, Delete removes them"));
    m_memberView->setModel(m_memberProxy);
    m_memberView->setSortingEnabled(true);
    m_memberView->sortByColumn(MemberTableModel::NameColumn, Qt::AscendingOrder);
    m_memberView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_memberView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_memberView->verticalHeader()->hide();
    m_memberView->horizontalHeader()->setSectionResizeMode(MemberTableModel::NameColumn, QHeaderView::Stretch);
    m_memberView->horizontalHeader()->setSectionResizeMode(MemberTableModel::RoleColumn, QHeaderView::Stretch);
    m_memberView->setWordWrap(false);
    m_memberView->setTabKeyNavigation(false); // Tab leaves the list; the arrows move in it
    connect(m_memberView, &QTableView::activated, this, &TeamsArea::editMember);
    connect(m_memberView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TeamsArea::updateButtons);

    // Delete removes what has focus, after asking.
    auto *deleteTeamKey = new QShortcut(QKeySequence::Delete, m_teamView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteTeamKey, &QShortcut::activated, this, &TeamsArea::deleteTeam);
    auto *deleteMemberKey = new QShortcut(QKeySequence::Delete, m_memberView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteMemberKey, &QShortcut::activated, this, &TeamsArea::deleteMember);

    auto *addTeam = button(tr("&New team…"), QStringLiteral("addTeamButton"), this);
    connect(addTeam, &QPushButton::clicked, this, &TeamsArea::newTeam);
    connect(m_addSubTeam, &QPushButton::clicked, this, &TeamsArea::newSubTeam);
    connect(m_editTeam, &QPushButton::clicked, this, &TeamsArea::editTeam);
    connect(m_deleteTeam, &QPushButton::clicked, this, &TeamsArea::deleteTeam);
    auto *addMember = button(tr("New &member…"), QStringLiteral("addMemberButton"), this);
    connect(addMember, &QPushButton::clicked, this, &TeamsArea::newMember);
    connect(m_editMember, &QPushButton::clicked, this, &TeamsArea::editMember);
    connect(m_deleteMember, &QPushButton::clicked, this, &TeamsArea::deleteMember);

    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_teamFilter);
    leftLayout->addWidget(m_teamView);
    auto *teamButtons = new QHBoxLayout;
    teamButtons->addWidget(addTeam);
    teamButtons->addWidget(m_addSubTeam);
    teamButtons->addWidget(m_editTeam);
    teamButtons->addWidget(m_deleteTeam);
    teamButtons->addStretch();
    leftLayout->addLayout(teamButtons);

    auto *right = new QWidget(m_splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_membersTitle->setObjectName(QStringLiteral("membersTitle"));
    m_membersTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = m_membersTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_membersTitle->setFont(titleFont);
    rightLayout->addWidget(m_membersTitle);
    rightLayout->addWidget(m_memberView);
    auto *memberButtons = new QHBoxLayout;
    memberButtons->addWidget(addMember);
    memberButtons->addWidget(m_editMember);
    memberButtons->addWidget(m_deleteMember);
    memberButtons->addStretch();
    rightLayout->addLayout(memberButtons);

    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    onTeamSelectionChanged();
}

QByteArray TeamsArea::splitterState() const
{
    return m_splitter->saveState();
}

void TeamsArea::restoreSplitterState(const QByteArray &state)
{
    m_splitter->restoreState(state);
}

qint64 TeamsArea::selectedTeamId() const
{
    const QModelIndex current = m_teamView->currentIndex();
    return current.isValid() ? current.data(TeamTreeModel::IdRole).toLongLong() : 0;
}

qint64 TeamsArea::selectedMemberId() const
{
    const QModelIndexList rows = m_memberView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(MemberTableModel::IdRole).toLongLong();
}

void TeamsArea::onTeamSelectionChanged()
{
    const qint64 teamId = selectedTeamId();
    if (teamId == 0) {
        m_members.setTeams({});
        m_membersTitle->setText(tr("Everyone"));
    } else {
        m_members.setTeams(m_teams.subtreeIds(teamId));
        m_membersTitle->setText(tr("People in %1").arg(shortName(m_teams.pathOf(teamId), 80)));
    }
    updateButtons();
}

void TeamsArea::updateButtons()
{
    const bool team = selectedTeamId() != 0;
    m_addSubTeam->setEnabled(team);
    m_editTeam->setEnabled(team);
    m_deleteTeam->setEnabled(team);
    const bool member = selectedMemberId() != 0;
    m_editMember->setEnabled(member);
    m_deleteMember->setEnabled(member);
}

void TeamsArea::selectTeam(qint64 teamId)
{
    const QModelIndex index = m_teamProxy->mapFromSource(m_teams.indexOfTeam(teamId));
    if (index.isValid()) {
        m_teamView->setCurrentIndex(index);
        m_teamView->scrollTo(index);
    }
}

void TeamsArea::openTeamDialog(qint64 parentId)
{
    Team team;
    team.parentId = parentId;
    auto *dialog = new TeamDialog(
        m_teams, team,
        [this](const Team &t) {
            const Result<qint64> id = m_edits.addTeam(t);
            if (id)
                selectTeam(*id);
            return Status::from(id);
        },
        this);
    dialog->setObjectName(QStringLiteral("teamDialog"));
    dialog->open();
}

void TeamsArea::newTeam()
{
    openTeamDialog(0);
}

void TeamsArea::newSubTeam()
{
    openTeamDialog(selectedTeamId());
}

void TeamsArea::editTeam()
{
    const Team team = m_teams.teamFromIndex(m_teamProxy->mapToSource(m_teamView->currentIndex()));
    if (team.id == 0)
        return;
    auto *dialog = new TeamDialog(
        m_teams, team, [this](const Team &t) { return m_edits.editTeam(t); }, this);
    dialog->setObjectName(QStringLiteral("teamDialog"));
    dialog->open();
}

void TeamsArea::deleteTeam()
{
    const Team team = m_teams.teamFromIndex(m_teamProxy->mapToSource(m_teamView->currentIndex()));
    if (team.id == 0)
        return;
    const int memberCount =
        m_teams.indexOfTeam(team.id, TeamTreeModel::MembersColumn).data(TeamTreeModel::OwnMembersRole).toInt();
    const QString question =
        memberCount > 0
            ? tr("Delete the team “%1” and its %n member(s)? You can undo this with Edit > Undo.", nullptr, memberCount)
                  .arg(shortName(team.name))
            : tr("Delete the team “%1”? You can undo this with Edit > Undo.").arg(shortName(team.name));
    if (MessageBox::question(this, tr("Delete team"), question, QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (const Status status = m_edits.removeTeam(team.id, team.rowVersion); !status)
        MessageBox::warning(this, tr("Cannot delete the team"), status.error());
}

void TeamsArea::newMember()
{
    Member member;
    member.teamId = selectedTeamId();
    auto *dialog = new MemberDialog(
        m_teams, member, [this](const Member &m) { return Status::from(m_edits.addMember(m)); }, this);
    dialog->setObjectName(QStringLiteral("memberDialog"));
    dialog->open();
}

void TeamsArea::editMember()
{
    const Member member = m_members.memberFromIndex(m_memberProxy->mapToSource(m_memberView->currentIndex()));
    if (member.id == 0)
        return;
    auto *dialog = new MemberDialog(
        m_teams, member, [this](const Member &m) { return m_edits.editMember(m); }, this);
    dialog->setObjectName(QStringLiteral("memberDialog"));
    dialog->open();
}

void TeamsArea::deleteMember()
{
    const Member member = m_members.memberFromIndex(m_memberProxy->mapToSource(m_memberView->currentIndex()));
    if (member.id == 0)
        return;
    if (MessageBox::question(this, tr("Delete member"),
                             tr("Delete “%1”? You can undo this with Edit > Undo.").arg(shortName(member.name)),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (const Status status = m_edits.removeMember(member.id, member.rowVersion); !status)
        MessageBox::warning(this, tr("Cannot delete the member"), status.error());
}

} // namespace candor

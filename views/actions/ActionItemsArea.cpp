#include "ActionItemsArea.h"

#include "ActionTable.h"
#include "common/Banner.h"
#include "common/TeamComboBox.h"
#include "item/ActionItemsModel.h"
#include "item/TeamTreeModel.h"
#include "undo/SessionEdits.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace candor {

namespace {

// The status filter's entries besides the statuses themselves (whose data is the status value, 0 and up).
constexpr int AllStatuses = -2;
constexpr int OpenOrInProgress = -1;

// Marks overdue rows in a way that does not rely on colour alone: a warning sign beside the due date and "overdue"
// in what a screen reader says for it (the status text says so as well). Sorting passes to the model, which sorts in
// SQL: a proxy that sorted by itself would read every one of the model's rows.
class ActionProxy : public QIdentityProxyModel
{
public:
    ActionProxy(const QIcon &warning, QObject *parent)
        : QIdentityProxyModel(parent)
        , m_warning(warning)
    {}

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (index.isValid() && index.column() == ActionItemsModel::DueColumn &&
            (role == Qt::DecorationRole || role == Qt::AccessibleTextRole) &&
            index.data(ActionItemsModel::OverdueRole).toBool()) {
            if (role == Qt::DecorationRole)
                return m_warning;
            return ActionItemsArea::tr("%1, overdue", "due date").arg(index.data(Qt::DisplayRole).toString());
        }
        return QIdentityProxyModel::data(index, role);
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == ActionItemsModel::SourceColumn)
            return ActionItemsArea::tr(
                "The incident or retro the item came from. Double-click an incident to open it.");
        return QIdentityProxyModel::headerData(section, orientation, role);
    }

private:
    QIcon m_warning;
};

} // namespace

ActionItemsArea::ActionItemsArea(ActionItemsModel &model, TeamTreeModel &teams, SessionEdits &edits, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_teams(teams)
    , m_edits(edits)
    , m_proxy(new ActionProxy(style()->standardIcon(QStyle::SP_MessageBoxWarning), this))
    , m_team(new TeamComboBox(this))
    , m_status(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("&Overdue only"), this))
    , m_count(new QLabel(this))
    , m_problem(new Banner(Banner::Problem, this))
    , m_view(new QTableView(this))
    , m_markDoneAction(new QAction(tr("Mark &done"), this))
    , m_reopenAction(new QAction(tr("&Reopen"), this))
    , m_markDone(new QPushButton(m_markDoneAction->text(), this))
    , m_reopen(new QPushButton(m_reopenAction->text(), this))
{
    setObjectName(QStringLiteral("actionItemsArea"));
    setAccessibleName(tr("Action items"));

    // Filters, starting from the model's own (the composition root decides what shows first).
    const ActionFilter &current = m_model.filter();
    m_team->setObjectName(QStringLiteral("actionTeamFilter"));
    m_team->setAccessibleName(tr("Owning team"));
    m_team->setToolTip(tr("Show the items a team owns, including its sub-teams"));
    m_team->follow(m_teams, tr("All teams"));
    m_team->setCurrentTeamId(current.teamId);
    m_status->setObjectName(QStringLiteral("actionStatusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("All statuses"), AllStatuses);
    m_status->addItem(tr("Open or in progress"), OpenOrInProgress);
    for (ActionStatus s : PostmortemText::actionStatuses())
        m_status->addItem(PostmortemText::actionStatusName(s), int(s));
    const int status = current.status ? int(*current.status) : current.openOnly ? OpenOrInProgress : AllStatuses;
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
    m_overdue->setObjectName(QStringLiteral("actionOverdueFilter"));
    m_overdue->setAccessibleName(tr("Overdue only"));
    m_overdue->setToolTip(tr("Show only items that are not done and past their due date"));
    m_overdue->setChecked(current.overdueOnly);
    connect(m_team, &QComboBox::currentIndexChanged, this, &ActionItemsArea::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ActionItemsArea::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &ActionItemsArea::applyFilter);
    // The team list follows the team tree; when the chosen team is deleted, every team's items show again.
    connect(m_team, &TeamComboBox::currentTeamGone, this, &ActionItemsArea::applyFilter);

    m_proxy->setSourceModel(&m_model);
    m_view->setObjectName(QStringLiteral("actionTable"));
    m_view->setAccessibleName(tr("Action items"));
    m_view->setAccessibleDescription(tr("F2 edits the current cell; Enter on where an item came from opens that"
                                        " postmortem; Ctrl+D marks the selected items done"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the list; the arrows move between cells
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    setUpActionTable(m_view, m_model);
    QHeaderView *header = m_view->horizontalHeader();
    // Unsorted shows the model's order (overdue and soonest due first); a third click on a header returns to it.
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    // A double-click or Enter on where an item came from opens that postmortem.
    connect(m_view, &QTableView::activated, this, &ActionItemsArea::onDoubleClicked);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ActionItemsArea::updateActions);
    // The count follows the model itself: the proxy announces a removed row while the model still has it.
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &ActionItemsArea::updateCount);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &ActionItemsArea::updateCount);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &ActionItemsArea::updateCount);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &ActionItemsArea::updateCount);
    connect(&m_model, &ActionItemsModel::editFailed, this, &ActionItemsArea::showProblem);
    // A new filter of a big list is read in the background; the rows shown stay until then.
    connect(&m_model, &ActionItemsModel::loadingChanged, this, &ActionItemsArea::updateCount);
    connect(&m_edits, &SessionEdits::failed, this, &ActionItemsArea::showProblem);

    m_markDoneAction->setObjectName(QStringLiteral("markDoneAction"));
    m_markDoneAction->setShortcut(QKeySequence(tr("Ctrl+D")));
    m_markDoneAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_markDoneAction->setToolTip(tr("Mark the selected items done; Edit > Undo takes it back"));
    m_reopenAction->setObjectName(QStringLiteral("reopenAction"));
    m_reopenAction->setToolTip(tr("Set the selected done or dropped items back to open"));
    addAction(m_markDoneAction);
    addAction(m_reopenAction);
    connect(m_markDoneAction, &QAction::triggered, this, &ActionItemsArea::markDone);
    connect(m_reopenAction, &QAction::triggered, this, &ActionItemsArea::reopen);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_markDoneAction);
    m_view->addAction(m_reopenAction);

    m_markDone->setObjectName(QStringLiteral("markDoneButton"));
    m_markDone->setAccessibleName(tr("Mark done"));
    m_markDone->setToolTip(
        tr("%1 (%2)", "tooltip, then its shortcut")
            .arg(m_markDoneAction->toolTip(), m_markDoneAction->shortcut().toString(QKeySequence::NativeText)));
    m_reopen->setObjectName(QStringLiteral("reopenButton"));
    m_reopen->setAccessibleName(tr("Reopen"));
    m_reopen->setToolTip(m_reopenAction->toolTip());
    connect(m_markDone, &QPushButton::clicked, m_markDoneAction, &QAction::trigger);
    connect(m_reopen, &QPushButton::clicked, m_reopenAction, &QAction::trigger);

    m_count->setObjectName(QStringLiteral("actionCountLabel"));
    m_count->setAccessibleName(tr("Number of action items shown"));
    m_problem->setObjectName(QStringLiteral("actionProblemBanner"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_team, 2);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_overdue);
    filters->addStretch();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_markDone);
    buttons->addWidget(m_reopen);
    buttons->addStretch();
    buttons->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    updateCount();
    updateActions();
}

void ActionItemsArea::applyFilter()
{
    ActionFilter filter = m_model.filter();
    filter.teamId = m_team->currentTeamId();
    const int status = m_status->currentData().toInt();
    filter.openOnly = status == OpenOrInProgress;
    filter.status = status >= 0 ? std::optional<ActionStatus>(static_cast<ActionStatus>(status)) : std::nullopt;
    filter.overdueOnly = m_overdue->isChecked();
    m_problem->hide();
    m_model.setFilter(filter);
}

void ActionItemsArea::updateCount()
{
    if (m_model.isLoading()) {
        m_count->setText(tr("Reading the action items…"));
        updateActions();
        return;
    }
    const int overdue = m_model.overdueCount();
    QString text = tr("%Ln action item(s)", nullptr, m_model.rowCount());
    if (overdue > 0)
        text = tr("%1, %Ln overdue", "how many action items, then how many of them are overdue", overdue).arg(text);
    m_count->setText(text);
    updateActions();
}

QList<qint64> ActionItemsArea::selectedActionIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    ids.reserve(rows.size());
    // The model knows its ids without reading the rows.
    for (const QModelIndex &index : std::as_const(rows)) {
        if (const qint64 id = m_model.idAt(m_proxy->mapToSource(index).row()); id > 0)
            ids.append(id);
    }
    return ids;
}

void ActionItemsArea::updateActions()
{
    bool anyOpen = false;
    bool anyClosed = false;
    // Stops as soon as both are known: a selection of thousands need not be read whole.
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const ActionRow *row = m_model.itemAt(m_proxy->mapToSource(index).row())) {
            anyOpen = anyOpen || !row->item.isClosed();
            anyClosed = anyClosed || row->item.isClosed();
        }
        if (anyOpen && anyClosed)
            break;
    }
    m_markDoneAction->setEnabled(anyOpen);
    m_markDone->setEnabled(anyOpen);
    m_reopenAction->setEnabled(anyClosed);
    m_reopen->setEnabled(anyClosed);
}

void ActionItemsArea::markDone()
{
    setStatus(ActionStatus::Done);
}

void ActionItemsArea::reopen()
{
    setStatus(ActionStatus::Open);
}

void ActionItemsArea::setStatus(ActionStatus status)
{
    // Done applies to the open items of the selection, Open (reopen) to the done or dropped ones.
    const bool closing = status == ActionStatus::Done || status == ActionStatus::Dropped;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &index : std::as_const(rows)) {
        if (const ActionRow *row = m_model.itemAt(m_proxy->mapToSource(index).row());
            row && row->item.isClosed() != closing)
            ids.append(row->item.id);
    }
    if (ids.isEmpty())
        return;
    QStringList problems;
    {
        // The list is read again once, after the last item, not after each.
        const ActionItemsModel::ReloadBatch batch(m_model);
        // Several items change as one undo step.
        QUndoStack &stack = m_edits.stack();
        const bool several = ids.size() > 1;
        if (several)
            stack.beginMacro(status == ActionStatus::Done ? tr("Mark %Ln action item(s) done", nullptr, int(ids.size()))
                                                          : tr("Reopen %Ln action item(s)", nullptr, int(ids.size())));
        for (qint64 id : std::as_const(ids)) {
            if (const Status result = m_edits.setActionStatus(id, status);
                !result && !problems.contains(result.error()))
                problems.append(result.error());
        }
        if (several)
            stack.endMacro();
    }
    m_problem->showMessage(problems.join(QLatin1Char('\n')));
    updateActions();
}

void ActionItemsArea::showProblem(const QString &message)
{
    m_problem->showMessage(message);
}

void ActionItemsArea::onDoubleClicked(const QModelIndex &index)
{
    if (index.column() != ActionItemsModel::SourceColumn)
        return;
    if (const qint64 incidentId = index.data(ActionItemsModel::IncidentIdRole).toLongLong(); incidentId > 0)
        emit openIncidentRequested(incidentId);
}

} // namespace candor

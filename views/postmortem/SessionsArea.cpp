#include "SessionsArea.h"

#include "RetroDialog.h"
#include "common/ColumnWidths.h"
#include "common/MessageBox.h"
#include "common/Theme.h"
#include "domain/Names.h"
#include "item/ActionItemsModel.h"
#include "item/TeamTreeModel.h"
#include "storage/PostmortemRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace candor {

SessionsArea::SessionsArea(SessionTableModel &model, PostmortemRepository &repository, TeamTreeModel &teams,
                           QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_repository(repository)
    , m_teams(teams)
    , m_view(new QTableView(this))
    , m_emptyHint(new QLabel(tr("Start a postmortem from an incident, or a retro for a team."), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
{
    setObjectName(QStringLiteral("sessionsArea"));
    setAccessibleName(tr("Postmortems and retros"));
    m_model.load(); // the composition root builds the list unread; it is read when this area first exists

    m_view->setObjectName(QStringLiteral("sessionTable"));
    m_view->setAccessibleName(tr("Postmortems and retros"));
    // The model itself sorts, in SQL: a sorting proxy would read every session.
    m_view->setModel(&m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the list; the arrows move in it
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    QHeaderView *header = m_view->horizontalHeader();
    fillWithColumn(m_view, SessionTableModel::TitleColumn, m_view->fontMetrics().averageCharWidth() * 30);
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const auto headerText = [this](int column) {
        return m_model.headerData(column, Qt::Horizontal).toString();
    };
    QStringList kinds;
    QStringList phases;
    for (SessionKind kind : {SessionKind::Postmortem, SessionKind::Retro}) {
        kinds.append(PostmortemText::sessionKindName(kind));
        for (int p = int(Phase::Opening); p <= int(Phase::Finished); ++p)
            phases.append(PostmortemText::phaseName(static_cast<Phase>(p), kind));
    }
    header->resizeSection(SessionTableModel::KindColumn,
                          columnWidthFor(m_view, kinds, headerText(SessionTableModel::KindColumn)));
    header->resizeSection(SessionTableModel::TeamColumn, 12 * em);
    header->resizeSection(SessionTableModel::PhaseColumn,
                          columnWidthFor(m_view, phases, headerText(SessionTableModel::PhaseColumn)));
    header->resizeSection(SessionTableModel::CreatedColumn,
                          columnWidthFor(m_view, dateTimeSamples(), headerText(SessionTableModel::CreatedColumn)));
    // Unsorted shows the model's order (newest first); a third click on a header returns to it.
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    // Enter and double-click open.
    connect(m_view, &QTableView::activated, this, &SessionsArea::openSession);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SessionsArea::updateState);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &SessionsArea::updateState);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &SessionsArea::updateState);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &SessionsArea::updateState);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &SessionsArea::deleteSession);

    m_emptyHint->setObjectName(QStringLiteral("sessionsEmptyHint"));
    m_emptyHint->setAccessibleName(m_emptyHint->text());
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setContentsMargins(12, 12, 12, 12);
    Theme::tint(m_emptyHint, Theme::Tint::Quiet);

    auto *newRetroButton = new QPushButton(tr("New &retro…"), this);
    newRetroButton->setObjectName(QStringLiteral("newRetroButton"));
    newRetroButton->setAccessibleName(tr("New retro"));
    newRetroButton->setToolTip(tr("Look back on a period with a team"));
    m_open->setObjectName(QStringLiteral("openSessionButton"));
    m_open->setAccessibleName(tr("Open"));
    m_open->setToolTip(tr("Open the selected postmortem or retro (Enter)"));
    m_delete->setObjectName(QStringLiteral("deleteSessionButton"));
    m_delete->setAccessibleName(tr("Delete"));
    m_delete->setToolTip(tr("Delete the selected postmortem or retro and everything recorded in it (Delete in the"
                            " list)"));
    connect(m_open, &QPushButton::clicked, this, &SessionsArea::openSession);
    connect(newRetroButton, &QPushButton::clicked, this, &SessionsArea::newRetro);
    connect(m_delete, &QPushButton::clicked, this, &SessionsArea::deleteSession);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(newRetroButton);
    buttons->addWidget(m_delete);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(m_emptyHint);
    layout->addLayout(buttons);

    updateState();
}

qint64 SessionsArea::selectedSessionId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row()))
        return 0;
    return current.data(SessionTableModel::IdRole).toLongLong();
}

void SessionsArea::updateState()
{
    m_emptyHint->setVisible(m_model.rowCount() == 0);
    const bool selected = selectedSessionId() != 0;
    m_open->setEnabled(selected);
    m_delete->setEnabled(selected);
}

void SessionsArea::select(qint64 sessionId)
{
    const int row = m_model.rowOf(sessionId);
    if (row < 0)
        return;
    const QModelIndex index = m_model.index(row, SessionTableModel::TitleColumn);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void SessionsArea::openSession()
{
    if (const qint64 id = selectedSessionId(); id != 0)
        emit openSessionRequested(id);
}

void SessionsArea::newRetro()
{
    if (m_teams.rowCount() == 0) {
        MessageBox::warning(this, tr("No teams yet"),
                            tr("A retro is for a team. Add the team under Teams first, then start its retro."));
        return;
    }
    // The selected session's team is a likely choice.
    const SessionRow *selected = m_model.itemAt(m_model.rowOf(selectedSessionId()));
    auto *dialog = new RetroDialog(
        m_teams, selected ? selected->teamId : 0, QDate::currentDate(),
        [this](const Session &session) {
            const Result<qint64> id = m_repository.insertSession(session);
            if (id)
                select(*id);
            return id;
        },
        this);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() { emit openSessionRequested(dialog->createdId()); });
    dialog->open();
}

void SessionsArea::deleteSession()
{
    const qint64 id = selectedSessionId();
    const SessionRow *row = m_model.itemAt(m_model.rowOf(id));
    if (!row)
        return;
    const QString title = shortName(row->title);
    const bool retro = row->kind == SessionKind::Retro;
    const QString question =
        retro ? tr("Delete the retro “%1” and everything recorded in it: participants, timeline, contributing "
                   "factors, learnings, action items and notes? This cannot be undone.")
                    .arg(title)
              : tr("Delete the postmortem of “%1” and everything recorded in it: participants, timeline, "
                   "contributing factors, learnings, action items and notes? The incident stays. This cannot be "
                   "undone.")
                    .arg(title);
    if (MessageBox::question(this, retro ? tr("Delete retro") : tr("Delete postmortem"), question,
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (const Status status = m_repository.removeSession(id); !status)
        MessageBox::warning(this, retro ? tr("Cannot delete the retro") : tr("Cannot delete the postmortem"),
                            status.error());
}

} // namespace candor

#include "SurveysArea.h"

#include "CsvImportDialog.h"
#include "InstrumentDialog.h"
#include "KioskWindow.h"
#include "WaveDetails.h"
#include "WaveDialog.h"
#include "common/ColumnWidths.h"
#include "common/ListTable.h"
#include "common/MessageBox.h"
#include "common/Settings.h"
#include "common/TeamComboBox.h"
#include "common/Theme.h"
#include "domain/Names.h"
#include "item/SurveyWaveModel.h"
#include "item/TeamTreeModel.h"
#include "storage/BackgroundReads.h"
#include "storage/SurveyRepository.h"
#include "survey/AnonymityPolicy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace candor {

namespace {

// Long wave lists are read on a thread of their own, with its own connection to the database file.
BackgroundReads *backgroundReadsFor(const SurveyRepository &surveys, QObject *parent)
{
    const QString &path = surveys.databasePath();
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return nullptr;
    return new BackgroundReads(path, parent);
}

} // namespace

SurveysArea::SurveysArea(SurveyRepository &surveys, TeamTreeModel &teams, QWidget *parent)
    : QWidget(parent)
    , m_surveys(surveys)
    , m_teams(teams)
    , m_model(new SurveyWaveModel(surveys, backgroundReadsFor(surveys, this), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_team(new TeamComboBox(this))
    , m_subTeams(new QCheckBox(tr("With su&b-teams"), this))
    , m_view(new QTableView(this))
    , m_emptyHint(new QLabel(tr("No survey waves here yet. Start one with New wave…"), this))
    , m_details(new WaveDetails(surveys, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_screen(new QComboBox(this))
    , m_screenLabel(new QLabel(tr("Kiosk &screen:"), this))
    , m_kiosk(new QPushButton(tr("Run in &kiosk mode…"), this))
    , m_import(new QPushButton(tr("&Import CSV…"), this))
    , m_delete(new QPushButton(tr("&Delete wave…"), this))
{
    setObjectName(QStringLiteral("surveysArea"));
    setAccessibleName(tr("Surveys"));

    // The team filter follows the team tree; a department shows its sub-teams' waves unless asked not to.
    auto *teamLabel = new QLabel(tr("&Team:"), this);
    teamLabel->setBuddy(m_team);
    m_team->setObjectName(QStringLiteral("surveyTeamFilter"));
    m_team->setAccessibleName(tr("Team"));
    m_team->follow(m_teams, tr("All teams"));
    m_subTeams->setObjectName(QStringLiteral("surveySubTeamsCheck"));
    m_subTeams->setAccessibleName(tr("Include sub-teams"));
    m_subTeams->setToolTip(tr("Also list the waves of the teams below the chosen one"));
    m_subTeams->setChecked(true);
    connect(m_team, &QComboBox::currentIndexChanged, this, &SurveysArea::applyFilter);
    connect(m_team, &TeamComboBox::currentTeamGone, this, &SurveysArea::applyFilter);
    connect(m_subTeams, &QCheckBox::toggled, this, &SurveysArea::applyFilter);
    // Renamed or moved teams show in the rows and change what a department's filter covers.
    connect(&m_teams, &QAbstractItemModel::dataChanged, m_model, &SurveyWaveModel::reload);
    connect(&m_teams, &QAbstractItemModel::rowsMoved, m_model, &SurveyWaveModel::reload);
    connect(&m_teams, &QAbstractItemModel::rowsRemoved, m_model, &SurveyWaveModel::reload);
    connect(&m_teams, &QAbstractItemModel::modelReset, m_model, &SurveyWaveModel::reload);

    m_view->setObjectName(QStringLiteral("waveTable"));
    m_view->setAccessibleName(tr("Survey waves"));
    setUpListTable(m_view, m_proxy, m_model, SurveyWaveModel::SortRole);
    QHeaderView *header = m_view->horizontalHeader();
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    fillWithColumn(m_view, SurveyWaveModel::TitleColumn, em * 10);
    const auto headerText = [this](int column) {
        return m_model->headerData(column, Qt::Horizontal).toString();
    };
    header->resizeSection(SurveyWaveModel::TeamColumn, em * 9);
    header->resizeSection(SurveyWaveModel::InstrumentColumn, em * 14);
    for (int column : {int(SurveyWaveModel::OpensColumn), int(SurveyWaveModel::ClosesColumn)})
        header->resizeSection(column, columnWidthFor(m_view, dateSamples() << tr("Open-ended"), headerText(column)));
    header->resizeSection(SurveyWaveModel::InvitedColumn,
                          columnWidthFor(m_view, {tr("Not known"), QLocale().toString(9999)},
                                         headerText(SurveyWaveModel::InvitedColumn)));
    SurveyWave widest;
    widest.k = AnonymityPolicy::MaximumK;
    widest.commentK = AnonymityPolicy::MaximumCommentK;
    header->resizeSection(
        SurveyWaveModel::ThresholdColumn,
        columnWidthFor(m_view, {SurveyWaveModel::thresholdText(widest)}, headerText(SurveyWaveModel::ThresholdColumn)));
    header->resizeSection(SurveyWaveModel::ResponsesColumn,
                          columnWidthFor(m_view, {AnonymityPolicy::withheldText(AnonymityPolicy::MaximumK)},
                                         headerText(SurveyWaveModel::ResponsesColumn)));
    // Unsorted shows the model's order (newest first); a third click on a header returns to it.
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SurveysArea::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SurveysArea::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SurveysArea::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SurveysArea::updateState);
    connect(m_model, &SurveyWaveModel::loadingChanged, this, &SurveysArea::updateState);
    connect(m_model, &SurveyWaveModel::loadingChanged, this, [this](bool loading) {
        if (!loading && m_pendingSelection != 0)
            select(std::exchange(m_pendingSelection, 0));
    });
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &SurveysArea::deleteWave);

    m_emptyHint->setObjectName(QStringLiteral("surveysEmptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setContentsMargins(12, 12, 12, 12);
    Theme::tint(m_emptyHint, Theme::Tint::Quiet);

    auto *details = new QScrollArea(this);
    details->setObjectName(QStringLiteral("waveDetailsScroll"));
    // A Tab stop, so the details can be scrolled with the arrow keys.
    details->setAccessibleName(tr("Wave details"));
    details->setWidget(m_details);
    details->setWidgetResizable(true);
    details->setFrameShape(QFrame::NoFrame);
    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_view);
    listLayout->addWidget(m_emptyHint);
    m_splitter->setObjectName(QStringLiteral("surveysSplitter"));
    m_splitter->addWidget(list);
    m_splitter->addWidget(details);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->restoreState(Settings().surveysSplitterState());

    auto *newWaveButton = new QPushButton(tr("Ne&w wave…"), this);
    newWaveButton->setObjectName(QStringLiteral("newWaveButton"));
    newWaveButton->setAccessibleName(tr("New wave"));
    newWaveButton->setToolTip(tr("Start a survey wave for a team"));
    m_kiosk->setObjectName(QStringLiteral("kioskButton"));
    m_kiosk->setAccessibleName(tr("Run in kiosk mode"));
    m_kiosk->setToolTip(tr("Collect answers on a shared screen, one person at a time; it clears after everyone"));
    m_import->setObjectName(QStringLiteral("importCsvButton"));
    m_import->setAccessibleName(tr("Import CSV"));
    m_import->setToolTip(tr("Add the answers a form tool exported as CSV to the selected wave"));
    auto *instrumentsButton = new QPushButton(tr("I&nstruments…"), this);
    instrumentsButton->setObjectName(QStringLiteral("instrumentsButton"));
    instrumentsButton->setAccessibleName(tr("Instruments"));
    instrumentsButton->setToolTip(tr("See the built-in questionnaires and make your own"));
    m_delete->setObjectName(QStringLiteral("deleteWaveButton"));
    m_delete->setAccessibleName(tr("Delete wave"));
    m_delete->setToolTip(tr("Delete the selected wave with all its answers and comments (Delete in the list)"));
    connect(newWaveButton, &QPushButton::clicked, this, &SurveysArea::newWave);
    connect(m_kiosk, &QPushButton::clicked, this, &SurveysArea::runKiosk);
    connect(m_import, &QPushButton::clicked, this, &SurveysArea::importCsv);
    connect(instrumentsButton, &QPushButton::clicked, this, &SurveysArea::editInstruments);
    connect(m_delete, &QPushButton::clicked, this, &SurveysArea::deleteWave);

    // With more than one screen, the kiosk can go to another one (a tablet or a screen in the hall).
    m_screen->setObjectName(QStringLiteral("kioskScreenCombo"));
    m_screen->setAccessibleName(tr("Kiosk screen"));
    m_screenLabel->setBuddy(m_screen);
    fillScreens();
    connect(qGuiApp, &QGuiApplication::screenAdded, this, &SurveysArea::fillScreens);
    connect(qGuiApp, &QGuiApplication::screenRemoved, this, &SurveysArea::fillScreens);

    auto *filters = new QHBoxLayout;
    filters->addWidget(teamLabel);
    filters->addWidget(m_team);
    filters->addWidget(m_subTeams);
    filters->addStretch(1);
    filters->addWidget(instrumentsButton);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newWaveButton);
    buttons->addWidget(m_kiosk);
    buttons->addWidget(m_screenLabel);
    buttons->addWidget(m_screen);
    buttons->addWidget(m_import);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(buttons);

    applyFilter();
}

SurveysArea::~SurveysArea()
{
    Settings().setSurveysSplitterState(m_splitter->saveState());
    // Kiosks still open end with the area (and with them the model's marks, while the model is still here).
    for (const QPointer<KioskWindow> &kiosk : std::as_const(m_kiosks))
        delete kiosk.data();
}

KioskWindow *SurveysArea::kioskOf(qint64 waveId) const
{
    return m_kiosks.value(waveId).data();
}

void SurveysArea::applyFilter()
{
    m_model->setTeamFilter(m_team->currentTeamId(), m_subTeams->isChecked());
    updateState();
}

qint64 SurveysArea::selectedWaveId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row()))
        return 0;
    return current.data(SurveyWaveModel::IdRole).toLongLong();
}

void SurveysArea::updateState()
{
    if (m_model->isLoading())
        m_emptyHint->setText(tr("Reading the survey waves…"));
    else if (!m_model->loadError().isEmpty())
        m_emptyHint->setText(m_model->loadError());
    else
        m_emptyHint->setText(tr("No survey waves here yet. Start one with New wave…"));
    m_emptyHint->setVisible(m_model->rowCount() == 0 || m_model->isLoading() || !m_model->loadError().isEmpty());
    const qint64 id = selectedWaveId();
    m_kiosk->setEnabled(id != 0);
    m_import->setEnabled(id != 0);
    m_delete->setEnabled(id != 0);
    if (id != m_details->waveId())
        m_details->showWave(id, m_model->isCollecting(id));
}

void SurveysArea::select(qint64 waveId)
{
    int row = m_model->rowOf(waveId);
    if (row < 0 && !m_model->isLoading()) {
        // Filtered out: show every team's waves, so the wave just made is in view.
        m_team->setCurrentTeamId(0);
        row = m_model->rowOf(waveId);
    }
    if (row < 0 && m_model->isLoading()) {
        // A long list is being read again in the background: select the wave once its rows are in.
        m_pendingSelection = waveId;
        return;
    }
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, SurveyWaveModel::TitleColumn));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void SurveysArea::fillScreens()
{
    const QString chosen = m_screen->currentData().toString();
    m_screen->clear();
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (int i = 0; i < screens.size(); ++i) {
        const QScreen *screen = screens.at(i);
        const QSize size = screen->size();
        m_screen->addItem(tr("%1: %2 (%3 × %4)", "screen number: name (width × height)")
                              .arg(QLocale().toString(i + 1), screen->name(), QLocale().toString(size.width()),
                                   QLocale().toString(size.height())),
                          screen->name());
    }
    // Another screen than the one this window is on is the likely kiosk (a tablet, a screen by the door).
    int index = m_screen->findData(chosen);
    if (index < 0) {
        const QScreen *own = screen();
        for (int i = 0; i < screens.size() && index < 0; ++i) {
            if (screens.at(i) != own)
                index = i;
        }
    }
    m_screen->setCurrentIndex(std::max(0, index));
    m_screen->setVisible(screens.size() > 1);
    m_screenLabel->setVisible(screens.size() > 1);
}

QScreen *SurveysArea::kioskScreen() const
{
    const QString name = m_screen->currentData().toString();
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen->name() == name)
            return screen;
    }
    return screen();
}

void SurveysArea::newWave()
{
    if (m_teams.rowCount() == 0) {
        MessageBox::warning(this, tr("No teams yet"),
                            tr("A survey wave is for a team. Add the team under Teams first, then start its wave."));
        return;
    }
    // The team in the filter, or the selected wave's, is a likely choice.
    qint64 teamId = m_team->currentTeamId();
    if (const SurveyWaveListRow *selected = m_model->waveRow(selectedWaveId()))
        teamId = selected->row.wave.teamId;
    auto *dialog = new WaveDialog(m_surveys, m_teams, teamId, QDate::currentDate(), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() { select(dialog->createdId()); });
    dialog->open();
}

void SurveysArea::runKiosk()
{
    const qint64 id = selectedWaveId();
    const SurveyWaveListRow *row = m_model->waveRow(id);
    if (!row)
        return;
    if (KioskWindow *open = m_kiosks.value(id)) {
        open->raise();
        open->activateWindow();
        return;
    }
    const SurveyWave &wave = row->row.wave;
    const QDate today = QDate::currentDate();
    const QLocale locale;
    QString question;
    if (wave.opens > today)
        question = tr("The wave “%1” opens on %2. Collect answers for it now anyway?")
                       .arg(shortName(row->row.wave.title.isEmpty() ? row->row.teamName : row->row.wave.title),
                            locale.toString(wave.opens, QLocale::LongFormat));
    else if (wave.closes.isValid() && wave.closes < today)
        question = tr("The wave “%1” closed on %2. Collect answers for it now anyway?")
                       .arg(shortName(row->row.wave.title.isEmpty() ? row->row.teamName : row->row.wave.title),
                            locale.toString(wave.closes, QLocale::LongFormat));
    if (!question.isEmpty() &&
        MessageBox::question(this, tr("Run in kiosk mode"), question, QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return;

    auto *kiosk = new KioskWindow(m_surveys, id, this);
    if (!kiosk->isValid()) {
        MessageBox::warning(this, tr("Cannot run the kiosk"), kiosk->errorText());
        delete kiosk;
        return;
    }
    m_kiosks.insert(id, kiosk);
    // While the kiosk collects, the wave's figures stay hidden here: one that moved with each person would tell
    // whoever watches what the last person answered.
    m_model->setCollecting(id, true);
    connect(kiosk, &QObject::destroyed, this, [this, id]() {
        m_kiosks.remove(id);
        m_model->setCollecting(id, false);
        if (m_details->waveId() == id)
            m_details->showWave(id, false);
    });
    if (m_details->waveId() == id)
        m_details->showWave(id, true);
    kiosk->showOn(kioskScreen());
}

void SurveysArea::importCsv()
{
    const qint64 id = selectedWaveId();
    if (id == 0)
        return;
    auto *dialog = new CsvImportDialog(m_surveys, id, this);
    if (!dialog->isValid()) {
        MessageBox::warning(this, tr("Cannot import"), dialog->errorText());
        delete dialog;
        return;
    }
    dialog->open();
}

void SurveysArea::editInstruments()
{
    auto *dialog = new InstrumentDialog(m_surveys, this);
    dialog->open();
}

void SurveysArea::deleteWave()
{
    const qint64 id = selectedWaveId();
    const SurveyWaveListRow *row = m_model->waveRow(id);
    if (!row)
        return;
    const QString name = shortName(
        row->row.wave.title.isEmpty() ? m_model->index(m_model->rowOf(id), 0).data().toString() : row->row.wave.title);
    if (m_kiosks.value(id)) {
        MessageBox::warning(this, tr("Cannot delete the wave"),
                            tr("The wave “%1” is running in kiosk mode. End the kiosk session first.").arg(name));
        return;
    }
    if (MessageBox::question(this, tr("Delete wave"),
                             tr("Delete the wave “%1” of %2? This removes all its answers and comments. This cannot "
                                "be undone.")
                                 .arg(name, row->row.teamName),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (const Status status = m_surveys.removeWave(id); !status)
        MessageBox::warning(this, tr("Cannot delete the wave"), status.error());
}

} // namespace candor

#include "InsightsArea.h"

#include "InsightsReport.h"
#include "MttrChart.h"
#include "NumbersPanel.h"
#include "TeamChecklist.h"
#include "TrendChart.h"
#include "common/Banner.h"
#include "common/FileChooser.h"
#include "common/MessageBox.h"
#include "common/Settings.h"
#include "common/TeamComboBox.h"
#include "item/FigureStore.h"
#include "item/HeatmapModel.h"
#include "item/QuarterIncidentsModel.h"
#include "item/TeamTreeModel.h"
#include "item/TrendModel.h"
#include "storage/IncidentRepository.h"
#include "storage/SurveyRepository.h"
#include "survey/Instruments.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace candor {

namespace {

enum Page { EmptyPage, TrendPage, HeatmapPage };
// Departments checked when the Departments view first opens with none chosen.
constexpr int DefaultDepartments = 6;

QTableView *makeTable(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move between cells
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

} // namespace

InsightsArea::InsightsArea(SurveyRepository &surveys, IncidentRepository *incidents, TeamTreeModel &teams,
                           QWidget *parent)
    : QWidget(parent)
    , m_surveys(surveys)
    , m_incidents(incidents)
    , m_teams(teams)
    , m_store(new FigureStore(surveys, this))
    , m_trendModel(new TrendModel(*m_store, this))
    , m_heatmapModel(new HeatmapModel(*m_store, this))
    , m_incidentModel(incidents ? new QuarterIncidentsModel(*incidents, this) : nullptr)
    , m_instrument(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_team(new TeamComboBox(this))
    , m_wholeDepartment(new QCheckBox(tr("Whole &department"), this))
    , m_quarter(new QComboBox(this))
    , m_exportReport(new QPushButton(tr("E&xport report…"), this))
    , m_teamLabel(new QLabel(tr("&Team:"), this))
    , m_quarterLabel(new QLabel(tr("&Quarter:"), this))
    , m_sidebar(new QWidget(this))
    , m_listFilter(new QLineEdit(m_sidebar))
    , m_compareList(new TeamChecklist(teams, TeamChecklist::AllTeams, m_sidebar))
    , m_departmentList(new TeamChecklist(teams, TeamChecklist::DepartmentsOnly, m_sidebar))
    , m_problem(new Banner(Banner::Problem, this))
    , m_pages(new QStackedWidget(this))
    , m_empty(new QLabel(m_pages))
    , m_chart(new TrendChart(m_pages))
    , m_gapNote(new QLabel(m_pages))
    , m_mttr(incidents ? new MttrChart(m_pages) : nullptr)
    , m_tables(new QTabWidget(m_pages))
    , m_trendTable(makeTable(QStringLiteral("trendTable"), tr("Survey trend by quarter"), m_tables))
    , m_incidentTable(
          incidents ? makeTable(QStringLiteral("incidentQuarterTable"), tr("Incidents by quarter"), m_tables) : nullptr)
    , m_heatmapTable(makeTable(QStringLiteral("heatmapTable"), tr("Teams by construct"), m_pages))
    , m_numbers(new NumbersPanel(this))
{
    setObjectName(QStringLiteral("insightsArea"));
    setAccessibleName(tr("Insights"));
    // Nothing is computed until the area is first shown, and then on a thread of its own: the area shows at once
    // and fills when the figures are ready.
    m_store->setActive(false);
    m_store->computeInBackground();
    m_store->followTeams(m_teams);

    // Controls, each with a label that names it and moves the focus to it.
    m_instrument->setObjectName(QStringLiteral("insightInstrumentCombo"));
    m_instrument->setAccessibleName(tr("Instrument"));
    m_instrument->setToolTip(tr("One instrument at a time: scales of different length are never drawn together"));
    m_mode->setObjectName(QStringLiteral("insightModeCombo"));
    m_mode->setAccessibleName(tr("View"));
    m_mode->addItem(tr("Team trend"), TeamTrend);
    m_mode->addItem(tr("Compare teams"), CompareTeams);
    m_mode->addItem(tr("Departments"), Departments);
    m_mode->addItem(tr("Heatmap"), Heatmap);
    m_team->setObjectName(QStringLiteral("insightTeamCombo"));
    m_team->setAccessibleName(tr("Team"));
    m_team->follow(m_teams);
    m_wholeDepartment->setObjectName(QStringLiteral("wholeDepartmentCheck"));
    m_wholeDepartment->setAccessibleName(tr("Whole department"));
    m_wholeDepartment->setToolTip(tr("Show the department with all its teams instead of its own waves only"));
    m_wholeDepartment->setChecked(true);
    m_quarter->setObjectName(QStringLiteral("heatmapQuarterCombo"));
    m_quarter->setAccessibleName(tr("Quarter"));
    m_exportReport->setObjectName(QStringLiteral("exportReportButton"));

    auto *instrumentLabel = new QLabel(tr("&Instrument:"), this);
    instrumentLabel->setBuddy(m_instrument);
    // Alt+V is the main window's View menu, Alt+I the instrument.
    auto *modeLabel = new QLabel(tr("Vie&w:"), this);
    modeLabel->setBuddy(m_mode);
    m_teamLabel->setBuddy(m_team);
    m_quarterLabel->setBuddy(m_quarter);
    auto *controls = new QHBoxLayout;
    controls->addWidget(instrumentLabel);
    controls->addWidget(m_instrument, 2);
    controls->addWidget(modeLabel);
    controls->addWidget(m_mode, 1);
    controls->addWidget(m_teamLabel);
    controls->addWidget(m_team, 2);
    controls->addWidget(m_wholeDepartment);
    controls->addWidget(m_quarterLabel);
    controls->addWidget(m_quarter, 1);
    controls->addStretch();

    // The lists of teams and departments to compare.
    m_sidebar->setObjectName(QStringLiteral("insightsSidebar"));
    m_listFilter->setObjectName(QStringLiteral("insightListFilter"));
    m_listFilter->setAccessibleName(tr("Filter teams"));
    m_listFilter->setPlaceholderText(tr("Filter teams"));
    m_listFilter->setClearButtonEnabled(true);
    m_compareList->setObjectName(QStringLiteral("compareTeamList"));
    m_compareList->setAccessibleName(tr("Teams to compare"));
    m_compareList->setToolTip(tr("Check the teams to compare (Space checks the current one)"));
    m_departmentList->setObjectName(QStringLiteral("departmentList"));
    m_departmentList->setAccessibleName(tr("Departments to show"));
    m_departmentList->setToolTip(tr("Check the departments to show, each with all its teams"));
    auto *sidebarLayout = new QVBoxLayout(m_sidebar);
    sidebarLayout->setContentsMargins(0, 0, 0, 0);
    sidebarLayout->addWidget(m_listFilter);
    sidebarLayout->addWidget(m_compareList);
    sidebarLayout->addWidget(m_departmentList);

    // The trend: the chart with its gap note and the MTTR bars, the same figures as tables below.
    m_chart->setObjectName(QStringLiteral("trendChart"));
    m_chart->setModel(m_trendModel);
    m_gapNote->setObjectName(QStringLiteral("trendGapNote"));
    m_gapNote->setWordWrap(true);
    m_gapNote->hide();
    m_trendTable->setModel(m_trendModel);
    m_tables->setObjectName(QStringLiteral("trendTables"));
    m_tables->addTab(m_trendTable, tr("Scores"));
    auto *charts = new QWidget(m_pages);
    auto *chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(m_chart, 3);
    chartsLayout->addWidget(m_gapNote);
    if (m_incidentModel) {
        m_chart->setIncidents(m_incidentModel);
        m_mttr->setObjectName(QStringLiteral("mttrChart"));
        m_mttr->setModel(m_incidentModel);
        m_incidentTable->setModel(m_incidentModel);
        m_tables->addTab(m_incidentTable, tr("Incidents and MTTR"));
        chartsLayout->addWidget(m_mttr, 1);
        connect(m_incidentModel, &QuarterIncidentsModel::loadFailed, m_problem, &Banner::showMessage);
    }
    auto *trendPage = new QSplitter(Qt::Vertical, m_pages);
    trendPage->setObjectName(QStringLiteral("trendPage"));
    trendPage->addWidget(charts);
    trendPage->addWidget(m_tables);
    trendPage->setStretchFactor(0, 3);
    trendPage->setStretchFactor(1, 1);

    // The heatmap, sortable by any construct, with its colour key in words.
    auto *heatmapProxy = new QSortFilterProxyModel(this);
    heatmapProxy->setSourceModel(m_heatmapModel);
    heatmapProxy->setSortRole(HeatmapModel::SortRole);
    heatmapProxy->setSortLocaleAware(true);
    m_heatmapTable->setModel(heatmapProxy);
    m_heatmapTable->setSortingEnabled(true);
    m_heatmapTable->sortByColumn(-1, Qt::AscendingOrder);
    m_heatmapTable->verticalHeader()->hide();
    auto *key = new QLabel(m_pages);
    key->setObjectName(QStringLiteral("heatmapKey"));
    key->setWordWrap(true);
    key->setTextFormat(Qt::RichText);
    QString swatches;
    for (int i = 0; i <= 6; ++i)
        swatches += QStringLiteral("<span style=\"background:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span>")
                        .arg(HeatmapModel::colourFor(1 + i, 7).name());
    key->setText(tr("Unfavourable %1 favourable. Mean of each construct's answers (reversed items turned round); "
                    "the value is written in every cell.")
                     .arg(swatches));
    auto *heatmapPage = new QWidget(m_pages);
    auto *heatmapLayout = new QVBoxLayout(heatmapPage);
    heatmapLayout->setContentsMargins(0, 0, 0, 0);
    heatmapLayout->addWidget(m_heatmapTable);
    heatmapLayout->addWidget(key);

    m_empty->setObjectName(QStringLiteral("insightsEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_pages->insertWidget(EmptyPage, m_empty);
    m_pages->insertWidget(TrendPage, trendPage);
    m_pages->insertWidget(HeatmapPage, heatmapPage);

    m_numbers->setObjectName(QStringLiteral("numbersPanel"));
    m_problem->setObjectName(QStringLiteral("insightsProblemBanner"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    // The report beneath the numbers: out of the crowded controls row, in every view.
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_numbers, 1);
    sideLayout->addWidget(m_exportReport, 0, Qt::AlignRight);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_problem);
    layout->addWidget(splitter, 1);

    // Wiring: controls choose, the store computes, the models follow, the views watch the models.
    fillInstruments();
    connect(&m_surveys, &SurveyRepository::instrumentsChanged, this, &InsightsArea::fillInstruments);
    connect(m_instrument, &QComboBox::currentIndexChanged, this, [this]() {
        m_numbers->showHint();
        m_store->setInstrumentKey(m_instrument->currentData().toString());
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, &InsightsArea::onModeChanged);
    connect(m_team, &QComboBox::currentIndexChanged, this, &InsightsArea::applySeries);
    connect(m_team, &TeamComboBox::currentTeamGone, this, &InsightsArea::applySeries);
    connect(m_wholeDepartment, &QCheckBox::toggled, this, &InsightsArea::applySeries);
    connect(m_compareList, &TeamChecklist::checkedChanged, this, &InsightsArea::applySeries);
    connect(m_departmentList, &TeamChecklist::checkedChanged, this, &InsightsArea::applySeries);
    connect(m_listFilter, &QLineEdit::textChanged, m_compareList, &TeamChecklist::setFilterText);
    connect(m_listFilter, &QLineEdit::textChanged, m_departmentList, &TeamChecklist::setFilterText);

    connect(m_store, &FigureStore::reloaded, this, &InsightsArea::onFiguresReloaded);
    connect(m_store, &FigureStore::computingChanged, this, &InsightsArea::updatePage);
    connect(m_trendModel, &QAbstractItemModel::modelReset, this, [this]() {
        updateIncidentScope();
        updatePage();
        m_chart->setHighlight(-1, -1);
        if (m_pages->currentIndex() != HeatmapPage)
            m_numbers->showHint();
    });
    connect(m_trendModel, &QAbstractItemModel::dataChanged, this, [this]() {
        if (m_trendTable->currentIndex().isValid() && m_pages->currentIndex() == TrendPage)
            showTrendCell(m_trendTable->currentIndex());
    });
    connect(m_trendTable->selectionModel(), &QItemSelectionModel::currentChanged, this, &InsightsArea::showTrendCell);
    connect(m_chart, &TrendChart::pointClicked, this, &InsightsArea::selectTrendPoint);
    connect(m_chart, &TrendChart::redrawn, this, [this]() {
        m_gapNote->setText(m_chart->gapNote());
        m_gapNote->setVisible(!m_chart->gapNote().isEmpty());
    });
    connect(m_heatmapModel, &HeatmapModel::periodsChanged, this, &InsightsArea::fillQuarters);
    connect(m_heatmapModel, &QAbstractItemModel::modelReset, this, &InsightsArea::updatePage);
    connect(m_quarter, &QComboBox::currentIndexChanged, this, [this]() {
        if (m_quarter->currentIndex() >= 0)
            m_heatmapModel->setPeriod(Period::fromIndex(m_quarter->currentData().toInt()));
    });
    connect(m_heatmapTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &InsightsArea::showHeatmapRow);
    connect(m_exportReport, &QPushButton::clicked, this, &InsightsArea::exportReport);

    onModeChanged();
}

InsightsArea::Mode InsightsArea::mode() const
{
    return static_cast<Mode>(m_mode->currentData().toInt());
}

void InsightsArea::reloadIncidents()
{
    if (m_incidentModel)
        m_incidentModel->reload();
}

void InsightsArea::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_store->setActive(true);
    // The first time, an instrument without waves gives way to the one of the newest wave.
    if (!m_instrumentChosen) {
        m_instrumentChosen = true;
        if (!m_store->hasWaves())
            chooseFirstInstrument();
    }
    updatePage();
}

void InsightsArea::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Kiosk answers and imports elsewhere only mark the figures stale until the area is back.
    m_store->setActive(false);
}

void InsightsArea::fillInstruments()
{
    const QString chosen = m_instrument->currentData().toString();
    {
        const QSignalBlocker blocker(m_instrument);
        m_instrument->clear();
        for (const Instrument &instrument : m_surveys.instruments())
            m_instrument->addItem(tr("%1 (%2-point scale)", "instrument name, scale length")
                                      .arg(Instruments::displayName(instrument))
                                      .arg(instrument.scalePoints),
                                  instrument.key);
        m_instrument->setCurrentIndex(std::max(0, m_instrument->findData(chosen)));
    }
    m_store->setInstrumentKey(m_instrument->currentData().toString());
}

void InsightsArea::chooseFirstInstrument()
{
    const QString newest = m_surveys.newestWaveInstrumentKey();
    if (newest.isEmpty())
        return;
    const int index = m_instrument->findData(newest);
    if (index >= 0)
        m_instrument->setCurrentIndex(index);
}

void InsightsArea::onModeChanged()
{
    const Mode current = mode();
    m_team->setVisible(current == TeamTrend);
    m_teamLabel->setVisible(current == TeamTrend);
    m_quarter->setVisible(current == Heatmap);
    m_quarterLabel->setVisible(current == Heatmap);
    m_sidebar->setVisible(current == CompareTeams || current == Departments);
    m_compareList->setVisible(current == CompareTeams);
    m_departmentList->setVisible(current == Departments);

    // A first comparison starts from the team shown; first departments are the top-level ones.
    if (current == CompareTeams && m_compareList->checkedTeamIds().isEmpty() && m_team->currentTeamId() > 0)
        m_compareList->check({m_team->currentTeamId()});
    if (current == Departments && m_departmentList->checkedTeamIds().isEmpty()) {
        QList<qint64> topLevel;
        for (int row = 0; row < m_departmentList->count() && topLevel.size() < DefaultDepartments; ++row) {
            const qint64 id = m_departmentList->item(row)->data(Qt::UserRole).toLongLong();
            if (m_teams.teamFromIndex(m_teams.indexOfTeam(id)).parentId == 0)
                topLevel.append(id);
        }
        m_departmentList->check(topLevel);
    }
    m_numbers->showHint();
    applySeries();
}

void InsightsArea::applySeries()
{
    QList<TrendSeries> series;
    switch (mode()) {
    case TeamTrend:
        if (const qint64 id = m_team->currentTeamId(); id > 0) {
            const bool department = m_teams.rowCount(m_teams.indexOfTeam(id)) > 0;
            m_wholeDepartment->setVisible(department);
            series.append({id, department && m_wholeDepartment->isChecked() ? FigureScope::Rollup : FigureScope::Team});
        } else {
            m_wholeDepartment->hide();
        }
        break;
    case CompareTeams:
        for (qint64 id : m_compareList->checkedTeamIds())
            series.append({id, FigureScope::Team});
        break;
    case Departments:
        for (qint64 id : m_departmentList->checkedTeamIds())
            series.append({id, FigureScope::Rollup});
        break;
    case Heatmap:
        series = m_trendModel->series(); // kept for when the trend comes back
        break;
    }
    if (mode() != TeamTrend)
        m_wholeDepartment->hide();
    m_trendModel->setSeries(series);
    updateIncidentScope();
    updatePage();
    updateReportButton();
}

qint64 InsightsArea::reportTeamId() const
{
    return mode() == TeamTrend ? std::max<qint64>(m_team->currentTeamId(), 0) : 0;
}

void InsightsArea::updateReportButton()
{
    const qint64 teamId = reportTeamId();
    m_exportReport->setToolTip(
        teamId > 0 ? tr("Save the survey insights of %1 and every team below it as a PDF for HR: trend charts, the "
                        "heatmap, and what was withheld and why")
                         .arg(m_teams.teamFromIndex(m_teams.indexOfTeam(teamId)).name)
                   : tr("Save the survey insights of the whole organisation as a PDF for HR: trend charts, the "
                        "heatmap, and what was withheld and why"));
    m_exportReport->setAccessibleDescription(m_exportReport->toolTip());
}

void InsightsArea::exportReport()
{
    InsightsReport::Options options;
    options.teamId = reportTeamId();
    options.pageSize = InsightsReport::defaultPageSize();
    options.date = QDate::currentDate();
    const QString scopeName =
        options.teamId > 0 ? m_teams.teamFromIndex(m_teams.indexOfTeam(options.teamId)).name : QString();
    Settings settings;
    const QString suggested =
        QDir(settings.exportFolder()).filePath(InsightsReport::suggestedFileName(scopeName, options.date));
    QString path = FileChooser::saveFileName(this, tr("Export insights report"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");

    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status saved = InsightsReport::save(m_surveys, options, path);
    QApplication::restoreOverrideCursor();
    if (!saved) {
        MessageBox::warning(this, tr("The insights report was not saved"), saved.error());
        return;
    }
    settings.setExportFolder(QFileInfo(path).absolutePath());
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window()))
        mainWindow->statusBar()->showMessage(
            tr("Saved the insights report to “%1”. Figures of groups below the anonymity threshold are withheld.")
                .arg(QDir::toNativeSeparators(path)),
            10000);
}

void InsightsArea::onFiguresReloaded()
{
    // Whether there is any wave at all (of another instrument) matters only when this one has none.
    m_anyWaves = m_store->hasWaves() || !m_surveys.newestWaveInstrumentKey().isEmpty();
    fillQuarters();
    updateIncidentScope();
    updatePage();
}

void InsightsArea::updateIncidentScope()
{
    // Incidents stand beside one team's trend, over the same quarters.
    if (!m_incidentModel)
        return;
    const QList<TrendSeries> &series = m_trendModel->series();
    const int rows = m_trendModel->rowCount();
    const bool one = mode() != Heatmap && series.size() == 1 && rows > 0;
    if (one)
        m_incidentModel->setScope(series.constFirst().teamId, m_trendModel->periodAt(0),
                                  m_trendModel->periodAt(rows - 1));
    else
        m_incidentModel->setScope(0, {}, {});
    if (m_incidentModel->error().isEmpty())
        m_problem->showMessage(QString());
    m_mttr->setVisible(one);
    m_tables->setTabVisible(m_tables->indexOf(m_incidentTable), one);
}

void InsightsArea::updatePage()
{
    if (!m_store->isActive())
        return;
    QString empty;
    const bool heatmap = mode() == Heatmap;
    if (!m_store->isReady()) {
        // The first computation of this instrument's figures runs; later ones keep the figures shown until done.
        empty = tr("Computing the survey figures…");
    } else if (!m_store->hasWaves()) {
        const QString instrument = m_instrument->currentText();
        const QString name = m_store->instrument() ? Instruments::displayName(*m_store->instrument()) : instrument;
        // Survey figures alone: only waves with enough responses to show are there to read.
        if (!m_incidents)
            empty = !m_anyWaves
                        ? tr("No survey wave has enough responses to show yet.")
                        : tr("No wave of “%1” has enough responses to show yet. Choose another instrument.").arg(name);
        else
            empty = !m_anyWaves
                        ? tr("No survey waves yet: create one in Surveys.")
                        : tr("No waves of “%1” yet. Choose another instrument, or create a wave in Surveys.").arg(name);
    } else if (heatmap) {
        if (m_heatmapModel->periods().isEmpty())
            empty = tr("No team figures for this instrument yet.");
    } else if (m_trendModel->series().isEmpty()) {
        empty = mode() == CompareTeams  ? tr("Check the teams to compare in the list.")
                : mode() == Departments ? tr("Check the departments to show in the list.")
                                        : tr("Choose a team.");
    } else if (m_trendModel->rowCount() == 0) {
        empty = m_trendModel->series().size() == 1
                    ? tr("No waves of this instrument for %1 yet.").arg(m_trendModel->seriesName(0))
                    : tr("No waves of this instrument for the chosen teams yet.");
    }
    m_empty->setText(empty);
    m_pages->setCurrentIndex(!empty.isEmpty() ? EmptyPage : heatmap ? HeatmapPage : TrendPage);
}

void InsightsArea::fillQuarters()
{
    const QSignalBlocker blocker(m_quarter);
    m_quarter->clear();
    const QList<Period> &periods = m_heatmapModel->periods();
    for (auto it = periods.crbegin(); it != periods.crend(); ++it)
        m_quarter->addItem(FigureStore::periodLabel(*it), it->index());
    m_quarter->setCurrentIndex(m_quarter->findData(m_heatmapModel->period().index()));
}

QStringList InsightsArea::constructs() const
{
    QStringList names;
    for (int column = HeatmapModel::FirstConstructColumn; column < m_heatmapModel->columnCount(); ++column)
        names.append(m_heatmapModel->constructName(column));
    return names;
}

void InsightsArea::showTrendCell(const QModelIndex &index)
{
    if (!index.isValid()) {
        m_chart->setHighlight(-1, -1);
        return;
    }
    showNumbers(m_trendModel->series().value(index.column()).teamId, m_trendModel->seriesName(index.column()),
                m_trendModel->periodAt(index.row()), m_trendModel->figureAt(index.row(), index.column()));
    m_chart->setHighlight(index.row(), index.column());
}

void InsightsArea::showHeatmapRow(const QModelIndex &index)
{
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(m_heatmapTable->model());
    const int row = proxy->mapToSource(index).row();
    if (const Figure *figure = m_heatmapModel->figureAt(row)) {
        const qint64 teamId = m_heatmapModel->teamIdAt(row);
        showNumbers(teamId, m_store->teamPath(teamId), m_heatmapModel->period(), figure);
    }
}

void InsightsArea::showNumbers(qint64 teamId, const QString &name, Period period, const Figure *figure)
{
    NumbersPanel::Point point;
    point.series = name;
    point.period = period;
    point.figure = figure;
    point.instrumentName = m_store->instrument() ? Instruments::displayName(*m_store->instrument()) : QString();
    point.constructs = constructs();
    // The team's incidents of that quarter, whichever view the point came from.
    point.incidentsShown = m_incidents != nullptr;
    if (m_incidents) {
        const Result<TeamMetrics> metrics = QuarterIncidentsModel::metricsOf(*m_incidents, teamId, period);
        if (metrics)
            point.incidents = *metrics;
        else
            point.incidentsProblem = tr("The incidents of this quarter could not be read: %1").arg(metrics.error());
        point.incidentsIncludeSubTeams = m_teams.rowCount(m_teams.indexOfTeam(teamId)) > 0;
    }
    m_numbers->showPoint(point);
}

void InsightsArea::selectTrendPoint(int row, int column)
{
    const QModelIndex index = m_trendModel->index(row, column);
    if (!index.isValid())
        return;
    m_tables->setCurrentWidget(m_trendTable);
    m_trendTable->setCurrentIndex(index);
    m_trendTable->scrollTo(index);
}

} // namespace candor

#include "IncidentsArea.h"

#include "IncidentDialog.h"
#include "common/ColumnWidths.h"
#include "common/MessageBox.h"
#include "common/TeamComboBox.h"
#include "domain/Names.h"
#include "domain/Validation.h"
#include "item/IncidentTableModel.h"
#include "item/TeamTreeModel.h"
#include "metrics/IncidentMetrics.h"
#include "postmortem/ReportExport.h"
#include "storage/IncidentRepository.h"
#include "undo/Edits.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace candor {

namespace {

// The team figures beside an incident cover this many days up to now (the texts say so).
constexpr int MetricsDays = 90;

// The team's figures as a compact table, one line per figure.
QString teamMetricsHtml(const TeamMetrics &metrics, const QString &teamName)
{
    QString html =
        QStringLiteral("<h3>%1</h3>").arg(IncidentsArea::tr("%1, last 90 days").arg(teamName).toHtmlEscaped());
    if (metrics.incidents == 0)
        return html + QStringLiteral("<p style='color:gray'>%1</p>")
                          .arg(IncidentsArea::tr("No incidents started in the last 90 days.").toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    for (const MetricLine &line : IncidentMetrics::describe(metrics))
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(line.label.toHtmlEscaped(), line.value.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

} // namespace

IncidentsArea::IncidentsArea(IncidentTableModel &model, IncidentRepository &incidents, TeamTreeModel &teams,
                             Edits &edits, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_incidents(incidents)
    , m_teams(teams)
    , m_edits(edits)
    , m_search(new QLineEdit(this))
    , m_team(new TeamComboBox(this))
    , m_severity(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_edit(new QPushButton(tr("Edi&t incident…"), this))
    , m_delete(new QPushButton(tr("Delete incident"), this))
    , m_searchDelay(new QTimer(this))
    , m_buttons(new QHBoxLayout)
{
    setObjectName(QStringLiteral("incidentsArea"));

    m_search->setObjectName(QStringLiteral("incidentSearchEdit"));
    m_search->setMaxLength(Limits::SearchLength);
    // The full-text index covers these; the words must start words of the same text (IncidentFilter::text).
    m_search->setPlaceholderText(tr("Search titles, services, summaries, timelines and factors (Ctrl+F)"));
    m_search->setToolTip(tr("Every word you type must start a word of the incident's title, service or summary, or "
                            "of one timeline event or contributing factor of its postmortem. Esc clears."));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search incidents"));
    // Results follow typing after a short pause, so a fast typist does not wait for every letter's search.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(180);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) { // cleared (clear button, Esc, select all and delete): every incident at once
            m_searchDelay->stop();
            applyFilter();
        } else {
            m_searchDelay->start();
        }
    });
    connect(m_searchDelay, &QTimer::timeout, this, &IncidentsArea::applyFilter);
    auto *clearSearch = new QShortcut(QKeySequence(Qt::Key_Escape), m_search, nullptr, nullptr, Qt::WidgetShortcut);
    connect(clearSearch, &QShortcut::activated, m_search, &QLineEdit::clear);
    auto *findKey = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(findKey, &QShortcut::activated, this, [this]() {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_team->setObjectName(QStringLiteral("incidentTeamFilter"));
    m_team->follow(m_teams, tr("All teams"));
    m_team->setAccessibleName(tr("Show the incidents of"));
    m_severity->setObjectName(QStringLiteral("incidentSeverityFilter"));
    m_severity->setAccessibleName(tr("Severity"));
    m_severity->addItem(tr("All severities"), 0);
    for (Severity s : {Severity::Sev1, Severity::Sev2, Severity::Sev3, Severity::Sev4})
        m_severity->addItem(IncidentText::severityCode(s), static_cast<int>(s));
    m_status->setObjectName(QStringLiteral("incidentStatusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("All statuses"), -1);
    for (IncidentStatus s : {IncidentStatus::Open, IncidentStatus::Mitigated, IncidentStatus::Resolved})
        m_status->addItem(IncidentText::statusName(s), static_cast<int>(s));
    connect(m_team, &QComboBox::currentIndexChanged, this, &IncidentsArea::applyFilter);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &IncidentsArea::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &IncidentsArea::applyFilter);
    // The team list follows the team tree; when the chosen team is deleted, every team's incidents show again.
    connect(m_team, &TeamComboBox::currentTeamGone, this, &IncidentsArea::applyFilter);

    m_view->setObjectName(QStringLiteral("incidentTable"));
    m_view->setAccessibleName(tr("Incidents"));
    m_view->setAccessibleDescription(tr("Enter edits the selected incident, Delete removes it, Ctrl+P opens its"
                                        " postmortem"));
    m_view->setModel(&m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the list; the arrows move in it
    m_view->verticalHeader()->hide();
    // Fixed row heights and column widths: measuring contents would read every row.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    fillWithColumn(m_view, IncidentTableModel::TitleColumn, m_view->fontMetrics().averageCharWidth() * 30);
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(
        IncidentTableModel::StartedColumn,
        columnWidthFor(m_view, dateTimeSamples(),
                       m_model.headerData(IncidentTableModel::StartedColumn, Qt::Horizontal).toString()));
    // At least as wide as the header in the language shown ("Schweregrad" is longer than "Severity").
    const auto atLeastHeader = [this](int column, int width) {
        return std::max(width, columnWidthFor(m_view, {}, m_model.headerData(column, Qt::Horizontal).toString()));
    };
    header->resizeSection(IncidentTableModel::SeverityColumn,
                          atLeastHeader(IncidentTableModel::SeverityColumn, 7 * em));
    header->resizeSection(IncidentTableModel::StatusColumn, atLeastHeader(IncidentTableModel::StatusColumn, 8 * em));
    header->resizeSection(IncidentTableModel::TeamColumn, atLeastHeader(IncidentTableModel::TeamColumn, 12 * em));
    header->resizeSection(IncidentTableModel::ServiceColumn, atLeastHeader(IncidentTableModel::ServiceColumn, 12 * em));
    // Durations up to days and hours; the headers are the wider part.
    const QStringList durations{IncidentMetrics::formatDuration(23 * 3600 + 59 * 60),
                                IncidentMetrics::formatDuration(99 * 86400 + 23 * 3600)};
    for (int column : {int(IncidentTableModel::TimeToDetectColumn), int(IncidentTableModel::TimeToResolveColumn)})
        header->resizeSection(column,
                              columnWidthFor(m_view, durations, m_model.headerData(column, Qt::Horizontal).toString()));
    header->setSortIndicator(IncidentTableModel::StartedColumn, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    connect(m_view, &QTableView::activated, this, &IncidentsArea::editIncident);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &IncidentsArea::showDetails);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &IncidentsArea::updateCount);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &IncidentsArea::updateCount);
    // A reload (another desktop changed incidents, the connection came back) keeps the incident the person was on.
    connect(&m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this]() { m_selectedBeforeReset = selectedIncidentId(); });
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this]() {
        if (const qint64 id = std::exchange(m_selectedBeforeReset, 0); id != 0)
            select(id);
    });
    connect(&m_model, &QAbstractItemModel::modelReset, this, &IncidentsArea::updateCount);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &IncidentsArea::showDetails);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &IncidentsArea::deleteIncident);

    m_details->setObjectName(QStringLiteral("incidentDetails"));
    m_details->setOpenLinks(false);
    m_details->setAccessibleName(tr("Incident details"));

    auto *add = new QPushButton(tr("&New incident…"), this);
    add->setObjectName(QStringLiteral("addIncidentButton"));
    m_edit->setObjectName(QStringLiteral("editIncidentButton"));
    m_edit->setToolTip(tr("Edit the selected incident (Enter in the list)"));
    m_delete->setObjectName(QStringLiteral("deleteIncidentButton"));
    m_delete->setToolTip(tr("Delete the selected incident (Delete in the list)"));
    connect(add, &QPushButton::clicked, this, &IncidentsArea::newIncident);
    connect(m_edit, &QPushButton::clicked, this, &IncidentsArea::editIncident);
    connect(m_delete, &QPushButton::clicked, this, &IncidentsArea::deleteIncident);
    m_count->setObjectName(QStringLiteral("incidentCountLabel"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_team, 2);
    filters->addWidget(m_severity);
    filters->addWidget(m_status);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_view);
    m_buttons->addWidget(add);
    m_buttons->addWidget(m_edit);
    m_buttons->addWidget(m_delete);
    m_buttons->addStretch();
    m_buttons->addWidget(m_count);
    listLayout->addLayout(m_buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(listPane);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter);

    updateCount();
    showDetails();
}

void IncidentsArea::enableReports(PostmortemRepository &postmortems, TeamRepository &teams)
{
    if (m_reports)
        return;
    m_reports = new ReportExport(ReportSources{m_incidents, postmortems, teams}, this);
    // Beside the incident's own buttons; enabled while the selected incident has a postmortem.
    int at = m_buttons->indexOf(m_delete) + 1;
    for (QAction *action : {m_reports->exportAction(), m_reports->printAction()}) {
        auto *button = new QPushButton(action->text(), this);
        button->setObjectName(ReportExport::buttonName(QString(), action));
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->toolTip());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button, [button, action]() {
            button->setEnabled(action->isEnabled());
            button->setToolTip(action->toolTip());
        });
        m_buttons->insertWidget(at++, button);
    }
    m_reports->setIncident(selectedIncidentId());
}

QByteArray IncidentsArea::headerState() const
{
    return m_view->horizontalHeader()->saveState();
}

void IncidentsArea::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

void IncidentsArea::applyFilter()
{
    IncidentFilter filter;
    filter.text = m_search->text();
    filter.teamId = m_team->currentTeamId();
    if (const int severity = m_severity->currentData().toInt(); severity > 0)
        filter.severity = static_cast<Severity>(severity);
    if (const int status = m_status->currentData().toInt(); status >= 0)
        filter.status = static_cast<IncidentStatus>(status);
    m_model.setFilter(filter);
}

void IncidentsArea::updateCount()
{
    const int count = m_model.rowCount();
    m_count->setText(m_model.filter().text.trimmed().isEmpty() ? tr("%Ln incident(s)", nullptr, count)
                                                               : tr("%Ln incident(s) found", nullptr, count));
    showDetails();
}

qint64 IncidentsArea::selectedIncidentId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row()))
        return 0;
    return m_model.idAt(current.row());
}

void IncidentsArea::select(qint64 incidentId)
{
    const int row = m_model.rowOfIncident(incidentId);
    if (row < 0)
        return;
    const QModelIndex index = m_model.index(row, IncidentTableModel::TitleColumn);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void IncidentsArea::showDetails()
{
    const qint64 id = selectedIncidentId();
    m_edit->setEnabled(id != 0);
    m_delete->setEnabled(id != 0);
    if (m_reports)
        m_reports->setIncident(id);
    if (id == 0) {
        m_details->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                               .arg(tr("Select an incident to see its details.").toHtmlEscaped()));
        return;
    }
    const Result<Incident> result = m_incidents.incident(id);
    if (!result) {
        m_details->setPlainText(result.error());
        return;
    }
    const Incident &i = *result;
    const QLocale locale;
    auto time = [&](const QDateTime &t) {
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::ShortFormat) : tr("not yet");
    };
    QString html = QStringLiteral("<h2>%1</h2>").arg(i.title.toHtmlEscaped());
    QStringList facts{IncidentText::severityCode(i.severity), IncidentText::statusName(i.status),
                      m_teams.pathOf(i.teamId), i.service};
    facts.removeAll(QString());
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")).toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    auto row = [&](const QString &label, const QString &value, const QString &after) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td style='color:gray'>%3</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped(), after.toHtmlEscaped());
    };
    auto elapsed = [](const QString &text, const std::optional<qint64> &seconds) {
        return seconds ? text.arg(IncidentMetrics::formatDuration(*seconds)) : QString();
    };
    row(tr("Started"), time(i.started), QString());
    row(tr("Detected"), time(i.detected), elapsed(tr("time to detect %1"), IncidentMetrics::timeToDetect(i)));
    row(tr("Mitigated"), time(i.mitigated), elapsed(tr("time to mitigate %1"), IncidentMetrics::timeToMitigate(i)));
    row(tr("Resolved"), time(i.resolved), elapsed(tr("time to resolve %1"), IncidentMetrics::timeToResolve(i)));
    html += QStringLiteral("</table>");
    if (!i.summary.isEmpty())
        html += QStringLiteral("<h3>%1</h3><p style='white-space: pre-wrap'>%2</p>")
                    .arg(tr("Summary").toHtmlEscaped(), i.summary.toHtmlEscaped());
    if (!i.customerImpact.isEmpty())
        html += QStringLiteral("<h3>%1</h3><p style='white-space: pre-wrap'>%2</p>")
                    .arg(tr("Customer impact").toHtmlEscaped(), i.customerImpact.toHtmlEscaped());

    // The team's figures, for context: is this incident typical for the team?
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<PeriodFacts> period = m_incidents.periodFacts(i.teamId, now.addDays(-MetricsDays), now);
    if (period)
        html += teamMetricsHtml(IncidentMetrics::team(*period, QDate::currentDate()), m_teams.pathOf(i.teamId));
    else
        html += QStringLiteral("<p style='color:gray'>%1</p>").arg(period.error().toHtmlEscaped());
    m_details->setHtml(html);
}

void IncidentsArea::newIncident()
{
    Incident incident;
    incident.teamId = m_team->currentTeamId();
    incident.started = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() / 60 * 60, Qt::UTC);
    auto *dialog = new IncidentDialog(
        m_teams, incident,
        [this](const Incident &i) {
            const Result<qint64> id = m_edits.addIncident(i);
            if (id)
                select(*id);
            return Status::from(id);
        },
        this);
    dialog->setObjectName(QStringLiteral("incidentDialog"));
    dialog->open();
}

void IncidentsArea::editIncident()
{
    const qint64 id = selectedIncidentId();
    if (id == 0)
        return;
    const Result<Incident> incident = m_incidents.incident(id);
    if (!incident) {
        MessageBox::warning(this, tr("Cannot open the incident"), incident.error());
        return;
    }
    auto *dialog = new IncidentDialog(
        m_teams, *incident,
        [this](const Incident &i) {
            const Status status = m_edits.editIncident(i);
            if (status)
                select(i.id);
            return status;
        },
        this);
    dialog->setObjectName(QStringLiteral("incidentDialog"));
    dialog->open();
}

void IncidentsArea::deleteIncident()
{
    const qint64 id = selectedIncidentId();
    if (id == 0)
        return;
    const QString title =
        m_model.data(m_model.index(m_view->currentIndex().row(), IncidentTableModel::TitleColumn)).toString();
    if (MessageBox::question(this, tr("Delete incident"),
                             tr("Delete the incident “%1”? You can undo this with Edit > Undo.").arg(shortName(title)),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (const Status status = m_edits.removeIncident(id); !status)
        MessageBox::warning(this, tr("Cannot delete the incident"), status.error());
}

} // namespace candor

#include "ExportActions.h"

#include "common/FileChooser.h"
#include "common/MessageBox.h"
#include "common/Settings.h"
#include "item/ActionItemsModel.h"
#include "item/IncidentTableModel.h"
#include "reports/Listings.h"
#include "reports/SaveFile.h"
#include "reports/TrendsExport.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace candor {

namespace {

bool showsEverything(const ActionFilter &filter)
{
    return filter.sessionId == 0 && filter.earlierThanSessionId == 0 && filter.teamId == 0 && !filter.status &&
           !filter.openOnly && !filter.overdueOnly;
}

} // namespace

ExportActions::ExportActions(const ExportSources &sources, QMenu *menu, QMainWindow *window)
    : QObject(window)
    , m_sources(sources)
    , m_window(window)
{
    m_incidents = menu->addAction(tr("&Incidents as CSV…"), this, &ExportActions::exportIncidents);
    m_incidents->setObjectName(QStringLiteral("exportIncidentsCsvAction"));
    m_incidents->setStatusTip(tr("Save the incidents the Incidents list shows, with its filters and in its order, "
                                 "as a CSV file for spreadsheets."));
    m_actionItems = menu->addAction(tr("&Action items as CSV…"), this, &ExportActions::exportActionItems);
    m_actionItems->setObjectName(QStringLiteral("exportActionItemsCsvAction"));
    m_actionItems->setStatusTip(tr("Save the action items the Action items list shows, with its filters, as a CSV "
                                   "file for spreadsheets."));
    m_trends = menu->addAction(tr("Survey &trends as CSV…"), this, &ExportActions::exportTrends);
    m_trends->setObjectName(QStringLiteral("exportTrendsCsvAction"));
    m_trends->setStatusTip(tr("Save the survey trends of every team and department per quarter as a CSV file; "
                              "figures from groups below the anonymity threshold are withheld."));
    menu->addSeparator();
    m_byteOrderMark = menu->addAction(tr("&Byte-order mark for Excel"));
    m_byteOrderMark->setObjectName(QStringLiteral("csvByteOrderMarkAction"));
    m_byteOrderMark->setCheckable(true);
    m_byteOrderMark->setChecked(Settings().csvByteOrderMark());
    m_byteOrderMark->setStatusTip(tr("Start CSV files with a byte-order mark, so that Excel reads accented letters "
                                     "and emoji correctly. Leave it off for other programs."));
    connect(m_byteOrderMark, &QAction::toggled, this, [](bool on) { Settings().setCsvByteOrderMark(on); });
}

void ExportActions::exportIncidents()
{
    const IncidentFilter filter = m_sources.incidentModel.filter();
    const Result<Listing> listing = listings::incidents(m_sources.incidents, filter, m_sources.incidentModel.order());
    if (!listing) {
        MessageBox::warning(m_window, tr("The incidents were not exported"), listing.error());
        return;
    }
    const QString path =
        save(tr("Export incidents as CSV"), QStringLiteral("candor-incidents"), listings::csv(*listing));
    if (path.isEmpty())
        return;
    const int count = int(listing->rows.size());
    showSaved(
        filter == IncidentFilter()
            ? tr("Saved all %n incident(s) to “%1”.", nullptr, count).arg(QDir::toNativeSeparators(path))
            : tr("Saved the %n incident(s) the Incidents list shows (its filters applied) to “%1”.", nullptr, count)
                  .arg(QDir::toNativeSeparators(path)));
}

void ExportActions::exportActionItems()
{
    ActionFilter filter = m_sources.actionModel.filter();
    filter.today = m_sources.actionModel.today();
    const Listing listing = listings::actions(m_sources.postmortems, filter);
    const QString path =
        save(tr("Export action items as CSV"), QStringLiteral("candor-action-items"), listings::csv(listing));
    if (path.isEmpty())
        return;
    const int count = int(listing.rows.size());
    showSaved(showsEverything(filter)
                  ? tr("Saved all %n action item(s) to “%1”.", nullptr, count).arg(QDir::toNativeSeparators(path))
                  : tr("Saved the %n action item(s) the Action items list shows (its filters applied) to “%1”.",
                       nullptr, count)
                        .arg(QDir::toNativeSeparators(path)));
}

void ExportActions::exportTrends()
{
    const std::vector<TrendRow> rows = listings::trendRows(m_sources.surveys);
    const QString path =
        save(tr("Export survey trends as CSV"), QStringLiteral("candor-survey-trends"), trends::csv(rows));
    if (path.isEmpty())
        return;
    showSaved(tr("Saved %n survey trend row(s) to “%1”. Figures of groups below the anonymity threshold are "
                 "withheld: their rows say so and carry no numbers.",
                 nullptr, int(rows.size()))
                  .arg(QDir::toNativeSeparators(path)));
}

QString ExportActions::save(const QString &caption, const QString &fileStem, const QString &csv)
{
    Settings settings;
    const QString suggested =
        QDir(settings.exportFolder())
            .filePath(QStringLiteral("%1-%2.csv").arg(fileStem, QDate::currentDate().toString(Qt::ISODate)));
    const QString path =
        FileChooser::saveFileName(m_window, caption, suggested, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return QString();
    const Status saved = SaveFile::write(path, SaveFile::utf8(csv, m_byteOrderMark->isChecked()));
    if (!saved) {
        MessageBox::warning(m_window, tr("The export was not saved"), saved.error());
        return QString();
    }
    settings.setExportFolder(QFileInfo(path).absolutePath());
    return path;
}

void ExportActions::showSaved(const QString &message)
{
    m_window->statusBar()->showMessage(message, 10000);
}

} // namespace candor

#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace candor {

class ActionItemsModel;
class IncidentRepository;
class IncidentTableModel;
class PostmortemRepository;
class SurveyRepository;

// What File > Export reads: the repositories, and the list models whose filters say what the Incidents and Action
// items areas show.
struct ExportSources
{
    const IncidentRepository &incidents;
    const IncidentTableModel &incidentModel;
    const PostmortemRepository &postmortems;
    const ActionItemsModel &actionModel;
    const SurveyRepository &surveys;
};

// File > Export's CSV entries, for spreadsheets: the incidents and the action items as their lists show them (with
// the lists' filters; the status bar says whether that was everything), and the survey trends of every team and
// department through the anonymity policy. Columns and values are those of `candor-cli list incidents|actions
// --format csv` and `candor-cli trends --all --format csv` (models/reports/Listings.h): RFC 4180, ISO 8601 (UTC),
// UTF-8, with a byte-order mark when "Byte-order mark for Excel" is ticked (remembered in Settings). The file name
// is asked through FileChooser, the file written through SaveFile; a failure is shown in a message box and leaves
// nothing behind, a success is told in the status bar.
class ExportActions : public QObject
{
    Q_OBJECT
public:
    // Adds the entries to menu; window parents the dialogs and shows the status.
    ExportActions(const ExportSources &sources, QMenu *menu, QMainWindow *window);

    QAction *incidentsAction() const { return m_incidents; }
    QAction *actionItemsAction() const { return m_actionItems; }
    QAction *trendsAction() const { return m_trends; }
    QAction *byteOrderMarkAction() const { return m_byteOrderMark; }

public slots:
    void exportIncidents();
    void exportActionItems();
    void exportTrends();

private:
    // Asks where to save (fileStem-DATE.csv in the folder of the last export), then writes csv there. Returns the
    // path written, or an empty string when cancelled or failed (the failure shown).
    QString save(const QString &caption, const QString &fileStem, const QString &csv);
    void showSaved(const QString &message);

    ExportSources m_sources;
    QMainWindow *m_window;
    QAction *m_incidents;
    QAction *m_actionItems;
    QAction *m_trends;
    QAction *m_byteOrderMark;
};

} // namespace candor

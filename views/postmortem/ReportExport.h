#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QPrinter;
class QWidget;

namespace candor {

class IncidentRepository;
class PostmortemRepository;
class TeamRepository;

// Where the postmortem report reads from.
struct ReportSources
{
    IncidentRepository &incidents;
    PostmortemRepository &postmortems;
    TeamRepository &teams;
};

// "Export report…" (Markdown, HTML or PDF, the format following the chosen filter or the file's extension) and
// "Print report…" for one incident's postmortem, as two actions that are enabled only while the incident has a
// postmortem. Problems go to MessageBox; a saved report is announced in the window's status bar.
class ReportExport : public QObject
{
    Q_OBJECT
public:
    enum class Format { Markdown, Html, Pdf };

    // window: where dialogs open and the status bar shows what was saved.
    ReportExport(ReportSources sources, QWidget *window);

    QAction *exportAction() const { return m_export; }
    QAction *printAction() const { return m_print; }
    qint64 incidentId() const { return m_incidentId; }
    void setIncident(qint64 incidentId);

    // Asks for a file and saves the report there; returns the path, or an empty string when cancelled or failed.
    QString exportReport();
    // Shows the print dialog and prints the report; false when cancelled or failed.
    bool printReport();

    // The format a file name asks for: its extension when it is one of ours, otherwise the chosen filter's.
    static Format formatFor(const QString &path, const QString &filter);
    // The objectName for a button showing one of the actions: "closing" + exportPostmortemReportAction gives
    // "closingExportPostmortemReportButton"; without a prefix "exportPostmortemReportButton".
    static QString buttonName(const QString &prefix, const QAction *action);

    // For tests: called instead of the print dialog; it sets the printer up and returns false to cancel.
    static void setPrintDialogScript(const std::function<bool(QPrinter &printer)> &script);

signals:
    void saved(const QString &path);

private:
    void updateEnabled();
    void showStatus(const QString &message);

    ReportSources m_sources;
    QPointer<QWidget> m_window;
    QAction *m_export;
    QAction *m_print;
    qint64 m_incidentId = 0;
};

} // namespace candor

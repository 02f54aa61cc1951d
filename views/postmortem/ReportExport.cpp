#include "ReportExport.h"

#include "common/FileChooser.h"
#include "common/MessageBox.h"
#include "common/Settings.h"
#include "reports/PostmortemReport.h"
#include "reports/SaveFile.h"
#include "storage/IncidentRepository.h"
#include "storage/PostmortemRepository.h"
#include "storage/TeamRepository.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QPrintDialog>
#include <QPrinter>
#include <QStatusBar>

namespace candor {

namespace {

std::function<bool(QPrinter &)> printScript;

QString pdfFilter()
{
    return ReportExport::tr("PDF (*.pdf)");
}

QString markdownFilter()
{
    return ReportExport::tr("Markdown (*.md)");
}

QString htmlFilter()
{
    return ReportExport::tr("HTML page (*.html *.htm)");
}

QString extension(ReportExport::Format format)
{
    switch (format) {
    case ReportExport::Format::Markdown:
        return QStringLiteral("md");
    case ReportExport::Format::Html:
        return QStringLiteral("html");
    case ReportExport::Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

} // namespace

ReportExport::ReportExport(ReportSources sources, QWidget *window)
    : QObject(window)
    , m_sources(sources)
    , m_window(window)
    , m_export(new QAction(tr("E&xport report…"), this))
    , m_print(new QAction(tr("Pr&int report…"), this))
{
    m_export->setObjectName(QStringLiteral("exportPostmortemReportAction"));
    m_export->setStatusTip(tr("Save the postmortem report as PDF, Markdown or an HTML page"));
    m_print->setObjectName(QStringLiteral("printPostmortemReportAction"));
    m_print->setStatusTip(tr("Print the postmortem report"));
    connect(m_export, &QAction::triggered, this, &ReportExport::exportReport);
    connect(m_print, &QAction::triggered, this, &ReportExport::printReport);
    // A postmortem started or deleted elsewhere changes whether there is a report.
    connect(&m_sources.postmortems, &PostmortemRepository::sessionsChanged, this, &ReportExport::updateEnabled);
    updateEnabled();
}

void ReportExport::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    updateEnabled();
}

void ReportExport::updateEnabled()
{
    const bool hasPostmortem = m_incidentId > 0 && m_sources.postmortems.sessionForIncident(m_incidentId).has_value();
    const QString why = hasPostmortem ? QString() : tr("The incident has no postmortem yet, so there is no report.");
    for (QAction *action : {m_export, m_print}) {
        action->setEnabled(hasPostmortem);
        action->setToolTip(hasPostmortem ? action->statusTip() : why);
    }
}

ReportExport::Format ReportExport::formatFor(const QString &path, const QString &filter)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Format::Markdown;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (filter == markdownFilter())
        return Format::Markdown;
    if (filter == htmlFilter())
        return Format::Html;
    return Format::Pdf;
}

QString ReportExport::exportReport()
{
    const Result<PostmortemContent> content =
        PostmortemReport::read(m_sources.incidents, m_sources.postmortems, m_sources.teams, m_incidentId);
    if (!content) {
        MessageBox::warning(m_window, tr("Cannot export the report"), content.error());
        return {};
    }
    Settings settings;
    const QString suggested = QDir(settings.exportFolder())
                                  .filePath(PostmortemReport::fileBaseName(content->incident) + QStringLiteral(".pdf"));
    QString filter = pdfFilter();
    QString path = FileChooser::saveFileName(
        m_window, tr("Export postmortem report"), suggested,
        QStringList{pdfFilter(), markdownFilter(), htmlFilter()}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return {};
    const Format format = formatFor(path, filter);
    // A name typed without an extension gets the chosen format's.
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + extension(format);

    const ReportDocument document = PostmortemReport::build(*content, QDate::currentDate());
    Status written;
    switch (format) {
    case Format::Markdown:
        written = SaveFile::write(path, document.toMarkdown().toUtf8());
        break;
    case Format::Html:
        written = SaveFile::write(path, document.toHtml().toUtf8());
        break;
    case Format::Pdf: {
        const QPageSize::PageSizeId pageSize = ReportDocument::defaultPageSize(QLocale());
        written = SaveFile::write(path, [&document, pageSize](QIODevice &device, QString *error) {
            return document.writePdf(device, pageSize, error);
        });
        break;
    }
    }
    if (!written) {
        MessageBox::warning(m_window, tr("The report was not saved"), written.error());
        return {};
    }
    settings.setExportFolder(QFileInfo(path).absolutePath());
    showStatus(tr("Saved the postmortem report to “%1”.").arg(QDir::toNativeSeparators(path)));
    emit saved(path);
    return path;
}

bool ReportExport::printReport()
{
    const Result<ReportDocument> document =
        PostmortemReport::create(m_sources.incidents, m_sources.postmortems, m_sources.teams, m_incidentId);
    if (!document) {
        MessageBox::warning(m_window, tr("Cannot print the report"), document.error());
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document->title());
    printer.setCreator(QStringLiteral("Candor"));
    printer.setPageSize(QPageSize(ReportDocument::defaultPageSize(QLocale())));
    if (printScript) {
        if (!printScript(printer))
            return false;
    } else {
        QPrintDialog dialog(&printer, m_window);
        dialog.setWindowTitle(tr("Print postmortem report"));
        if (dialog.exec() != QDialog::Accepted)
            return false;
    }
    if (!document->paint(printer)) {
        MessageBox::warning(m_window, tr("The report was not printed"),
                            tr("The printer could not be used. Check that it is ready, or export the report as PDF "
                               "and print that."));
        return false;
    }
    showStatus(tr("Sent the postmortem report to “%1”.")
                   .arg(printer.outputFileName().isEmpty() ? printer.printerName()
                                                           : QDir::toNativeSeparators(printer.outputFileName())));
    return true;
}

QString ReportExport::buttonName(const QString &prefix, const QAction *action)
{
    QString name = action->objectName();
    if (name.endsWith(QLatin1String("Action")))
        name.chop(6);
    name += QLatin1String("Button");
    if (!prefix.isEmpty())
        name = prefix + name.at(0).toUpper() + name.mid(1);
    return name;
}

void ReportExport::setPrintDialogScript(const std::function<bool(QPrinter &)> &script)
{
    printScript = script;
}

void ReportExport::showStatus(const QString &message)
{
    if (auto *window = qobject_cast<QMainWindow *>(m_window ? m_window->window() : nullptr))
        window->statusBar()->showMessage(message, 10000);
}

} // namespace candor

// The postmortem report from where people look for it, through the widgets: the incident page's Export report… and
// Print report… buttons (enabled only while the selected incident has a postmortem) and the Postmortem menu, and the
// facilitator console's closing step and finished page. File names come from the scripted FileChooser; the format
// follows the chosen filter or the typed extension; the print dialog is scripted to print into a PDF file. The
// files are read back (pdftotext for PDF) for the timeline.
#include "MainWindow.h"
#include "common/FileChooser.h"
#include "common/MessageBox.h"
#include "gui/AppFixture.h"
#include "gui/GuiHelpers.h"
#include "postmortem/ReportExport.h"
#include "postmortem/SessionConsole.h"
#include "reports/ReportDocument.h"
#include "storage/PostmortemRepository.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <functional>
#include <memory>

using namespace candor;
using namespace candor::testgui;

namespace {

// The checkout postmortem's timeline, with text that needs escaping in every format.
const QStringList timeline = {QStringLiteral("Error rate alert fired for checkout"),
                              QStringLiteral("Deploy <v2.4> & its *config* rolled back"),
                              QStringLiteral("Checkout back to normal")};

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The text of a PDF, through pdftotext; fails clearly when poppler-utils is missing.
void pdfText(const QString &path, QString *text)
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext is not installed. Install poppler-utils (./scripts/test installs it).");
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    *text = QString::fromUtf8(process.readAllStandardOutput());
}

// The timeline's texts appear in `text` in time order (as written with `escape` applied).
void checkTimeline(const QString &text, const std::function<QString(const QString &)> &escape)
{
    qsizetype at = -1;
    for (const QString &event : timeline) {
        const qsizetype found = text.indexOf(escape(event), at + 1);
        QVERIFY2(found > at, qPrintable(QStringLiteral("“%1” missing or out of order in:\n%2").arg(event, text)));
        at = found;
    }
}

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void enabledOnlyWithPostmortem();
    void exportFromIncidentPage_data();
    void exportFromIncidentPage();
    void exportFromPostmortemMenu();
    void printFromIncidentPage();
    void failedExportSaysWhy();
    void exportAtTheEndOfASession();
    void retroConsoleHasNoReport();

private:
    void selectIncident(qint64 incidentId);
    QPushButton *button(const char *name) const { return find<QPushButton>(m_app->window.get(), name); }
    QString file(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<App> m_app;
    AreasData m_data;
    qint64 m_quietIncident = 0; // no postmortem
};

void TestReportExport::initTestCase()
{
    initGuiTestCase();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestReportExport::init()
{
    STEP(newTestFolder(&m_dir, &m_path));
    m_data = {};
    STEP(insertAreasData(m_path, &m_data));
    {
        testdata::Store store(m_path);
        QVERIFY(store.status);
        PostmortemRepository postmortems(store.database);
        for (int i = 0; i < timeline.size(); ++i) {
            TimelineEvent event;
            event.sessionId = m_data.checkoutPostmortem;
            event.time = testdata::at(10, i * 10);
            event.kind = i == 0 ? EventKind::Detection : EventKind::Repair;
            event.text = timeline.at(i);
            QVERIFY(postmortems.insertEvent(event));
        }
        // The checkout postmortem has reached its closing.
        std::array<PhaseRecord, PhaseCount> records = postmortems.session(m_data.checkoutPostmortem)->phases;
        for (int p = 0; p < int(Phase::Closing); ++p) {
            records[size_t(p)].agreed = testdata::at(20, p * 10);
            records[size_t(p)].agreedBy = QStringLiteral("Sam Rivers");
            records[size_t(p) + 1].started = testdata::at(20, p * 10);
        }
        QVERIFY(postmortems.changePhase(m_data.checkoutPostmortem, Phase::Closing, records,
                                        PhaseLogEntry{testdata::at(20, 30), Phase::Actions, PhaseLogEntry::Agreed,
                                                      QStringLiteral("Sam Rivers"), QString()}));
        const Result<qint64> quiet =
            store.incidents.insert(testdata::makeIncident(m_data.support, QStringLiteral("Quiet night"), 3));
        QVERIFY(quiet);
        m_quietIncident = *quiet;
    }
    STEP(startApp(&m_app, m_path));
}

void TestReportExport::cleanup()
{
    reportMessageBoxes();
    ReportExport::setPrintDialogScript({});
    m_app.reset();
    m_dir.reset();
}

void TestReportExport::selectIncident(qint64 incidentId)
{
    STEP(showAreaByShortcut(*m_app, MainWindow::IncidentsPage));
    auto *table = find<QTableView>(m_app->window.get(), "incidentTable");
    QVERIFY(table);
    STEP(clickRow(table, rowOfId(table->model(), incidentId, IncidentTableModel::IdRole)));
}

void TestReportExport::enabledOnlyWithPostmortem()
{
    STEP(showAreaByShortcut(*m_app, MainWindow::IncidentsPage));
    QPushButton *exportButton = button("exportPostmortemReportButton");
    QPushButton *printButton = button("printPostmortemReportButton");
    QVERIFY(exportButton && printButton);
    QVERIFY(exportButton->isVisible());
    auto *menuAction = m_app->window->findChild<QAction *>(QStringLiteral("exportPostmortemReportAction"));
    QVERIFY(menuAction);

    STEP(selectIncident(m_quietIncident));
    QVERIFY(!exportButton->isEnabled());
    QVERIFY(!printButton->isEnabled());
    QVERIFY(!menuAction->isEnabled());
    QVERIFY(exportButton->toolTip().contains(QLatin1String("no postmortem")));

    STEP(selectIncident(m_data.checkoutIncident));
    QVERIFY(exportButton->isEnabled());
    QVERIFY(printButton->isEnabled());
    QVERIFY(menuAction->isEnabled());

    // Starting the quiet incident's postmortem makes its report available.
    STEP(selectIncident(m_quietIncident));
    QVERIFY(!exportButton->isEnabled());
    m_app->window->startPostmortem();
    QTRY_VERIFY(m_app->postmortems->sessionForIncident(m_quietIncident));
    QTRY_VERIFY(exportButton->isEnabled());
}

void TestReportExport::exportFromIncidentPage_data()
{
    QTest::addColumn<QString>("typed");   // what the person types as the file name
    QTest::addColumn<QString>("filter");  // the filter chosen in the dialog
    QTest::addColumn<QString>("written"); // the file written
    QTest::addColumn<QString>("format");
    QTest::newRow("pdf") << QStringLiteral("checkout.pdf") << QStringLiteral("PDF (*.pdf)")
                         << QStringLiteral("checkout.pdf") << QStringLiteral("pdf");
    QTest::newRow("markdown by filter") << QStringLiteral("checkout") << QStringLiteral("Markdown (*.md)")
                                        << QStringLiteral("checkout.md") << QStringLiteral("md");
    QTest::newRow("html by filter") << QStringLiteral("checkout") << QStringLiteral("HTML page (*.html *.htm)")
                                    << QStringLiteral("checkout.html") << QStringLiteral("html");
    QTest::newRow("extension wins") << QStringLiteral("checkout.md") << QStringLiteral("PDF (*.pdf)")
                                    << QStringLiteral("checkout.md") << QStringLiteral("md");
}

void TestReportExport::exportFromIncidentPage()
{
    QFETCH(QString, typed);
    QFETCH(QString, filter);
    QFETCH(QString, written);
    QFETCH(QString, format);
    STEP(selectIncident(m_data.checkoutIncident));
    FileChooser::setNextPath(file(typed), filter);
    QTest::mouseClick(button("exportPostmortemReportButton"), Qt::LeftButton);
    QCOMPARE(FileChooser::asked(), QStringList{QStringLiteral("Export postmortem report")});
    QVERIFY2(MessageBox::shown().isEmpty(), qPrintable(MessageBox::shown().join(QLatin1Char('\n'))));
    QVERIFY2(QFileInfo::exists(file(written)), qPrintable(file(written)));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("checkout*")}), QStringList{written});
    QVERIFY(m_app->window->statusBar()->currentMessage().contains(written));

    const QString title = QStringLiteral("Checkout errors after deploy");
    if (format == QLatin1String("pdf")) {
        QVERIFY(readText(file(written)).startsWith(QLatin1String("%PDF-")));
        QString text;
        STEP(pdfText(file(written), &text));
        QVERIFY(text.contains(QStringLiteral("Postmortem: ") + title));
        STEP(checkTimeline(text, [](const QString &t) { return t; }));
        QVERIFY(text.contains(QLatin1String("Page 1 of ")));
    } else if (format == QLatin1String("md")) {
        const QString md = readText(file(written));
        QVERIFY(md.startsWith(QStringLiteral("# Postmortem: ") + title + QLatin1Char('\n')));
        STEP(checkTimeline(md, [](const QString &t) { return ReportDocument::markdownEscaped(t); }));
    } else {
        const QString html = readText(file(written));
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        STEP(checkTimeline(html, [](const QString &t) { return t.toHtmlEscaped(); }));
    }
}

void TestReportExport::exportFromPostmortemMenu()
{
    STEP(selectIncident(m_data.checkoutIncident));
    QMenu *menu = nullptr;
    for (QAction *action : m_app->window->menuBar()->actions()) {
        if (action->text() == QLatin1String("&Postmortem"))
            menu = action->menu();
    }
    QVERIFY(menu);
    QAction *listed = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->objectName() == QLatin1String("exportPostmortemReportAction"))
            listed = action;
    }
    QVERIFY(listed);
    QVERIFY(listed->isEnabled());
    FileChooser::setNextPath(file(QStringLiteral("from-menu.html")), QStringLiteral("PDF (*.pdf)"));
    listed->trigger();
    STEP(checkTimeline(readText(file(QStringLiteral("from-menu.html"))),
                       [](const QString &t) { return t.toHtmlEscaped(); }));
}

void TestReportExport::printFromIncidentPage()
{
    STEP(selectIncident(m_data.checkoutIncident));
    // The print dialog is cancelled: nothing happens.
    int dialogs = 0;
    ReportExport::setPrintDialogScript([&dialogs](QPrinter &) {
        ++dialogs;
        return false;
    });
    QTest::mouseClick(button("printPostmortemReportButton"), Qt::LeftButton);
    QCOMPARE(dialogs, 1);
    QVERIFY(MessageBox::shown().isEmpty());

    // A printer chosen: here one that prints into a PDF file, as "Print to file" does.
    const QString printed = file(QStringLiteral("printed.pdf"));
    QPageSize chosenSize;
    QString docName;
    ReportExport::setPrintDialogScript([&](QPrinter &printer) {
        ++dialogs;
        chosenSize = printer.pageLayout().pageSize();
        docName = printer.docName();
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        return true;
    });
    QTest::mouseClick(button("printPostmortemReportButton"), Qt::LeftButton);
    QCOMPARE(dialogs, 2);
    QVERIFY2(MessageBox::shown().isEmpty(), qPrintable(MessageBox::shown().join(QLatin1Char('\n'))));
    // The dialog opens on the paper of the locale (US English here) and the report's title.
    QCOMPARE(chosenSize.id(), QPageSize::Letter);
    QCOMPARE(docName, QStringLiteral("Postmortem: Checkout errors after deploy"));
    QString text;
    STEP(pdfText(printed, &text));
    STEP(checkTimeline(text, [](const QString &t) { return t; }));
    QVERIFY(text.contains(QLatin1String("Page 1 of ")));
    QVERIFY(m_app->window->statusBar()->currentMessage().contains(QLatin1String("printed.pdf")));
}

void TestReportExport::failedExportSaysWhy()
{
    STEP(selectIncident(m_data.checkoutIncident));
    const QString target = file(QStringLiteral("missing/report.pdf"));
    FileChooser::setNextPath(target, QStringLiteral("PDF (*.pdf)"));
    QTest::mouseClick(button("exportPostmortemReportButton"), Qt::LeftButton);
    QCOMPARE(MessageBox::shown().size(), 1);
    QVERIFY2(MessageBox::shown().constFirst().contains(QLatin1String("report.pdf")),
             qPrintable(MessageBox::shown().constFirst()));
    QVERIFY(!QFileInfo::exists(target));
    MessageBox::clearShown();

    // Cancelled: nothing written, nothing said.
    FileChooser::setNextPath(QString());
    QTest::mouseClick(button("exportPostmortemReportButton"), Qt::LeftButton);
    QVERIFY(MessageBox::shown().isEmpty());
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.pdf"), QStringLiteral("*.md")}), QStringList());
}

void TestReportExport::exportAtTheEndOfASession()
{
    QPointer<SessionConsole> console;
    STEP(openConsoleFromSessions(*m_app, m_data.checkoutPostmortem, &console));
    STEP(activate(console.data()));
    QCOMPARE(console->session().phase(), Phase::Closing);
    QVERIFY(console->reports());

    // The closing step: the report with everything agreed so far.
    auto *closingExport = find<QToolButton>(console.data(), "closingExportPostmortemReportButton");
    auto *closingPrint = find<QToolButton>(console.data(), "closingPrintPostmortemReportButton");
    QVERIFY(closingExport && closingPrint);
    QTRY_VERIFY(closingExport->isVisible());
    QVERIFY(closingExport->isEnabled());
    FileChooser::setNextPath(file(QStringLiteral("closing.md")));
    QTest::mouseClick(closingExport, Qt::LeftButton);
    QVERIFY2(MessageBox::shown().isEmpty(), qPrintable(MessageBox::shown().join(QLatin1Char('\n'))));
    const QString closing = readText(file(QStringLiteral("closing.md")));
    STEP(checkTimeline(closing, [](const QString &t) { return ReportDocument::markdownEscaped(t); }));
    QVERIFY(closing.contains(QLatin1String("- **Phase:** Closing\n")));
    QVERIFY(console->statusBar()->currentMessage().contains(QLatin1String("closing.md")));

    // Finishing the session: the finished page offers the report too, now with the whole record.
    auto *confirmedBy = find<QLineEdit>(console.data(), "confirmedByEdit");
    QVERIFY(confirmedBy);
    STEP(retype(confirmedBy, QStringLiteral("Sam Rivers")));
    QTest::mouseClick(find<QPushButton>(console.data(), "agreeButton"), Qt::LeftButton);
    QTRY_COMPARE(console->session().phase(), Phase::Finished);
    auto *finishedExport = find<QToolButton>(console.data(), "finishedExportPostmortemReportButton");
    QVERIFY(finishedExport);
    QTRY_VERIFY(finishedExport->isVisible());
    FileChooser::setNextPath(file(QStringLiteral("finished")), QStringLiteral("PDF (*.pdf)"));
    QTest::mouseClick(finishedExport, Qt::LeftButton);
    QVERIFY2(MessageBox::shown().isEmpty(), qPrintable(MessageBox::shown().join(QLatin1Char('\n'))));
    QString text;
    STEP(pdfText(file(QStringLiteral("finished.pdf")), &text));
    STEP(checkTimeline(text, [](const QString &t) { return t; }));
    QVERIFY(text.contains(QLatin1String("Finished")));
    QVERIFY(text.contains(QLatin1String("Closing agreed, confirmed by Sam Rivers")));

    // The Session menu has them as well.
    bool inMenu = false;
    for (QAction *menu : console->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(console->reports()->exportAction()))
            inMenu = true;
    }
    QVERIFY(inMenu);
}

void TestReportExport::retroConsoleHasNoReport()
{
    QPointer<SessionConsole> console;
    STEP(openConsoleFromSessions(*m_app, m_data.supportRetro, &console));
    QVERIFY(!console->reports());
    QVERIFY(!find<QToolButton>(console.data(), "closingExportPostmortemReportButton"));
    QVERIFY(!find<QToolButton>(console.data(), "finishedExportPostmortemReportButton"));
}

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"

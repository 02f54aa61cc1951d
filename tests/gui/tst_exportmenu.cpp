// File > Export's CSV entries as a person uses them: the Export menu opened and its entries chosen by their underlined
// letters, the file name answered through the scripted FileChooser. Incidents and action items come out as their lists
// show them (the lists' filters set with the keyboard), the status bar says whether that was all of them; survey
// trends are the rows `candor-cli trends --all --format csv` prints, small groups withheld. The "Byte-order mark for
// Excel" toggle puts the mark first and is remembered across restarts. A file that cannot be written (a missing
// folder) shows a message naming it, writes nothing and says nothing about success; a cancelled choice does nothing.
#include "MainWindow.h"
#include "common/ExportActions.h"
#include "common/Settings.h"
#include "common/SurveyData.h"
#include "common/TeamComboBox.h"
#include "gui/AppFixture.h"
#include "gui/GuiHelpers.h"
#include "reports/Listings.h"
#include "reports/SaveFile.h"
#include "reports/TrendsExport.h"
#include "survey/SurveyCsv.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace candor;
using namespace candor::testgui;

namespace {

const QByteArray bomBytes("\xEF\xBB\xBF");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A status message of File > Export as the installed translation words it, for `count` rows. (English plural forms
// come from translations/candor_en.ts.)
QString said(const char *source, int count, const QString &path)
{
    return QCoreApplication::translate("candor::ExportActions", source, nullptr, count)
        .arg(QDir::toNativeSeparators(path));
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

class TestExportMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void menuHoldsTheEntries();
    void incidentsAsTheListShowsThem();
    void actionItemsAsTheListShowsThem();
    void surveyTrendsThroughThePolicy();
    void byteOrderMarkToggleIsRemembered();
    void failedWriteShowsWhyAndWritesNothing();
    void cancelledChoiceDoesNothing();

private:
    QMenu *exportMenu() const;
    QAction *entry(const char *name) const;
    // Opens File > Export and chooses an entry by its underlined letter, as with the keyboard.
    void choose(const char *name);
    // Chooses an entry with the file chooser answering `path`; *records is the CSV written there (BOM dropped).
    void exportTo(const char *name, const QString &path, QList<QStringList> *records);
    QString statusText() const { return m_app->window->statusBar()->currentMessage(); }
    QString file(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<App> m_app;
    AreasData m_data;
};

void TestExportMenu::initTestCase()
{
    initGuiTestCase();
}

void TestExportMenu::init()
{
    STEP(newTestFolder(&m_dir, &m_path));
    m_data = {};
    STEP(insertAreasData(m_path, &m_data));
    {
        // Survey waves: Payments answered by 6 (shown), Support by 3 (withheld, k = 5).
        testdata::Store store(m_path);
        SurveyRepository surveys(store.database);
        qint64 wave = 0;
        STEP(testdata::addWave(surveys, m_data.payments, testdata::psychSafety, QDate(2024, 1, 15), {5, 5, 6, 6, 4, 4},
                               &wave));
        STEP(testdata::addWave(surveys, m_data.support, testdata::psychSafety, QDate(2024, 1, 20), {7, 7, 7}, &wave));
    }
    STEP(startApp(&m_app, m_path));
}

void TestExportMenu::cleanup()
{
    reportMessageBoxes();
    m_app.reset();
    m_dir.reset();
}

QMenu *TestExportMenu::exportMenu() const
{
    for (QAction *menu : m_app->window->menuBar()->actions()) {
        if (menu->text() != QLatin1String("&File"))
            continue;
        for (QAction *item : menu->menu()->actions()) {
            if (item->menu() && item->menu()->objectName() == QLatin1String("exportMenu"))
                return item->menu();
        }
    }
    return nullptr;
}

QAction *TestExportMenu::entry(const char *name) const
{
    QMenu *menu = exportMenu();
    if (!menu)
        return nullptr;
    for (QAction *action : menu->actions()) {
        if (action->objectName() == QLatin1String(name))
            return action;
    }
    return nullptr;
}

void TestExportMenu::choose(const char *name)
{
    QMenu *menu = exportMenu();
    QVERIFY2(menu, "File > Export");
    QAction *action = entry(name);
    QVERIFY2(action, name);
    QVERIFY(action->isEnabled());
    const qsizetype amp = action->text().indexOf(QLatin1Char('&'));
    QVERIFY2(amp >= 0 && amp + 1 < action->text().size(), qPrintable(action->text()));
    const QChar letter = action->text().at(amp + 1).toUpper();
    QSignalSpy triggered(action, &QAction::triggered);
    menu->popup(m_app->window->mapToGlobal(QPoint(20, 20)));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    QTest::keyClick(menu, Qt::Key(letter.unicode()));
    QCOMPARE(triggered.size(), 1);
    QTRY_VERIFY(!menu->isVisible());
}

void TestExportMenu::exportTo(const char *name, const QString &path, QList<QStringList> *records)
{
    MessageBox::clearShown();
    FileChooser::clearAsked();
    FileChooser::setNextPath(path);
    STEP(choose(name));
    QCOMPARE(FileChooser::asked().size(), 1);
    QCOMPARE(MessageBox::shown(), QStringList());
    QByteArray bytes = readAll(path);
    QVERIFY2(!bytes.isEmpty(), qPrintable(path));
    if (bytes.startsWith(bomBytes))
        bytes.remove(0, 3);
    QVERIFY(bytes.endsWith("\r\n"));
    const Result<SurveyCsv::Table> table = SurveyCsv::parse(bytes);
    QVERIFY2(table, qPrintable(table.error()));
    records->clear();
    records->append(table->header);
    for (const QStringList &row : table->rows)
        records->append(row);
}

void TestExportMenu::menuHoldsTheEntries()
{
    QMenu *menu = exportMenu();
    QVERIFY(menu);
    const std::pair<const char *, QString> expected[] = {
        {"exportIncidentsCsvAction", QStringLiteral("&Incidents as CSV…")},
        {"exportActionItemsCsvAction", QStringLiteral("&Action items as CSV…")},
        {"exportTrendsCsvAction", QStringLiteral("Survey &trends as CSV…")},
        {"csvByteOrderMarkAction", QStringLiteral("&Byte-order mark for Excel")},
    };
    for (const auto &[name, text] : expected) {
        QAction *action = entry(name);
        QVERIFY2(action, name);
        QCOMPARE(action->text(), text);
        QVERIFY(!action->statusTip().isEmpty());
    }
    QVERIFY(entry("csvByteOrderMarkAction")->isCheckable());
    QVERIFY(!entry("csvByteOrderMarkAction")->isChecked()); // off until asked for
    QVERIFY(!entry("exportIncidentsCsvAction")->isCheckable());
    QVERIFY(m_app->window->findChild<ExportActions *>());
}

void TestExportMenu::incidentsAsTheListShowsThem()
{
    // The list as the application starts: every incident.
    QList<QStringList> records;
    const QString all = file(QStringLiteral("all incidents.csv"));
    STEP(exportTo("exportIncidentsCsvAction", all, &records));
    QCOMPARE(FileChooser::asked(), QStringList{QStringLiteral("Export incidents as CSV")});
    QCOMPARE(records.first(), (QStringList{QStringLiteral("id"), QStringLiteral("started"), QStringLiteral("severity"),
                                           QStringLiteral("status"), QStringLiteral("team"), QStringLiteral("service"),
                                           QStringLiteral("title"), QStringLiteral("detected"),
                                           QStringLiteral("mitigated"), QStringLiteral("resolved")}));
    QCOMPARE(records.size(), 3);
    QStringList titles;
    for (const QStringList &record : records.mid(1)) {
        titles.append(record.at(6));
        QVERIFY2(QDateTime::fromString(record.at(1), Qt::ISODate).isValid() && record.at(1).endsWith(QLatin1Char('Z')),
                 qPrintable(record.at(1)));
    }
    titles.sort();
    QCOMPARE(titles,
             (QStringList{QStringLiteral("Checkout errors after deploy"), QStringLiteral("Ticket queue stalled")}));
    QCOMPARE(statusText(), said("Saved all %n incident(s) to “%1”.", 2, all));
    QVERIFY2(statusText().contains(QLatin1String("all 2 incident")), qPrintable(statusText()));
    // The same bytes as `candor-cli list` makes from the same listing, in the list's order.
    const Result<Listing> listing =
        listings::incidents(*m_app->incidents, m_app->incidentModel->filter(), m_app->incidentModel->order());
    QVERIFY(listing);
    QCOMPARE(readAll(all), SaveFile::utf8(listings::csv(*listing)));
    QCOMPARE(Settings().exportFolder(), QFileInfo(all).absolutePath());

    // Filtered to Support with the team box: only its incident, and the status bar says why.
    STEP(showAreaByShortcut(*m_app, MainWindow::IncidentsPage));
    STEP(chooseByKeys(find<QComboBox>(m_app->window.get(), "incidentTeamFilter"), QVariant(m_data.support)));
    QTRY_COMPARE(m_app->incidentModel->rowCount(), 1);
    const QString support = file(QStringLiteral("support.csv"));
    STEP(exportTo("exportIncidentsCsvAction", support, &records));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).at(0), QString::number(m_data.queueIncident));
    QCOMPARE(records.at(1).at(4), QStringLiteral("Support"));
    QCOMPARE(records.at(1).at(6), QStringLiteral("Ticket queue stalled"));
    QCOMPARE(statusText(),
             said("Saved the %n incident(s) the Incidents list shows (its filters applied) to “%1”.", 1, support));
    QVERIFY2(statusText().contains(QLatin1String("the 1 incident")), qPrintable(statusText()));
}

void TestExportMenu::actionItemsAsTheListShowsThem()
{
    // As the application starts, the list shows the open and in-progress items.
    QList<QStringList> records;
    const QString open = file(QStringLiteral("open.csv"));
    STEP(exportTo("exportActionItemsCsvAction", open, &records));
    QCOMPARE(FileChooser::asked(), QStringList{QStringLiteral("Export action items as CSV")});
    QCOMPARE(records.first().first(), QStringLiteral("id"));
    QCOMPARE(records.first().size(), 11);
    QStringList ids;
    for (const QStringList &record : records.mid(1))
        ids.append(record.first());
    QCOMPARE(ids, (QStringList{QString::number(m_data.overduePayments), QString::number(m_data.overdueSupport),
                               QString::number(m_data.inProgress), QString::number(m_data.notDueDepartment)}));
    QCOMPARE(records.at(1).at(1), QDate::currentDate().addDays(-5).toString(Qt::ISODate));
    QCOMPARE(records.at(1).at(2), QStringLiteral("yes"));
    QCOMPARE(records.at(1).at(7), QStringLiteral("Alert on the checkout error rate"));
    QCOMPARE(records.at(1).at(9), QStringLiteral("Checkout errors after deploy"));
    QCOMPARE(records.at(2).at(9), QStringLiteral("Support retro, March"));
    QCOMPARE(records.at(2).at(10), QString()); // a retro's item has no incident
    QCOMPARE(statusText(),
             said("Saved the %n action item(s) the Action items list shows (its filters applied) to “%1”.", 4, open));
    QVERIFY2(statusText().contains(QLatin1String("the 4 action item")), qPrintable(statusText()));

    // Every status, chosen in the list: all six.
    STEP(showAreaByShortcut(*m_app, MainWindow::ActionsPage));
    STEP(chooseByKeys(find<QComboBox>(m_app->window.get(), "actionStatusFilter"), -2));
    QTRY_COMPARE(m_app->actionModel->rowCount(), 6);
    const QString every = file(QStringLiteral("every.csv"));
    STEP(exportTo("exportActionItemsCsvAction", every, &records));
    QCOMPARE(records.size(), 7);
    QStringList statuses;
    for (const QStringList &record : records.mid(1))
        statuses.append(record.at(3));
    statuses.sort();
    QCOMPARE(statuses, (QStringList{QStringLiteral("done"), QStringLiteral("dropped"), QStringLiteral("in-progress"),
                                    QStringLiteral("open"), QStringLiteral("open"), QStringLiteral("open")}));
    QCOMPARE(statusText(), said("Saved all %n action item(s) to “%1”.", 6, every));
    QVERIFY2(statusText().contains(QLatin1String("all 6 action item")), qPrintable(statusText()));
}

void TestExportMenu::surveyTrendsThroughThePolicy()
{
    QList<QStringList> records;
    const QString trendsFile = file(QStringLiteral("trends.csv"));
    STEP(exportTo("exportTrendsCsvAction", trendsFile, &records));
    QCOMPARE(FileChooser::asked(), QStringList{QStringLiteral("Export survey trends as CSV")});
    QCOMPARE(records.first(),
             (QStringList{QStringLiteral("scope"), QStringLiteral("team"), QStringLiteral("parent"),
                          QStringLiteral("instrument"), QStringLiteral("period"), QStringLiteral("respondents"),
                          QStringLiteral("score"), QStringLiteral("suppressed")}));
    // Exactly what `candor-cli trends --all --format csv` prints for this database.
    QCOMPARE(readAll(trendsFile), SaveFile::utf8(trends::csv(listings::trendRows(*m_app->surveys))));
    bool paymentsShown = false;
    bool supportWithheld = false;
    for (const QStringList &record : records.mid(1)) {
        if (record.at(0) == QLatin1String("team") && record.at(1) == QLatin1String("Payments"))
            paymentsShown = record.at(5) == QLatin1String("6") && record.at(6) == QLatin1String("5.00") &&
                            record.at(7) == QLatin1String("false");
        if (record.at(0) == QLatin1String("team") && record.at(1) == QLatin1String("Support"))
            supportWithheld = record.at(5).isEmpty() && record.at(6).isEmpty() && record.at(7) == QLatin1String("true");
    }
    QVERIFY2(paymentsShown, qPrintable(QString::fromUtf8(readAll(trendsFile))));
    QVERIFY2(supportWithheld, qPrintable(QString::fromUtf8(readAll(trendsFile))));
    QCOMPARE(statusText(), said("Saved %n survey trend row(s) to “%1”. Figures of groups below the anonymity "
                                "threshold are withheld: their rows say so and carry no numbers.",
                                int(records.size() - 1), trendsFile));
    QVERIFY2(statusText().contains(QStringLiteral("Saved %1 survey trend row").arg(records.size() - 1)),
             qPrintable(statusText()));
}

void TestExportMenu::byteOrderMarkToggleIsRemembered()
{
    QAction *toggle = entry("csvByteOrderMarkAction");
    QVERIFY(toggle);
    QVERIFY(!toggle->isChecked());
    QList<QStringList> records;
    const QString plain = file(QStringLiteral("plain.csv"));
    STEP(exportTo("exportIncidentsCsvAction", plain, &records));
    QVERIFY(!readAll(plain).startsWith(bomBytes));

    STEP(choose("csvByteOrderMarkAction"));
    QVERIFY(toggle->isChecked());
    QVERIFY(Settings().csvByteOrderMark());
    const QString marked = file(QStringLiteral("marked.csv"));
    STEP(exportTo("exportIncidentsCsvAction", marked, &records));
    QCOMPARE(readAll(marked).left(3), bomBytes);
    QCOMPARE(readAll(marked).mid(3), readAll(plain));
    const QString trendsFile = file(QStringLiteral("trends.csv"));
    STEP(exportTo("exportTrendsCsvAction", trendsFile, &records));
    QCOMPARE(readAll(trendsFile).left(3), bomBytes);

    // Candor started again: still on, until turned off.
    m_app->window->close();
    m_app.reset();
    STEP(startApp(&m_app, m_path));
    toggle = entry("csvByteOrderMarkAction");
    QVERIFY(toggle && toggle->isChecked());
    const QString again = file(QStringLiteral("again.csv"));
    STEP(exportTo("exportActionItemsCsvAction", again, &records));
    QCOMPARE(readAll(again).left(3), bomBytes);
    STEP(choose("csvByteOrderMarkAction"));
    QVERIFY(!toggle->isChecked());
    QVERIFY(!Settings().csvByteOrderMark());
    const QString off = file(QStringLiteral("off.csv"));
    STEP(exportTo("exportActionItemsCsvAction", off, &records));
    QCOMPARE(readAll(off), readAll(again).mid(3));
}

void TestExportMenu::failedWriteShowsWhyAndWritesNothing()
{
    const QString folderBefore = Settings().exportFolder();
    const QStringList before = entries(m_dir->path());
    const char *names[] = {"exportIncidentsCsvAction", "exportActionItemsCsvAction", "exportTrendsCsvAction"};
    for (const char *name : names) {
        const QString target = file(QStringLiteral("missing/export.csv"));
        MessageBox::clearShown();
        m_app->window->statusBar()->clearMessage();
        FileChooser::setNextPath(target);
        STEP(choose(name));
        QCOMPARE(MessageBox::shown().size(), 1);
        const QString message = MessageBox::shown().first();
        QVERIFY2(message.contains(QDir::toNativeSeparators(target)), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Check that the folder exists")), qPrintable(message));
        QVERIFY2(!statusText().contains(QLatin1String("Saved")), qPrintable(statusText()));
        QCOMPARE(entries(m_dir->path()), before); // no file, no folder, no temporary
    }
    QCOMPARE(Settings().exportFolder(), folderBefore);
}

void TestExportMenu::cancelledChoiceDoesNothing()
{
    const QStringList before = entries(m_dir->path());
    FileChooser::clearAsked();
    STEP(choose("exportIncidentsCsvAction")); // nothing scripted: the chooser is cancelled
    QCOMPARE(FileChooser::asked(), QStringList{QStringLiteral("Export incidents as CSV")});
    QCOMPARE(MessageBox::shown(), QStringList());
    QCOMPARE(statusText(), QString());
    QCOMPARE(entries(m_dir->path()), before);
}

QTEST_MAIN(TestExportMenu)
#include "tst_exportmenu.moc"

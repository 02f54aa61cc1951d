// Edit > Preferences…: the language switched while Candor runs (menus, areas, table headers, open consoles and their
// audience views in the new language, dates and numbers in its locale, its blame-language rules), the theme applied
// at once, the audience view's colours and text size; and --lang on both executables.
#include "MainWindow.h"
#include "Translations.h"
#include "common/Preferences.h"
#include "common/Settings.h"
#include "common/Theme.h"
#include "gui/AppFixture.h"
#include "gui/GuiHelpers.h"
#include "postmortem/AudienceWindow.h"
#include "postmortem/SessionConsole.h"
#include "storage/PostmortemRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QMenuBar>
#include <QProcess>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace candor;
using namespace candor::testgui;

namespace {

// What a message says in a language, read from the same translation file Candor loads.
QString inLanguage(const QString &language, const char *context, const char *source)
{
    QTranslator translator;
    if (!translator.load(QStringLiteral(":/i18n/candor_%1.qm").arg(language)))
        return {};
    return translator.translate(context, source);
}

QStringList menuTitles(QMainWindow *window)
{
    QStringList titles;
    for (QAction *action : window->menuBar()->actions())
        titles.append(action->text());
    return titles;
}

QStringList navigationTexts(QMainWindow *window)
{
    QStringList texts;
    auto *navigation = find<QListWidget>(window, "navigation");
    for (int row = 0; navigation && row < navigation->count(); ++row)
        texts.append(navigation->item(row)->text());
    return texts;
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void languageSwitchedWhileRunning();
    void languageChosenInPreferences();
    void themeAppliedAtOnce();
    void audienceColoursAndSize();
    void langOption_data();
    void langOption();

private:
    void openPreferences(QPointer<PreferencesDialog> *dialog);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<App> m_app;
    qint64 m_payments = 0;
    qint64 m_postmortem = 0;
};

void TestPreferences::initTestCase()
{
    initGuiTestCase();
    Theme::captureSystem();
}

void TestPreferences::init()
{
    STEP(newTestFolder(&m_dir, &m_path));
    testdata::Store store(m_path);
    QVERIFY2(store.status, qPrintable(store.status.error()));
    STEP(insertCheckoutPostmortem(store, &m_payments, &m_postmortem));
    Languages::apply(QStringLiteral("en"));
    STEP(startApp(&m_app, m_path));
}

void TestPreferences::cleanup()
{
    reportMessageBoxes();
    m_app.reset();
    m_dir.reset();
    Languages::apply(QStringLiteral("en"));
    Theme::apply(Theme::System);
}

void TestPreferences::openPreferences(QPointer<PreferencesDialog> *dialog)
{
    auto *action = find<QAction>(m_app->window.get(), "preferencesAction");
    QVERIFY(action);
    QVERIFY(action->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+,"))));
    QTest::keySequence(m_app->window.get(), QKeySequence(QStringLiteral("Ctrl+,")));
    QTRY_VERIFY(m_app->window->findChild<PreferencesDialog *>());
    *dialog = m_app->window->findChild<PreferencesDialog *>();
    QTRY_VERIFY((*dialog)->isVisible());
}

// The whole window and an open console with its audience view change language; nothing typed is lost; back again.
void TestPreferences::languageSwitchedWhileRunning()
{
    MainWindow &window = *m_app->window;
    const QString germanFile = inLanguage(QStringLiteral("de"), "candor::MainWindow", "&File");
    const QString germanIncidents = inLanguage(QStringLiteral("de"), "candor::MainWindow", "Incidents");
    QVERIFY(!germanFile.isEmpty() && germanFile != QLatin1String("&File"));
    QVERIFY(!germanIncidents.isEmpty() && germanIncidents != QLatin1String("Incidents"));

    QCOMPARE(menuTitles(&window).value(0), QStringLiteral("&File"));
    QCOMPARE(navigationTexts(&window).value(0), QStringLiteral("Incidents"));
    auto *incidentTable = find<QTableView>(&window, "incidentTable");
    QVERIFY(incidentTable);
    const QString englishHeader = incidentTable->model()->headerData(1, Qt::Horizontal).toString();

    QPointer<SessionConsole> console;
    STEP(openConsoleFromSessions(*m_app, m_postmortem, &console));
    console->presentOn(0);
    QTRY_VERIFY(console->audienceWindow() && console->audienceWindow()->isVisible());
    const QStringList englishConsoleMenus = menuTitles(console);
    const QStringList englishAudience = console->audienceWindow()->visibleTexts();
    window.showArea(MainWindow::IncidentsPage);

    QVERIFY(window.applyLanguage(QStringLiteral("de")));

    QCOMPARE(menuTitles(&window).value(0), germanFile);
    QCOMPARE(navigationTexts(&window).value(0), germanIncidents);
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(m_app->checker.language(), QStringLiteral("de"));
    // The area was built again: its table speaks German too, and it is the one shown.
    incidentTable = find<QTableView>(&window, "incidentTable");
    QVERIFY(incidentTable);
    QVERIFY(incidentTable->isVisible());
    QVERIFY(incidentTable->model()->headerData(1, Qt::Horizontal).toString() != englishHeader);
    // The console is open again, in German, with its audience view presented.
    SessionConsole *german = consoleOf(*m_app, m_postmortem);
    QVERIFY(german);
    QTRY_VERIFY(german->isVisible());
    QVERIFY(menuTitles(german) != englishConsoleMenus);
    QTRY_VERIFY(german->audienceWindow() && german->audienceWindow()->isVisible());
    QVERIFY(german->audienceWindow()->visibleTexts() != englishAudience);
    // One console per session, and one audience view: the old ones are gone.
    QCOMPARE(window.findChildren<SessionConsole *>().size(), 1);
    int audiences = 0;
    for (QWidget *top : QApplication::topLevelWidgets())
        audiences += qobject_cast<AudienceWindow *>(top) ? 1 : 0;
    QCOMPARE(audiences, 1);

    QVERIFY(window.applyLanguage(QStringLiteral("en")));
    QCOMPARE(menuTitles(&window).value(0), QStringLiteral("&File"));
    QCOMPARE(navigationTexts(&window).value(0), QStringLiteral("Incidents"));
    QCOMPARE(find<QTableView>(&window, "incidentTable")->model()->headerData(1, Qt::Horizontal).toString(),
             englishHeader);
    QCOMPARE(m_app->checker.language(), QStringLiteral("en"));
    QTRY_VERIFY(consoleOf(*m_app, m_postmortem));
    QCOMPARE(menuTitles(consoleOf(*m_app, m_postmortem)), englishConsoleMenus);
}

// Preferences > Language, chosen with the keyboard: applied when the dialog closes, and remembered.
void TestPreferences::languageChosenInPreferences()
{
    QPointer<PreferencesDialog> dialog;
    STEP(openPreferences(&dialog));
    auto *language = find<QComboBox>(dialog.data(), "languageCombo");
    QVERIFY(language);
    QCOMPARE(language->itemText(0).left(4), QStringLiteral("Same"));
    const int spanish = language->findData(QStringLiteral("es"));
    QVERIFY(spanish > 0);
    QCOMPARE(language->itemText(spanish), QStringLiteral("Español"));
    language->setFocus();
    while (language->currentIndex() != spanish)
        QTest::keyClick(language, Qt::Key_Down);
    QTest::keyClick(dialog.data(), Qt::Key_Escape);
    QTRY_VERIFY(!dialog);

    const QString spanishFile = inLanguage(QStringLiteral("es"), "candor::MainWindow", "&File");
    QTRY_COMPARE(menuTitles(m_app->window.get()).value(0), spanishFile);
    QCOMPARE(Settings().language(), QStringLiteral("es"));
    QCOMPARE(Languages::current(), QStringLiteral("es"));
    QCOMPARE(QLocale().language(), QLocale::Spanish);
}

void TestPreferences::themeAppliedAtOnce()
{
    QPointer<PreferencesDialog> dialog;
    STEP(openPreferences(&dialog));
    auto *theme = find<QComboBox>(dialog.data(), "themeCombo");
    QVERIFY(theme);
    QCOMPARE(theme->count(), 4);

    theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
    QCOMPARE(Theme::current(), Theme::Dark);
    QVERIFY(Theme::isDark(QApplication::palette()));
    QTRY_VERIFY(Theme::isDark(m_app->window->palette()));
    QCOMPARE(Settings().theme(), QStringLiteral("dark"));
    // Meaningful colours stay readable on it.
    QVERIFY(Theme::warningText(QApplication::palette()).lightnessF() > 0.5);

    theme->setCurrentIndex(theme->findData(QStringLiteral("high-contrast")));
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
    QCOMPARE(QApplication::palette().color(QPalette::Highlight), QColor(Qt::yellow));
    QVERIFY(qApp->styleSheet().contains(QLatin1String("focus")));

    theme->setCurrentIndex(theme->findData(QStringLiteral("light")));
    QVERIFY(!Theme::isDark(QApplication::palette()));
    QVERIFY(qApp->styleSheet().isEmpty());

    theme->setCurrentIndex(theme->findData(QStringLiteral("system")));
    QCOMPARE(QApplication::palette(), Theme::palette(Theme::System));
    QCOMPARE(Settings().theme(), QStringLiteral("system"));
    dialog->reject();
}

void TestPreferences::audienceColoursAndSize()
{
    QPointer<SessionConsole> console;
    STEP(openConsoleFromSessions(*m_app, m_postmortem, &console));
    console->presentOn(0);
    QTRY_VERIFY(console->audienceWindow() && console->audienceWindow()->isVisible());
    AudienceWindow *audience = console->audienceWindow();
    QCOMPARE(audience->look(), AudienceWindow::DarkRoom);
    QVERIFY(audience->palette().color(QPalette::Window).lightnessF() < 0.2);
    const double before = audience->minimumPointSize();

    // The facilitator's console is the active window now; Preferences is the main window's.
    find<QAction>(m_app->window.get(), "preferencesAction")->trigger();
    QTRY_VERIFY(m_app->window->findChild<PreferencesDialog *>());
    QPointer<PreferencesDialog> dialog = m_app->window->findChild<PreferencesDialog *>();
    auto *look = find<QComboBox>(dialog.data(), "audienceThemeCombo");
    auto *size = find<QSpinBox>(dialog.data(), "audienceZoomSpin");
    QVERIFY(look && size);
    look->setCurrentIndex(look->findData(AudienceWindow::lookKey(AudienceWindow::BrightRoom)));
    QCOMPARE(audience->look(), AudienceWindow::BrightRoom);
    QVERIFY(audience->palette().color(QPalette::Window).lightnessF() > 0.9);
    size->setValue(150);
    QCOMPARE(audience->zoom(), 1.5);
    QVERIFY(audience->minimumPointSize() > before * 1.4);
    dialog->reject();

    // Ctrl+plus on the audience window: larger, remembered for the next session.
    audience->activateWindow();
    QTest::keyClick(audience, Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(audience->zoom() > 1.5);
    QCOMPARE(Settings().audienceZoom(), audience->zoom());
    QCOMPARE(Settings().audienceTheme(), AudienceWindow::lookKey(AudienceWindow::BrightRoom));
    AudienceWindow::zoomAllOut();
    AudienceWindow::zoomAllOut();
    QVERIFY(audience->zoom() < 1.5);
    // Never below the size the back of the room needs.
    for (int i = 0; i < 20; ++i)
        AudienceWindow::zoomAllOut();
    QCOMPARE(audience->zoom(), AudienceWindow::MinZoom);
}

void TestPreferences::langOption_data()
{
    QTest::addColumn<QString>("program");
    QTest::addRow("candor") << QStringLiteral(CANDOR_GUI_PATH);
    QTest::addRow("candor-cli") << QStringLiteral(CANDOR_CLI_PATH);
}

// --lang CODE: the help speaks the language; an unknown code is one line on stderr and exit 64.
void TestPreferences::langOption()
{
    QFETCH(QString, program);
    QProcess process;
    process.setProgram(program);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);

    process.setArguments({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--help")});
    process.start();
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString french = QString::fromUtf8(process.readAllStandardOutput());
    process.setArguments({QStringLiteral("--help")});
    process.start();
    QVERIFY(process.waitForFinished(30000));
    const QString english = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY(!french.isEmpty() && !english.isEmpty());
    QVERIFY2(french != english, qPrintable(french.left(200)));
    QVERIFY(english.contains(QLatin1String("--lang")));

    process.setArguments({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--help")});
    process.start();
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 64);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(error.count(QLatin1Char('\n')), 1);
    QVERIFY(error.contains(QLatin1String("\"xx\"")));
    QVERIFY(error.contains(QLatin1String("en, de, fr, es")));
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"

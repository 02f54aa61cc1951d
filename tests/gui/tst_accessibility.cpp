// Accessibility: the main window, each of its six areas (every Insights view and table tab), every dialog the menus
// and areas open, the facilitator console on every phase with its check kiosk and the audience window, and the
// survey kiosk on every page are walked; every interactive widget shown must have an accessible name (Qt's own
// fallbacks count: a button's text, a label's buddy, a group box title), every label with a mnemonic a buddy, no
// Alt+letter may be offered twice in a window, and Tab must leave every table. Cell editors are walked too. A run lists
// every offender at once. File dialogs, print dialogs, About and message boxes are Qt's own and are not walked.
#include "MainWindow.h"
#include "common/MessageBox.h"
#include "common/OpenFailure.h"
#include "common/SurveyData.h"
#include "gui/AppFixture.h"
#include "gui/GuiHelpers.h"
#include "insights/InsightsArea.h"
#include "item/FigureStore.h"
#include "item/SurveyWaveModel.h"
#include "postmortem/AudienceWindow.h"
#include "postmortem/SessionConsole.h"
#include "storage/Backup.h"
#include "storage/PostmortemRepository.h"
#include "storage/SurveyRepository.h"
#include "surveys/KioskWindow.h"
#include "surveys/SurveysArea.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QMultiMap>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollBar>
#include <QSet>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>
#include <QTreeView>

#include <algorithm>
#include <memory>

using namespace candor;
using namespace candor::testgui;

namespace {

// A widget a person reaches and operates: one Tab stops at, or one of the kinds that are always operated.
bool isInteractive(const QWidget *w)
{
    return (w->focusPolicy() & Qt::TabFocus) || qobject_cast<const QAbstractButton *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QLineEdit *>(w) ||
           qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QAbstractSlider *>(w) || qobject_cast<const QTabBar *>(w) ||
           qobject_cast<const QDateTimeEdit *>(w);
}

// Parts Qt builds inside its own widgets, named through the widget they belong to and not reached by Tab themselves.
bool isQtInternal(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QHeaderView *>(w))
        return true;
    const QWidget *parent = w->parentWidget();
    if (!parent)
        return false;
    // A spin box's or date edit's line edit, an editable combo box's line edit, a tab bar's scroll buttons.
    if (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent) ||
        qobject_cast<const QTabBar *>(parent))
        return true;
    // The corner button of a table.
    if (qobject_cast<const QAbstractItemView *>(parent) && qobject_cast<const QAbstractButton *>(w))
        return true;
    // A scroll area's viewport.
    if (const auto *area = qobject_cast<const QAbstractScrollArea *>(parent); area && area->viewport() == w)
        return true;
    return w->objectName() == QLatin1String("qt_toolbar_ext_button");
}

// How a failure names a widget: its objectName and class, or the nearest named ancestor when it has none.
QString describe(const QWidget *w)
{
    QString name = w->objectName();
    if (name.isEmpty()) {
        const QWidget *named = w->parentWidget();
        while (named && named->objectName().isEmpty())
            named = named->parentWidget();
        name = QStringLiteral("unnamed, under %1").arg(named ? named->objectName() : QStringLiteral("?"));
        // What it shows, to find it in the code.
        if (const auto *button = qobject_cast<const QAbstractButton *>(w); button && !button->text().isEmpty())
            name += QStringLiteral(", “%1”").arg(button->text());
    }
    return QStringLiteral("%1 (%2)").arg(name, QString::fromLatin1(w->metaObject()->className()));
}

// Whether a label of the same window names the widget (a form's row label, a label's setBuddy).
bool hasBuddy(const QWidget *w)
{
    const QList<QLabel *> labels = w->window()->findChildren<QLabel *>();
    return std::any_of(labels.cbegin(), labels.cend(), [w](const QLabel *label) { return label->buddy() == w; });
}

// The mnemonic letter of a text (upper case), or none: "&&" is a literal ampersand.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (text.at(i + 1).isLetterOrNumber())
            return text.at(i + 1).toUpper();
    }
    return {};
}

// Whether a label has a mnemonic letter; rich text has none.
bool hasMnemonic(const QLabel *label)
{
    if (label->textFormat() == Qt::RichText ||
        (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text())))
        return false;
    return !mnemonicOf(label->text()).isNull();
}

// Every Alt+letter a window offers as it is shown (its menu bar, its buttons and tabs, its labels' buddies) and what
// offers it, to find a letter two of them share.
QMultiMap<QChar, QString> mnemonics(const QWidget *window)
{
    QMultiMap<QChar, QString> found;
    const auto add = [&found](const QString &text, const QString &what) {
        if (const QChar letter = mnemonicOf(text); !letter.isNull())
            found.insert(letter, what);
    };
    if (const auto *main = qobject_cast<const QMainWindow *>(window); main && main->menuWidget()) {
        if (const auto *bar = qobject_cast<const QMenuBar *>(main->menuWidget())) {
            for (const QAction *menu : bar->actions())
                add(menu->text(), QStringLiteral("the menu “%1”").arg(menu->text()));
        }
    }
    for (const QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->window() != window)
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(w); label && label->buddy() && hasMnemonic(label))
            add(label->text(), QStringLiteral("the label “%1”").arg(label->text()));
        else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            add(button->text(), QStringLiteral("the button “%1”").arg(button->text()));
        else if (const auto *tabs = qobject_cast<const QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), QStringLiteral("the tab “%1”").arg(tabs->tabText(i)));
        }
    }
    return found;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void mainWindowAndAreas();
    void insightsTablesReachableByTab();
    void dialogs();
    void consoleOnEveryPhase();
    void retroOpeningAndCheckKiosk();
    void surveyKiosk();

private:
    // Checks every visible widget of `root` (and `root`); offenders go to m_offenders, once each.
    void walk(const QWidget *root, const QString &where);
    // Checks no Alt+letter is offered twice in `window` as it is shown.
    void checkMnemonics(const QWidget *window, const QString &where);
    // Fails the test with every offender found, one a line.
    void reportOffenders();
    // The visible top-level dialog with this objectName (dialogs opened with open() are windows of their own).
    static QDialog *shownDialog(const char *name);
    // Opens a dialog with `open`, walks it, closes it.
    void walkDialog(const std::function<void()> &open, const char *name, const QString &where,
                    const std::function<void(QDialog *)> &more = {});
    void walkConsole(SessionConsole *console, const QString &where);
    // Opens the editor of each editable cell of a view's first row in turn and walks its window.
    void walkCellEditors(QAbstractItemView *view, const QString &where);
    template <typename T>
    T *inWindow(const char *name) const
    {
        return find<T>(m_app->window.get(), name);
    }
    QAction *action(const char *name) const { return m_app->window->findChild<QAction *>(QLatin1String(name)); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<App> m_app;
    AreasData m_data;
    qint64 m_wave = 0;
    qint64 m_healthWave = 0;
    QStringList m_offenders;
    QSet<const QWidget *> m_reported;
    int m_walked = 0; // interactive widgets checked, so a walk that saw nothing fails
};

void TestAccessibility::initTestCase()
{
    initGuiTestCase();
}

void TestAccessibility::init()
{
    STEP(newTestFolder(&m_dir, &m_path));
    m_data = {};
    m_offenders.clear();
    m_reported.clear();
    m_walked = 0;
    STEP(insertAreasData(m_path, &m_data));
    {
        testdata::Store store(m_path);
        QVERIFY2(store.status, qPrintable(store.status.error()));
        // Enough answers for the Insights area to show charts and tables, and a wave for the kiosk and the import.
        SurveyRepository surveys(store.database);
        const QDate today = QDate::currentDate();
        qint64 wave = 0;
        STEP(testdata::addWave(surveys, m_data.payments, testdata::psychSafety, today.addMonths(-7), {4, 5, 5, 6, 6},
                               &wave));
        STEP(testdata::addWave(surveys, m_data.payments, testdata::psychSafety, today.addMonths(-1), {5, 5, 6, 6, 6},
                               &m_wave));
        STEP(testdata::addWave(surveys, m_data.support, testdata::psychSafety, today.addMonths(-1), {3, 4, 4, 5, 5},
                               &wave));
        STEP(testdata::addWave(surveys, m_data.support, testdata::healthCheck, today, {}, &m_healthWave, 3));
        // The checkout postmortem: people in the room and something on every page.
        PostmortemRepository postmortems(store.database);
        const qint64 session = m_data.checkoutPostmortem;
        for (const QString &name : {QStringLiteral("Jonas Weber"), QStringLiteral("Priya Raman")}) {
            Participant p;
            p.sessionId = session;
            p.name = name;
            p.role = QStringLiteral("On call");
            p.position = -1;
            QVERIFY(postmortems.insertParticipant(p));
        }
        TimelineEvent event;
        event.sessionId = session;
        event.time = QDateTime::currentDateTimeUtc().addDays(-11);
        event.kind = EventKind::Detection;
        event.text = QStringLiteral("Pager fired");
        const Result<qint64> eventId = postmortems.insertEvent(event);
        QVERIFY(eventId);
        ContributingFactor factor;
        factor.sessionId = session;
        factor.category = FactorCategory::Process;
        factor.text = QStringLiteral("No canary stage");
        factor.eventIds = {*eventId};
        QVERIFY(postmortems.insertFactor(factor));
        Learning learning;
        learning.sessionId = session;
        learning.kind = LearningKind::WentWell;
        learning.text = QStringLiteral("Rollback was quick");
        QVERIFY(postmortems.insertLearning(learning));
        Session settings = *postmortems.session(session);
        settings.facilitator = QStringLiteral("Sam Outsider");
        QVERIFY(postmortems.updateSettings(settings));
    }
    STEP(startApp(&m_app, m_path));
}

void TestAccessibility::cleanup()
{
    reportMessageBoxes();
    // Kiosks and consoles are windows of their own; the main window's children go with it.
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<KioskWindow *>(w))
            delete w;
    }
    m_app.reset();
    m_dir.reset();
}

void TestAccessibility::walk(const QWidget *root, const QString &where)
{
    QVERIFY(root);
    QList<const QWidget *> widgets{root};
    for (const QWidget *w : root->findChildren<QWidget *>())
        widgets.append(w);
    for (const QWidget *w : std::as_const(widgets)) {
        // Each widget is reported once, where it was first seen.
        if (!w->isVisible() || (w != root && w->isWindow()) || m_reported.contains(w))
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(w)) {
            if (hasMnemonic(label) && !label->buddy()) {
                m_reported.insert(w);
                m_offenders.append(QStringLiteral("label “%1” has a mnemonic but no buddy (%2) in %3")
                                       .arg(label->text(), describe(label), where));
            }
            continue;
        }
        if (!w->isEnabled() || !isInteractive(w) || isQtInternal(w))
            continue;
        ++m_walked;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(const_cast<QWidget *>(w));
        QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        // On Linux Qt reports a combo box's current item as its name, and what it is for through its accessible
        // name or its label (a relation): one of those must be there.
        if (qobject_cast<const QComboBox *>(w) && w->accessibleName().isEmpty() && !hasBuddy(w))
            name.clear();
        // A table Tab walks cell by cell holds the keyboard: Tab must leave it, the arrows move in it.
        if (const auto *view = qobject_cast<const QAbstractItemView *>(w); view && view->tabKeyNavigation()) {
            m_reported.insert(w);
            m_offenders.append(QStringLiteral("%1 in %2 keeps Tab in its cells").arg(describe(w), where));
            continue;
        }
        if (name.isEmpty()) {
            m_reported.insert(w);
            m_offenders.append(QStringLiteral("%1 in %2 has no accessible name").arg(describe(w), where));
        }
    }
    if (root->isWindow())
        checkMnemonics(root, where);
}

void TestAccessibility::checkMnemonics(const QWidget *window, const QString &where)
{
    const QMultiMap<QChar, QString> found = mnemonics(window);
    for (const QChar letter : found.uniqueKeys()) {
        QStringList users = found.values(letter);
        if (users.size() < 2)
            continue;
        std::sort(users.begin(), users.end());
        const QString offender =
            QStringLiteral("Alt+%1 is shared by %2 in %3").arg(letter, users.join(QStringLiteral(" and ")), where);
        if (!m_offenders.contains(offender))
            m_offenders.append(offender);
    }
}

void TestAccessibility::reportOffenders()
{
    QVERIFY2(m_walked > 0, "nothing was walked");
    // One line each, so a long list is not cut short.
    for (const QString &offender : std::as_const(m_offenders))
        qWarning().noquote() << offender;
    QVERIFY2(m_offenders.isEmpty(), qPrintable(QStringLiteral("%1 problems, listed above").arg(m_offenders.size())));
}

QDialog *TestAccessibility::shownDialog(const char *name)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<QDialog *>(w);
            dialog && dialog->isVisible() && dialog->objectName() == QLatin1String(name))
            return dialog;
    }
    return nullptr;
}

void TestAccessibility::walkDialog(const std::function<void()> &open, const char *name, const QString &where,
                                   const std::function<void(QDialog *)> &more)
{
    STEP(open());
    QTRY_VERIFY2(shownDialog(name), name);
    QPointer<QDialog> dialog = shownDialog(name);
    QVERIFY(QTest::qWaitForWindowExposed(dialog.data()));
    STEP(walk(dialog, where));
    if (more)
        STEP(more(dialog));
    if (dialog) {
        dialog->reject();
        QTRY_VERIFY(!dialog || !dialog->isVisible());
    }
    STEP(activate(m_app->window.get()));
}

void TestAccessibility::walkCellEditors(QAbstractItemView *view, const QString &where)
{
    QVERIFY(view && view->model());
    QVERIFY2(view->model()->rowCount() > 0, qPrintable(where));
    // F2 on each column of the first row: the editor open is walked as part of its window.
    for (int column = 0; column < view->model()->columnCount(); ++column) {
        const QModelIndex index = view->model()->index(0, column);
        const auto *table = qobject_cast<QTableView *>(view);
        if ((table && table->isColumnHidden(column)) || !(index.flags() & Qt::ItemIsEditable))
            continue;
        view->setFocus();
        view->setCurrentIndex(index);
        QTest::keyClick(view, Qt::Key_F2);
        QWidget *editor = view->indexWidget(index);
        QVERIFY2(editor, qPrintable(QStringLiteral("no editor in column %1 of %2").arg(column).arg(where)));
        const QString header = view->model()->headerData(column, Qt::Horizontal).toString();
        STEP(walk(view->window(), QStringLiteral("%1, editing %2").arg(where, header)));
        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_VERIFY(!view->indexWidget(index));
    }
}

void TestAccessibility::walkConsole(SessionConsole *console, const QString &where)
{
    QVERIFY(console);
    STEP(walk(console, where));
}

// ---- The main window and its areas ---------------------------------------------------------------------------

void TestAccessibility::mainWindowAndAreas()
{
    MainWindow *window = m_app->window.get();
    STEP(walk(window, QStringLiteral("the main window")));

    STEP(showAreaByShortcut(*m_app, MainWindow::IncidentsPage));
    auto *incidents = inWindow<QTableView>("incidentTable");
    STEP(clickRow(incidents, 0)); // the details pane
    STEP(walk(window, QStringLiteral("Incidents")));

    STEP(showAreaByShortcut(*m_app, MainWindow::TeamsPage));
    STEP(selectTeam(inWindow<QTreeView>("teamTree"), m_data.payments));
    if (auto *members = inWindow<QTableView>("memberTable"); members && members->model()->rowCount() > 0)
        STEP(clickRow(members, 0));
    STEP(walk(window, QStringLiteral("Teams")));

    STEP(showAreaByShortcut(*m_app, MainWindow::SessionsPage));
    STEP(clickRow(inWindow<QTableView>("sessionTable"), 0));
    STEP(walk(window, QStringLiteral("Sessions")));

    STEP(showAreaByShortcut(*m_app, MainWindow::ActionsPage));
    STEP(clickRow(inWindow<QTableView>("actionTable"), 0));
    STEP(walk(window, QStringLiteral("Action items")));
    STEP(walkCellEditors(inWindow<QTableView>("actionTable"), QStringLiteral("the Action items area")));

    STEP(showAreaByShortcut(*m_app, MainWindow::SurveysPage));
    auto *waves = inWindow<QTableView>("waveTable");
    QVERIFY(waves);
    STEP(walk(window, QStringLiteral("Surveys, no wave selected")));
    STEP(clickRow(waves, rowOfId(waves->model(), m_wave, SurveyWaveModel::IdRole)));
    STEP(walk(window, QStringLiteral("Surveys")));

    STEP(showAreaByShortcut(*m_app, MainWindow::InsightsPage));
    auto *insights = inWindow<InsightsArea>("insightsArea");
    QVERIFY(insights);
    QTRY_VERIFY(!insights->figureStore().isComputing());
    auto *mode = inWindow<QComboBox>("insightModeCombo");
    auto *tabs = inWindow<QTabWidget>("trendTables");
    QVERIFY(mode && tabs);
    for (int m = 0; m < mode->count(); ++m) {
        mode->setCurrentIndex(m);
        QTRY_VERIFY(!insights->figureStore().isComputing());
        const QString view = QStringLiteral("Insights, %1").arg(mode->itemText(m));
        STEP(walk(window, view));
        if (tabs->isVisible()) {
            for (int t = 0; t < tabs->count(); ++t) {
                tabs->setCurrentIndex(t);
                STEP(walk(window, view + QStringLiteral(", tab ") + tabs->tabText(t)));
            }
        }
    }
    STEP(reportOffenders());
}

// The tables beside the Insights charts are their text alternative: Tab reaches each of them from the view picker.
void TestAccessibility::insightsTablesReachableByTab()
{
    STEP(showAreaByShortcut(*m_app, MainWindow::InsightsPage));
    auto *insights = inWindow<InsightsArea>("insightsArea");
    QTRY_VERIFY(!insights->figureStore().isComputing());
    auto *mode = inWindow<QComboBox>("insightModeCombo");
    auto *tabs = inWindow<QTabWidget>("trendTables");
    QVERIFY(mode && tabs);
    const auto reachable = [&](const QWidget *target) -> bool {
        mode->setFocus();
        if (QApplication::focusWidget() != mode)
            return false;
        for (int i = 0; i < 60; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (QApplication::focusWidget() == target)
                return true;
        }
        return false;
    };
    for (int m = 0; m < mode->count(); ++m) {
        mode->setCurrentIndex(m);
        QTRY_VERIFY(!insights->figureStore().isComputing());
        for (QTableView *table : insights->findChildren<QTableView *>()) {
            if (!table->isVisible())
                continue;
            QVERIFY2(reachable(table),
                     qPrintable(QStringLiteral("%1 in %2").arg(table->objectName(), mode->itemText(m))));
        }
        if (tabs->isVisible()) {
            // The other tab's table: the tab bar is reached, then the arrow keys switch tabs.
            QVERIFY(reachable(tabs->tabBar()));
            const int before = tabs->currentIndex();
            QTest::keyClick(tabs->tabBar(), before == 0 ? Qt::Key_Right : Qt::Key_Left);
            QVERIFY(tabs->currentIndex() != before);
            auto *shown = qobject_cast<QTableView *>(tabs->currentWidget());
            QVERIFY(shown);
            QVERIFY2(reachable(shown), qPrintable(shown->objectName()));
        }
    }
}

// ---- Dialogs --------------------------------------------------------------------------------------------------

void TestAccessibility::dialogs()
{
    const auto trigger = [this](const char *name) {
        return [this, name]() {
            QAction *a = action(name);
            QVERIFY2(a, name);
            QVERIFY2(a->isEnabled(), name);
            a->trigger();
        };
    };
    const auto click = [this](const char *name) {
        return [this, name]() {
            auto *button = inWindow<QPushButton>(name);
            QVERIFY2(button && button->isEnabled(), name);
            QTest::mouseClick(button, Qt::LeftButton);
        };
    };

    STEP(walkDialog(trigger("newIncidentAction"), "incidentDialog", QStringLiteral("the new incident dialog")));
    STEP(showAreaByShortcut(*m_app, MainWindow::IncidentsPage));
    STEP(clickRow(inWindow<QTableView>("incidentTable"), 0));
    STEP(walkDialog(click("editIncidentButton"), "incidentDialog", QStringLiteral("the edit incident dialog")));

    STEP(walkDialog(trigger("newTeamAction"), "teamDialog", QStringLiteral("the new team dialog")));
    STEP(showAreaByShortcut(*m_app, MainWindow::TeamsPage));
    STEP(selectTeam(inWindow<QTreeView>("teamTree"), m_data.payments));
    STEP(walkDialog(click("editTeamButton"), "teamDialog", QStringLiteral("the edit team dialog")));
    STEP(walkDialog(trigger("newMemberAction"), "memberDialog", QStringLiteral("the new member dialog")));
    STEP(showAreaByShortcut(*m_app, MainWindow::TeamsPage));
    STEP(selectTeam(inWindow<QTreeView>("teamTree"), m_data.payments));
    STEP(clickRow(inWindow<QTableView>("memberTable"), 0));
    STEP(walkDialog(click("editMemberButton"), "memberDialog", QStringLiteral("the edit member dialog")));

    STEP(walkDialog(trigger("newRetroAction"), "retroDialog", QStringLiteral("the new retro dialog")));
    STEP(walkDialog(trigger("newWaveAction"), "waveDialog", QStringLiteral("the new wave dialog")));
    STEP(walkDialog(trigger("instrumentsAction"), "instrumentDialog", QStringLiteral("the instruments editor"),
                    [this](QDialog *dialog) {
                        // A new instrument of one's own: the editable state.
                        auto *add = find<QPushButton>(dialog, "newInstrumentButton");
                        QVERIFY(add);
                        QTest::mouseClick(add, Qt::LeftButton);
                        QTest::mouseClick(find<QPushButton>(dialog, "addItemButton"), Qt::LeftButton);
                        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
                        walk(dialog, QStringLiteral("the instruments editor, a new instrument"));
                        MessageBox::setNextAnswer(QMessageBox::Discard);
                    }));

    // The CSV import, before and after a file is chosen (the column mapping).
    STEP(showAreaByShortcut(*m_app, MainWindow::SurveysPage));
    auto *waves = inWindow<QTableView>("waveTable");
    STEP(clickRow(waves, rowOfId(waves->model(), m_wave, SurveyWaveModel::IdRole)));
    const QString csv = m_dir->filePath(QStringLiteral("answers.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Timestamp,Q1,Q2,Q3,Q4,Q5,Q6,Q7,Comment\n2025-01-01,1,2,3,4,5,6,7,ok\n");
    }
    STEP(walkDialog(trigger("importCsvAction"), "csvImportDialog", QStringLiteral("the CSV import dialog"),
                    [this, csv](QDialog *dialog) {
                        auto *path = find<QLineEdit>(dialog, "csvPathEdit");
                        QVERIFY(path);
                        retype(path, csv);
                        QTest::keyClick(path, Qt::Key_Return);
                        walk(dialog, QStringLiteral("the CSV import dialog, a file loaded"));
                    }));

    STEP(walkDialog(trigger("preferencesAction"), "preferencesDialog", QStringLiteral("the preferences dialog")));

    // A backup to list.
    const Result<QString> backup = Backup::takeDaily(m_app->database);
    QVERIFY2(backup, qPrintable(backup.error()));
    STEP(
        walkDialog(trigger("restoreBackupAction"), "restoreBackupDialog", QStringLiteral("the restore backup dialog")));

    // What opens instead of the main window when the database cannot be opened.
    Backup::Entry entry;
    entry.path = m_dir->filePath(QStringLiteral("candor-backup.sqlite"));
    entry.taken = QDateTime::currentDateTimeUtc();
    entry.size = 1024;
    OpenFailureDialog failure(m_app->database, m_path, QStringLiteral("The file is damaged."), entry,
                              Database::Options());
    failure.show();
    QVERIFY(QTest::qWaitForWindowExposed(&failure));
    STEP(walk(&failure, QStringLiteral("the open failure dialog")));
    failure.reject();

    STEP(reportOffenders());
}

// ---- The facilitator console ----------------------------------------------------------------------------------

void TestAccessibility::consoleOnEveryPhase()
{
    QPointer<SessionConsole> console = m_app->window->openSession(m_data.checkoutPostmortem);
    QVERIFY(console && console->isValid());
    QVERIFY(QTest::qWaitForWindowExposed(console.data()));
    STEP(activate(console.data()));
    PostmortemSession &session = console->session();
    STEP(walkConsole(console, QStringLiteral("the console, opening")));
    QVERIFY(session.startRound()); // the speaking queue with a speaker
    QVERIFY2(session.agree(QStringLiteral("Sam Outsider")), qPrintable(session.agree({}).error()));
    QCOMPARE(session.phase(), Phase::Timeline);
    STEP(walkConsole(console, QStringLiteral("the console, timeline")));
    STEP(walkCellEditors(find<QTableView>(console.data(), "timelineView"), QStringLiteral("the timeline")));
    QVERIFY(session.skip(QStringLiteral("Walked")));
    STEP(walkConsole(console, QStringLiteral("the console, contributing factors")));
    STEP(walkCellEditors(find<QTableView>(console.data(), "factorView"), QStringLiteral("the contributing factors")));
    STEP(walkCellEditors(find<QAbstractItemView>(console.data(), "learningView_went-well"),
                         QStringLiteral("what went well")));
    QVERIFY(session.skip(QStringLiteral("Walked")));
    STEP(walkConsole(console, QStringLiteral("the console, actions")));
    STEP(walkCellEditors(find<QTableView>(console.data(), "actionView"), QStringLiteral("the action items")));
    QVERIFY(session.skip(QStringLiteral("Walked")));
    QCOMPARE(session.phase(), Phase::Closing);
    STEP(walkConsole(console, QStringLiteral("the console, closing")));

    // The check kiosk passed round the room.
    QTest::mouseClick(find<QPushButton>(console.data(), "closingKioskButton"), Qt::LeftButton);
    QTRY_VERIFY(find<QDialog>(console.data(), "checkKiosk") &&
                find<QDialog>(console.data(), "checkKiosk")->isVisible());
    QPointer<QDialog> kiosk = find<QDialog>(console.data(), "checkKiosk");
    QVERIFY(QTest::qWaitForWindowExposed(kiosk.data()));
    STEP(walk(kiosk, QStringLiteral("the check kiosk, question")));
    QTest::keyClick(kiosk.data(), Qt::Key_3);
    STEP(walk(kiosk, QStringLiteral("the check kiosk, thanks")));
    kiosk->accept();
    QTRY_VERIFY(kiosk.isNull());

    QVERIFY(session.agree(QStringLiteral("Sam Outsider")));
    QCOMPARE(session.phase(), Phase::Finished);
    STEP(walkConsole(console, QStringLiteral("the console, finished")));

    // The audience window (F5).
    STEP(activate(console.data()));
    QTest::keyClick(console.data(), Qt::Key_F5);
    QTRY_VERIFY(console->audienceWindow() && console->audienceWindow()->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(console->audienceWindow()));
    STEP(walk(console->audienceWindow(), QStringLiteral("the audience window")));
    console->close();
    STEP(reportOffenders());
}

void TestAccessibility::retroOpeningAndCheckKiosk()
{
    QPointer<SessionConsole> console = m_app->window->openSession(m_data.supportRetro);
    QVERIFY(console && console->isValid());
    QVERIFY(QTest::qWaitForWindowExposed(console.data()));
    // A retro opens with the anonymous safety check.
    STEP(walkConsole(console, QStringLiteral("the retro console, opening")));
    console->close();
    STEP(reportOffenders());
}

// ---- The survey kiosk -----------------------------------------------------------------------------------------

void TestAccessibility::surveyKiosk()
{
    for (const qint64 waveId : {m_wave, m_healthWave}) {
        const QString which = waveId == m_wave ? QStringLiteral("safety") : QStringLiteral("health check");
        STEP(showAreaByShortcut(*m_app, MainWindow::SurveysPage));
        auto *area = inWindow<SurveysArea>("surveysArea");
        auto *waves = inWindow<QTableView>("waveTable");
        STEP(clickRow(waves, rowOfId(waves->model(), waveId, SurveyWaveModel::IdRole)));
        QTest::mouseClick(inWindow<QPushButton>("kioskButton"), Qt::LeftButton);
        QTRY_VERIFY(area->kioskOf(waveId));
        QPointer<KioskWindow> kiosk = area->kioskOf(waveId);
        QVERIFY(QTest::qWaitForWindowExposed(kiosk.data()));
        STEP(activate(kiosk.data()));
        kiosk->setThanksDuration(60 * 60 * 1000);
        STEP(walk(kiosk, QStringLiteral("the %1 kiosk, intro").arg(which)));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_VERIFY(find<QWidget>(kiosk.data(), "kioskQuestionPage") &&
                    find<QWidget>(kiosk.data(), "kioskQuestionPage")->isVisible());
        STEP(walk(kiosk, QStringLiteral("the %1 kiosk, a question").arg(which)));
        // Answer every question with the first answer, up to the comment.
        for (int i = 0; i < 20 && !find<QWidget>(kiosk.data(), "kioskComment")->isVisible(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
            if (waveId == m_healthWave)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_B);
        }
        QTRY_VERIFY(find<QWidget>(kiosk.data(), "kioskComment")->isVisible());
        STEP(walk(kiosk, QStringLiteral("the %1 kiosk, the comment").arg(which)));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(find<QWidget>(kiosk.data(), "kioskThanksPage")->isVisible());
        STEP(walk(kiosk, QStringLiteral("the %1 kiosk, thanks").arg(which)));
        delete kiosk.data();
        STEP(activate(m_app->window.get()));
    }
    STEP(reportOffenders());
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"

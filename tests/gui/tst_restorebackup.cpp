// File > Restore backup… through the widgets: the backups listed with their kind, time and size, another file
// chosen, bad files refused with the reason, the confirmation that says the current database is kept; and after the
// composition root's rebuild (as app/main.cpp does it) the window shows the restored data and the replaced database
// is in the list.
#include "gui/AppFixture.h"

#include "common/RestoreBackup.h"
#include "storage/Backup.h"

#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace candor;
using namespace candor::testgui;

class TestRestoreBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { initGuiTestCase(); }
    void init() { newTestFolder(&m_dir, &m_path); }
    void cleanup();

    void restoreShowsTheBackupsData();
    void otherFileRefusalsAndCancel();

private:
    void openDialog(QPointer<QDialog> *dialog);
    void rebuildAfterRestore(const QString &backupFile, QString *kept);
    RestoreBackupAction *action() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<App> m_app;
};

void TestRestoreBackup::cleanup()
{
    reportMessageBoxes();
    m_app.reset();
    m_dir.reset();
}

RestoreBackupAction *TestRestoreBackup::action() const
{
    return m_app && m_app->window ? m_app->window->findChild<RestoreBackupAction *>() : nullptr;
}

// File > Restore backup…, as a person chooses it from the menu.
void TestRestoreBackup::openDialog(QPointer<QDialog> *dialog)
{
    RestoreBackupAction *restore = action();
    QVERIFY(restore);
    QCOMPARE(restore->objectName(), QStringLiteral("restoreBackupAction"));
    QCOMPARE(restore->text(), QStringLiteral("&Restore backup…"));
    QMenu *file = nullptr;
    for (QAction *menu : m_app->window->menuBar()->actions()) {
        if (menu->text() == QLatin1String("&File"))
            file = menu->menu();
    }
    QVERIFY(file);
    QVERIFY(file->actions().contains(restore));
    QVERIFY(restore->isEnabled());
    restore->trigger();
    QTRY_VERIFY(find<QDialog>(m_app->window.get(), "restoreBackupDialog"));
    *dialog = find<QDialog>(m_app->window.get(), "restoreBackupDialog");
    QVERIFY(QTest::qWaitForWindowExposed(dialog->data()));
}

// What app/main.cpp does on restoreRequested: everything built on the database goes (the window first), the backup
// is restored with no other connection open, and the application is built again on the restored database.
void TestRestoreBackup::rebuildAfterRestore(const QString &backupFile, QString *kept)
{
    m_app->window->close();
    m_app.reset();
    {
        Database database;
        QVERIFY(database.open(m_path));
        const Result<QString> restored = Backup::restore(database, backupFile);
        QVERIFY2(restored, qPrintable(restored.error()));
        *kept = *restored;
    }
    STEP(startApp(&m_app, m_path));
}

void TestRestoreBackup::restoreShowsTheBackupsData()
{
    AreasData d;
    STEP(insertAreasData(m_path, &d));
    STEP(startApp(&m_app, m_path));
    // The daily backup, as Candor takes it when it starts.
    const Result<QString> daily = Backup::takeDaily(m_app->database);
    QVERIFY2(daily, qPrintable(daily.error()));
    QVERIFY(!daily->isEmpty());

    // Changes after the backup, made through the window; a console left open.
    STEP(renameTeamInDialog(*m_app, d.payments, QStringLiteral("Payments"), QStringLiteral("Payments and billing")));
    STEP(retitleIncidentInDialog(*m_app, d.checkoutIncident, QStringLiteral("Checkout errors after deploy"),
                                 QStringLiteral("Checkout outage")));
    QVERIFY(m_app->undoStack->canUndo());
    QPointer<SessionConsole> console;
    STEP(openConsoleFromSessions(*m_app, d.checkoutPostmortem, &console));
    STEP(activate(m_app->window.get()));

    QPointer<QDialog> dialog;
    STEP(openDialog(&dialog));
    auto *list = find<QTreeWidget>(dialog.data(), "backupList");
    QVERIFY(list);
    QVERIFY(list->isVisible());
    QVERIFY(!find<QLabel>(dialog.data(), "noBackupsLabel")->isVisible());
    QCOMPARE(list->topLevelItemCount(), 1);
    const QTreeWidgetItem *item = list->topLevelItem(0);
    const QLocale locale;
    const Backup::Entry entry = Backup::list(m_path).constFirst();
    QCOMPARE(item->text(0), QStringLiteral("Daily backup"));
    const QString takenText = item->text(1);
    QCOMPARE(takenText, locale.toString(entry.taken.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(item->text(2), locale.formattedDataSize(QFileInfo(*daily).size()));

    QSignalSpy requested(action(), &RestoreBackupAction::restoreRequested);
    const QRect rect = list->visualItemRect(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    auto *restoreButton = find<QPushButton>(dialog.data(), "restoreButton");
    QVERIFY(restoreButton && restoreButton->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(restoreButton, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    const QString confirmation = MessageBox::shown().constLast();
    QVERIFY2(confirmation.startsWith(
                 QStringLiteral("Restore “%1” (from %2)?").arg(QDir::toNativeSeparators(*daily), takenText)),
             qPrintable(confirmation));
    QVERIFY2(confirmation.contains(QStringLiteral("The current database is kept as a backup in “%1” first")
                                       .arg(QDir::toNativeSeparators(Backup::folder(m_path)))),
             qPrintable(confirmation));
    QTRY_COMPARE(requested.size(), 1);
    QCOMPARE(requested.constFirst().constFirst().toString(), *daily);
    // Asking changed nothing yet.
    QCOMPARE(m_app->teams->team(d.payments)->name, QStringLiteral("Payments and billing"));

    QString kept;
    STEP(rebuildAfterRestore(*daily, &kept));
    QVERIFY(!kept.isEmpty());

    // The window shows the backup's data: the old team name in the tree, the old title in the incident list.
    STEP(showAreaByShortcut(*m_app, MainWindow::TeamsPage));
    auto *tree = find<QTreeView>(m_app->window.get(), "teamTree");
    QVERIFY(tree);
    const QModelIndex team = indexOfId(tree->model(), d.payments, TeamTreeModel::IdRole);
    QVERIFY(team.isValid());
    QCOMPARE(team.data().toString(), QStringLiteral("Payments"));
    STEP(showAreaByShortcut(*m_app, MainWindow::IncidentsPage));
    auto *incidents = find<QTableView>(m_app->window.get(), "incidentTable");
    QVERIFY(incidents);
    QTRY_COMPARE(
        cellText(incidents->model(), d.checkoutIncident, IncidentTableModel::IdRole, IncidentTableModel::TitleColumn),
        QStringLiteral("Checkout errors after deploy"));
    // Nothing from before survives: no undo history, no console.
    QVERIFY(!m_app->undoStack->canUndo());
    QVERIFY(m_app->window->findChildren<SessionConsole *>().isEmpty());
    QVERIFY(console.isNull());

    // The replaced database is in the list, newest first, and holds the changes.
    STEP(activate(m_app->window.get()));
    STEP(openDialog(&dialog));
    list = find<QTreeWidget>(dialog.data(), "backupList");
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Replaced by a restore"));
    QCOMPARE(list->topLevelItem(0)->data(0, Qt::UserRole).toString(), kept);
    QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("Daily backup"));
    QVERIFY(Backup::verify(kept));
    {
        Database replaced;
        QVERIFY(replaced.open(kept));
        TeamRepository teams(replaced);
        QCOMPARE(teams.team(d.payments)->name, QStringLiteral("Payments and billing"));
    }
    QTest::mouseClick(find<QPushButton>(dialog.data(), "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
}

void TestRestoreBackup::otherFileRefusalsAndCancel()
{
    {
        testdata::Store store(m_path);
        QVERIFY(store.status);
        QVERIFY(store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Search"))));
    }
    STEP(startApp(&m_app, m_path));
    QSignalSpy requested(action(), &RestoreBackupAction::restoreRequested);

    // No backups yet: the dialog says so and only Other file… can restore.
    QPointer<QDialog> dialog;
    STEP(openDialog(&dialog));
    QVERIFY(!find<QTreeWidget>(dialog.data(), "backupList")->isVisible());
    auto *empty = find<QLabel>(dialog.data(), "noBackupsLabel");
    QVERIFY(empty && empty->isVisible());
    QVERIFY2(empty->text().contains(QDir::toNativeSeparators(Backup::folder(m_path))), qPrintable(empty->text()));
    QVERIFY(!find<QPushButton>(dialog.data(), "restoreButton")->isEnabled());
    auto *other = find<QPushButton>(dialog.data(), "otherFileButton");
    QVERIFY(other);

    // A file that is not a backup: refused with the reason, the dialog stays.
    const QString notes = m_dir->filePath(QStringLiteral("notes.sqlite"));
    {
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Meeting notes.\n");
    }
    FileChooser::setNextPath(notes);
    QTest::mouseClick(other, Qt::LeftButton);
    QCOMPARE(FileChooser::asked(), QStringList{QStringLiteral("Restore backup")});
    QVERIFY2(MessageBox::shown().constLast().contains(QStringLiteral("is not a Candor backup")),
             qPrintable(MessageBox::shown().join(QLatin1Char('\n'))));
    QVERIFY(dialog);

    // A good backup, but the person answers No: nothing happens.
    const QString outside = m_dir->filePath(QStringLiteral("kept elsewhere.sqlite"));
    QVERIFY(Backup::take(m_app->database, outside));
    const qsizetype shown = MessageBox::shown().size();
    FileChooser::setNextPath(outside);
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(other, Qt::LeftButton);
    QCOMPARE(MessageBox::shown().size(), shown + 1);
    QVERIFY(dialog);
    QCOMPARE(requested.size(), 0);

    // Choosing nothing in the file dialog does nothing either.
    QTest::mouseClick(other, Qt::LeftButton);
    QCOMPARE(MessageBox::shown().size(), shown + 1);
    QVERIFY(dialog);

    // Yes: the chosen file is asked for, and the dialog closes.
    FileChooser::setNextPath(outside);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(other, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QTRY_COMPARE(requested.size(), 1);
    QCOMPARE(requested.constFirst().constFirst().toString(), outside);

    // Cancel asks for nothing.
    STEP(activate(m_app->window.get()));
    STEP(openDialog(&dialog));
    QTest::mouseClick(find<QPushButton>(dialog.data(), "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(requested.size(), 1);
}

QTEST_MAIN(TestRestoreBackup)
#include "tst_restorebackup.moc"

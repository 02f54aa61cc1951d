// A database that cannot be opened at start, as app/main.cpp meets it: when the file is damaged and a good backup
// exists, the dialog says what is wrong and which backup (kind, date as QLocale shows it); Restore keeps the damaged
// file aside, byte for byte, and the window starts on the backup's data; Quit changes nothing. A damaged newest
// backup is passed over; without a good backup, or for a folder or a newer Candor, only the message is shown. A
// restore that fails puts the damaged file back.
#include "gui/AppFixture.h"

#include "common/OpenFailure.h"
#include "storage/Backup.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QLabel>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>

#include <functional>

using namespace candor;
using namespace candor::testgui;

namespace {

enum class Damage { ZeroedHeader, CutShort };
enum class NoOffer { NoBackup, OnlyDamagedBackups, NewerCandor, Folder };

} // namespace

Q_DECLARE_METATYPE(NoOffer)

namespace {

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

void damage(const QString &path, Damage how)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    if (how == Damage::ZeroedHeader)
        QCOMPARE(file.write(QByteArray(100, '\0')), qint64(100));
    else
        QVERIFY(file.resize(file.size() / 2 + 100));
}

// Every team name the tree shows, depth first.
QStringList shownNames(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList names;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        names.append(index.data().toString());
        names += shownNames(model, index);
    }
    return names;
}

QStringList storedNames(Database &database)
{
    QStringList names;
    for (const Team &team : TeamRepository(database).teams())
        names.append(team.name);
    names.sort();
    return names;
}

} // namespace

class TestOpenFailure : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { initGuiTestCase(); }
    void init() { newTestFolder(&m_dir, &m_path); }
    void cleanup();

    void restoreStartsOnTheBackup();
    void quitChangesNothing();
    void failedRestorePutsTheFileBack();
    void noOfferWithoutGoodBackupOrForOtherProblems_data();
    void noOfferWithoutGoodBackupOrForOtherProblems();

private:
    // A database with Payments, backed up three days ago; Search, backed up yesterday; then Late arrivals, in no
    // backup. *yesterday: the newest backup's path.
    void createBackedUpDatabase(QString *yesterday);
    // Does what the person does in the dialog app/main.cpp shows (modal), once it is up: `steps` gets the dialog and
    // clicks. Should the dialog not appear or stay open after the steps, it is closed (Quit), so nothing hangs.
    void whenDialogShows(const std::function<void(QDialog *)> &steps);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<App> m_app;
    bool m_dialogSeen = false;
};

void TestOpenFailure::cleanup()
{
    reportMessageBoxes();
    m_app.reset();
    m_dir.reset();
}

void TestOpenFailure::createBackedUpDatabase(QString *yesterday)
{
    testdata::Store store(m_path);
    QVERIFY2(store.status, qPrintable(store.status.error()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Payments"))));
    QVERIFY(Backup::takeDaily(store.database, now.addDays(-3)));
    QVERIFY(store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Search"))));
    const Result<QString> taken = Backup::takeDaily(store.database, now.addDays(-1));
    QVERIFY2(taken, qPrintable(taken.error()));
    *yesterday = *taken;
    QVERIFY(store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Late arrivals"))));
}

void TestOpenFailure::whenDialogShows(const std::function<void(QDialog *)> &steps)
{
    m_dialogSeen = false;
    QTimer::singleShot(0, this, [this, steps]() {
        QPointer<QDialog> dialog;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget->objectName() == QLatin1String("openFailureDialog") && widget->isVisible())
                dialog = qobject_cast<QDialog *>(widget);
        }
        if (!dialog)
            return; // no dialog: the test checks m_dialogSeen
        m_dialogSeen = true;
        if (QTest::qWaitForWindowExposed(dialog.data()))
            steps(dialog.data());
        if (dialog && dialog->isVisible())
            dialog->reject();
    });
}

void TestOpenFailure::restoreStartsOnTheBackup()
{
    QString yesterday;
    STEP(createBackedUpDatabase(&yesterday));
    // The newest backup is damaged itself (cut short): it is passed over.
    const QString backups = Backup::folder(m_path);
    const QString broken = QDir(backups).filePath(
        QStringLiteral("candor-daily-%1.sqlite")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))));
    QVERIFY(QFile::copy(yesterday, broken));
    STEP(damage(broken, Damage::CutShort));
    QCOMPARE(Backup::list(m_path).constFirst().path, broken);

    STEP(damage(m_path, Damage::ZeroedHeader));
    const QByteArray damagedBytes = sha256(m_path);

    // As app/main.cpp opens it.
    Database database;
    Database::Options options;
    options.quickCheck = false;
    const Status failed = database.open(m_path, options);
    QVERIFY(!failed);
    QCOMPARE(database.problem(), Database::Problem::NotCandor);
    const std::optional<Backup::Entry> offered = OpenFailureDialog::backupToOffer(m_path, database.problem());
    QVERIFY(offered);
    QCOMPARE(offered->path, yesterday);

    // The person reads what is wrong and which backup, and chooses Restore.
    QString problemText;
    QString backupText;
    whenDialogShows([&](QDialog *dialog) {
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Candor cannot open its database"));
        problemText = find<QLabel>(dialog, "problemLabel")->text();
        backupText = find<QLabel>(dialog, "backupLabel")->text();
        auto *restore = find<QPushButton>(dialog, "restoreButton");
        QVERIFY(restore);
        QCOMPARE(restore->text(), QStringLiteral("&Restore this backup"));
        QVERIFY(find<QPushButton>(dialog, "quitButton"));
        QTest::mouseClick(restore, Qt::LeftButton);
    });
    QString kept;
    const bool restored = OpenFailureDialog::offerRestore(database, m_path, failed.error(), options, &kept);
    QVERIFY2(m_dialogSeen, "the dialog was not shown");
    if (QTest::currentTestFailed())
        return;
    QVERIFY(restored);
    QVERIFY(database.isOpen());

    QCOMPARE(problemText, failed.error());
    QVERIFY2(problemText.contains(QStringLiteral("is not a Candor database")), qPrintable(problemText));
    const QString taken = QLocale().toString(offered->taken.toLocalTime(), QLocale::ShortFormat);
    QVERIFY2(backupText.startsWith(
                 QStringLiteral("Candor can go back to the daily backup of this database, taken %1 (").arg(taken)),
             qPrintable(backupText));
    QVERIFY2(backupText.contains(QFileInfo(kept).fileName()), qPrintable(backupText));

    // The damaged file is kept beside the database, byte for byte, and is not taken for a backup.
    QCOMPARE(QFileInfo(kept).absolutePath(), QFileInfo(m_path).absolutePath());
    QVERIFY2(QFileInfo(kept).fileName().startsWith(QLatin1String("candor-damaged-")), qPrintable(kept));
    QCOMPARE(sha256(kept), damagedBytes);
    for (const Backup::Entry &entry : Backup::list(m_path))
        QVERIFY(entry.path != kept);
    // The backups are as they were.
    QCOMPARE(Backup::list(m_path).size(), 3);

    // The database holds the backup's data.
    QCOMPARE(storedNames(database), (QStringList{QStringLiteral("Payments"), QStringLiteral("Search")}));
    QCOMPARE(database.integrityProblems(), QStringList());
    database.close();

    // And the window shows it.
    STEP(startApp(&m_app, m_path));
    STEP(showAreaByShortcut(*m_app, MainWindow::TeamsPage));
    auto *tree = find<QTreeView>(m_app->window.get(), "teamTree");
    QVERIFY(tree);
    QTRY_VERIFY(shownNames(tree->model()).contains(QStringLiteral("Search")));
    QVERIFY(shownNames(tree->model()).contains(QStringLiteral("Payments")));
    QVERIFY(!shownNames(tree->model()).contains(QStringLiteral("Late arrivals")));
}

void TestOpenFailure::quitChangesNothing()
{
    QString yesterday;
    STEP(createBackedUpDatabase(&yesterday));
    STEP(damage(m_path, Damage::CutShort));
    const QString folder = QFileInfo(m_path).absolutePath();
    const QByteArray bytes = sha256(m_path);
    const QDateTime modified = QFileInfo(m_path).lastModified();
    const QStringList before = entries(folder);
    const QStringList backupsBefore = entries(Backup::folder(m_path));

    Database database;
    Database::Options options;
    options.quickCheck = false;
    const Status failed = database.open(m_path, options);
    QVERIFY(!failed);
    QCOMPARE(database.problem(), Database::Problem::Damaged);
    QVERIFY2(failed.error().contains(QStringLiteral("is cut short")), qPrintable(failed.error()));

    whenDialogShows([](QDialog *dialog) {
        auto *quit = find<QPushButton>(dialog, "quitButton");
        QVERIFY(quit);
        QCOMPARE(quit->text(), QStringLiteral("&Quit"));
        QTest::mouseClick(quit, Qt::LeftButton);
    });
    QString kept;
    QVERIFY(!OpenFailureDialog::offerRestore(database, m_path, failed.error(), options, &kept));
    QVERIFY(m_dialogSeen);
    QVERIFY(kept.isEmpty());
    QVERIFY(!database.isOpen());
    QCOMPARE(sha256(m_path), bytes);
    QCOMPARE(QFileInfo(m_path).lastModified(), modified);
    QCOMPARE(entries(folder), before);
    QCOMPARE(entries(Backup::folder(m_path)), backupsBefore);
}

void TestOpenFailure::failedRestorePutsTheFileBack()
{
    QString yesterday;
    STEP(createBackedUpDatabase(&yesterday));
    STEP(damage(m_path, Damage::ZeroedHeader));
    const QString folder = QFileInfo(m_path).absolutePath();
    const QByteArray bytes = sha256(m_path);
    const QStringList before = entries(folder);

    Database database;
    Database::Options options;
    options.quickCheck = false;
    const Status failed = database.open(m_path, options);
    QVERIFY(!failed);

    // The backup offered goes (someone moves it) before the person clicks Restore; then they quit.
    QTemporaryDir elsewhere;
    QVERIFY(elsewhere.isValid());
    const QString moved = elsewhere.filePath(QStringLiteral("moved.sqlite"));
    whenDialogShows([&](QDialog *dialog) {
        QVERIFY(QFile::rename(yesterday, moved));
        const qsizetype shown = MessageBox::shown().size();
        QTest::mouseClick(find<QPushButton>(dialog, "restoreButton"), Qt::LeftButton);
        QCOMPARE(MessageBox::shown().size(), shown + 1);
        QVERIFY(dialog->isVisible());
        QTest::mouseClick(find<QPushButton>(dialog, "quitButton"), Qt::LeftButton);
    });
    QString kept;
    QVERIFY(!OpenFailureDialog::offerRestore(database, m_path, failed.error(), options, &kept));
    QVERIFY(m_dialogSeen);
    const QString warning = MessageBox::shown().constLast();
    QVERIFY2(warning.contains(QStringLiteral("There is no file")), qPrintable(warning));
    QVERIFY2(warning.endsWith(QStringLiteral("The damaged file is back in its place.")), qPrintable(warning));
    QVERIFY(!database.isOpen());
    QCOMPARE(sha256(m_path), bytes);
    QCOMPARE(entries(folder), before);
}

void TestOpenFailure::noOfferWithoutGoodBackupOrForOtherProblems_data()
{
    QTest::addColumn<NoOffer>("kind");
    QTest::addColumn<QString>("says");
    QTest::newRow("damaged, no backup") << NoOffer::NoBackup << QStringLiteral("is not a Candor database");
    QTest::newRow("damaged, only damaged backups")
        << NoOffer::OnlyDamagedBackups << QStringLiteral("is not a Candor database");
    QTest::newRow("newer Candor, with a backup") << NoOffer::NewerCandor << QStringLiteral("newer Candor");
    QTest::newRow("a folder, with backups beside") << NoOffer::Folder << QStringLiteral("is a folder");
}

void TestOpenFailure::noOfferWithoutGoodBackupOrForOtherProblems()
{
    QFETCH(NoOffer, kind);
    QFETCH(QString, says);

    QString yesterday;
    switch (kind) {
    case NoOffer::NoBackup: {
        testdata::Store store(m_path);
        QVERIFY(store.status);
        QVERIFY(store.teams.insertTeam(testdata::makeTeam(QStringLiteral("Payments"))));
        break;
    }
    case NoOffer::OnlyDamagedBackups:
        STEP(createBackedUpDatabase(&yesterday));
        for (const Backup::Entry &entry : Backup::list(m_path))
            STEP(damage(entry.path, Damage::ZeroedHeader));
        break;
    case NoOffer::NewerCandor: {
        STEP(createBackedUpDatabase(&yesterday));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        break;
    }
    case NoOffer::Folder:
        STEP(createBackedUpDatabase(&yesterday));
        QVERIFY(QFile::remove(m_path));
        QVERIFY(QDir().mkdir(m_path));
        break;
    }
    if (kind == NoOffer::NoBackup || kind == NoOffer::OnlyDamagedBackups)
        STEP(damage(m_path, Damage::ZeroedHeader));
    const QStringList before = entries(QFileInfo(m_path).absolutePath());

    Database database;
    Database::Options options;
    options.quickCheck = false;
    const Status failed = database.open(m_path, options);
    QVERIFY(!failed);
    QVERIFY2(failed.error().contains(says), qPrintable(failed.error()));
    QVERIFY(!OpenFailureDialog::backupToOffer(m_path, database.problem()));

    // Only the message, as before there was an offer.
    whenDialogShows([](QDialog *) { QFAIL("no dialog should be offered"); });
    MessageBox::clearShown();
    QString kept;
    QVERIFY(!OpenFailureDialog::offerRestore(database, m_path, failed.error(), options, &kept));
    QCOMPARE(MessageBox::shown(), QStringList{failed.error()});
    QCoreApplication::processEvents();
    QVERIFY(!m_dialogSeen);
    QCOMPARE(entries(QFileInfo(m_path).absolutePath()), before);
}

QTEST_MAIN(TestOpenFailure)
#include "tst_openfailure.moc"

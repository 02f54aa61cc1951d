// File > Connect to a shared database…: the dialog builds the postgresql:// URL from its fields (TLS mode and
// certificates included) and shows it redacted; it refuses what cannot work inline, naming the field, without trying
// to connect; a connection that fails is said in the dialog and nothing is accepted; it has no password field and the
// settings never hold a password; the remembered server round-trips through Settings and fills the dialog in again.
// The File menu offers it, and "Use the local database" only while on a server. In the _pg variant the dialog tries
// real connections: a wrong database name is said in words, a right one is accepted.
#include "gui/AppFixture.h"
#include "gui/GuiHelpers.h"

#include "common/ConnectDialog.h"
#include "common/FileChooser.h"
#include "common/Settings.h"
#include "common/TestDatabase.h"
#include "storage/ConnectionSpec.h"

#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>

using namespace candor;
using namespace candor::testgui;

namespace {

QLineEdit *edit(QWidget *dialog, const char *name)
{
    auto *line = dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
    if (!line)
        qWarning("no line edit %s", name);
    return line;
}

// Sets a line edit as a person would: select all, type.
void setField(QWidget *dialog, const char *name, const QString &text)
{
    QLineEdit *line = edit(dialog, name);
    QVERIFY(line);
    line->setFocus();
    line->selectAll();
    if (text.isEmpty())
        QTest::keyClick(line, Qt::Key_Delete);
    else
        QTest::keyClicks(line, text);
    QCOMPARE(line->text(), text);
}

void chooseTlsMode(QWidget *dialog, const QString &mode)
{
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("tlsModeCombo"));
    QVERIFY(combo);
    const int index = combo->findData(mode);
    QVERIFY2(index >= 0, qPrintable(mode));
    combo->setCurrentIndex(index);
}

QAction *fileAction(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

} // namespace

class TestConnectDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { initGuiTestCase(); }
    void init() { newTestFolder(&m_dir, &m_path); }
    void cleanup()
    {
        reportMessageBoxes();
        m_app.reset();
    }
    void cleanupTestCase() { testdb::dropAll(); }

    void buildsTheUrlFromTheFields_data();
    void buildsTheUrlFromTheFields();
    void certificatesAreLeftOutWithoutTls();
    void fillsInFromTheLastServer();
    void choosesCertificateFiles();
    void refusesBadInputInline_data();
    void refusesBadInputInline();
    void failedConnectionIsSaidInTheDialog();
    void acceptedConnectionGivesTheRedactedUrl();
    void hasNoPasswordField();
    void settingsRememberTheServerWithoutPassword();
    void fileMenuOffersTheDialog();
    void serverConnectionIsTriedForReal();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<App> m_app;
};

void TestConnectDialog::buildsTheUrlFromTheFields_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("withCa");
    QTest::addColumn<QString>("expected"); // %CA% stands for the CA file's path

    QTest::newRow("plain") << "db.example.org"
                           << "5432"
                           << "candor"
                           << "alice"
                           << "prefer" << false << "postgresql://alice@db.example.org:5432/candor";
    QTest::newRow("other port") << "db.example.org"
                                << "6543"
                                << "candor"
                                << "alice"
                                << "prefer" << false << "postgresql://alice@db.example.org:6543/candor";
    QTest::newRow("require") << "10.0.0.7"
                             << "5432"
                             << "team db"
                             << "bob"
                             << "require" << false << "postgresql://bob@10.0.0.7:5432/team%20db?sslmode=require";
    QTest::newRow("verify-full with CA") << "db.example.org"
                                         << "5432"
                                         << "candor"
                                         << "alice"
                                         << "verify-full" << true
                                         << "postgresql://alice@db.example.org:5432/candor?sslmode=verify-full&"
                                            "sslrootcert=%CA%";
    QTest::newRow("IPv6") << "::1"
                          << "5432"
                          << "candor"
                          << "alice"
                          << "disable" << false << "postgresql://alice@[::1]:5432/candor?sslmode=disable";
}

void TestConnectDialog::buildsTheUrlFromTheFields()
{
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, mode);
    QFETCH(bool, withCa);
    QFETCH(QString, expected);

    const QString ca = m_dir->filePath(QStringLiteral("root ca.pem"));
    {
        QFile file(ca);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN CERTIFICATE-----\n");
    }
    ConnectDialog dialog(QString(), nullptr, [](const QString &) { return Status(); });
    dialog.show();
    setField(&dialog, "hostEdit", host);
    setField(&dialog, "portEdit", port);
    setField(&dialog, "databaseEdit", database);
    setField(&dialog, "userEdit", user);
    chooseTlsMode(&dialog, mode);
    if (withCa)
        setField(&dialog, "caFileEdit", ca);

    expected.replace(QLatin1String("%CA%"), QString::fromLatin1(QUrl::toPercentEncoding(ca, "/:")));
    QCOMPARE(dialog.url(), expected);
    // What Candor will connect to, as ConnectionSpec reads it back, is what the fields say.
    const Result<ConnectionSpec> spec = ConnectionSpec::parse(dialog.url());
    QVERIFY2(spec, qPrintable(spec.error()));
    QCOMPARE(spec->host(), host);
    QCOMPARE(spec->port(), port.toInt());
    QCOMPARE(spec->databaseName(), database);
    QCOMPARE(spec->user(), user);
    QCOMPARE(spec->option(QStringLiteral("sslmode")),
             mode == QLatin1String("prefer") ? QString() : mode); // libpq's default is left out
    QCOMPARE(spec->option(QStringLiteral("sslrootcert")), withCa ? ca : QString());
    // The dialog shows it with every part filled in and no password.
    auto *preview = dialog.findChild<QLabel *>(QStringLiteral("urlPreview"));
    QVERIFY(preview);
    QCOMPARE(preview->text(), spec->redacted());
}

void TestConnectDialog::certificatesAreLeftOutWithoutTls()
{
    const QString cert = m_dir->filePath(QStringLiteral("client.crt"));
    const QString key = m_dir->filePath(QStringLiteral("client.key"));
    for (const QString &path : {cert, key}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
    }
    ConnectDialog dialog(QString(), nullptr, [](const QString &) { return Status(); });
    dialog.show();
    setField(&dialog, "hostEdit", QStringLiteral("db.example.org"));
    setField(&dialog, "databaseEdit", QStringLiteral("candor"));
    setField(&dialog, "userEdit", QStringLiteral("carol"));
    chooseTlsMode(&dialog, QStringLiteral("verify-ca"));
    setField(&dialog, "certFileEdit", cert);
    setField(&dialog, "keyFileEdit", key);
    QCOMPARE(dialog.url(), QStringLiteral("postgresql://carol@db.example.org:5432/candor?sslmode=verify-ca&sslcert=") +
                               QString::fromLatin1(QUrl::toPercentEncoding(cert, "/:")) + QStringLiteral("&sslkey=") +
                               QString::fromLatin1(QUrl::toPercentEncoding(key, "/:")));
    // Without encryption there is no certificate to use: the fields are off and the URL leaves them out.
    chooseTlsMode(&dialog, QStringLiteral("disable"));
    QVERIFY(!edit(&dialog, "certFileEdit")->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("chooseKeyButton"))->isEnabled());
    QCOMPARE(dialog.url(), QStringLiteral("postgresql://carol@db.example.org:5432/candor?sslmode=disable"));
}

void TestConnectDialog::fillsInFromTheLastServer()
{
    const QString location = QStringLiteral("postgresql://dana@db.example.org:6000/incidents?sslmode=verify-full&"
                                            "sslrootcert=/etc/ssl/team-ca.pem&sslkey=/home/dana/.postgresql/k.key");
    ConnectDialog dialog(location, nullptr, [](const QString &) { return Status(); });
    QCOMPARE(edit(&dialog, "hostEdit")->text(), QStringLiteral("db.example.org"));
    QCOMPARE(edit(&dialog, "portEdit")->text(), QStringLiteral("6000"));
    QCOMPARE(edit(&dialog, "databaseEdit")->text(), QStringLiteral("incidents"));
    QCOMPARE(edit(&dialog, "userEdit")->text(), QStringLiteral("dana"));
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("tlsModeCombo"))->currentData().toString(),
             QStringLiteral("verify-full"));
    QCOMPARE(edit(&dialog, "caFileEdit")->text(), QStringLiteral("/etc/ssl/team-ca.pem"));
    QCOMPARE(edit(&dialog, "certFileEdit")->text(), QString());
    QCOMPARE(edit(&dialog, "keyFileEdit")->text(), QStringLiteral("/home/dana/.postgresql/k.key"));
    // The same server again, option for option.
    QCOMPARE(ConnectionSpec::parse(dialog.url())->redacted(), ConnectionSpec::parse(location)->redacted());

    // Nothing remembered: the usual port and libpq's default TLS mode, the rest empty.
    ConnectDialog empty(QString(), nullptr, [](const QString &) { return Status(); });
    QCOMPARE(edit(&empty, "portEdit")->text(), QStringLiteral("5432"));
    QCOMPARE(edit(&empty, "hostEdit")->text(), QString());
    QCOMPARE(empty.findChild<QComboBox *>(QStringLiteral("tlsModeCombo"))->currentData().toString(),
             QStringLiteral("prefer"));
}

void TestConnectDialog::choosesCertificateFiles()
{
    const QString ca = m_dir->filePath(QStringLiteral("ca.pem"));
    ConnectDialog dialog(QString(), nullptr, [](const QString &) { return Status(); });
    dialog.show();
    FileChooser::setNextPath(ca);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("chooseCaButton")), Qt::LeftButton);
    QCOMPARE(FileChooser::asked().size(), 1);
    QCOMPARE(edit(&dialog, "caFileEdit")->text(), QDir::toNativeSeparators(ca));
    // Cancelling the chooser keeps what was there.
    FileChooser::setNextPath(QString());
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("chooseCaButton")), Qt::LeftButton);
    QCOMPARE(edit(&dialog, "caFileEdit")->text(), QDir::toNativeSeparators(ca));
    // The label leads to the file's field, not to the row around it.
    auto *form = dialog.findChild<QFormLayout *>();
    QVERIFY(form);
    auto *label = qobject_cast<QLabel *>(form->labelForField(edit(&dialog, "caFileEdit")->parentWidget()));
    QVERIFY(label);
    QCOMPARE(label->buddy(), edit(&dialog, "caFileEdit"));
}

void TestConnectDialog::refusesBadInputInline_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");

    QTest::newRow("no database") << "databaseEdit"
                                 << ""
                                 << "Enter the name of the database";
    QTest::newRow("no server") << "hostEdit"
                               << ""
                               << "Enter the server's name or address";
    QTest::newRow("port not a number") << "portEdit"
                                       << "54x2"
                                       << "The port “54x2” is not a number from 1 to 65535";
    QTest::newRow("port too large") << "portEdit"
                                    << "70000"
                                    << "The port “70000” is not a number from 1 to 65535";
    QTest::newRow("port zero") << "portEdit"
                               << "0"
                               << "The port “0” is not a number from 1 to 65535";
    QTest::newRow("missing CA file") << "caFileEdit"
                                     << "/nonexistent/ca.pem"
                                     << "There is no file “/nonexistent/ca.pem”. Choose the CA certificate again";
}

void TestConnectDialog::refusesBadInputInline()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);

    int tries = 0;
    auto *dialog = new ConnectDialog(QStringLiteral("postgresql://erin@db.example.org:5432/candor"), nullptr,
                                     [&tries](const QString &) {
                                         ++tries;
                                         return Status();
                                     });
    QPointer<ConnectDialog> guard(dialog);
    dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    setField(dialog, field.toLatin1().constData(), value);
    QSignalSpy accepted(dialog, &QDialog::accepted);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);

    QVERIFY2(dialog->errorText().contains(message), qPrintable(dialog->errorText()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(tries, 0); // nothing is tried before the fields make sense
    QCOMPARE(dialog->location(), QString());
    // The field at fault has the focus, so the person can put it right at once.
    QCOMPARE(QApplication::focusWidget(), edit(dialog, field.toLatin1().constData()));
    delete guard.data();
}

void TestConnectDialog::failedConnectionIsSaidInTheDialog()
{
    auto *dialog =
        new ConnectDialog(QStringLiteral("postgresql://erin@db.example.org:5432/candor"), nullptr, [](const QString &) {
            return Status::failure(QStringLiteral("The server has no database “x”."));
        });
    QPointer<ConnectDialog> guard(dialog);
    dialog->open();
    QSignalSpy accepted(dialog, &QDialog::accepted);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QVERIFY2(dialog->errorText().contains(QStringLiteral("The server has no database “x”.")),
             qPrintable(dialog->errorText()));
    QVERIFY(dialog->errorText().contains(QStringLiteral("Candor stays on the database it has open")));
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->location(), QString());
    delete guard.data();
}

void TestConnectDialog::acceptedConnectionGivesTheRedactedUrl()
{
    QStringList tried;
    auto *dialog = new ConnectDialog(QString(), nullptr, [&tried](const QString &url) {
        tried.append(url);
        return Status();
    });
    QPointer<ConnectDialog> guard(dialog);
    dialog->open();
    setField(dialog, "hostEdit", QStringLiteral("db.example.org"));
    setField(dialog, "databaseEdit", QStringLiteral("candor"));
    setField(dialog, "userEdit", QStringLiteral("frank"));
    chooseTlsMode(dialog, QStringLiteral("require"));
    QSignalSpy accepted(dialog, &QDialog::accepted);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    const QString expected = QStringLiteral("postgresql://frank@db.example.org:5432/candor?sslmode=require");
    QCOMPARE(tried, QStringList{expected});
    QCOMPARE(dialog->location(), expected);
    QTRY_VERIFY(guard.isNull()); // closed and deleted, as every EditDialog
}

void TestConnectDialog::hasNoPasswordField()
{
    ConnectDialog dialog(QString(), nullptr, [](const QString &) { return Status(); });
    const QList<QLineEdit *> lines = dialog.findChildren<QLineEdit *>();
    QCOMPARE(lines.size(), 7); // server, port, database, user, three certificate files
    for (const QLineEdit *line : lines)
        QVERIFY2(line->echoMode() == QLineEdit::Normal, qPrintable(line->objectName()));
    // A password typed into the user field does not become one: it is part of the user's name in the URL.
    setField(&dialog, "hostEdit", QStringLiteral("db.example.org"));
    setField(&dialog, "databaseEdit", QStringLiteral("candor"));
    setField(&dialog, "userEdit", QStringLiteral("gina:secret"));
    const Result<ConnectionSpec> spec = ConnectionSpec::parse(dialog.url());
    QVERIFY2(spec, qPrintable(spec.error()));
    QCOMPARE(spec->user(), QStringLiteral("gina:secret"));
    QVERIFY(!dialog.url().contains(QStringLiteral("gina:")));
}

void TestConnectDialog::settingsRememberTheServerWithoutPassword()
{
    QCOMPARE(Settings().sharedDatabase(), QString());
    QCOMPARE(Settings().lastSharedDatabase(), QString());

    const QString url = QStringLiteral("postgresql://hana@db.example.org:5432/candor?sslmode=verify-full&"
                                       "sslrootcert=/etc/ssl/ca.pem");
    QVERIFY(Settings().setSharedDatabase(url));
    QCOMPARE(Settings().sharedDatabase(), ConnectionSpec::parse(url)->redacted());
    QCOMPARE(Settings().lastSharedDatabase(), ConnectionSpec::parse(url)->redacted());
    // A URL with a password, in the user part or as an option, is not stored at all.
    QVERIFY(!Settings().setSharedDatabase(QStringLiteral("postgresql://hana:hunter2@db.example.org/other")));
    QVERIFY(!Settings().setSharedDatabase(QStringLiteral("postgresql://hana@db.example.org/other?password=hunter2")));
    QCOMPARE(Settings().sharedDatabase(), ConnectionSpec::parse(url)->redacted());

    // Going back to the local file: nothing opens at start, the server still fills in the dialog.
    Settings().forgetSharedDatabase();
    QCOMPARE(Settings().sharedDatabase(), QString());
    QCOMPARE(Settings().lastSharedDatabase(), ConnectionSpec::parse(url)->redacted());

    // The file on disk has the server and no password.
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray stored = file.readAll();
    QVERIFY2(stored.contains("db.example.org"), stored.constData());
    QVERIFY(!stored.contains("hunter2"));
    QVERIFY(!stored.contains("password"));
}

void TestConnectDialog::fileMenuOffersTheDialog()
{
    CANDOR_TEST_LOCATION(location, *m_dir, QStringLiteral("menu"));
    Settings().setSharedDatabase(QStringLiteral("postgresql://ivan@db.example.org:5432/candor"));
    startApp(&m_app, location);
    MainWindow &window = *m_app->window;
    QAction *connectShared = fileAction(window, "connectSharedAction");
    QVERIFY(connectShared);
    // Going back to the local file is offered only while on a server.
    QCOMPARE(fileAction(window, "useLocalAction") != nullptr, m_app->database.isServer());

    connectShared->trigger();
    ConnectDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ConnectDialog *>()) != nullptr);
    QVERIFY(dialog->isVisible());
    // Filled in from the server in use, else the last one used.
    const Result<ConnectionSpec> shown = ConnectionSpec::parse(dialog->url());
    QVERIFY2(shown, qPrintable(shown.error()));
    if (m_app->database.isServer())
        QCOMPARE(shown->redacted(), m_app->database.path());
    else
        QCOMPARE(shown->redacted(), QStringLiteral("postgresql://ivan@db.example.org:5432/candor"));
    QPointer<ConnectDialog> guard(dialog);
    dialog->reject();
    QTRY_VERIFY(guard.isNull());

    if (QAction *useLocal = fileAction(window, "useLocalAction")) {
        QSignalSpy requested(&window, &MainWindow::databaseChangeRequested);
        useLocal->trigger();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QString()); // the local file
    }
}

void TestConnectDialog::serverConnectionIsTriedForReal()
{
    if (!testdb::onPostgreSql())
        QSKIP("Needs the PostgreSQL test cluster: run tst_connectdialog_pg");
    CANDOR_TEST_LOCATION(location, *m_dir, QStringLiteral("server"));
    const Result<ConnectionSpec> spec = ConnectionSpec::parse(location);
    QVERIFY2(spec, qPrintable(spec.error()));

    // The default probe: a connection of its own (the password from PGPASSWORD, as the test cluster gives it).
    auto *dialog = new ConnectDialog(spec->redacted());
    QPointer<ConnectDialog> guard(dialog);
    dialog->open();
    QSignalSpy accepted(dialog, &QDialog::accepted);
    setField(dialog, "databaseEdit", QStringLiteral("no_such_candor_db"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QVERIFY2(dialog->errorText().contains(QStringLiteral("The server has no database “no_such_candor_db”")),
             qPrintable(dialog->errorText()));
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(dialog->location(), QString());

    // The right name: accepted, and the database is ready for Candor (its schema written by the trial open).
    setField(dialog, "databaseEdit", spec->databaseName());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(dialog->location(), spec->redacted());
    Database check;
    Database::Options readOnly;
    readOnly.migrate = false;
    readOnly.readOnly = true;
    const Status opened = check.open(spec->redacted(), readOnly);
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(check.schemaVersion(), Database::latestSchemaVersion());
    QTRY_VERIFY(guard.isNull());
}

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"

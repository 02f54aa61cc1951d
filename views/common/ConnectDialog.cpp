#include "ConnectDialog.h"

#include "common/FileChooser.h"
#include "storage/ConnectionSpec.h"
#include "storage/ServerRoles.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>

#include <tuple>

namespace candor {

namespace {

const QLatin1String sslMode("sslmode");
const QLatin1String sslRootCert("sslrootcert");
const QLatin1String sslCert("sslcert");
const QLatin1String sslKey("sslkey");
// libpq's default, left out of the URL.
const QLatin1String defaultTlsMode("prefer");

QString encoded(const QString &text, const QByteArray &keep = QByteArray())
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, keep));
}

// The user libpq connects as when the URL names none ($PGUSER, else the login name).
QString defaultUser()
{
    const Result<ConnectionSpec> spec = ConnectionSpec::parse(QStringLiteral("postgresql://localhost/candor"));
    return spec ? spec->user() : QString();
}

Status openOnce(Database &database, const QString &location, Database::Options options)
{
    // A server that does not answer takes up to its connect timeout (3 s unless the URL says otherwise).
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status opened = database.open(location, options);
    QGuiApplication::restoreOverrideCursor();
    return opened;
}

} // namespace

Status openAskingPassword(Database &database, const QString &location, Database::Options options, QWidget *parent)
{
    Status opened = openOnce(database, location, options);
    bool asked = false;
    while (!opened && database.problem() == Database::Problem::NeedsPassword) {
        const QString prompt = asked ? ConnectDialog::tr("The server refused that password. Password for %1:")
                                     : ConnectDialog::tr("Password for %1:");
        bool accepted = false;
        const QString password =
            QInputDialog::getText(parent, ConnectDialog::tr("Connect to the shared database"),
                                  prompt.arg(database.path()), QLineEdit::Password, QString(), &accepted);
        if (!accepted || password.isEmpty()) {
            // A refused password is not kept for the next attempt.
            if (asked)
                Database::setServerPassword(database.path(), QString());
            break;
        }
        asked = true;
        Database::setServerPassword(database.path(), password);
        opened = openOnce(database, location, options);
    }
    // A login that may read nothing of Candor's is told whom to ask, rather than shown empty lists. One that may
    // read only the HR views gets the survey insights window (app/main.cpp).
    if (opened && database.isServer()) {
        if (const Status allowed = ServerRoles::allows(database.connection(), ServerRoles::Need::Insights); !allowed) {
            database.close();
            return allowed;
        }
    }
    return opened;
}

QStringList ConnectDialog::tlsModes()
{
    return {QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-ca"),
            QStringLiteral("verify-full")};
}

ConnectDialog::ConnectDialog(const QString &location, QWidget *parent, Probe probe)
    : EditDialog(parent)
    , m_probe(std::move(probe))
    , m_host(new QLineEdit(this))
    , m_port(new QLineEdit(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_tlsMode(new QComboBox(this))
    , m_caFile(new QLineEdit(this))
    , m_certFile(new QLineEdit(this))
    , m_keyFile(new QLineEdit(this))
    , m_chooseCa(new QPushButton(tr("Choose…"), this))
    , m_chooseCert(new QPushButton(tr("Choose…"), this))
    , m_chooseKey(new QPushButton(tr("Choose…"), this))
    , m_preview(new QLabel(this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to a shared database"));

    auto *intro = new QLabel(tr("Candor can keep its data in a PostgreSQL database that your team shares. The "
                                "server's administrator gives you these details."),
                             this);
    intro->setObjectName(QStringLiteral("connectIntro"));
    intro->setWordWrap(true);
    form()->addRow(intro);

    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("For example: db.example.org"));
    m_port->setObjectName(QStringLiteral("portEdit"));
    m_port->setMaxLength(10);
    m_port->setPlaceholderText(QString::number(ConnectionSpec::defaultPort));
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_database->setPlaceholderText(tr("For example: candor"));
    m_user->setObjectName(QStringLiteral("userEdit"));
    const QString loginName = defaultUser();
    if (!loginName.isEmpty())
        m_user->setPlaceholderText(tr("Your login name, %1").arg(loginName));
    m_tlsMode->setObjectName(QStringLiteral("tlsModeCombo"));
    m_tlsMode->addItem(tr("disable: no encryption"), QStringLiteral("disable"));
    m_tlsMode->addItem(tr("prefer: encrypt when the server offers it"), QStringLiteral("prefer"));
    m_tlsMode->addItem(tr("require: always encrypt, trust any certificate"), QStringLiteral("require"));
    m_tlsMode->addItem(tr("verify-ca: encrypt, check the certificate's authority"), QStringLiteral("verify-ca"));
    m_tlsMode->addItem(tr("verify-full: encrypt, check the authority and the server's name"),
                       QStringLiteral("verify-full"));
    m_tlsMode->setAccessibleDescription(tr("How the connection to the server is encrypted (libpq's sslmode)."));
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caFile->setPlaceholderText(tr("Optional: ~/.postgresql/root.crt when empty"));
    m_certFile->setObjectName(QStringLiteral("certFileEdit"));
    m_certFile->setPlaceholderText(tr("Optional: only when the server asks for one"));
    m_keyFile->setObjectName(QStringLiteral("keyFileEdit"));
    m_keyFile->setPlaceholderText(tr("Optional: the client certificate's key"));
    m_chooseCa->setObjectName(QStringLiteral("chooseCaButton"));
    m_chooseCa->setAccessibleName(tr("Choose the CA certificate file"));
    m_chooseCert->setObjectName(QStringLiteral("chooseCertButton"));
    m_chooseCert->setAccessibleName(tr("Choose the client certificate file"));
    m_chooseKey->setObjectName(QStringLiteral("chooseKeyButton"));
    m_chooseKey->setAccessibleName(tr("Choose the client key file"));
    m_preview->setObjectName(QStringLiteral("urlPreview"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);

    addField(QStringLiteral("host"), tr("&Server:"), m_host);
    addField(QStringLiteral("port"), tr("&Port:"), m_port);
    addField(QStringLiteral("database"), tr("&Database:"), m_database);
    addField(QStringLiteral("user"), tr("&User:"), m_user);
    addField(QStringLiteral("tlsMode"), tr("&Encryption (TLS):"), m_tlsMode);
    addField(QStringLiteral("caFile"), tr("&CA certificate:"),
             fileRow(m_caFile, m_chooseCa, tr("Choose the certificate authority's certificate")));
    addField(QStringLiteral("certFile"), tr("Client cer&tificate:"),
             fileRow(m_certFile, m_chooseCert, tr("Choose your client certificate")));
    addField(QStringLiteral("keyFile"), tr("Client &key:"),
             fileRow(m_keyFile, m_chooseKey, tr("Choose your client certificate's key")));
    form()->addRow(tr("Connects to:"), m_preview);
    auto *password = new QLabel(tr("Candor asks for the password when it connects and keeps it only while it runs: "
                                   "it is never saved."),
                                this);
    password->setObjectName(QStringLiteral("passwordNote"));
    password->setWordWrap(true);
    form()->addRow(password);

    // The labels of the file rows lead to the line edit, not to the row around it.
    for (QLineEdit *edit : {m_caFile, m_certFile, m_keyFile}) {
        if (auto *label = qobject_cast<QLabel *>(form()->labelForField(edit->parentWidget())))
            label->setBuddy(edit);
    }
    // Tab walks every field and its Choose… button, then OK and Cancel.
    QPushButton *ok = findChild<QPushButton *>(QStringLiteral("okButton"));
    ok->setText(tr("C&onnect"));
    const QList<QWidget *> order{m_host,     m_port,     m_database,   m_user,    m_tlsMode,   m_caFile,
                                 m_chooseCa, m_certFile, m_chooseCert, m_keyFile, m_chooseKey, ok};
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));

    fill(location);
    updatePreview();
    for (QLineEdit *edit : {m_host, m_port, m_database, m_user, m_caFile, m_certFile, m_keyFile})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updatePreview);
    connect(m_tlsMode, &QComboBox::currentIndexChanged, this, &ConnectDialog::updatePreview);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
}

QWidget *ConnectDialog::fileRow(QLineEdit *edit, QPushButton *choose, const QString &caption)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(choose);
    row->setFocusProxy(edit);
    connect(choose, &QPushButton::clicked, this, [this, edit, caption]() {
        const QString current = edit->text().trimmed();
        const QString folder = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
        const QString chosen = FileChooser::openFileName(
            this, caption, folder, tr("Certificates and keys (*.crt *.pem *.key *.cer);;All files (*)"));
        if (!chosen.isEmpty())
            edit->setText(QDir::toNativeSeparators(chosen));
    });
    return row;
}

void ConnectDialog::fill(const QString &location)
{
    m_port->setText(QString::number(ConnectionSpec::defaultPort));
    m_tlsMode->setCurrentIndex(m_tlsMode->findData(defaultTlsMode));
    if (!ConnectionSpec::isServerLocation(location))
        return;
    const Result<ConnectionSpec> spec = ConnectionSpec::parse(location);
    if (!spec)
        return;
    m_host->setText(spec->host());
    m_port->setText(QString::number(spec->port()));
    m_database->setText(spec->databaseName());
    if (spec->user() != defaultUser())
        m_user->setText(spec->user());
    const QString mode = spec->option(sslMode);
    if (!mode.isNull()) {
        // libpq's "allow" is not offered, but a URL that uses it keeps it.
        if (m_tlsMode->findData(mode) < 0)
            m_tlsMode->addItem(mode, mode);
        m_tlsMode->setCurrentIndex(m_tlsMode->findData(mode));
    }
    m_caFile->setText(spec->option(sslRootCert));
    m_certFile->setText(spec->option(sslCert));
    m_keyFile->setText(spec->option(sslKey));
}

QString ConnectDialog::url() const
{
    QString host = m_host->text().trimmed();
    if (host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('[')))
        host = QLatin1Char('[') + host + QLatin1Char(']'); // an IPv6 address
    QString text = QStringLiteral("postgresql://");
    if (const QString user = m_user->text().trimmed(); !user.isEmpty())
        text += encoded(user) + QLatin1Char('@');
    text += host;
    if (const QString port = m_port->text().trimmed(); !port.isEmpty())
        text += QLatin1Char(':') + port;
    text += QLatin1Char('/') + encoded(m_database->text().trimmed());

    QStringList query;
    const QString mode = m_tlsMode->currentData().toString();
    if (mode != defaultTlsMode)
        query.append(sslMode + QLatin1Char('=') + mode);
    // Without TLS there is no certificate to check or to show.
    if (mode != QLatin1String("disable")) {
        const QList<QPair<QLatin1String, QLineEdit *>> files{
            {sslRootCert, m_caFile}, {sslCert, m_certFile}, {sslKey, m_keyFile}};
        for (const auto &[keyword, edit] : files) {
            const QString path = edit->text().trimmed();
            if (!path.isEmpty())
                query.append(keyword + QLatin1Char('=') +
                             encoded(QDir::fromNativeSeparators(path), QByteArrayLiteral("/:")));
        }
    }
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}

FieldErrors ConnectDialog::validate() const
{
    FieldErrors errors;
    if (m_host->text().trimmed().isEmpty())
        errors.append({QStringLiteral("host"), tr("Enter the server's name or address, for example db.example.org "
                                                  "(localhost for a server on this computer).")});
    const QString port = m_port->text().trimmed();
    bool number = false;
    const int value = port.toInt(&number);
    if (!port.isEmpty() && (!number || value < 1 || value > 65535 || port.startsWith(QLatin1Char('+'))))
        errors.append({QStringLiteral("port"), tr("The port “%1” is not a number from 1 to 65535: PostgreSQL "
                                                  "usually listens on %2.")
                                                   .arg(port, QString::number(ConnectionSpec::defaultPort))});
    if (m_database->text().trimmed().isEmpty())
        errors.append(
            {QStringLiteral("database"), tr("Enter the name of the database, as the server's administrator gave it.")});
    if (m_tlsMode->currentData().toString() != QLatin1String("disable")) {
        const QList<std::tuple<QString, QLineEdit *, QString>> files{
            {QStringLiteral("caFile"), m_caFile, tr("the CA certificate")},
            {QStringLiteral("certFile"), m_certFile, tr("the client certificate")},
            {QStringLiteral("keyFile"), m_keyFile, tr("the client key")}};
        for (const auto &[key, edit, what] : files) {
            const QString path = edit->text().trimmed();
            if (!path.isEmpty() && !QFileInfo(path).isFile())
                errors.append({key, tr("There is no file “%1”. Choose %2 again, or leave the field empty.")
                                        .arg(QDir::toNativeSeparators(path), what)});
        }
    }
    if (errors.isEmpty()) {
        // What the fields cannot say on their own (a character the URL cannot carry, say).
        if (const Result<ConnectionSpec> spec = ConnectionSpec::parse(url()); !spec)
            errors.append({QString(), spec.error()});
    }
    return errors;
}

void ConnectDialog::accept()
{
    EditDialog::accept();
    // A problem shown below the form: the dialog grows to hold it, so no wrapped line above it is cut.
    if (isVisible())
        resize(width(), qMax(height(), heightForWidth(width())));
}

Status ConnectDialog::save()
{
    const Result<ConnectionSpec> spec = ConnectionSpec::parse(url());
    if (!spec)
        return Status::failure(spec.error());
    const QString location = spec->redacted();
    Status tried;
    if (m_probe) {
        tried = m_probe(location);
    } else {
        // A connection of its own, closed again: the window's database is not touched.
        Database probe;
        Database::Options options;
        options.quickCheck = false;
        tried = openAskingPassword(probe, location, options, this);
    }
    if (!tried)
        return Status::failure(tr("%1 Candor stays on the database it has open.").arg(tried.error()));
    m_location = location;
    return {};
}

void ConnectDialog::updatePreview()
{
    const bool tls = m_tlsMode->currentData().toString() != QLatin1String("disable");
    for (QWidget *widget : {static_cast<QWidget *>(m_caFile), static_cast<QWidget *>(m_certFile),
                            static_cast<QWidget *>(m_keyFile), static_cast<QWidget *>(m_chooseCa),
                            static_cast<QWidget *>(m_chooseCert), static_cast<QWidget *>(m_chooseKey)})
        widget->setEnabled(tls);
    if (m_host->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty()) {
        m_preview->setText(tr("(enter the server and the database)"));
        return;
    }
    const Result<ConnectionSpec> spec = ConnectionSpec::parse(url());
    m_preview->setText(spec ? spec->redacted() : spec.error());
}

} // namespace candor

#pragma once

#include "common/EditDialog.h"
#include "domain/Result.h"
#include "storage/Database.h"

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace candor {

// Opens `database` at `location` as the GUI does: when the server wants a password that PGPASSWORD and ~/.pgpass did
// not give, asks for it (again after a refusal) until the server accepts one or the person cancels. The password
// stays in this process's memory (Database::setServerPassword), never in the settings. A login that may read none of
// Candor's data is refused with whom to ask; one that may read only the survey views opens. A SQLite file opens as it
// is.
Status openAskingPassword(Database &database, const QString &location, Database::Options options,
                          QWidget *parent = nullptr);

// File > Connect to a shared database…: where a PostgreSQL server's Candor database is (host, port, database, user,
// TLS mode and certificates), shown as the URL Candor will use, without a password (it is asked when Candor
// connects, never stored). OK checks the fields, then tries the connection on a connection of its own: a wrong
// host, database name or password is said here and nothing changes. Once accepted, location() is the URL to open.
class ConnectDialog : public EditDialog
{
    Q_OBJECT
public:
    // Tries the connection to a URL; the default opens it (asking for a password) and closes it again.
    using Probe = std::function<Status(const QString &url)>;

    // Filled in from `location` when it is a server URL (the last server used), else libpq's defaults.
    explicit ConnectDialog(const QString &location, QWidget *parent = nullptr, Probe probe = {});

    // The URL the fields make, as typed (parse it with ConnectionSpec to check it).
    QString url() const;
    // After OK: the URL of the database that accepted the connection, every part filled in (ConnectionSpec::redacted).
    const QString &location() const { return m_location; }

    // libpq's sslmode values offered, in the order shown.
    static QStringList tlsModes();

    void accept() override;

protected:
    FieldErrors validate() const override;
    Status save() override;

private:
    QWidget *fileRow(QLineEdit *edit, QPushButton *choose, const QString &caption);
    void fill(const QString &location);
    void updatePreview();

    Probe m_probe;
    QLineEdit *m_host;
    QLineEdit *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_tlsMode;
    QLineEdit *m_caFile;
    QLineEdit *m_certFile;
    QLineEdit *m_keyFile;
    QPushButton *m_chooseCa;
    QPushButton *m_chooseCert;
    QPushButton *m_chooseKey;
    QLabel *m_preview;
    QString m_location;
};

} // namespace candor

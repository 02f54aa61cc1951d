#include "ConnectionSpec.h"

#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>

#include <vector>
#endif

namespace candor {

namespace {

const QLatin1String postgresqlScheme("postgresql://");
const QLatin1String postgresScheme("postgres://");
const QLatin1String applicationName("application_name");
const QLatin1String connectTimeout("connect_timeout");
const QLatin1String sslMode("sslmode");
const QLatin1String sslRootCert("sslrootcert");
const QLatin1String sslCert("sslcert");
const QLatin1String sslKey("sslkey");

bool isDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// The user libpq would take: $PGUSER, else the name of the account the process runs as.
QString defaultUser()
{
    const QString fromEnvironment = qEnvironmentVariable("PGUSER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
#ifdef Q_OS_UNIX
    passwd entry{};
    passwd *found = nullptr;
    std::vector<char> buffer(16384);
    if (getpwuid_r(geteuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found != nullptr)
        return QString::fromLocal8Bit(found->pw_name);
#endif
    return qEnvironmentVariable("USER");
}

// The parts of the URL's authority as written, before QUrl normalises or rejects them, so that a password is
// refused before any message could show it and a bad port gets a message of its own.
struct Authority
{
    QString userInfo;
    QString port; // empty when none is given
};

Authority splitAuthority(const QString &location)
{
    const qsizetype start = location.indexOf(QLatin1String("://")) + 3;
    qsizetype end = location.size();
    for (const QLatin1Char delimiter : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
        const qsizetype at = location.indexOf(delimiter, start);
        if (at >= 0 && at < end)
            end = at;
    }
    const QString authority = location.mid(start, end - start);
    Authority parts;
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        parts.userInfo = authority.left(at);
    QString hostPort = authority.mid(at + 1);
    if (hostPort.startsWith(QLatin1Char('['))) // [IPv6 address]
        hostPort = hostPort.mid(hostPort.indexOf(QLatin1Char(']')) + 1);
    const qsizetype colon = hostPort.indexOf(QLatin1Char(':'));
    if (colon >= 0)
        parts.port = hostPort.mid(colon + 1);
    return parts;
}

// A value in libpq's conninfo syntax, quoted when it has spaces, quotes or backslashes (QPSQL turns the ';' between
// options into spaces and hands the string to libpq as it is).
QString conninfoValue(const QString &value)
{
    bool plain = !value.isEmpty();
    for (const QChar c : value) {
        if (c.isSpace() || c == QLatin1Char('\'') || c == QLatin1Char('\\'))
            plain = false;
    }
    if (plain)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString encoded(const QString &text, const QByteArray &keep = QByteArray())
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, keep));
}

} // namespace

QString ConnectionSpec::passwordRefused()
{
    return tr("The URL contains a password. Leave it out: give the password in the PGPASSWORD environment variable "
              "or in ~/.pgpass.");
}

bool ConnectionSpec::isServerLocation(const QString &location)
{
    const QString text = location.trimmed();
    return text.startsWith(postgresqlScheme, Qt::CaseInsensitive) ||
           text.startsWith(postgresScheme, Qt::CaseInsensitive);
}

QStringList ConnectionSpec::knownOptions()
{
    return {applicationName, connectTimeout, sslMode, sslRootCert, sslCert, sslKey};
}

Result<ConnectionSpec> ConnectionSpec::parse(const QString &location)
{
    using R = Result<ConnectionSpec>;
    const QString text = location.trimmed();
    if (!isServerLocation(text))
        return R::failure(tr("A PostgreSQL location starts with postgresql://, as in postgresql://host/database."));

    const Authority authority = splitAuthority(text);
    if (authority.userInfo.contains(QLatin1Char(':')))
        return R::failure(passwordRefused());
    if (!authority.port.isEmpty()) {
        const int port = isDigits(authority.port) && authority.port.size() <= 5 ? authority.port.toInt() : 0;
        if (port < 1 || port > 65535)
            return R::failure(tr("The port “%1” is not a number from 1 to 65535.").arg(authority.port));
    }

    const QUrl url(text, QUrl::TolerantMode);
    if (!url.isValid()) {
        // QUrl's message ends with the whole URL ("; source was …"): keep only what is wrong.
        return R::failure(
            tr("This is not a valid PostgreSQL URL: %1.").arg(url.errorString().section(QLatin1Char(';'), 0, 0)));
    }
    if (url.hasFragment())
        return R::failure(tr("The URL ends with a fragment (“#…”), which PostgreSQL does not use. Leave it out."));

    ConnectionSpec spec;
    spec.m_databaseName = url.path(QUrl::FullyDecoded);
    if (spec.m_databaseName.startsWith(QLatin1Char('/')))
        spec.m_databaseName.remove(0, 1);
    if (spec.m_databaseName.isEmpty())
        return R::failure(tr("The URL names no database. Add its name after the host, as in "
                             "postgresql://host/candor."));
    spec.m_host = url.host(QUrl::FullyDecoded);
    if (spec.m_host.isEmpty())
        spec.m_host = QStringLiteral("localhost");
    spec.m_port = url.port(defaultPort);
    spec.m_user = url.userName(QUrl::FullyDecoded);
    if (spec.m_user.isEmpty())
        spec.m_user = defaultUser();

    const QStringList known = knownOptions();
    const QStringList sslModes{QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
                               QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[keyword, value] : items) {
        if (keyword.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0)
            return R::failure(passwordRefused());
        if (!known.contains(keyword))
            return R::failure(tr("Unknown option “%1” in the URL. Candor knows these: %2.")
                                  .arg(keyword, known.join(QLatin1String(", "))));
        if (!spec.option(keyword).isNull())
            return R::failure(tr("The option “%1” is given twice in the URL.").arg(keyword));
        if (value.isEmpty())
            return R::failure(tr("The option “%1” in the URL has no value.").arg(keyword));
        if (value.contains(QLatin1Char(';')))
            return R::failure(tr("The value of the option “%1” cannot contain a semicolon.").arg(keyword));
        if (keyword == sslMode && !sslModes.contains(value))
            return R::failure(
                tr("The sslmode “%1” is unknown. Use one of: %2.").arg(value, sslModes.join(QLatin1String(", "))));
        if (keyword == connectTimeout && !(isDigits(value) && value.size() <= 6))
            return R::failure(tr("The connect_timeout “%1” is not a number of seconds.").arg(value));
        spec.m_options.append({keyword, value});
    }
    return spec;
}

QString ConnectionSpec::option(const QString &keyword) const
{
    for (const auto &[key, value] : m_options) {
        if (key == keyword)
            return value;
    }
    return {};
}

QString ConnectionSpec::redacted() const
{
    const QString host = m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']') : m_host;
    QString text = postgresqlScheme + encoded(m_user) + QLatin1Char('@') + host + QLatin1Char(':') +
                   QString::number(m_port) + QLatin1Char('/') + encoded(m_databaseName);
    QStringList query;
    for (const auto &[keyword, value] : m_options)
        query.append(keyword + QLatin1Char('=') + encoded(value, QByteArrayLiteral("/:")));
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}

QString ConnectionSpec::connectOptions() const
{
    const QString name = option(applicationName);
    const QString timeout = option(connectTimeout);
    QStringList options{
        applicationName + QLatin1Char('=') + conninfoValue(name.isNull() ? QStringLiteral("Candor") : name),
        connectTimeout + QLatin1Char('=') + (timeout.isNull() ? QStringLiteral("3") : timeout),
        QStringLiteral("keepalives=1"),
        QStringLiteral("keepalives_idle=5"),
        QStringLiteral("keepalives_interval=2"),
        QStringLiteral("keepalives_count=3"),
        // A statement sent into a dead network fails after 5 s instead of the system's minutes of retries, so the
        // window notices a lost connection (see ConnectionWatchdog) instead of hanging.
        QStringLiteral("tcp_user_timeout=5000"),
        // The server's notices (a search of stop words only, say) are for administrators, not for the person's
        // terminal, where libpq would print them.
        QStringLiteral("options='-c client_min_messages=warning'"),
    };
    const QStringList known = knownOptions();
    for (const QString &keyword : known) {
        const QString value = option(keyword);
        if (keyword != applicationName && keyword != connectTimeout && !value.isNull())
            options.append(keyword + QLatin1Char('=') + conninfoValue(value));
    }
    return options.join(QLatin1Char(';'));
}

void ConnectionSpec::configure(QSqlDatabase &db) const
{
    db.setHostName(m_host);
    db.setPort(m_port);
    db.setUserName(m_user);
    db.setDatabaseName(m_databaseName);
    db.setConnectOptions(connectOptions());
}

} // namespace candor

#include "ConnectionWatchdog.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace candor {

ConnectionWatchdog::ConnectionWatchdog(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    connect(&m_timer, &QTimer::timeout, this, &ConnectionWatchdog::check);
    if (m_database.isServer())
        m_timer.start(m_heartbeat);
}

void ConnectionWatchdog::setHeartbeat(std::chrono::milliseconds interval)
{
    m_heartbeat = interval;
    if (m_timer.isActive() && m_connected)
        m_timer.start(m_heartbeat);
}

void ConnectionWatchdog::check()
{
    if (!m_database.isServer())
        return;
    if (!m_connected) {
        tryReconnect();
        return;
    }
    QString error;
    {
        const QSqlDatabase db = m_database.connection();
        QSqlQuery query(db);
        if (db.isOpen() && query.exec(QStringLiteral("SELECT 1")) && query.next())
            return;
        const QSqlError failure = db.isOpen() ? query.lastError() : db.lastError();
        error = (failure.databaseText().isEmpty() ? failure.driverText() : failure.databaseText()).simplified();
        if (error.isEmpty())
            error = tr("the server closed the connection or stopped answering");
    }
    m_connected = false;
    m_attempts = 0;
    emit connectionLost(error);
    m_timer.start(std::chrono::milliseconds(500));
}

void ConnectionWatchdog::tryReconnect()
{
    if (m_database.reconnect()) {
        m_connected = true;
        m_attempts = 0;
        m_timer.start(m_heartbeat);
        emit reconnected();
        return;
    }
    // Half a second, then twice as long each time, up to the longest pause.
    ++m_attempts;
    const auto pause = std::chrono::milliseconds(500) * (1 << std::min(m_attempts, 5));
    m_timer.start(std::min<std::chrono::milliseconds>(pause, longestPause));
}

} // namespace candor
